extension TriageLexicon {
    /// A glossary entry of more than three words ("how many people should we ask", "ist der
    /// Unterschied echt"), read as its content words in order with a few other words among
    /// them: colleagues rarely write such a sentence word for word ("is the difference between
    /// the depots real"), but its telling words they do.
    struct TopicPattern: Sendable {
        /// Each content word's accepted forms: as written (folded) and stemmed in its language
        /// (one or two: compared one by one, which is cheaper than hashing the message's words).
        var words: [[String]]
        var english: String
        var language: TriageLanguage
    }

    /// How many other content words may stand between two words of a pattern.
    static let patternGap = 3

    /// The glossary's longer entries as patterns, by each form of their first content word.
    /// An entry whose content words come down to one is left out: one word is not a phrase.
    static let topicPatterns: WordTable<[TopicPattern]> = {
        var result: [String: [TopicPattern]] = [:]
        var seen = Set<String>()
        let englishStops = stopWordList[TriageLanguage.english.index]
        // Languages, and each one's entries, in a fixed order: which of two patterns is met first
        // must not change with the process's hash seed.
        for language in TriageLanguage.allCases {
            guard let entries = glossary[language] else { continue }
            let stops = stopWordList[language.index]
            for (phrase, english) in entries.sorted(by: { $0.key < $1.key }) {
                let written = TriageText.words(phrase)
                guard written.count > 3 else { continue }
                let content = written.filter {
                    $0.length > 2 && !stops.contains($0.raw) && !englishStops.contains($0.raw)
                }
                guard content.count >= 2 else { continue }
                let words = content.map { word -> [String] in
                    var forms = [word.folded]
                    if let stem = (language.stemmer?.stem(word.raw)).map(TriageText.fold), stem.count >= 4,
                        stem != word.folded
                    {
                        forms.append(stem)
                    }
                    return forms
                }
                let signature = "\(language.rawValue) \(content.map(\.folded).joined(separator: " "))"
                guard seen.insert(signature).inserted else { continue }
                let pattern = TopicPattern(words: words, english: english, language: language)
                for first in words[0] { result[first, default: []].append(pattern) }
            }
        }
        // Longer patterns first: they say more.
        return WordTable(result.mapValues { $0.sorted { $0.words.count > $1.words.count } })
    }()
}
