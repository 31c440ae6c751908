/// Decides what a chat message is: an everyday IT fault (hygiene), a request
/// for specialists (with ranked tags), or unclear (with guesses to offer).
///
/// Explainable by design: every point of every score comes from a keyword,
/// phrase, description word or hashtag of the tag config, listed as evidence.
/// A fault needs a clear lead over every interest, because a colleague's idea
/// must never become a ticket.
public struct Triage: Sendable {
    public struct Settings: Sendable, Equatable {
        /// Least score for a confident answer; below it the message is unclear.
        public var minimumScore = 0.9
        /// How far a fault must lead the best interest to count as hygiene.
        public var hygieneLead = 1.5
        /// Words that say something is broken; they strengthen a fault reading.
        public var faultMarkers: Set<String> = [
            "broken", "broke", "work", "working", "doesnt", "dont", "cant", "cannot", "unable", "error", "crash",
            "crashes", "fail", "failing", "failed", "down", "stuck", "jammed", "locked", "reset", "expired", "slow",
            "frozen", "freez", "kaputt", "funktioniert", "marche", "panne", "funciona", "werkt", "again", "asap",
            "urgent", "help", "issue", "problem", "fix",
        ].reduce(into: Set<String>()) { $0.insert(TextNormalizer.stem($1)) }
        /// Words that say someone wants to build, learn or understand something.
        public var ideaMarkers: Set<String> = [
            "idea", "analyse", "analyze", "analysis", "understand", "map", "mapping", "visualise", "visualize", "model",
            "predict", "automate", "dashboard", "insight", "trend", "research", "project", "build", "prototype",
            "learn", "compare", "measure", "survey", "explore", "advice", "design", "strategy", "who", "which", "whom",
            "script", "redesign", "decide", "why", "improve", "faster", "publish", "understand", "tell", "idee",
        ].reduce(into: Set<String>()) { $0.insert(TextNormalizer.stem($1)) }

        public init() {}
    }

    public let model: TagModel
    public var settings: Settings
    let index: TriageIndex

    public init(model: TagModel, settings: Settings = Settings()) {
        self.model = model
        self.settings = settings
        self.index = TriageIndex(model: model)
    }

    public func classify(_ text: String) -> TriageResult {
        let tokens = TextNormalizer.tokens(text)
        if let explicit = explicitTags(tokens.hashtags) { return explicit }

        // A value accumulator, not a closure over local variables: no heap boxes per call.
        var tally = Tally(targets: index.targets.count)
        var faultSignal = 0.0
        var ideaSignal = 0.0
        var seen: Set<String> = []
        seen.reserveCapacity(tokens.words.count)
        let words = tokens.words
        for (position, word) in words.enumerated() {
            if settings.faultMarkers.contains(word) { faultSignal += 1 }
            if settings.ideaMarkers.contains(word) { ideaSignal += 1 }
            if let phrases = index.phrases[word] {
                for phrase in phrases where words[position...].starts(with: phrase.tokens) {
                    tally.credit(phrase.hit, name: index.targets[phrase.hit.target].name)
                }
            }
            guard seen.insert(word).inserted else { continue }
            if let hits = index.words[word] {
                for hit in hits { tally.credit(hit, name: index.targets[hit.target].name) }
            } else {
                for near in index.fuzzyMatches(word) {
                    for hit in index.words[near] ?? [] {
                        tally.credit(hit, name: index.targets[hit.target].name, factor: 0.6, typo: word)
                    }
                }
            }
        }
        let (scores, keywordHit, evidence) = (tally.scores, tally.keywordHit, tally.evidence)
        return decide(
            scores: scores,
            keywordHit: keywordHit,
            evidence: evidence,
            faultSignal: faultSignal,
            ideaSignal: ideaSignal
        )
    }

    private func decide(
        scores: [Double],
        keywordHit: [Bool],
        evidence: [TriageResult.Evidence],
        faultSignal: Double,
        ideaSignal: Double
    )
        -> TriageResult
    {
        let ranked = scores.indices.filter { scores[$0] > 0 }.sorted { scores[$0] > scores[$1] }
        let interests = ranked.filter { !index.targets[$0].isHygiene }
        let faults = ranked.filter { index.targets[$0].isHygiene }
        let bestInterest = interests.first.map { scores[$0] } ?? 0
        var bestFault = faults.first.map { scores[$0] } ?? 0
        // "Broken", "doesn't work"… strengthen a fault only when a fault keyword matched,
        // not a word of a description: "it doesn't work" alone stays unclear.
        if let fault = faults.first, keywordHit[fault] {
            bestFault += 0.5 * min(faultSignal, 2) - 0.4 * min(ideaSignal, 2)
        }
        let interestScore = bestInterest + (bestInterest > 0 ? 0.3 * min(ideaSignal, 2) : 0)

        let sortedEvidence = evidence.sorted { $0.weight > $1.weight }
        if let fault = faults.first, bestFault >= settings.minimumScore,
            bestFault >= interestScore * settings.hygieneLead
        {
            let confidence =
                bestFault / (bestFault + interestScore + (faults.dropFirst().first.map { scores[$0] } ?? 0) + 0.5)
            return TriageResult(
                label: .hygiene(category: index.targets[fault].name),
                confidence: confidence,
                evidence: sortedEvidence.filter { $0.tag == index.targets[fault].name }
            )
        }
        if interestScore >= settings.minimumScore {
            let cut = bestInterest * 0.3
            let tags = interests.prefix(3).filter { scores[$0] >= cut }.map { index.targets[$0].name }
            let confidence =
                interestScore
                / (interestScore + bestFault + (interests.dropFirst().first.map { scores[$0] } ?? 0) + 0.5)
            return TriageResult(
                label: .specialist(tags: tags),
                confidence: confidence,
                evidence: sortedEvidence.filter { tags.contains($0.tag) }
            )
        }
        let guesses = ranked.prefix(3).map { index.targets[$0].name }
        return TriageResult(label: .unclear(guesses: guesses), confidence: 0, evidence: sortedEvidence)
    }

    /// Hashtags naming a tag win outright; the first one naming a fault makes it hygiene.
    private func explicitTags(_ hashtags: [String]) -> TriageResult? {
        let named = hashtags.compactMap { tag in index.hashtags[tag].map { (tag, $0) } }
        guard !named.isEmpty else { return nil }
        let evidence = named.map {
            TriageResult.Evidence(tag: index.targets[$0.1].name, matched: "#\($0.0)", weight: 10)
        }
        if let fault = named.first(where: { index.targets[$0.1].isHygiene }),
            !named.contains(where: { !index.targets[$0.1].isHygiene })
        {
            return TriageResult(
                label: .hygiene(category: index.targets[fault.1].name),
                confidence: 1,
                evidence: evidence
            )
        }
        var tags: [String] = []
        for (_, target) in named where !index.targets[target].isHygiene && !tags.contains(index.targets[target].name) {
            tags.append(index.targets[target].name)
        }
        return TriageResult(label: .specialist(tags: tags), confidence: 1, evidence: evidence)
    }
}

/// Scores, keyword flags and evidence gathered while reading one message.
private struct Tally {
    var scores: [Double]
    var keywordHit: [Bool]
    var evidence: [TriageResult.Evidence] = []

    init(targets: Int) {
        scores = [Double](repeating: 0, count: targets)
        keywordHit = [Bool](repeating: false, count: targets)
        evidence.reserveCapacity(16)
    }

    mutating func credit(_ hit: TriageIndex.Hit, name: String, factor: Double = 1, typo: String? = nil) {
        let weight = hit.weight * factor
        scores[hit.target] += weight
        if !hit.fromDescription { keywordHit[hit.target] = true }
        evidence.append(.init(tag: name, matched: hit.keyword, weight: weight, typo: typo))
    }
}
