import Foundation

/// One admin change asked for in chat (a tag edit or `!specialist set`), kept
/// for `!audit`: who asked, what, when, and whether it was carried out. Attempts
/// by people who are not admins are kept too, refused.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// What came of the change.
    public enum Outcome: Sendable, Hashable, Codable {
        /// Handed to the app, which writes the tag file and reports back.
        case pending
        case accepted
        /// Not made; the reason is what the person was told.
        case refused(reason: String)
    }

    /// Numbered in order, from 1.
    public var id: Int
    /// When it was asked for.
    public var at: Date
    public var person: PersonID
    public var personName: String
    /// The change in a few words, such as `add the keyword “qubit” to #quantum-computing`.
    public var change: String
    public var outcome: Outcome
    /// When the outcome was known (the same as `at` unless the app had to write a file).
    public var decidedAt: Date?
    /// Where the change was asked for, to tell the outcome there once the app reports it.
    public var room: RoomID
    public var eventID: String
    public var inDirectChat: Bool
    /// The tag edit itself while it waits for the app, so it can be handed over again
    /// after a restart; absent for other changes and in records written before HubBot kept it.
    public var edit: TagEdit?

    public init(
        id: Int,
        at: Date,
        person: PersonID,
        personName: String,
        change: String,
        outcome: Outcome,
        room: RoomID,
        eventID: String,
        inDirectChat: Bool
    ) {
        self.id = id
        self.at = at
        self.person = person
        self.personName = personName
        self.change = change
        self.outcome = outcome
        self.decidedAt = outcome == .pending ? nil : at
        self.room = room
        self.eventID = eventID
        self.inDirectChat = inDirectChat
    }

    /// One line of `!audit`: `#3 2026-11-23 14:05 UTC Dave (@dave:example.org): remove #r — accepted`.
    public var line: String {
        let result: String =
            switch outcome {
            case .pending: "waiting for the tag file"
            case .accepted: "accepted"
            case .refused(let reason):
                // A refused file edit may list several problems: the first says enough here.
                "refused: " + (reason.split(separator: "\n").first.map(String.init) ?? reason)
                    + (reason.contains("\n") ? " …" : "")
            }
        return "#\(id) \(Self.timestamp(at)) \(personName) (\(person.rawValue)): \(change) — \(result)"
    }

    /// `2026-11-23 14:05 UTC`, the same wherever HubBot runs.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) UTC"
    }
}
