/// A change an admin asked for in chat to the tag file (`!tag add`, `!tag alias`,
/// `!tag describe`, `!tag remove`). The hub only describes it; the app writes it
/// to the file after validating the result exactly like a hand edit.
public enum TagEdit: Sendable, Hashable, Codable {
    /// A new interest tag at the end of the `interests:` list.
    case addInterest(name: String, description: String, keywords: [String])
    /// One more keyword (a word or a phrase) for an interest or a fault category.
    case addKeyword(tag: String, keyword: String)
    /// A new description for an interest or a fault category.
    case describe(tag: String, description: String)
    /// The whole entry of an interest or a fault category.
    case remove(tag: String)

    /// The tag the edit is about.
    public var tag: String {
        switch self {
        case .addInterest(let name, _, _): name
        case .addKeyword(let tag, _), .describe(let tag, _), .remove(let tag): tag
        }
    }

    /// The change in a few words, as the audit log and the replies show it.
    public var summary: String {
        switch self {
        case .addInterest(let name, let description, let keywords):
            "add #\(name) “\(description)” (keywords: \(keywords.joined(separator: ", ")))"
        case .addKeyword(let tag, let keyword):
            "add the keyword “\(keyword)” to #\(tag)"
        case .describe(let tag, let description):
            "describe #\(tag) as “\(description)”"
        case .remove(let tag):
            "remove #\(tag)"
        }
    }

    /// A summary told as done: "add the keyword …" → "added the keyword …".
    public static func done(_ summary: String) -> String {
        for (verb, past) in [("add ", "added "), ("describe ", "described "), ("remove ", "removed ")]
        where summary.hasPrefix(verb) {
            return past + summary.dropFirst(verb.count)
        }
        return summary
    }

    /// True when `tags` already show the edit done: how a change handed to the
    /// app just before a crash is recognised as written, so it is not written twice.
    public func isReflected(in tags: TagModel) -> Bool {
        let interest = tags.interest(named: tag)
        let category = tags.hygieneCategory(named: tag)
        switch self {
        case .addInterest(_, let description, let keywords):
            return interest?.description == description
                && Set(keywords).isSubset(of: interest?.keywords ?? [])
        case .addKeyword(_, let keyword):
            return (interest?.keywords ?? category?.keywords ?? []).contains(keyword)
        case .describe(_, let description):
            return (interest?.description ?? category?.description) == description
        case .remove:
            return interest == nil && category == nil
        }
    }
}

/// A tag edit the hub hands to the app, numbered by its audit entry so the
/// outcome can be told to the admin who asked and recorded.
public struct TagEditRequest: Sendable, Hashable {
    /// The audit entry that waits for the outcome.
    public var audit: Int
    public var edit: TagEdit
    /// Handed over again after a restart: it may already be in the file.
    public var resumed: Bool

    public init(audit: Int, edit: TagEdit, resumed: Bool = false) {
        self.audit = audit
        self.edit = edit
        self.resumed = resumed
    }
}
