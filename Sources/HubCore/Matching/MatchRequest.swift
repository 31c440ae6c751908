import Foundation

/// A colleague's request, as the matchmaker sees it.
public struct MatchRequest: Sendable, Hashable {
    public enum Preference: String, Sendable, Hashable, Codable {
        /// People the colleague rated well before come first.
        case continuity
        /// People the colleague has not met yet come first.
        case variety
        case none
    }

    public var requester: PersonID
    /// Requested interest tags, best first.
    public var tags: [String]
    public var at: Date
    /// People who declined or did not answer this request: never offered it again.
    public var excluded: Set<PersonID>
    public var preference: Preference

    public init(
        requester: PersonID,
        tags: [String],
        at: Date,
        excluded: Set<PersonID> = [],
        preference: Preference = .none
    ) {
        self.requester = requester
        self.tags = tags
        self.at = at
        self.excluded = excluded
        self.preference = preference
    }
}

/// What the matchmaker knows about a specialist's current load.
public struct SpecialistLoad: Sendable, Hashable {
    public var openConversations: Int
    /// Offers made to them recently (fairness: fewer first).
    public var recentOffers: Int
    /// After an unanswered offer, they are not offered anything until then.
    public var notAnsweringUntil: Date?

    public init(openConversations: Int = 0, recentOffers: Int = 0, notAnsweringUntil: Date? = nil) {
        self.openConversations = openConversations
        self.recentOffers = recentOffers
        self.notAnsweringUntil = notAnsweringUntil
    }
}

/// The requester's past with specialists.
public struct RequesterHistory: Sendable, Hashable {
    /// Specialist → their average rating from this colleague, 1–5.
    public var ratings: [PersonID: Double]

    public init(ratings: [PersonID: Double] = [:]) {
        self.ratings = ratings
    }

    public func hasMet(_ person: PersonID) -> Bool { ratings[person] != nil }
}

/// A specialist proposed for a request, with the reasons a colleague will read.
public struct Candidate: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        /// May be offered the request now.
        case available
        /// Shown, not offered: busy (until the date, if known) or outside working hours.
        case busy(until: Date?)
        case outsideWorkingHours
    }

    public var specialist: PersonID
    public var displayName: String
    public var status: Status
    /// 0 for the requested tags, 1 for their parents and related tags.
    public var ring: Int
    /// The requested (or wider) tags they hold.
    public var sharedTags: [String]
    public var fit: Double
    /// In English, for the CLI and logs; chat says them in the listener's language.
    public var reasons: [String]
    /// The requester's average rating of them, when they talked before.
    public var ratedBefore: Double?
    /// Listed because the colleague asked for someone new.
    public var newToRequester = false
}
