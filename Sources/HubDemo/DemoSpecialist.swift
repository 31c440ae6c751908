/// A demo account that plays a specialist: signs in, tells HubBot what it offers,
/// and answers HubBot's offers on its own.
public struct DemoSpecialist: Sendable, Equatable {
    /// The account's user name (the localpart, `alice`) or full Matrix id.
    public var user: String
    public var password: String
    /// What the specialist offers, as `!interests add` takes it: `#statistics:3`, `#r`.
    public var interests: [String]

    public init(user: String, password: String, interests: [String]) {
        self.user = user
        self.password = password
        self.interests = interests
    }

    /// The tag names of ``interests``, without `#` and strength (`#statistics:3` → `statistics`).
    public var tagNames: Set<String> {
        Set(
            interests.map { interest in
                let bare = interest.hasPrefix("#") ? interest.dropFirst() : Substring(interest)
                return String(bare.split(separator: ":", maxSplits: 1).first ?? bare).lowercased()
            }
        )
    }

    /// The `!interests add …` command that tells HubBot what the specialist offers.
    public var interestsCommand: String { "!interests add " + interests.joined(separator: " ") }
}
