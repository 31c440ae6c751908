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

    /// The phrases that told what the person wants.
    public struct Intent: Sendable, Equatable {
        /// "doesn't work", "need access", "geht nicht"…
        public var fault: [String] = []
        /// "how should we", "idea", "could we"…
        public var idea: [String] = []

        public init(fault: [String] = [], idea: [String] = []) {
            self.fault = fault
            self.idea = idea
        }
    }

    public var label: Label
    /// 0…1: how clearly the winner beat the rest.
    public var confidence: Double
    /// Which words or tags drove the decision, for `explain` and for admins.
    public var evidence: [Evidence]
    /// The language the message was read in (`en`, `de`…).
    public var language: String
    public var intent = Intent()
    /// The reading is likely but not sure: HubBot should ask before acting on it.
    public var confirm = false
    /// The best readings of the other kind (interests for a fault, a fault for a
    /// request), to offer when asking to confirm.
    public var alternatives: [String] = []
    /// What the person is offered, best first: the request's tags, the fault's category, or
    /// when HubBot asks back, the (at most three) readings it asks them to pick from. The hub
    /// asks with these, and `--evaluate`'s top-3 tag recall is measured on them.
    public var offered: [String] {
        switch label {
        case .hygiene(let category):
            return confirm ? [category] + alternatives.prefix(2) : [category]
        case .specialist(let tags) where tags.isEmpty:
            return Array(alternatives.prefix(3))
        case .specialist(let tags) where confirm && !alternatives.isEmpty:
            // Its interests (up to three), then alternatives: at least one, up to three readings in all.
            let interests = Array(tags.prefix(3))
            return interests + alternatives.prefix(max(1, 3 - interests.count))
        case .specialist(let tags):
            return tags
        case .unclear(let guesses):
            return guesses
        }
    }

    /// The best-scoring tags and categories with their points, best first (at most five),
    /// and the evidence behind every one of them: what `explain` shows admins.
    public var ranking: [Score] = []

    public struct Score: Sendable, Equatable, CustomStringConvertible {
        public var tag: String
        public var points: Double
        public var isFault: Bool

        public var description: String { "\(isFault ? "fault " : "#")\(tag) \((points * 100).rounded() / 100)" }
    }

    public init(label: Label, confidence: Double, evidence: [Evidence], language: String = "en") {
        self.label = label
        self.confidence = confidence
        self.evidence = evidence
        self.language = language
    }

    public struct Evidence: Sendable, Equatable, CustomStringConvertible {
        /// The tag or category the words point to.
        public var tag: String
        /// The keyword, phrase, hashtag or description/example word that matched.
        public var matched: String
        public var weight: Double
        /// The word as written, when it matched `matched` only as a typo, another form
        /// of the word or through the glossary (`drucker→printer`).
        public var typo: String?
        /// `keyword`, `phrase`, `description`, `example`, `learned`, `glossary` or `hashtag`.
        public var kind: String

        public init(tag: String, matched: String, weight: Double, typo: String? = nil, kind: String = "keyword") {
            self.tag = tag
            self.matched = matched
            self.weight = weight
            self.typo = typo
            self.kind = kind
        }

        public var description: String {
            let word = typo.map { $0.contains("→") ? $0 : "\($0)≈\(matched)" } ?? matched
            let via = kind == "keyword" || kind == "phrase" || kind == "hashtag" ? "" : " [\(kind)]"
            return "\(word) → \(tag) (\((weight * 100).rounded() / 100))\(via)"
        }
    }
}
