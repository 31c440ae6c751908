import Foundation

/// The tag model compiled for triage: every word the admin wrote (tag names,
/// keywords, descriptions, `examples:`) and every sentence the hub learned, as
/// weighted terms per tag, with inverse document frequency so that words many
/// tags share count less; multi-word keywords as phrases; and the side tables
/// that find a word written differently (a typo, another form of the word).
struct TriageIndex: Sendable {
    struct Target: Sendable {
        var name: String
        var isHygiene: Bool
        /// Interest tags this one is linked with (parent, children, related).
        var neighbours: [Int] = []
        /// A fault category for what hits many people at once ("down for everyone", an
        /// outage): the admin's own words say so.
        var isWide = false
    }

    /// Where a term of a tag comes from; the weight says how much it tells.
    enum Field: Int, Sendable, Comparable {
        case learned, example, description, keyword

        var weight: Double {
            switch self {
            case .keyword: 3.0
            case .description: 1.6
            case .example: 1.4
            case .learned: 1.4
            }
        }

        var label: String {
            switch self {
            case .keyword: "keyword"
            case .description: "description"
            case .example: "example"
            case .learned: "learned"
            }
        }

        static func < (a: Field, b: Field) -> Bool { a.rawValue < b.rawValue }
    }

    struct Posting: Sendable {
        var target: Int
        var weight: Double
        var field: Field
        /// The word or keyword as the admin wrote it, for explanations.
        var source: String
        /// `source` folded, and its length in characters (worked out once, not per message).
        var folded: String
        var length: Int
        /// `folded`'s ``WordHash``: a candidate's key is told from it by a number first.
        var foldedHash: UInt64

        init(target: Int, weight: Double, field: Field, source: String) {
            self.target = target
            self.weight = weight
            self.field = field
            self.source = source
            self.folded = TriageText.fold(source.lowercased())
            self.length = source.contains(" " as Character) ? 0 : source.count
            self.foldedHash = WordHash.of(folded)
        }

        /// Whether `key` (whose ``WordHash`` is `hash`) is this posting's word as written.
        func isWritten(_ key: String, hash: UInt64) -> Bool {
            hash == foldedHash && key == folded
        }
    }

    struct Phrase: Sendable {
        /// Each word's possible keys (as written and stemmed): one or two, compared one by one.
        var words: [[String]]
        var target: Int
        var weight: Double
        var source: String
        var field: Field
    }

    var targets: [Target] = []
    /// A term: the tags it points to (the strongest field per tag), and how rare it is.
    struct Term: Sendable {
        var postings: [Posting]
        /// Inverse document frequency, 0…1.2.
        var idf: Double
    }

    /// Term key (folded stem) → the term.
    var terms = WordTable<Term>([:])
    /// Multi-word keywords, by each key of their first word.
    var phrases = WordTable<[Phrase]>([:])
    /// Folded words of keywords and names → their keys, for typo tolerance.
    var spellings = WordTable<[String]>([:])
    /// Those words in a list, for the typo tables below.
    var spellingList: [String] = []
    /// Their UTF-8 bytes, one after another, for checking a typo's candidates without
    /// converting each one; spelling `id`'s are `spellingBytes[spellingStarts[id]..<spellingStarts[id + 1]]`.
    var spellingBytes: [UInt8] = []
    var spellingStarts: [Int32] = [0]
    /// Hash of a one-deletion variant of a spelling (SymSpell, edit distance 1) → the
    /// spellings it comes from; hashes, so looking up a typo allocates nothing.
    var deletions = TypoTable([:])
    /// Hash of each spelling → the spelling.
    var spellingHashes = TypoTable([:])
    /// Compound words already split against this index.
    let compounds = CompoundCache()
    /// Names and one-word keywords usable as hashtags.
    var hashtags: [String: Int] = [:]

    init(model: TagModel, learned: [TriageExample] = []) {
        var collector = Collector()
        for tag in model.interests {
            collector.add(
                name: tag.name,
                description: tag.description,
                keywords: tag.keywords,
                examples: tag.examples,
                hygiene: false
            )
        }
        for category in model.hygiene {
            collector.add(
                name: category.name,
                description: category.description,
                keywords: category.keywords,
                examples: category.examples,
                hygiene: true
            )
        }
        for example in learned {
            guard let target = collector.targetIndex[example.tag] else { continue }
            collector.addText(example.text, target: target, field: .learned)
        }
        var targets = collector.targets
        let names = collector.targetIndex
        for tag in model.interests {
            guard let index = names[tag.name] else { continue }
            let links = ([tag.parent].compactMap { $0 } + tag.related).compactMap { names[$0] }
            for link in links where link != index {
                if !targets[index].neighbours.contains(link) { targets[index].neighbours.append(link) }
                if !targets[link].neighbours.contains(index) { targets[link].neighbours.append(index) }
            }
        }
        self.targets = targets

        self.phrases = WordTable(collector.phrases)
        self.hashtags = collector.hashtags
        let spellings = collector.spellings.mapValues { Array($0).sorted() }
        self.spellings = WordTable(spellings)
        let count = Double(max(targets.count, 2))
        let top = log(1 + (count - 0.5) / 1.5)
        var terms: [String: Term] = [:]
        for (key, byTarget) in collector.terms {
            let postings = Array(byTarget.values).sorted { $0.target < $1.target }
            // A description mention counts as less than a keyword: "headset" in an
            // interest's description must not halve a fault category's own keyword.
            let frequency = postings.reduce(0) { $0 + $1.field.weight / Field.keyword.weight }
            let idf = min(1.2, log(1 + (count - frequency + 0.5) / (frequency + 0.5)) / top)
            terms[key] = Term(postings: postings, idf: idf)
        }
        self.terms = WordTable(terms)
        var deletionLists: [UInt64: [Int32]] = [:]
        var spellingLists: [UInt64: [Int32]] = [:]
        for word in spellings.keys.sorted() where word.count >= 6 {
            let id = Int32(spellingList.count)
            spellingList.append(word)
            let bytes = Array(word.utf8)
            spellingBytes += bytes
            spellingStarts.append(Int32(spellingBytes.count))
            spellingLists[Self.hash(bytes, skipping: nil), default: []].append(id)
            // Not the first letter: a typo keeps it (``TriageReading/typoNeighbours(_:index:)``).
            for skipped in bytes.indices.dropFirst() {
                deletionLists[Self.hash(bytes, skipping: skipped), default: []].append(id)
            }
        }
        deletions = TypoTable(deletionLists)
        spellingHashes = TypoTable(spellingLists)
    }

    /// The stems a tag word may be met as: as written, and by each language's stemmer
    /// (a keyword may be in any language).
    static func keys(of word: TriageText.Word, languages: [TriageLanguage]) -> Set<String> {
        var keys: Set<String> = [word.folded]
        for language in languages {
            if let stem = language.stemmer?.stem(word.raw) { keys.insert(TriageText.fold(stem)) }
        }
        return keys
    }

    /// FNV-1a over the bytes, leaving out the one at `skipping`.
    static func hash(_ bytes: some RandomAccessCollection<UInt8>, skipping: Int?) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (offset, byte) in bytes.enumerated() where offset != skipping {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The languages a keyword word may be in: English (tag files mostly are), and every
    /// language in which it is a known word ("drucker" is German, "imprimante" French). A
    /// word is not stemmed the way of a language it is not in: Portuguese would cut
    /// "queries" to meet "querer".
    static func languages(of word: TriageText.Word) -> [TriageLanguage] {
        TriageLanguage.allCases.filter { language in
            language == .english || TriageLexicon.zipf(word.raw, language) > 0
                || TriageLexicon.glossary[language]?[word.folded] != nil
        }
    }

    /// Gathers terms while the index is built.
    private struct Collector {
        var targets: [Target] = []
        var targetIndex: [String: Int] = [:]
        var terms: [String: [Int: Posting]] = [:]
        var phrases: [String: [Phrase]] = [:]
        var phraseSeen: Set<String> = []
        var hashtags: [String: Int] = [:]
        var spellings: [String: Set<String>] = [:]

        mutating func add(
            name: String,
            description: String,
            keywords: [String],
            examples: [String],
            hygiene: Bool
        ) {
            let target = targets.count
            let words = TriageText.words(([name, description] + keywords).joined(separator: " ")).map(\.folded)
            let wide = hygiene && words.contains { TriageLexicon.wideCategoryWords.contains($0) }
            targets.append(Target(name: name, isHygiene: hygiene, isWide: wide))
            targetIndex[name] = target
            hashtags[name] = target
            for keyword in [name.split(separator: "-").joined(separator: " ")] + keywords {
                addKeyword(keyword, target: target)
            }
            addText(description, target: target, field: .description)
            for example in examples { addText(example, target: target, field: .example) }
        }

        /// A keyword or a tag's name: every form of every word, in every language.
        mutating func addKeyword(_ keyword: String, target: Int) {
            let words = TriageText.words(keyword)
            guard !words.isEmpty else { return }
            // Every one-word keyword is a hashtag, hyphens and all: #wi-fi as well as #wifi.
            let trimmed = keyword.trimmingCharacters(in: .whitespaces)
            if !trimmed.contains(" " as Character) {
                let tag = TriageText.fold(trimmed.lowercased())
                if hashtags[tag] == nil { hashtags[tag] = target }
            }
            let keys = words.map { TriageIndex.keys(of: $0, languages: TriageIndex.languages(of: $0)) }
            if words.count == 1 {
                for key in keys[0] { credit(key, target: target, field: .keyword, source: keyword) }
                spellings[words[0].folded, default: []].formUnion(keys[0])
                return
            }
            // "wi-fi", "e-mail": the joined spelling is a word too.
            if keyword.contains("-" as Character), !keyword.contains(" " as Character) {
                let joined = TriageText.Word(
                    raw: words.map(\.raw).joined(),
                    folded: words.map(\.folded).joined()
                )
                let joinedKeys = TriageIndex.keys(of: joined, languages: [.english])
                for key in joinedKeys { credit(key, target: target, field: .keyword, source: keyword) }
                spellings[joined.folded, default: []].formUnion(joinedKeys)
            }
            for (word, wordKeys) in zip(words, keys) where !TriageLanguage.english.stopWords.contains(word.raw) {
                spellings[word.folded, default: []].formUnion(wordKeys)
            }
            // Each telling word of a phrase says as much as a word of the description: "internet" on
            // its own is about the tag whose keywords say "no internet" and "internet down".
            for (word, wordKeys) in zip(words, keys) where word.length > 2 && !Self.isFunctionWord(word) {
                for key in wordKeys { credit(key, target: target, field: .description, source: word.raw) }
            }
            // The same phrase twice for one tag ("calendar invite", "calendar invites") counts once.
            let signature = "\(target) " + keys.map { $0.sorted().first ?? "" }.joined(separator: " ")
            guard phraseSeen.insert(signature).inserted else { return }
            // A hyphenated word ("sign-in", "e-mail") is one word, not a phrase of two.
            let spoken = keyword.split(whereSeparator: \.isWhitespace).count
            let phrase = Phrase(
                words: keys.map { $0.sorted() },
                target: target,
                weight: Field.keyword.weight + 1.5 * Double(max(spoken, 1) - 1),
                source: keyword,
                field: .keyword
            )
            for key in keys[0] { phrases[key, default: []].append(phrase) }
        }

        /// A description or example sentence: its telling words, stemmed in its own language.
        mutating func addText(_ text: String, target: Int, field: Field) {
            let words = TriageText.words(text)
            let language = TriageLanguage.identify(words)
            let languages = language == .english ? [TriageLanguage.english] : [language, .english]
            for word in words where word.length > 2 && !language.stopWords.contains(word.raw) {
                if TriageLanguage.english.stopWords.contains(word.raw) { continue }
                let keys = TriageIndex.keys(of: word, languages: languages)
                for key in keys { credit(key, target: target, field: field, source: word.raw) }
                if field != .learned { spellings[word.folded, default: []].formUnion(keys) }
            }
        }

        /// A function word in any language HubBot reads ("no", "kein", "pas", "sin", "geen").
        static func isFunctionWord(_ word: TriageText.Word) -> Bool {
            TriageLexicon.stopWordList.contains { $0.contains(word.raw) || $0.contains(word.folded) }
        }

        mutating func credit(_ key: String, target: Int, field: Field, source: String) {
            let posting = Posting(target: target, weight: field.weight, field: field, source: source)
            if let existing = terms[key]?[target], existing.field >= field { return }
            terms[key, default: [:]][target] = posting
        }
    }
}

/// A sentence labelled with the tag it belongs to: an `examples:` line of the tag
/// file, or a message whose meaning a colleague or specialist confirmed in chat.
public struct TriageExample: Sendable, Hashable, Codable {
    public var text: String
    public var tag: String

    public init(text: String, tag: String) {
        self.text = text
        self.tag = tag
    }
}
