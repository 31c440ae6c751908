/// Chat text as comparable words: lower case, accents folded, punctuation and emoji
/// dropped, English Snowball stems (`printing`, `prints` → `print`). Hashtags are
/// kept apart. Used where a rough comparison is enough (the same fault reported
/// twice, a keyword with no letters); triage itself reads text per language.
public enum TextNormalizer {
    public struct Tokens: Sendable, Equatable {
        public var words: [String]
        /// `#statistics` → `statistics` (lower case, not stemmed).
        public var hashtags: [String]
    }

    public static func tokens(_ text: String) -> Tokens {
        let read = TriageText.read(text)
        return Tokens(words: read.words.map { stem($0.raw) }, hashtags: read.hashtags)
    }

    /// The English Snowball stem of a lower-case word, accents folded.
    public static func stem(_ word: String) -> String {
        TriageText.fold(TriageLanguage.english.stemmer?.stem(word) ?? word)
    }
}
