/// The language knowledge triage ships with, so it reads colleagues who write in
/// German, French, Spanish, Dutch, Italian, Swedish or Portuguese while the tag file
/// is in English: function words per language, phrases that tell intent (something
/// is broken, or someone wants advice), and a glossary of everyday IT and business
/// words into English. Plain data, parsed once; admins extend it per tag with
/// keywords and `examples:` in their own words.
enum TriageLexicon {
    /// Function words per language, as written and with accents folded.
    static let stopWords: [TriageLanguage: Set<String>] = {
        var result: [TriageLanguage: Set<String>] = [:]
        for (language, text) in stopWordText {
            var words = Set<String>()
            for word in text.split(whereSeparator: \.isWhitespace) {
                words.insert(String(word))
                words.insert(TriageText.fold(String(word)))
            }
            result[language] = words
        }
        return result
    }()

    /// ``stopWords`` as an array in ``TriageLanguage/allCases`` order (no hashing to find a language's).
    static let stopWordList: [Set<String>] = TriageLanguage.allCases.map { stopWords[$0] ?? [] }
    /// ``glossary`` and ``glossaryStems`` the same way.
    static let glossaryList: [WordTable<String>] = TriageLanguage.allCases.map { WordTable(glossary[$0] ?? [:]) }
    static let glossaryStemList: [WordTable<(english: String, length: Int)>] = TriageLanguage.allCases.map {
        WordTable(glossaryStems[$0] ?? [:])
    }
    /// First words of the phrases in ``phraseList``, per language: only these start a phrase
    /// lookup. Not those of longer entries, which are read as patterns (``topicPatterns``): their
    /// first words ("is", "das", "ich") would start lookups that can never match.
    static let phraseStartList: [WordTable<Void>] = phraseList.map { table in
        WordTable(Set(table.values.joined().map { $0.words[0] }))
    }
    /// The glossary's phrases of two and three words, by the hash of their words: a message's
    /// words are looked up where they stand, without joining them into a new string first.
    /// Longer entries are ``topicPatterns``.
    static let phraseList: [[Int: [(words: [String], english: String)]]] = TriageLanguage.allCases.map {
        var table: [Int: [(words: [String], english: String)]] = [:]
        for (phrase, english) in glossary[$0] ?? [:] where phrase.contains(" " as Character) {
            let words = phrase.split(separator: " ").map(String.init)
            guard words.count <= 3 else { continue }
            table[phraseHash(words[...]), default: []].append((words, english))
        }
        return table
    }

    static func phraseHash(_ words: ArraySlice<String>) -> Int {
        var hasher = Hasher()
        for word in words { hasher.combine(word) }
        return hasher.finalize()
    }

    /// Glossary entries per language: the folded foreign word or phrase → English words.
    /// The English entries are the thesaurus: chat words → the plain words of descriptions.
    static var glossary: [TriageLanguage: [String: String]] { glossaryAndTopics.glossary }

    /// Translations that only the topic glossary and the signal vocabulary give (``topicText``,
    /// ``signalText``): they name a specialist topic ("informal influencers" → social network
    /// analysis), so they count for interests only. A fault category that happens to share one of
    /// their English words ("web portal" and the outage category's "portals") learns nothing
    /// from them.
    static var interestMeanings: Set<String> { glossaryAndTopics.interestMeanings }

    private static let glossaryAndTopics:
        (glossary: [TriageLanguage: [String: String]], interestMeanings: Set<String>) =
            {
                var result: [TriageLanguage: [String: String]] = [:]
                var general = Set<String>()
                var topical = Set<String>()
                let sources =
                    [glossaryText, thesaurusText, domainText, workText].map { ($0, false) } + [
                        (topicText, true),
                        (signalText, true),
                    ]
                for (text, isTopical) in sources {
                    for line in text.split(separator: "\n") {
                        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                        guard fields.count == 3, let language = TriageLanguage(rawValue: String(fields[0])) else {
                            continue
                        }
                        let foreign = TriageText.words(String(fields[1])).map(\.folded).joined(separator: " ")
                        // A word that is the same in English needs no translation, and says nothing of the language.
                        guard !foreign.isEmpty, foreign != String(fields[2]), result[language]?[foreign] == nil else {
                            continue
                        }
                        // What the words of an entry like "#n/a" leave ("a") is a function word, not the entry.
                        if stopWords[.english]?.contains(foreign) == true
                            || stopWords[language]?.contains(foreign) == true
                        {
                            continue
                        }
                        let english = String(fields[2])
                        result[language, default: [:]][foreign] = english
                        if isTopical { topical.insert(english) } else { general.insert(english) }
                    }
                }
                return (result, topical.subtracting(general))
            }()

    /// An English word of a translation, ready to match: as written and stemmed.
    struct EnglishWord: Sendable {
        /// The word as written, folded.
        var folded: String
        var keys: [String]
        var length: Int
        /// How common it is in English (Zipf).
        var zipf: Float
        /// It comes from a translation that counts for interests only (``interestMeanings``).
        var forInterests = false
    }

    /// Every translation's English words, worked out once.
    static let translations: [String: [EnglishWord]] = {
        var result: [String: [EnglishWord]] = [:]
        for entries in glossary.values {
            for english in entries.values where result[english] == nil {
                result[english] = englishWords(reading: english)
            }
        }
        return result
    }()

    static func englishWords(of english: String) -> [EnglishWord] {
        translations[english] ?? englishWords(reading: english)
    }

    private static func englishWords(reading english: String) -> [EnglishWord] {
        let forInterests = interestMeanings.contains(english)
        return TriageText.words(english).map { word in
            let stem = TriageText.fold(TriageLanguage.english.stemmer?.stem(word.raw) ?? word.raw)
            return EnglishWord(
                folded: word.folded,
                keys: stem == word.folded ? [stem] : [stem, word.folded],
                length: word.length,
                zipf: zipf(word.folded, .english),
                forInterests: forInterests
            )
        }
    }

    /// The single folded words of each language's glossary, for telling the language.
    static let glossaryWords: [TriageLanguage: Set<String>] = glossary.filter { $0.key != .english }.mapValues {
        entries in Set(entries.keys.filter { !$0.contains(" " as Character) && $0.count >= 4 })
    }

    /// Particles of German and Dutch separable verbs, which stand at the end of the clause:
    /// "der Rechner stürzt beim Speichern ab", "de scanner loopt elke ochtend vast".
    static let separableParticles: Set<String> = [
        // de
        "ab", "an", "auf", "aus", "ein", "hoch", "runter", "fest", "los", "weg", "zu", "zuruck", "durch", "um",
        // nl
        "af", "aan", "op", "uit", "vast", "weg", "los", "door", "terug", "toe", "mee", "eruit", "plat", "stil", "mis",
        "neer",
    ]

    /// What a cue says about the sentence it is in.
    enum CueKind: String, Sendable {
        /// Something is broken, or a routine request for IT support.
        case fault
        /// Advice, an idea, a project or an analysis: a question for specialists.
        case idea
    }

    struct Cue: Sendable {
        var kind: CueKind
        /// Each word's accepted forms: as written (folded) and its stem in the cue's language
        /// (one or two, compared one by one: cheaper than hashing).
        var words: [[String]]
        var text: String
        var language: TriageLanguage
        /// Whether the cue's words stop counting for the topic (see `TriageReading`). The
        /// request cues' words often name the thing ("alerte de connexion", "laadt niet"):
        /// those keep counting.
        var masksTopic = true
        /// Where a "…" was written ("get … installed", "kann jemand … installieren"): the
        /// numbers of the words that up to ``TriageReading/separableGap`` other words may come
        /// before (the thing to install, a name). Such a cue's words match only as written.
        var gapsBefore: [Int] = []
    }

    /// Nouns that are a fault cue on their own ("error", "Fehler", "erreur") but are the
    /// *subject* of an improvement or a measurement ("reduce errors", "the error rate",
    /// "ridurre gli errori", "weniger Fehler").
    static let countableFaultNouns: Set<String> = [
        "error", "errors", "fehler", "erreur", "erreurs", "errores", "errore", "errori", "fout", "fouten",
        "fel", "felen", "erro", "erros", "bledy", "bledow", "mistakes", "failures", "ausfalle", "pannes", "storingen",
    ]

    /// Words that make such a noun the subject of an improvement or a measurement, in
    /// every language HubBot reads (folded; each once: a set literal must not repeat). Not
    /// words that also name a thing beside a fault ("share drive", "track pad", "lower
    /// screen", "common folder") or report one ("frequent errors", "detected an error").
    static let improvementWords: Set<String> = [
        // en
        "reduce", "reducing", "reduced", "fewer", "less", "minimise", "minimize", "minimising", "minimizing",
        "avoid", "avoiding", "prevent", "preventing", "decrease", "rate", "rates", "number", "percentage",
        "measure", "measuring", "analyse", "analyze", "predict", "drop", "decline",
        // de
        "reduzieren", "verringern", "senken", "weniger", "vermeiden", "verhindern", "minimieren", "anzahl", "quote",
        "haufigkeit", "messen", "auswerten", "vorhersagen", "ruckgang",
        // fr
        "reduire", "diminuer", "moins", "eviter", "prevenir", "limiter", "taux", "nombre", "mesurer", "analyser",
        "prevoir", "baisse",
        // es
        "reducir", "disminuir", "menos", "evitar", "tasa", "numero", "medir", "analizar", "predecir", "bajada",
        // nl
        "verminderen", "verlagen", "minder", "voorkomen", "vermijden", "aantal", "meten", "analyseren", "voorspellen",
        "daling",
        // it
        "ridurre", "diminuire", "meno", "evitare", "prevenire", "tasso", "misurare", "analizzare", "prevedere", "calo",
        // sv
        "minska", "farre", "mindre", "undvika", "forhindra", "andel", "antal", "analysera", "forutse",
        // pt
        "reduzir", "diminuir", "taxa", "analisar", "prever",
        // pl
        "zmniejszyc", "ograniczyc", "mniej", "uniknac", "liczba", "liczbe", "odsetek", "zmierzyc",
    ]

    /// Words in a fault category's name, description or keywords that make it the one for
    /// what hits many people at once (an outage).
    static let wideCategoryWords: Set<String> = ["everyone", "everybody", "outage", "outages"]

    /// How colleagues say that a fault hits many people ("nobody here can", "the whole
    /// warehouse", "niemand", "tout le monde", "nadie", "tutti"), folded, one to three words.
    /// Not "all" or "ingen": "all my files", "ingen ljud" are one person's faults.
    static let manyAffected: [[String]] = """
        everyone|everybody|nobody|no one|noone|whole|entire|company wide|anyone else|all of us|all users
        niemand|keiner|jeder|ganze|ganzen|gesamte|gesamten|alle kollegen|bei allen|bei uns allen
        tout le monde|personne ne|personne n|tous les utilisateurs|toute l equipe|tout le service|entier|entiere
        nadie|todos|todo el|toda la|entero|entera
        niemand|iedereen|hele|gehele|heel het
        nessuno|tutti|tutto il|tutta la|intero|intera
        alla|hela|ingen av oss|ingen kan|ingen har
        ninguem|todos|todo o|toda a|inteiro|inteira
        nikt|wszyscy|caly|cala|cale|calym|calej
        """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.split(separator: " ").map(String.init) }
        .filter { !$0.isEmpty }

    /// What follows "nobody" when nobody knows rather than nobody can ("nobody knows why",
    /// "niemand weiß", "personne ne sait", "nadie sabe"…), folded: then the many are not hit
    /// by a fault, they lack an answer.
    static let unknowing: Set<String> = [
        "know", "knows", "knew", "tell", "explain", "explains", "understand", "understands", "remember",
        "weiss", "wusste", "versteht", "erklaren", "durchblickt",
        "sait", "savait", "comprend", "explique",
        "sabe", "sabia", "entiende", "explica", "explicar",
        "weet", "wist", "snapt", "begrijpt",
        "sapeva", "capisce", "spiega",
        "vet", "visste", "forstar",
        "entende",
        "rozumie",
    ]

    /// The many-affected phrases that say "nobody" (``unknowing`` is checked after these only:
    /// "does anyone else know if Teams is down" is still many people hit).
    static let nobody: Set<String> = [
        "nobody", "no", "noone", "niemand", "keiner", "personne", "nadie", "nessuno", "ninguem", "nikt", "ingen",
    ]

    /// Verbs of being able that end the look for ``unknowing``: in "niemand kann drucken, weiß
    /// jemand warum?" nobody *can*.
    static let ability: Set<String> = [
        "can", "cant", "cannot", "could", "kann", "konnen", "kan", "kunnen", "peut", "peuvent", "puede", "pueden",
        "pode", "podem", "puo", "riesce", "riescono", "moze", "moga",
    ]

    /// Spans of time after "whole", "hela", "ganzen", "todo el"…, folded: "the whole day", "hela
    /// tiden" (all the time), "den ganzen Tag" say how long something fails, not for how many.
    static let spansOfTime: Set<String> = [
        "day", "days", "morning", "afternoon", "evening", "night", "week", "weekend", "time", "month", "year",
        "tag", "vormittag", "nachmittag", "morgen", "abend", "nacht", "woche", "zeit", "monat", "jahr",
        "journee", "matinee", "soiree", "nuit", "semaine", "temps", "mois",
        "dia", "manana", "tarde", "noche", "semana", "tiempo", "mes", "ano",
        "dag", "ochtend", "middag", "avond", "tijd", "maand", "jaar",
        "giorno", "giornata", "mattina", "mattinata", "pomeriggio", "notte", "settimana", "tempo", "mese",
        "dagen", "morgonen", "eftermiddagen", "kvallen", "natten", "veckan", "tiden", "manaden", "aret",
        "manha", "noite",
        "dzien", "ranek", "rano", "wieczor", "noc", "tydzien", "czas", "miesiac", "rok",
    ]

    /// `manyAffected` by first word: a message's words are looked up, not scanned for each phrase.
    static let manyAffectedByFirst = WordTable(Dictionary(grouping: manyAffected) { $0[0] })

    /// Intent cues by their first folded word (all languages together: a colleague
    /// mixes them, and "pls help" is the same in every one).
    static let cues: WordTable<[Cue]> = {
        var result: [String: [Cue]] = [:]
        var seen = Set<String>()
        let masking = [cueText, domainCueText, symptomCueText].joined(separator: "\n").split(separator: "\n").map {
            ($0, true)
        }
        let naming = (requestCueText + "\n" + adviceCueText).split(separator: "\n").map { ($0, false) }
        for (line, masksTopic) in masking + naming {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = CueKind(rawValue: String(fields[1])),
                let language = TriageLanguage(rawValue: String(fields[0]))
            else { continue }
            // "get … installed": the words of each part, and where a part after a "…" begins.
            let parts = fields[2].split(separator: "…").map { TriageText.words(String($0)) }
            let written = parts.flatMap { $0 }
            var gapsBefore: [Int] = []
            for part in parts.dropLast() {
                gapsBefore.append((gapsBefore.last ?? 0) + part.count)
            }
            let words = written.map { word -> [String] in
                // A cue's longer words match their inflections too ("automated" for "automate",
                // "non mi arrivano" for "non mi arriva"); short ones ("non", "pas") only as
                // written, and so do those of a cue with gaps ("recht geben" is no "Rechte … geben").
                var forms = [word.folded]
                if gapsBefore.isEmpty, let stem = language.stemmer?.stem(word.raw), stem.count >= 5,
                    case let folded = TriageText.fold(stem), folded != word.folded
                {
                    forms.append(folded)
                }
                return forms
            }
            let signature =
                "\(language.rawValue) \(kind.rawValue) "
                + parts.map { $0.map(\.folded).joined(separator: " ") }.joined(separator: " … ")
            guard !words.isEmpty, seen.insert(signature).inserted else { continue }
            for first in words[0] {
                result[first, default: []].append(
                    Cue(
                        kind: kind,
                        words: words,
                        text: String(fields[2]),
                        language: language,
                        masksTopic: masksTopic,
                        gapsBefore: gapsBefore
                    )
                )
            }
        }
        // Longer phrases first, so "could we" wins over "could".
        return WordTable(result.mapValues { $0.sorted { $0.words.count > $1.words.count } })
    }()
}

extension TriageLexicon {
    /// Single glossary words by their stem in their language: `druckers` finds `drucker`.
    static let glossaryStems: [TriageLanguage: [String: (english: String, length: Int)]] = {
        var result: [TriageLanguage: [String: (english: String, length: Int)]] = [:]
        for (language, entries) in glossary {
            guard let stemmer = language.stemmer else { continue }
            var stems: [String: (english: String, length: Int)] = [:]
            // Where two words share a stem, the shorter (the base form) speaks for it, then the
            // first in alphabetical order: never the dictionary's order, which changes with
            // every process, so that a message reads the same after a restart.
            let words = entries.filter { !$0.key.contains(" " as Character) }.sorted {
                $0.key.count != $1.key.count ? $0.key.count < $1.key.count : $0.key < $1.key
            }
            for (foreign, english) in words {
                let stem = stemmer.stem(foreign)
                if stems[stem] == nil { stems[stem] = (english, foreign.count) }
            }
            result[language] = stems
        }
        return result
    }()

    /// Whether two words of these lengths can be forms of one word: inflections add a
    /// few letters; "accessibility" is not a form of "access", nor "sentiment" of "sent".
    static func sameWordLengths(_ a: Int, _ b: Int) -> Bool { abs(a - b) <= 3 }

    /// Common English words: as a key of the thesaurus they would say too little.
    static func isEveryday(_ word: String) -> Bool { zipf(word, .english) >= 5.0 }

    /// Whether `word` (folded) is a real word in some language HubBot reads, so never a typo of a
    /// tag word: a function word, a glossary word, or one of the word lists'.
    /// `hash`: its ``WordHash``, when the caller has it already.
    static func isKnownWord(_ word: String, hash: UInt64? = nil) -> Bool {
        zipfTable[word, hash ?? WordHash.of(word)]?.isKnown == true
    }

    /// Whether `word` (as written) is a function word of `language` or of English, whose
    /// ``WordHash`` is `hash`: the answer and the word's Zipf frequency in `language`, from one
    /// lookup.
    static func facts(of word: String, hash: UInt64, in language: TriageLanguage) -> (zipf: Float, isStop: Bool) {
        guard let row = zipfTable[word, hash] else { return (0, false) }
        return (row[language.index], row.isStop(in: language) || row.isStop(in: .english))
    }

    /// Zipf frequency of a word in each language (in ``TriageLanguage/allCases`` order, 0
    /// where unknown), as written and with accents folded: one lookup answers for all of them.
    /// About 76,000 words: each row is sixteen bytes (``ZipfRow``: eight of frequencies, two of
    /// function-word bits), not a vector of floats, so the table costs about 4 MB of the process
    /// instead of 10.
    static let zipfTable: WordTable<ZipfRow> = {
        var table: [String: ZipfRow] = [:]
        table.reserveCapacity(80_000)
        for line in frequencyText.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let language = TriageLanguage(rawValue: String(fields[0])) else { continue }
            let lane = language.index
            for item in fields[1].split(separator: " ") {
                guard let colon = item.lastIndex(of: ":"), let zipf = Float(item[item.index(after: colon)...])
                else { continue }
                let word = String(item[..<colon])
                table[word, default: ZipfRow(known: true)][lane] = max(table[word]?[lane] ?? 0, zipf)
                // Written without accents it is the same word, a little less surely.
                let folded = TriageText.fold(word)
                if folded != word, (table[folded]?[lane] ?? 0) == 0 {
                    table[folded, default: ZipfRow(known: true)][lane] = zipf - 0.5
                }
            }
        }
        // Every word above is known; so are the function words, the glossary's words and the
        // English word list's (which has no frequencies): one table answers both questions.
        var known = moreEnglishText.split(separator: " ").map { TriageText.fold(String($0)) }
        for set in stopWords.values { known += set }
        for set in glossaryWords.values { known += set }
        for word in known { table[word, default: ZipfRow(known: true)].isKnown = true }
        for (language, words) in stopWords {
            for word in words { table[word, default: ZipfRow(known: true)].addStop(language) }
        }
        return WordTable(table)
    }()

    /// A word's Zipf frequency in each of the nine languages, in tenths (the data has one
    /// decimal): seven bits per language in one word, and the top bit for "a known word"; and
    /// the languages in which it is a function word, one bit each.
    struct ZipfRow: Sendable, Equatable {
        private var bits: UInt64 = 0
        private var stops: UInt16 = 0
        private static let width: UInt64 = 7
        private static let mask: UInt64 = (1 << width) - 1
        private static let knownBit: UInt64 = 1 << 63

        init(known: Bool = false) { isKnown = known }

        /// A real word in some language HubBot reads (see ``TriageLexicon/isKnownWord(_:hash:)``).
        var isKnown: Bool {
            get { bits & Self.knownBit != 0 }
            set { bits = newValue ? bits | Self.knownBit : bits & ~Self.knownBit }
        }

        /// Whether the word is a function word of `language` (``TriageLexicon/stopWords``).
        func isStop(in language: TriageLanguage) -> Bool { stops & (1 << UInt16(language.index)) != 0 }

        mutating func addStop(_ language: TriageLanguage) { stops |= 1 << UInt16(language.index) }

        /// The frequency in the language at `lane` (its ``TriageLanguage/index``); 0 to 12.7.
        subscript(lane: Int) -> Float {
            get { Float((bits >> (UInt64(lane) * Self.width)) & Self.mask) / 10 }
            set {
                let tenths = UInt64(max(0, min(Float(Self.mask), (newValue * 10).rounded())))
                let shift = UInt64(lane) * Self.width
                bits = bits & ~(Self.mask << shift) | tenths << shift
            }
        }
    }

    /// How common `word` is in `language` (Zipf: 7 for "the", 3 for "printer", 0 if unknown).
    static func zipf(_ word: String, _ language: TriageLanguage) -> Float {
        zipfTable[word]?[language.index] ?? 0
    }
}

extension TriageLexicon {
    /// Builds every table now. Each is otherwise built by the first message that needs it, which
    /// then waits (about 100 ms for all of them): the app calls ``Triage/prepare()`` once at start.
    static func prepare() {
        _ = (stopWordList.count, glossaryList.count, glossaryStemList.count, phraseStartList.count, phraseList.count)
        _ = (translations.count, glossaryWords.count, manyAffectedByFirst.count, cues.count, topicPatterns.count)
        _ = (zipfTable.count, TriageLanguage.english.stemmer)
    }
}

extension Triage {
    /// Builds triage's language tables now rather than for the first message (see
    /// ``TriageLexicon/prepare()``); any later call returns at once.
    public static func prepare() { TriageLexicon.prepare() }
}
