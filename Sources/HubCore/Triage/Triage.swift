/// Decides what a chat message is: an everyday IT fault (hygiene), a request for
/// specialists (with ranked tags), or unclear (with guesses to offer).
///
/// Two questions, answered separately and then combined, as a service-desk colleague
/// would: *what is it about* (the topic: which fault category or interest, from every
/// word the admin wrote, weighted so that rare words count more) and *what does the
/// person want* (the intent: something is broken or a routine IT request, or advice,
/// an idea, an analysis — told by phrases like "doesn't work", "need access", "how
/// should we", in every language HubBot reads). The language is identified first,
/// words are stemmed in that language (Snowball), and words of other languages are
/// also read through a glossary into English, so an English tag file understands
/// "der Drucker druckt nicht".
///
/// Explainable by design: every point of every score comes from a keyword, a phrase,
/// a description or example word, a learned sentence or an intent cue, listed as
/// evidence. A fault needs a clear lead, because a colleague's idea must never
/// become a ticket.
public struct Triage: Sendable {
    public struct Settings: Sendable, Equatable {
        /// Least topic score for a confident answer; below it HubBot asks to confirm.
        public var confidentScore = 2.0
        /// Least topic score for any reading at all; below it the message is unclear.
        public var minimumScore = 1.0
        /// How much one fault cue ("doesn't work") weighs against topic points.
        public var cueWeight = 1.6
        /// How much one idea cue ("could we", "analyse") weighs: more than a fault cue,
        /// because an idea filed as a ticket is the worse mistake.
        public var ideaCueWeight = 1.6
        /// How much the other side's topic counts when every intent cue points one way: the
        /// interests' when the person only reports a fault ("Excel crashes"), the faults'
        /// when they only ask for advice ("could we automate the inbox?").
        public var oneSidedTopicWeight = 0.6
        /// What a fault that hits many people ("nobody here can…", "tout le monde") lends the
        /// category whose words say "everyone" or "outage".
        public var manyAffectedWeight = 2.0
        /// How far a question with no intent cue either way ("vous faites comment pour versionner
        /// les images docker ?", "how do you factor bank holidays into the outlook?") leans toward
        /// advice: a fault report tends to say what broke or what is needed ("can I get Visio
        /// installed?" is a request cue), an open question more often wants a specialist.
        public var questionLean = 1.0
        /// How far the fault reading must lead the interest reading to be filed without asking.
        public var hygieneLead = 0.6
        /// Content words that make a message say something: with fewer and no clear topic it
        /// is vague; with as many it is a specific question HubBot must place, asking back.
        public var sayingWords = 5

        public init() {}
    }

    public let model: TagModel
    public var settings: Settings
    /// Sentences learned in chat, in the index with the tag file's own words.
    public let learned: [TriageExample]
    let index: TriageIndex

    public init(model: TagModel, settings: Settings = Settings(), learned: [TriageExample] = []) {
        self.model = model
        self.settings = settings
        self.learned = learned
        self.index = TriageIndex(model: model, learned: learned)
    }

    /// The same tags with other learned sentences.
    public func learning(_ learned: [TriageExample]) -> Triage {
        Triage(model: model, settings: settings, learned: learned)
    }

    public func classify(_ text: String) -> TriageResult {
        let read = TriageText.read(text)
        if let explicit = explicitTags(read.hashtags) { return explicit }
        let language = TriageLanguage.identify(read.words)
        let reading = TriageReading(words: read.words, language: language, index: index)
        return decide(reading, language: language, asks: read.asks)
    }

    private func decide(_ reading: TriageReading, language: TriageLanguage, asks: Bool) -> TriageResult {
        var scores = reading.scores
        // A tag's neighbours (parent, children, related) lend it a little: ties go to
        // the tag whose family the message is about.
        let base = scores
        for (index, target) in index.targets.enumerated() where !target.isHygiene && base[index] > 0 {
            let lent = target.neighbours.map { base[$0] }.max() ?? 0
            scores[index] += 0.15 * lent
        }
        // A fault that hits many people is the outage category's, whatever it is about.
        if reading.manyAffected {
            for (index, target) in index.targets.enumerated() where target.isWide {
                scores[index] += settings.manyAffectedWeight
            }
        }
        // Only the first few of each kind are ever shown or offered: picked, not all sorted.
        let ranked = Self.best(5, of: scores) { _ in true }
        let interests = Self.best(3, of: scores) { !index.targets[$0].isHygiene }
        let faults = Self.best(3, of: scores) { index.targets[$0].isHygiene }
        let bestInterest = interests.first.map { scores[$0] } ?? 0
        let bestFault = faults.first.map { scores[$0] } ?? 0
        let faultCues = min(reading.faultCues, 3)
        let ideaCues = min(reading.ideaCues, 3)
        // When the person says only one thing about what they want, the other side's topic
        // words name what it concerns, not what is asked: in "Excel crashes" the tool is the
        // broken thing, in "could we automate the inbox" the mail is what an idea is about.
        let crossWeight = settings.oneSidedTopicWeight
        let faultTopic = faultCues == 0 && ideaCues > 0 ? bestFault * crossWeight : bestFault
        let interestTopic = ideaCues == 0 && faultCues > 0 ? bestInterest * crossWeight : bestInterest
        // A question that says nothing either way leans to advice (`questionLean`).
        let openQuestion = asks && faultCues + ideaCues == 0
        let lean =
            (faultTopic - interestTopic) + settings.cueWeight * faultCues - settings.ideaCueWeight * ideaCues
            - (openQuestion ? settings.questionLean : 0)
        let topic = max(bestFault, bestInterest)
        let intent = TriageResult.Intent(
            fault: reading.cues.filter { $0.kind == .fault }.map(\.text),
            idea: reading.cues.filter { $0.kind == .idea }.map(\.text)
        )
        var result = TriageResult(
            label: .unclear(guesses: []),
            confidence: 0,
            evidence: [],
            language: language.rawValue
        )
        result.intent = intent
        result.ranking = ranked.prefix(5).map {
            TriageResult.Score(tag: index.targets[$0].name, points: scores[$0], isFault: index.targets[$0].isHygiene)
        }

        /// The evidence for these tags (by index), strongest first.
        func evidence(for targets: [Int]) -> [TriageResult.Evidence] {
            reading.evidence(for: targets) { index.targets[$0].name }
        }
        let shown = Array(ranked.prefix(5))
        let sideIsFault = lean > 0 && bestFault > 0
        let sideIsIdea = !sideIsFault && bestInterest > 0
        // One description word alone ("wrong", "group") is a hint, not a reading.
        let bestTarget = sideIsFault ? faults.first : interests.first
        let bestHits = bestTarget.map { target in reading.hits.filter { $0.target == target } } ?? []
        let weak =
            faultCues + ideaCues == 0 && bestHits.count <= 1
            && bestHits.allSatisfy {
                $0.kind == "description" || (($0.typo != nil || $0.reading != nil) && $0.kind != "glossary")
            }
        if topic < settings.minimumScore || weak || (!sideIsFault && !sideIsIdea) {
            // A sentence that says something but matches nothing HubBot knows is a question
            // for the hub, not a vague message: ask which interest fits.
            if reading.contentWords >= settings.sayingWords {
                result.confirm = true
                result.evidence = evidence(for: shown)
                if faultCues > ideaCues, let fault = faults.first {
                    // Something is broken and one category fits a little: ask whether it is that.
                    result.label = .hygiene(category: index.targets[fault].name)
                    result.alternatives = interests.prefix(2).map { index.targets[$0].name }
                    return result
                }
                if faultCues <= ideaCues {
                    // The best interest, if any, to confirm; the next two as alternatives.
                    let names = interests.prefix(3).map { index.targets[$0].name }
                    result.label = .specialist(tags: Array(names.prefix(1)))
                    result.alternatives = Array(names.dropFirst())
                    return result
                }
            }
            // Too little to go on: offer the best guesses; with no topic at all, guesses
            // that fit what the person seems to want.
            var guesses = ranked.prefix(3).map { index.targets[$0].name }
            if guesses.isEmpty, faultCues > ideaCues {
                guesses = model.hygiene.prefix(3).map(\.name)
            } else if guesses.isEmpty, ideaCues > faultCues {
                guesses = model.interests.prefix(3).map(\.name)
            }
            result.label = .unclear(guesses: guesses)
            result.evidence = evidence(for: shown)
            return result
        }
        let margin = abs(lean)
        let certainty = min(1, topic / (settings.confidentScore * 1.5)) * (margin / (margin + 1.5))
        result.confidence = (certainty * 100).rounded() / 100
        if sideIsFault, let fault = faults.first {
            let name = index.targets[fault].name
            result.label = .hygiene(category: name)
            result.evidence = evidence(for: [fault])
            result.confirm = bestFault < settings.confidentScore || lean < settings.hygieneLead
            result.alternatives = interests.prefix(2).map { index.targets[$0].name }
            return result
        }
        let cut = bestInterest * 0.35
        let chosen = interests.prefix(3).filter { scores[$0] >= cut }
        result.label = .specialist(tags: chosen.map { index.targets[$0].name })
        result.evidence = evidence(for: Array(chosen))
        result.confirm = bestInterest < settings.confidentScore || margin < settings.hygieneLead
        result.alternatives = faults.prefix(1).map { index.targets[$0].name }
        return result
    }

    /// The (at most) `count` tags with the most points among those `included`, best first; of two
    /// with equal points, the one first in the tag file.
    static func best(_ count: Int, of scores: [Double], where included: (Int) -> Bool) -> [Int] {
        var chosen: [Int] = []
        chosen.reserveCapacity(count + 1)
        for index in scores.indices where scores[index] > 0 && included(index) {
            if chosen.count == count, scores[chosen[count - 1]] >= scores[index] { continue }
            let place = chosen.firstIndex { scores[$0] < scores[index] } ?? chosen.count
            chosen.insert(index, at: place)
            if chosen.count > count { chosen.removeLast() }
        }
        return chosen
    }

    /// Hashtags naming a tag win outright; the first one naming a fault makes it hygiene.
    private func explicitTags(_ hashtags: [String]) -> TriageResult? {
        let named = hashtags.compactMap { tag in index.hashtags[tag].map { (tag, $0) } }
        guard !named.isEmpty else { return nil }
        let evidence = named.map {
            TriageResult.Evidence(tag: index.targets[$0.1].name, matched: "#\($0.0)", weight: 10, kind: "hashtag")
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
