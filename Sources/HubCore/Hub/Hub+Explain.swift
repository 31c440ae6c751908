import Foundation

/// Why the hub would answer a sentence the way it does: for admins tuning tags.yaml.
public struct HubExplanation: Sendable, Codable, Equatable {
    public struct Candidate: Sendable, Codable, Equatable {
        public var person: String
        public var name: String
        public var status: String
        public var fit: Double
        public var reasons: [String]
    }

    public struct Excluded: Sendable, Codable, Equatable {
        public var person: String
        public var name: String
        /// The rule that left them out.
        public var rule: String
    }

    public var text: String
    /// hygiene, specialist or unclear.
    public var label: String
    /// The fault category, the requested tags, or the guesses.
    public var tags: [String]
    public var confidence: Double
    /// The language the sentence was read in.
    public var language: String = "en"
    /// The phrases that told what the person wants ("fault: doesn't work", "idea: could we").
    public var intent: [String] = []
    /// HubBot would ask the person to confirm this reading before acting on it.
    public var wouldConfirm = false
    /// The best-scoring tags and fault categories with their points (`#statistics 4.2`, `fault printer 1.1`).
    public var ranking: [String] = []
    public var evidence: [String]
    public var candidates: [Candidate]
    public var excluded: [Excluded]

    /// Plain text, a line per fact.
    public var description: String {
        var lines = [
            "“\(text)”",
            "decision: \(label) \(tags.map { "#\($0)" }.joined(separator: " ")) (confidence \(String(format: "%.2f", confidence)))"
                + (wouldConfirm ? ", asked to confirm first" : ""),
            "language: \(language)" + (intent.isEmpty ? "" : "; intent: " + intent.joined(separator: ", ")),
            "evidence: " + (evidence.isEmpty ? "none" : evidence.joined(separator: ", ")),
        ]
        if ranking.count > 1 { lines.append("ranking: " + ranking.joined(separator: ", ")) }
        if label == "specialist" {
            lines.append(candidates.isEmpty ? "candidates: nobody" : "candidates:")
            lines += candidates.enumerated().map { index, candidate in
                "  \(index + 1). \(candidate.name) (\(candidate.person)) fit \(candidate.fit), \(candidate.status): "
                    + candidate.reasons.joined(separator: "; ")
            }
            if !excluded.isEmpty {
                lines.append("left out:")
                lines += excluded.map { "  \($0.name) (\($0.person)): \($0.rule)" }
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension Hub {
    /// The decision, its evidence, the candidates with their scores, and the rule
    /// that left each other holder of the tags out, as if `requester` asked at `now`.
    public func explain(_ text: String, requester: PersonID = PersonID("@someone:explain"), now: Date) -> HubExplanation
    {
        let result = triage.classify(text)
        let (label, tags): (String, [String]) =
            switch result.label {
            case .hygiene(let category): ("hygiene", [category])
            case .specialist(let tags): ("specialist", tags)
            case .unclear(let guesses): ("unclear", guesses)
            }
        var explanation = HubExplanation(
            text: text,
            label: label,
            tags: tags,
            confidence: (result.confidence * 100).rounded() / 100,
            evidence: result.evidence.map(\.description),
            candidates: [],
            excluded: []
        )
        explanation.language = result.language
        explanation.intent = result.intent.fault.map { "fault: \($0)" } + result.intent.idea.map { "idea: \($0)" }
        explanation.wouldConfirm = result.confirm
        explanation.ranking = result.ranking.map(\.description)
        guard label == "specialist" else { return explanation }
        let load = load(now: now)
        let found = directory.candidates(
            for: MatchRequest(requester: requester, tags: tags, at: now, preference: .continuity),
            load: load,
            history: history(of: requester),
            limit: 50
        )
        explanation.candidates = found.map { candidate in
            let status: String =
                switch candidate.status {
                case .available: "free"
                case .busy(let until): until.map { "busy until \(Self.clockText($0))" } ?? "busy"
                case .outsideWorkingHours: "outside working hours"
                }
            return .init(
                person: candidate.specialist.rawValue,
                name: candidate.displayName,
                status: status,
                fit: candidate.fit,
                reasons: candidate.reasons
            )
        }
        let listed = Set(found.map(\.specialist))
        let wanted = Set(tags).union(
            tags.flatMap { tag in
                self.tags.interests.filter { $0.parent == tag || $0.related.contains(tag) }.map(\.name)
                    + (self.tags.interest(named: tag).map { [$0.parent].compactMap { $0 } + $0.related } ?? [])
            }
        )
        for specialist in directory.specialists
        where !listed.contains(specialist.id) && !wanted.isDisjoint(with: specialist.interests.keys) {
            let current = load(specialist.id)
            let rule: String
            if specialist.id == requester {
                rule = "is the person asking"
            } else if case .away(let until) = specialist.availability, until.map({ $0 > now }) ?? true {
                rule = "away" + (until.map { " until \(Self.clockText($0))" } ?? "")
            } else if let quiet = current.notAnsweringUntil, quiet > now {
                rule = "let an offer time out; left alone until \(Self.clockText(quiet))"
            } else if current.openConversations >= specialist.capacity {
                rule = "at capacity (\(current.openConversations) of \(specialist.capacity) conversations open)"
            } else {
                rule = "ranked below the first 50"
            }
            explanation.excluded.append(.init(person: specialist.id.rawValue, name: specialist.displayName, rule: rule))
        }
        explanation.excluded.sort { $0.person < $1.person }
        return explanation
    }
}

extension Hub {
    /// `Fri 14:00 GMT`, in English: `!explain` is a report for admins.
    static func clockText(_ date: Date) -> String {
        ChatLanguage.english.clock(date, zone: .gmt)
    }
}
