/// One message read against the index: the points each tag earns and why, and the
/// intent cues found. Every word counts once per tag, through the best way it matched:
/// as written or stemmed (full weight), through the glossary (0.85), the thesaurus (0.6)
/// or as a typo (0.6).
struct TriageReading {
    var scores: [Double]
    /// Why each tag earned its points, kept cheap while reading: the words are turned into
    /// ``TriageResult/Evidence`` only for the tags a decision shows (``evidence(for:)``).
    var hits: [Hit] = []

    struct Hit {
        var target: Int
        var weight: Double
        var matched: String
        /// The word as written when it matched only as a typo.
        var typo: String?
        var kind: String
        /// The words read as another (`word→meaning`), written out only for evidence shown.
        var reading: Reading? = nil
    }

    /// Words of the message read as another word: a translation (`drucker→printer`) or a
    /// compound's part (`druckerpatrone→drucker`). Kept as positions, not text, because most
    /// are never shown. A class: a candidate that holds one copies a pointer, not its strings.
    final class Reading: Sendable {
        let start: Int
        let length: Int
        let meaning: String
        /// A compound as written (its parts are cached across messages, so not by position).
        let written: String?

        init(start: Int, length: Int, meaning: String, written: String? = nil) {
            self.start = start
            self.length = length
            self.meaning = meaning
            self.written = written
        }
    }

    /// The message's words, folded, for writing out a `Reading`.
    var foldedWords: [String] = []

    func text(of reading: Reading) -> String {
        let words =
            reading.written ?? foldedWords[reading.start..<(reading.start + reading.length)].joined(separator: " ")
        return "\(words)→\(reading.meaning)"
    }

    /// The evidence for these tags (by index), strongest first.
    func evidence(for targets: [Int], names: (Int) -> String) -> [TriageResult.Evidence] {
        // Ties alphabetically: the same every time, in every process.
        hits.filter { targets.contains($0.target) }.sorted {
            $0.weight != $1.weight ? $0.weight > $1.weight : ($0.matched, $0.kind) < ($1.matched, $1.kind)
        }.map {
            TriageResult.Evidence(
                tag: names($0.target),
                matched: $0.matched,
                weight: $0.weight,
                typo: $0.reading.map(text(of:)) ?? $0.typo,
                kind: $0.kind
            )
        }
    }
    var cues: [TriageLexicon.Cue] = []
    /// The message's words a fault cue used: they say that something is wrong, not what,
    /// so they count for the topic only as a tag's own keyword ("not *working*" is not
    /// "*Working* from home"), or translated, at ``cueTranslationFactor``, also as a rarer
    /// word of a description. An idea cue's words ("forecast", "analyse") keep counting.
    var cueWords = Set<Int>()
    var faultCues = 0.0
    var ideaCues = 0.0
    /// Words that are not function words: how much the message says.
    var contentWords = 0
    /// Whether the message says that many people are hit ("nobody here can log in").
    var manyAffected = false

    /// A way one word of the message may be meant.
    struct Candidate {
        var key: String
        var factor: Double
        var how: Reading?
        /// How long the word it stands for is, so a stem only meets words of about its length.
        var length = 0
        /// The word it stands for is an everyday one ("team", "share"): met only through its
        /// stem, it is likely not the product or thing a keyword names ("Teams", "SharePoint").
        var everyday = false
        /// The word it stands for is among the commonest of its language ("after", "time"):
        /// in a description it says nothing about the topic.
        var common = false
        /// The index's term for `key`, looked up once: its entry in ``TriageIndex/terms`` (-1:
        /// none). A number, not the term, so that copying a candidate costs no reference count.
        var termID = -1
        /// `key`'s ``WordHash``, for every table it is looked up in.
        var hash: UInt64
        /// It reads the word through a specialist topic's vocabulary: it earns interests points, no
        /// fault category's (``TriageLexicon/interestMeanings``).
        var forInterests = false
        /// It reads a word of a message not in English through that language's glossary: inside a
        /// fault cue it stands for the words as written ("kann mich nicht anmelden" → log in), so
        /// it may earn a keyword's points as an English cue's own words do ("can't log in").
        var fromGlossary = false

        init(
            key: String,
            hash: UInt64? = nil,
            factor: Double,
            how: Reading? = nil,
            length: Int = 0,
            everyday: Bool = false
        ) {
            self.key = key
            self.hash = hash ?? WordHash.of(key)
            self.factor = factor
            self.how = how
            self.length = length
            self.everyday = everyday
        }
    }

    init(words: [TriageText.Word], language: TriageLanguage, index: TriageIndex) {
        scores = [Double](repeating: 0, count: index.targets.count)
        hits.reserveCapacity(256)
        let folded = words.map(\.folded)
        foldedWords = folded
        // Each word hashed once, for every table it is looked up in.
        let foldedHashes = folded.map(WordHash.of)
        var candidates: [[Candidate]] = []
        candidates.reserveCapacity(words.count)
        var isStop: [Bool] = []
        isStop.reserveCapacity(words.count)
        var position = 0
        var glossarySkip = 0
        // What a word may mean in English (words, how many message words, factor): one buffer.
        // The last: it reads a translation that counts for interests only, whatever its own
        // words are (the thesaurus's meaning of one: ``TriageLexicon/interestMeanings``).
        var translations: [(english: String, length: Int, factor: Double, interestsOnly: Bool, glossary: Bool)] = []
        translations.reserveCapacity(4)
        for word in words {
            defer { position += 1 }
            let length = word.length
            // Byte for byte: `==` would call canonically equal spellings the same.
            let rawHash =
                word.raw.utf8.elementsEqual(word.folded.utf8) ? foldedHashes[position] : WordHash.of(word.raw)
            let facts = TriageLexicon.facts(of: word.raw, hash: rawHash, in: language)
            let everyday = facts.zipf >= 5.3
            var list: [Candidate] = []
            list.reserveCapacity(4)
            list.append(
                Candidate(
                    key: word.folded,
                    hash: foldedHashes[position],
                    factor: 1,
                    length: length,
                    everyday: everyday
                )
            )
            list[0].common = facts.zipf >= Self.commonZipf
            let rawStem = language.stemmer?.stem(word.raw)
            if let stem = rawStem {
                let key = TriageText.fold(stem)
                if key != word.folded {
                    list.append(Candidate(key: key, factor: 1, length: length, everyday: everyday))
                    list[list.count - 1].common = list[0].common
                }
            }
            // No English stemmer on other languages: an English word in a German sentence is met
            // as written ("Outlook", "Teams"), and a German word is never cut the English way.
            let stop = facts.isStop
            isStop.append(stop)
            if !stop, word.length > 2 { contentWords += 1 }
            if glossarySkip > 0 {
                glossarySkip -= 1
            } else {
                // The glossary of the message's language into English (0.85), then the English
                // thesaurus of chat words (0.6): "Drucker" is a printer, a "beamer" a projector.
                translations.removeAll(keepingCapacity: true)
                // A function word means nothing on its own (Dutch "met" is "with", not a
                // measurement), though it may begin a phrase ("met de hand").
                if language != .english,
                    let found = Self.glossary(
                        folded,
                        foldedHashes,
                        at: position,
                        language,
                        stem: word.raw == word.folded ? rawStem : nil
                    ),
                    !stop || found.1 > 1
                {
                    translations.append((found.0, found.1, Self.glossaryFactor, false, true))
                    // And what the English word means in chat ("Beamer" → beamer → projector).
                    let translated = TriageLexicon.englishWords(of: found.0)
                    let english = translated.map(\.folded)
                    if let meaning = Self.glossary(english, english.map(WordHash.of), at: 0, .english),
                        meaning.1 == english.count
                    {
                        translations.append((meaning.0, found.1, 0.5, translated.first?.forInterests ?? false, false))
                    }
                }
                // A thesaurus phrase may start with a function word ("for everyone", "nobody can").
                if let found = Self.glossary(
                    folded,
                    foldedHashes,
                    at: position,
                    .english,
                    stem: language == .english && word.raw == word.folded ? rawStem : nil
                ),
                    !stop || found.1 > 1
                {
                    translations.append((found.0, found.1, found.1 > 1 ? 1.0 : 0.6, false, false))
                }
                for (english, length, factor, inherited, glossary) in translations {
                    glossarySkip = max(glossarySkip, length - 1)
                    let how = Reading(start: position, length: length, meaning: english)
                    // Everyday words ("data", "team") say little as a translation's echo.
                    for translated in TriageLexicon.englishWords(of: english)
                    where factor >= Self.glossaryFactor || translated.zipf < 5.3 {
                        for key in translated.keys where !list.contains(where: { $0.key == key }) {
                            list.append(
                                Candidate(
                                    key: key,
                                    factor: factor,
                                    how: how,
                                    length: translated.length,
                                    everyday: translated.zipf >= 5.0
                                )
                            )
                            list[list.count - 1].forInterests = inherited || translated.forInterests
                            list[list.count - 1].fromGlossary = glossary
                        }
                    }
                }
            }
            for number in list.indices { Self.resolve(&list[number], in: index) }
            if !stop, !list.contains(where: { $0.termID >= 0 }) {
                // A compound ("Druckerpatrone", "vergaderzaal", "jobbmobilen") is read by its parts.
                let parts = Self.compoundParts(word, language: language, index: index)
                var more = parts.isEmpty ? Self.nearForms(of: word, hash: foldedHashes[position], index: index) : parts
                for number in more.indices { Self.resolve(&more[number], in: index) }
                list += more
            }
            candidates.append(list)
        }
        Self.readPatterns(&candidates, isStop: isStop, language: language, index: index)

        findCues(candidates, language: language)
        // Only a fault report asks whether many are hit (`Triage.decide`).
        manyAffected =
            faultCues > 0
            && folded.indices.contains { start in
                (TriageLexicon.manyAffectedByFirst[folded[start], foldedHashes[start]] ?? []).contains {
                    Self.saysMany($0, at: start, in: folded)
                }
            }

        // Phrases first: the words a phrase used don't count again for its tag.
        // Per tag, the word positions its phrases used (arrays by tag: no hashing per posting).
        var covered = [[Int]](repeating: [], count: index.targets.count)
        // The best match of each (tag, phrase), in the order the message first met it: a
        // dictionary's order would change with each process's hash seed, and with it the order
        // in which points are added up.
        struct PhraseKey: Hashable {
            var target: Int
            var source: String
        }
        var phraseSlot: [PhraseKey: Int] = [:]
        var phraseBest: [(target: Int, weight: Double, matched: String)] = []
        for start in candidates.indices {
            for number in candidates[start].indices {
                // Most words start no phrase: looked up before the candidate is copied.
                guard let phrases = index.phrases[candidates[start][number].key, candidates[start][number].hash]
                else { continue }
                let candidate = candidates[start][number]
                // A glossary translation's English words, for a phrase it says whole.
                let whole =
                    candidate.fromGlossary ? candidate.how.map { TriageLexicon.englishWords(of: $0.meaning) } : nil
                for phrase in phrases {
                    guard
                        let (end, factor) = Self.match(phrase, from: start, candidates: candidates)
                            ?? whole.flatMap({ Self.match(phrase, saidBy: $0, in: candidate) })
                    else { continue }
                    // A fault cue's own words, translated ("não liga" → won't turn on): less.
                    let cueFactor = candidate.fromGlossary && cueWords.contains(start) ? Self.cueTranslationFactor : 1
                    let weight = phrase.weight * min(factor, candidate.factor) * cueFactor
                    let id = PhraseKey(target: phrase.target, source: phrase.source)
                    if let slot = phraseSlot[id] {
                        if phraseBest[slot].weight >= weight { continue }
                        phraseBest[slot].weight = weight
                    } else {
                        phraseSlot[id] = phraseBest.count
                        phraseBest.append((phrase.target, weight, phrase.source))
                    }
                    covered[phrase.target] += Array(start...end)
                }
            }
        }
        // One phrase per tag and place: "calendar invite" and "calendar invites" are one.
        for (target, weight, matched) in phraseBest {
            scores[target] += weight
            hits.append(Hit(target: target, weight: weight, matched: matched, typo: nil, kind: "phrase"))
        }

        // The words already scored: a word said twice counts once. By place, and their hashes
        // in a number set: a string is compared only when its hash was seen before.
        var counted: [Int] = []
        var countedHashes = NumberSet(capacity: 64)
        func firstTime(_ position: Int) -> Bool {
            let hash = Int(truncatingIfNeeded: foldedHashes[position] >> 1)
            if countedHashes.contains(hash), counted.contains(where: { folded[$0] == folded[position] }) {
                return false
            }
            countedHashes.insert(hash)
            counted.append(position)
            return true
        }
        // A tag earns each of its terms once, however many words of the message lead to it.
        // (tag, term) pairs already credited, as one number each: no array per tag or term.
        var earned = NumberSet(capacity: 256)
        // The best way the current word leads to each tag: its candidate and the posting (by
        // place in the candidate's term), plain numbers, so keeping them costs no reference counts.
        var best: [(target: Int, weight: Double, candidate: Int, posting: Int)] = []
        best.reserveCapacity(16)
        // Where a tag's entry is in `best` while one word is scored (-1: none yet).
        var slotOf = [Int](repeating: -1, count: index.targets.count)
        // Description words a tag has earned so far: each further one counts less, so a long
        // description met by several everyday words does not outweigh a keyword (BM25's saturation).
        var descriptionHits = [Int](repeating: 0, count: index.targets.count)
        for position in candidates.indices {
            // A function word counts only through a phrase it starts ("for everyone" → outage);
            // a word of a fault cue only as written, and only as a keyword, or through its glossary
            // translation, at half weight, also as a description's rarer word (below).
            let inCue = cueWords.contains(position)
            let stop = isStop[position]
            /// Whether the word's `candidate` may earn points at all.
            func counts(_ candidate: Candidate) -> Bool {
                stop ? candidate.how != nil : (inCue ? candidate.how == nil || candidate.fromGlossary : true)
            }
            guard candidates[position].contains(where: counts), firstTime(position) else {
                continue
            }
            best.removeAll(keepingCapacity: true)
            for number in candidates[position].indices where candidates[position][number].termID >= 0 {
                let candidate = candidates[position][number]
                guard counts(candidate) else { continue }
                let term = index.terms.value(at: candidate.termID)
                let idf = term.idf
                let termID = candidate.termID
                // A cue's word meets a description only translated, and only if not among the
                // commonest English words ("work"): once per candidate, not per posting.
                let cueKeywordsOnly =
                    inCue && (!candidate.fromGlossary || TriageLexicon.zipf(candidate.key, .english) >= Self.commonZipf)
                // By place, not `enumerated()`: a posting is read field by field, never copied
                // (a copy costs two reference counts for its strings).
                let postings = term.postings
                for place in postings.indices {
                    let target = postings[place].target
                    if covered[target].contains(position) { continue }
                    if candidate.forInterests, index.targets[target].isHygiene { continue }
                    let field = postings[place].field
                    if cueKeywordsOnly, field != .keyword { continue }
                    if earned.contains(target << 32 | termID) { continue }
                    let asWritten = postings[place].isWritten(candidate.key, hash: candidate.hash)
                    let postingLength = postings[place].length
                    // Stems meet only words of about the same length ("access" is not "accessibility").
                    if !asWritten, candidate.length > 0, postingLength > 0,
                        candidate.factor > 0.5, !TriageLexicon.sameWordLengths(candidate.length, postingLength)
                    {
                        continue
                    }
                    let stemOnly = candidate.everyday && !asWritten
                    // One of the commonest words ("after", "time", "work") says little in a
                    // description, however rare it is among the tags: only a one-word keyword or a
                    // keyword phrase met whole makes it a topic word.
                    let plainText = candidate.common && field != .keyword
                    let weight =
                        postings[place].weight * idf * candidate.factor * (stemOnly ? 0.5 : 1)
                        * (plainText ? Self.everydayTextFactor : 1)
                        * (inCue && candidate.fromGlossary ? Self.cueTranslationFactor : 1)
                    let slot = slotOf[target]
                    if slot >= 0 {
                        if best[slot].weight < weight { best[slot] = (target, weight, number, place) }
                    } else {
                        slotOf[target] = best.count
                        best.append((target, weight, number, place))
                    }
                }
            }
            // The subject tends to come first: an early word counts a little more.
            let early = 1 + 0.1 * (1 - Double(position) / Double(max(words.count, 1)))
            for (target, found, number, place) in best {
                slotOf[target] = -1
                let candidate = candidates[position][number]
                let posting = index.terms.value(at: candidate.termID).postings[place]
                var weight = found
                if posting.field == .description {
                    weight *= Self.saturation[min(descriptionHits[target], Self.saturation.count - 1)]
                    descriptionHits[target] += 1
                }
                earned.insert(target << 32 | candidate.termID)
                scores[target] += weight * early
                hits.append(
                    Hit(
                        target: target,
                        weight: weight,
                        matched: posting.source,
                        typo: candidate.how != nil || candidate.key == words[position].folded || candidate.factor >= 1
                            ? nil : words[position].raw,
                        kind: candidate.how == nil ? posting.field.label : "glossary",
                        reading: candidate.how
                    )
                )
            }
        }
    }

    /// Whether `phrase` (of ``TriageLexicon/manyAffected``) stands at `start` and there says that
    /// many people are hit. Not in "nobody knows why" / "nadie sabe" (a question for someone who
    /// finds out: a knowing verb among the next three words, before any "can"), nor in "the
    /// whole day" / "hela tiden" (how long, not how many).
    static func saysMany(_ phrase: [String], at start: Int, in folded: [String]) -> Bool {
        let end = start + phrase.count
        guard end <= folded.count, phrase.indices.allSatisfy({ folded[start + $0] == phrase[$0] }) else {
            return false
        }
        if end < folded.count, TriageLexicon.spansOfTime.contains(folded[end]) { return false }
        guard TriageLexicon.nobody.contains(phrase[0]) else { return true }
        for word in folded[end..<min(folded.count, end + 3)] {
            if TriageLexicon.ability.contains(word) { return true }
            if TriageLexicon.unknowing.contains(word) { return false }
        }
        return true
    }

    /// How much one of a language's commonest words counts when it matches a description,
    /// example or learned word, or one word of a keyword phrase.
    static let everydayTextFactor = 0.5
    /// Zipf frequency from which a word is among the commonest of its language.
    static let commonZipf: Float = 6.0

    /// How much the first, second, third… description word of a tag counts.
    static let saturation = [1.0, 0.7, 0.5, 0.35]

    /// Looks `candidate`'s key up in the index, once.
    static func resolve(_ candidate: inout Candidate, in index: TriageIndex) {
        candidate.termID = index.terms.entry(of: candidate.key, hash: candidate.hash) ?? -1
    }

    /// Intent cues, longest first where two overlap; a word matches as written or stemmed.
    private mutating func findCues(_ candidates: [[Candidate]], language: TriageLanguage) {
        var taken = Set<Int>()
        func word(_ position: Int) -> String? { Self.word(at: position, candidates) }
        /// A word's forms as written or stemmed (not translations or typos).
        func matches(_ position: Int, _ forms: [String]) -> Bool {
            candidates[position].contains { $0.factor >= 1 && forms.contains($0.key) }
        }
        for start in candidates.indices {
            var found: (cue: TriageLexicon.Cue, span: [Int])?
            for candidate in candidates[start] where candidate.factor >= 1 {
                let key = candidate.key
                for cue in TriageLexicon.cues[key, candidate.hash] ?? []
                where start + cue.words.count <= candidates.count
                    && (cue.language == language || cue.language == .english)
                    && cue.words.count > (found?.cue.words.count ?? 0)
                {
                    if let span = Self.match(cue, at: start, in: candidates.count, matches: matches) {
                        found = (cue, span)
                    }
                }
            }
            guard let (cue, span) = found else { continue }
            if span.contains(where: taken.contains) { continue }
            if cue.kind == .fault, cue.words.count == 1, Self.isImproved(at: start, candidates) { continue }
            // "times out of" is a plural noun and "out of" ("pull cycle times out of the lathes"),
            // unless it comes "out of nowhere" or "out of the blue".
            if cue.text == "times out", let last = span.last, word(last + 1) == "of", word(last + 2) != "nowhere",
                word(last + 2) != "the" || word(last + 3) != "blue"
            {
                continue
            }
            taken.formUnion(span)
            if cue.kind == .fault, cue.masksTopic { cueWords.formUnion(span) }
            // A cue said twice ("project … project") is one cue: it tells the same once.
            let repeated = cues.contains { $0.kind == cue.kind && $0.text == cue.text }
            cues.append(cue)
            if repeated { continue }
            switch cue.kind {
            case .fault: faultCues += 1
            // One that opens the message ("idea: …", "could we …") is what it is about: twice.
            case .idea: ideaCues += start == 0 ? 2 : 1
            }
        }
    }

    /// Where `cue` stands when it starts at `start`: its words one after another, or for a German
    /// or Dutch separable verb, its other words a few words further on ("stürzt beim Speichern
    /// immer ab" for "stürzt ab", "loopt elke ochtend vast" for "loopt vast"), as for a cue
    /// written with "…" ("can I get Python installed" for "get … installed"). Nil if it does not.
    private static func match(
        _ cue: TriageLexicon.Cue,
        at start: Int,
        in count: Int,
        matches: (Int, [String]) -> Bool
    ) -> [Int]? {
        let words = cue.words
        if words.indices.allSatisfy({ matches(start + $0, words[$0]) }) { return Array(start..<(start + words.count)) }
        let spread = !cue.gapsBefore.isEmpty
        guard words.count >= 2,
            spread
                || (cue.language == .german || cue.language == .dutch)
                    && words[words.count - 1].contains(where: TriageLexicon.separableParticles.contains),
            matches(start, words[0])
        else { return nil }
        // A separable verb where the cue starts; its other words ("nicht", the particle) in order
        // after it, with up to `separableGap` other words among them all: "fährt seit dem Update
        // nicht mehr hoch". A cue written with "…": up to `separableGap` there, and only there.
        let separableEnd = min(count, start + words.count + separableGap)
        var positions = [start]
        for number in words.indices.dropFirst() {
            let from = positions[positions.count - 1] + 1
            let end =
                spread ? min(count, from + (cue.gapsBefore.contains(number) ? separableGap + 1 : 1)) : separableEnd
            guard from < end, let next = (from..<end).first(where: { matches($0, words[number]) }) else { return nil }
            positions.append(next)
        }
        return positions
    }

    /// How many other words may stand among a separable verb's words.
    static let separableGap = 5

    /// Where `pattern` ends when its first word stands at `start`: its other words in order, each
    /// with at most ``TriageLexicon/patternGap`` other content words before it (function words
    /// don't count: "the difference between our two depots, is it real"), and how many of its
    /// words it met (one may be missing from a pattern of three or more). Nil if it does not.
    private static func patternEnd(
        _ pattern: TriageLexicon.TopicPattern,
        from start: Int,
        isStop: [Bool],
        matches: (Int, [String]) -> Bool
    ) -> (end: Int, met: Int)? {
        var last = start
        var met = 1
        // A pattern of three content words or more may miss one of them after its first.
        var missable = pattern.words.count >= 3 ? 1 : 0
        for word in pattern.words.dropFirst() {
            var position = last + 1
            var skipped = 0
            while position < isStop.count, !matches(position, word) {
                if !isStop[position] { skipped += 1 }
                if skipped > TriageLexicon.patternGap { break }
                position += 1
            }
            if position < isStop.count, skipped <= TriageLexicon.patternGap {
                last = position
                met += 1
            } else if missable > 0 {
                missable -= 1
            } else {
                return nil
            }
        }
        return (last, met)
    }

    /// How much a translation through the glossary counts, a longer entry read as a pattern
    /// (``TriageLexicon/topicPatterns``) too: a little less than a word met as written.
    static let glossaryFactor = 0.85
    /// How much a fault cue's translated words count, on top of ``glossaryFactor`` ("kann mich
    /// nicht anmelden" → sign-in): they name what broke as often as they only say that
    /// something did.
    static let cueTranslationFactor = 0.5

    /// The glossary's longer entries met with a few other words among theirs ("how many
    /// drivers should we ask" for "how many people should we ask" does not match, but "is the
    /// difference between the two depots real" does "is this difference real"): their English
    /// words join the readings of the entry's first word. One entry per place, the longest.
    private static func readPatterns(
        _ candidates: inout [[Candidate]],
        isStop: [Bool],
        language: TriageLanguage,
        index: TriageIndex
    ) {
        /// A word's forms as written or stemmed (not translations or typos).
        func matches(_ position: Int, _ forms: [String]) -> Bool {
            candidates[position].contains { $0.how == nil && $0.factor >= 1 && forms.contains($0.key) }
        }
        let patterns = TriageLexicon.topicPatterns
        // A pattern starts with a content word.
        for start in candidates.indices where !isStop[start] {
            // The pattern that meets the most words (a full one before a longer one missing a word),
            // of the message's language before English when they meet as many.
            var found: (pattern: TriageLexicon.TopicPattern, end: Int, met: Int)?
            for candidate in candidates[start] where candidate.how == nil && candidate.factor >= 1 {
                for pattern in patterns[candidate.key, candidate.hash] ?? []
                where (pattern.language == language || pattern.language == .english)
                    && pattern.words.count >= (found?.met ?? 1)
                {
                    if let (last, met) = Self.patternEnd(pattern, from: start, isStop: isStop, matches: matches),
                        met > (found?.met ?? 0)
                            || (met == found?.met && pattern.language == language
                                && found?.pattern.language != language)
                    {
                        found = (pattern, last, met)
                    }
                }
            }
            guard let (pattern, end, _) = found else { continue }
            let how = Reading(start: start, length: end - start + 1, meaning: pattern.english)
            for translated in TriageLexicon.englishWords(of: pattern.english) {
                for key in translated.keys where !candidates[start].contains(where: { $0.key == key }) {
                    var candidate = Candidate(
                        key: key,
                        factor: glossaryFactor,
                        how: how,
                        length: translated.length,
                        everyday: translated.zipf >= 5.0
                    )
                    candidate.forInterests = translated.forInterests
                    // A longer glossary entry of the message's language is a translation too.
                    candidate.fromGlossary = pattern.language != .english
                    resolve(&candidate, in: index)
                    candidates[start].append(candidate)
                }
            }
        }
    }

    /// Whether the fault noun at `position` ("errors") is what an improvement or a
    /// measurement is about ("reduce errors", "the error rate"), not a fault report.
    private static func isImproved(at position: Int, _ candidates: [[Candidate]]) -> Bool {
        func word(_ at: Int) -> String { Self.word(at: at, candidates) ?? "" }
        guard TriageLexicon.countableFaultNouns.contains(word(position)) else { return false }
        let before = max(0, position - 4)..<position
        if before.contains(where: { TriageLexicon.improvementWords.contains(word($0)) }) { return true }
        return TriageLexicon.improvementWords.contains(word(position + 1))
    }

    /// The word at `position` as written (folded), nil past the message's end.
    private static func word(at position: Int, _ candidates: [[Candidate]]) -> String? {
        position < candidates.count ? candidates[position].first?.key : nil
    }

    /// The glossary entry starting at `position`: the longest of three, two or one words.
    /// `stem`: the word's stem in `language`, when the caller has it already.
    private static func glossary(
        _ folded: [String],
        _ hashes: [UInt64],
        at position: Int,
        _ language: TriageLanguage,
        stem known: String? = nil
    ) -> (String, Int)? {
        let entries = TriageLexicon.glossaryList[language.index]
        if TriageLexicon.phraseStartList[language.index].contains(folded[position], hash: hashes[position]) {
            let phrases = TriageLexicon.phraseList[language.index]
            for length in stride(from: min(3, folded.count - position), through: 2, by: -1) {
                let words = folded[position..<(position + length)]
                if let found = phrases[TriageLexicon.phraseHash(words)]?.first(where: { $0.words.elementsEqual(words) })
                {
                    return (found.english, length)
                }
            }
        }
        if let english = entries[folded[position], hashes[position]] { return (english, 1) }
        // The thesaurus is for words that say something: not "project" or "access".
        if language == .english, TriageLexicon.isEveryday(folded[position]) { return nil }
        if case let stems = TriageLexicon.glossaryStemList[language.index], !stems.isEmpty,
            let stem = known ?? language.stemmer?.stem(folded[position]),
            let entry = stems[stem], TriageLexicon.sameWordLengths(entry.length, folded[position].count)
        {
            return (entry.english, 1)
        }
        return nil
    }

    /// A one-letter typo of a tag word (`pritner`, `calender`), when the word itself is
    /// unknown. No other forms: "speak" is not "speakers", "drive" not "driver".
    private static func nearForms(of word: TriageText.Word, hash: UInt64, index: TriageIndex) -> [Candidate] {
        var found: [Candidate] = []
        guard word.length >= 6, word.length <= 24, !word.hasDigit,
            !TriageLexicon.isKnownWord(word.folded, hash: hash)
        else { return found }
        let neighbours = typoNeighbours(word.folded, index: index)
        found.reserveCapacity(neighbours.count * 2)
        for near in neighbours {
            for key in index.spellings[near] ?? [] where !found.contains(where: { $0.key == key }) {
                found.append(Candidate(key: key, factor: 0.6, how: nil, length: near.count))
            }
        }
        return found
    }

    /// Tag words one edit away (insertion, deletion, substitution or swap), with the
    /// same first letter: people rarely mistype the first one, and "clock" is not "block".
    static func typoNeighbours(_ word: String, index: TriageIndex) -> [String] {
        var result: [String] = []
        let bytes = Array(word.utf8)
        let starts = index.spellingStarts
        index.spellingBytes.withUnsafeBufferPointer { all in
            bytes.withUnsafeBufferPointer { word in
                /// Keeps the spelling `id` when it is one edit from the word.
                func consider(_ id: Int) {
                    let spelling = UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])])
                    guard spelling.first == word.first, withinOneEdit(spelling, word) else { return }
                    let candidate = index.spellingList[id]
                    guard !result.contains(candidate) else { return }
                    // Room for several at once: a word near one tag word is often near others.
                    if result.isEmpty { result.reserveCapacity(8) }
                    result.append(candidate)
                }
                // The word misses a letter: it is a deletion variant of a spelling.
                index.deletions.forEachID(of: TriageIndex.hash(word, skipping: nil), consider)
                // Never the first letter, here or in the index: an edit there changes it, unless
                // the second is the same, and then leaving out the second reads the same.
                for skipped in word.indices.dropFirst() {
                    let variant = TriageIndex.hash(word, skipping: skipped)
                    // An extra letter: one of its deletions is a spelling.
                    index.spellingHashes.forEachID(of: variant, consider)
                    // Substitution or swap: both lose one letter to the same variant.
                    index.deletions.forEachID(of: variant, consider)
                }
            }
        }
        return result
    }

    /// Damerau-Levenshtein distance exactly 1 (an adjacent swap counts as one edit): the
    /// same word is no typo of itself.
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        /// Whether `a` from `from` equals `b` from `to`, to their ends.
        func sameTail(_ a: UnsafeBufferPointer<UInt8>, _ from: Int, _ b: UnsafeBufferPointer<UInt8>, _ to: Int) -> Bool
        {
            a.count - from == b.count - to && a[from...].elementsEqual(b[to...])
        }
        if a.count == b.count {
            if i == a.count { return false }
            if sameTail(a, i + 1, b, i + 1) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && sameTail(a, i + 2, b, i + 2)
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return sameTail(long, i + 1, short, i)
    }

    /// Where `phrase` ends when one translation says it whole: "nie mogę się zalogować" →
    /// "can't log in", and "inloggen" → "log in", are the keyword phrases, though their English
    /// words all stand at the translation's first place. The end is the translation's last
    /// message word; nil when its English words (`english`) do not hold the phrase.
    static func match(
        _ phrase: TriageIndex.Phrase,
        saidBy english: [TriageLexicon.EnglishWord],
        in candidate: Candidate
    ) -> (Int, Double)? {
        guard let how = candidate.how, how.length > 0, phrase.words.count <= english.count else { return nil }
        let holds = (0...(english.count - phrase.words.count)).contains { offset in
            phrase.words.indices.allSatisfy { english[offset + $0].keys.contains(where: phrase.words[$0].contains) }
        }
        return holds ? (how.start + how.length - 1, candidate.factor) : nil
    }

    /// Whether `phrase` continues from `start`, its words in order with at most one
    /// other word between two of them; the last position and the weakest match factor.
    static func match(_ phrase: TriageIndex.Phrase, from start: Int, candidates: [[Candidate]]) -> (Int, Double)? {
        var position = start
        var factor = 1.0
        for keys in phrase.words.dropFirst() {
            var next: Int?
            for step in 1...2 where position + step < candidates.count {
                if let hit = candidates[position + step].first(where: { keys.contains($0.key) }) {
                    next = position + step
                    factor = min(factor, hit.factor)
                    break
                }
            }
            guard let found = next else { return nil }
            position = found
        }
        return (position, factor)
    }
}
