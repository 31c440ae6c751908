import Snowball

/// A language HubBot can read: stop words, a Snowball stemmer, intent cues and a
/// glossary into English (the language tag files are usually written in).
public enum TriageLanguage: String, Sendable, CaseIterable, Codable, Hashable {
    case english = "en"
    case german = "de"
    case french = "fr"
    case spanish = "es"
    case dutch = "nl"
    case italian = "it"
    case swedish = "sv"
    case portuguese = "pt"
    case polish = "pl"

    /// The Snowball algorithm for this language; nil where Snowball has none.
    var snowballName: String? {
        switch self {
        case .english: "english"
        case .german: "german"
        case .french: "french"
        case .spanish: "spanish"
        case .dutch: "dutch"
        case .italian: "italian"
        case .swedish: "swedish"
        case .portuguese: "portuguese"
        // Snowball has no Polish stemmer: the glossary lists the common inflected forms instead.
        case .polish: nil
        }
    }

    /// The stemmer, made once per process (libstemmer's are cheap to share under a lock).
    var stemmer: SnowballStemmer? { Self.stemmers[index] }

    /// In ``allCases`` order: per-language tables are arrays, so a lookup costs no hashing.
    private static let stemmers: [SnowballStemmer?] = allCases.map {
        $0.snowballName.flatMap(SnowballStemmer.init(algorithm:))
    }

    /// Function words: they tell the language and say nothing about the topic.
    var stopWords: Set<String> { TriageLexicon.stopWordList[index] }

    /// The most likely language of `words`: the one in which these words are most
    /// common (word frequencies, a naive-Bayes reading with a floor for unknown words),
    /// with letters only some languages use as a hint. English when nothing tells.
    static func identify(_ words: [TriageText.Word]) -> TriageLanguage {
        var scores = [Double](repeating: 0, count: allCases.count)
        let floor = 1.0
        for word in words where !word.hasDigit {
            let written = TriageLexicon.zipfTable[word.raw]
            let folded = word.raw == word.folded ? nil : TriageLexicon.zipfTable[word.folded]
            for index in scores.indices {
                let zipf = Double(written?[index] ?? 0)
                let plain = Double(folded?[index] ?? 0) - 0.5
                scores[index] += max(zipf, plain, floor)
            }
            for scalar in word.raw.unicodeScalars {
                func add(_ language: TriageLanguage, _ weight: Double) { scores[language.index] += weight }
                switch scalar {
                case "ß": add(.german, 1)
                case "å": add(.swedish, 1)
                case "ñ": add(.spanish, 1)
                case "ã", "õ": add(.portuguese, 1)
                case "ł", "ą", "ę", "ś", "ź", "ż", "ć", "ń": add(.polish, 1)
                default: break
                }
            }
        }
        // English wins ties: most tag files and most chat are written in it.
        scores[TriageLanguage.english.index] += 1
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        return allCases[best]
    }

    /// This language's place in ``allCases``.
    var index: Int {
        switch self {
        case .english: 0
        case .german: 1
        case .french: 2
        case .spanish: 3
        case .dutch: 4
        case .italian: 5
        case .swedish: 6
        case .portuguese: 7
        case .polish: 8
        }
    }
}
