import Foundation

/// A sentence whose meaning someone confirmed in chat: a colleague picked one of
/// HubBot's guesses, or said yes (or no) when asked whether a fault was meant.
/// Triage uses it as an example of its tag from then on. Stored with the hub's
/// records in this organisation's database only, listed by `!examples`, removable
/// by admins (a removed one stays stored, marked, for the audit trail).
public struct LearnedExample: Sendable, Hashable, Codable {
    public var id: Int
    public var text: String
    /// The tag or fault category it is an example of.
    public var tag: String
    /// Who confirmed it.
    public var person: PersonID
    /// How: `picked it from my guesses`, `confirmed`, `said it is not a fault`.
    public var how: String
    public var learnedAt: Date
    /// Removed by this admin: no longer used.
    public var removedBy: PersonID?

    public init(id: Int, text: String, tag: String, person: PersonID, how: String, learnedAt: Date) {
        self.id = id
        self.text = text
        self.tag = tag
        self.person = person
        self.how = how
        self.learnedAt = learnedAt
    }

    /// One line for `!examples`.
    public var line: String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let quote = flat.count <= 80 ? flat : String(flat.prefix(77)) + "…"
        return "\(id). #\(tag) ← “\(quote)” (\(how))"
    }
}
