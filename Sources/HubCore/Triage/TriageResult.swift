/// What triage decided about a message, with how sure it is and why.
public struct TriageResult: Sendable, Equatable {
    public enum Label: Sendable, Equatable {
        /// An everyday IT fault for the ticket system.
        case hygiene(category: String)
        /// A problem or idea for specialists, tags best first.
        case specialist(tags: [String])
        /// Too vague to tell; `guesses` are offered back as choices, best first.
        case unclear(guesses: [String])
    }

    public var label: Label
    /// 0…1: how clearly the winner beat the rest.
    public var confidence: Double
    /// Which words or tags drove the decision, for `explain` and for admins.
    public var evidence: [Evidence]

    public struct Evidence: Sendable, Equatable, CustomStringConvertible {
        /// The tag or category the words point to.
        public var tag: String
        /// The keyword, hashtag or description word that matched.
        public var matched: String
        public var weight: Double
        /// The word as written, when it matched `matched` only as a typo.
        public var typo: String?

        public init(tag: String, matched: String, weight: Double, typo: String? = nil) {
            self.tag = tag
            self.matched = matched
            self.weight = weight
            self.typo = typo
        }

        public var description: String {
            let word = typo.map { "\($0)≈\(matched)" } ?? matched
            return "\(word) → \(tag) (\((weight * 100).rounded() / 100))"
        }
    }
}
