/// An interest specialists hold, such as `statistics` or `social-network-analysis`.
public struct InterestTag: Sendable, Hashable, Codable {
    public var name: String
    public var description: String
    /// Words and phrases (any language, product names) that point to this interest.
    public var keywords: [String]
    /// A broader interest (e.g. `r` under `statistics`), for wider matching rings.
    public var parent: String?
    public var related: [String]
    /// A few sentences colleagues might write about it, for triage to learn from.
    public var examples: [String]

    public init(
        name: String,
        description: String,
        keywords: [String],
        parent: String? = nil,
        related: [String] = [],
        examples: [String] = []
    ) {
        self.name = name
        self.description = description
        self.keywords = keywords
        self.parent = parent
        self.related = related
        self.examples = examples
    }
}

/// An everyday IT fault that goes to the ticket system, such as `printer`.
public struct HygieneCategory: Sendable, Hashable, Codable {
    public var name: String
    public var description: String
    public var keywords: [String]
    /// The ticket route the fault is delivered to.
    public var route: String
    public var priority: String
    /// A few sentences colleagues might write about it, for triage to learn from.
    public var examples: [String]

    public init(
        name: String,
        description: String,
        keywords: [String],
        route: String,
        priority: String = "normal",
        examples: [String] = []
    ) {
        self.name = name
        self.description = description
        self.keywords = keywords
        self.route = route
        self.priority = priority
        self.examples = examples
    }
}

/// The tag configuration HubBot decides with (loaded from `Config/tags.yaml`).
public struct TagModel: Sendable, Hashable, Codable {
    public var interests: [InterestTag]
    public var hygiene: [HygieneCategory]

    public init(interests: [InterestTag], hygiene: [HygieneCategory]) {
        self.interests = interests
        self.hygiene = hygiene
    }

    public func interest(named name: String) -> InterestTag? {
        interests.first { $0.name == name }
    }

    public func hygieneCategory(named name: String) -> HygieneCategory? {
        hygiene.first { $0.name == name }
    }
}
