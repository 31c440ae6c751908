import Foundation

/// How the hub served people over a period `[since, until)`, for the people who
/// lead it: what was asked, how soon a person answered, how it felt, what went
/// to IT support, and where nobody could help yet. Figures only: it counts
/// people, it never names or ranks them.
///
/// A request counts in the period it was created in (its acceptance and rating
/// may come later), a fault in the period it was reported in, an interest in
/// the period a specialist first offered it. Requests that never got a tag
/// (still unclear, or clarified into a fault) are not requests for specialists
/// and are left out.
public struct HubReport: Sendable, Hashable, Codable {
    public var since: Date
    public var until: Date
    public var requests: Requests
    /// From a request to the first accepted offer, for requests that found someone.
    public var timeToFirstHuman: Spread
    public var ratings: Ratings
    public var faults: Faults
    /// Tags asked about when nobody could take the request, most asked first.
    public var unmetDemand: [UnmetTag]
    /// Interests specialists began to offer in the period, by how many began.
    public var newInterests: [TagCount]

    /// A tag and how often it counts.
    public struct TagCount: Sendable, Hashable, Codable {
        public var tag: String
        public var count: Int

        public init(tag: String, count: Int) {
            self.tag = tag
            self.count = count
        }
    }

    /// What became of the period's requests; the outcomes add up to `total`.
    public struct Requests: Sendable, Hashable, Codable {
        public var total = 0
        /// An offer was accepted: a person answered.
        public var foundSomeone = 0
        /// `foundSomeone / total`; nil without requests.
        public var foundShare: Double?
        /// Nobody offers the tags, or nobody was free: see ``HubReport/unmetDemand``.
        public var unmet = 0
        /// Withdrawn by the colleague before anyone accepted.
        public var withdrawn = 0
        /// Still waiting for a pick or an answer.
        public var stillOpen = 0
        /// Colleagues who found someone, each counted once.
        public var peopleHelped = 0
        /// Specialists who took a request, each counted once.
        public var specialistsHelping = 0
        /// Requests per tag (a request with two tags counts for both), most asked first.
        public var perTag: [TagCount] = []

        enum CodingKeys: String, CodingKey {
            case total, unmet, withdrawn
            case foundSomeone = "found_someone"
            case foundShare = "found_share"
            case stillOpen = "still_open"
            case peopleHelped = "people_helped"
            case specialistsHelping = "specialists_helping"
            case perTag = "per_tag"
        }
    }

    /// How long something took, in seconds: the median (the mean of the two middle
    /// values for an even count) and the 90th percentile (nearest rank).
    public struct Spread: Sendable, Hashable, Codable {
        public var count: Int
        public var median: TimeInterval?
        public var p90: TimeInterval?

        public init(_ values: [TimeInterval]) {
            let sorted = values.sorted()
            count = sorted.count
            guard !sorted.isEmpty else { return }
            let middle = sorted.count / 2
            median = sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
            // Nearest rank: the smallest value with at least 90% of the values at or below it.
            p90 = sorted[(90 * sorted.count + 99) / 100 - 1]
        }

        enum CodingKeys: String, CodingKey {
            case count
            case median = "median_seconds"
            case p90 = "p90_seconds"
        }
    }

    /// Ratings colleagues gave the conversations (👍 is stored as 5, 👎 as 1).
    public struct Ratings: Sendable, Hashable, Codable {
        public var count = 0
        /// Nil without ratings.
        public var average: Double?
        /// How many of each score: `scores[0]` counts the 1s, `scores[4]` the 5s.
        public var scores = [0, 0, 0, 0, 0]
        /// Ratings that came with a comment (the comments stay private).
        public var withComment = 0

        enum CodingKeys: String, CodingKey {
            case count, average, scores
            case withComment = "with_comment"
        }
    }

    /// Everyday IT faults passed to the ticket system.
    public struct Faults: Sendable, Hashable, Codable {
        public var reported = 0
        /// Reports added to an earlier report of the same fault (one ticket for all).
        public var grouped = 0
        /// From the report to the ticket system's confirmation.
        public var delivery = Spread([])
        /// Most reported first.
        public var perCategory: [FaultCategory] = []

        enum CodingKeys: String, CodingKey {
            case reported, grouped, delivery
            case perCategory = "per_category"
        }
    }

    /// One fault category's figures.
    public struct FaultCategory: Sendable, Hashable, Codable {
        public var category: String
        public var reported = 0
        /// The ticket system has it (filed, later fixed or not).
        public var filed = 0
        public var fixed = 0
        public var failed = 0
        public var delivery = Spread([])

        public init(category: String) {
            self.category = category
        }
    }

    /// A tag asked about when nobody could take the request, by reason.
    public struct UnmetTag: Sendable, Hashable, Codable {
        public var tag: String
        public var noSpecialist = 0
        public var nobodyFree = 0

        public var total: Int { noSpecialist + nobodyFree }

        public init(tag: String) {
            self.tag = tag
        }

        enum CodingKeys: String, CodingKey {
            case tag
            case noSpecialist = "no_specialist"
            case nobodyFree = "nobody_free"
        }
    }

    enum CodingKeys: String, CodingKey {
        case since, until, requests, ratings, faults
        case timeToFirstHuman = "time_to_first_human"
        case unmetDemand = "unmet_demand"
        case newInterests = "new_interests"
    }
}
