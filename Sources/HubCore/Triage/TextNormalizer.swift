/// Turns chat text into comparable tokens: lower case, accents folded
/// (`é` → `e`), apostrophes joined (`can't` → `cant`), emoji and punctuation
/// dropped, and a light suffix stemmer so `printing`, `printers` and `printer`
/// meet at `print`. Hashtags are kept apart: they name tags explicitly.
public enum TextNormalizer {
    public struct Tokens: Sendable, Equatable {
        public var words: [String]
        /// `#statistics` → `statistics` (lower case, not stemmed).
        public var hashtags: [String]
    }

    public static func tokens(_ text: String) -> Tokens {
        // Most chat is ASCII: work on bytes then, without Unicode tables or scalar arrays.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        var words: [String] = []
        var hashtags: [String] = []
        var current = String.UnicodeScalarView()
        var isHashtag = false
        func flush() {
            if !current.isEmpty {
                let word = String(current)
                if isHashtag { hashtags.append(word) } else { words.append(stem(word)) }
            }
            current = String.UnicodeScalarView()
            isHashtag = false
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.generalCategory == .nonspacingMark { continue }
                current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else if properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "\u{2019}" {
                continue  // accents and apostrophes join the word they are in
            } else if scalar == "#", current.isEmpty {
                isHashtag = true
            } else if (scalar == "-" || scalar == "_"), isHashtag {
                current.append(scalar)  // #social-network-analysis
            } else {
                flush()
            }
        }
        flush()
        return Tokens(words: words, hashtags: hashtags)
    }

    /// The same rules as the Unicode path, on ASCII bytes.
    static func asciiTokens(_ text: String) -> Tokens {
        var words: [String] = []
        var hashtags: [String] = []
        words.reserveCapacity(text.utf8.count / 5)
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var isHashtag = false
        func flush() {
            if !current.isEmpty {
                if isHashtag {
                    hashtags.append(String(decoding: current, as: UTF8.self))
                } else {
                    stemASCII(&current)
                    words.append(String(decoding: current, as: UTF8.self))
                }
            }
            current.removeAll(keepingCapacity: true)
            isHashtag = false
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte | 0x20)
            case UInt8(ascii: "'"):
                continue
            case UInt8(ascii: "#") where current.isEmpty:
                isHashtag = true
            case UInt8(ascii: "-"), UInt8(ascii: "_"):
                if isHashtag { current.append(byte) } else { flush() }
            default:
                flush()
            }
        }
        flush()
        return Tokens(words: words, hashtags: hashtags)
    }

    /// ``stem(_:)`` on lower-case ASCII bytes, in place.
    static func stemASCII(_ word: inout [UInt8]) {
        stemInPlace(&word)
    }

    /// The stemming rules, on code units (UTF-8 bytes) or Unicode scalar values.
    /// The suffixes are ASCII, so one set of rules serves both.
    static func stemInPlace<Unit: FixedWidthInteger>(_ word: inout [Unit]) {
        guard word.count > 4 else { return }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard word.count - count >= 3 else { return false }
            return suffix.withUTF8Buffer { tail in word.suffix(count).elementsEqual(tail) { $0 == Unit($1) } }
        }
        func drop(_ count: Int, adding extra: StaticString = "") {
            word.removeLast(count)
            extra.withUTF8Buffer { tail in word.append(contentsOf: tail.lazy.map { Unit($0) }) }
        }
        if ends("ations") {
            drop(6, adding: "at")
        } else if ends("ation") {
            drop(5, adding: "at")
        } else if ends("ings") {
            drop(4)
        } else if ends("ing") {
            drop(3)
        } else if ends("ies") || ends("ied") {
            drop(3, adding: "y")
        } else if ends("ers") {
            drop(3)
        } else if ends("er") {
            drop(2)
        } else if ends("ed") {
            drop(2)
        } else if ends("ses") || ends("xes") || ends("ches") || ends("shes") {
            drop(2)
        } else if ends("s"), !ends("ss") {
            drop(1)
        }
        if word.count > 4, word.last == Unit(UInt8(ascii: "e")) { word.removeLast() }
        // Doubled final consonant after stripping: "logging" → "logg" → "log".
        if word.count > 3, let last = word.last, last == word[word.count - 2],
            !"aeiou".utf8.contains(where: { Unit($0) == last })
        {
            word.removeLast()
        }
    }

    /// Light, language-agnostic suffix stripping; both keywords and messages go
    /// through it, so it need only be consistent, not linguistically right.
    public static func stem(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(word.utf8)
            stemInPlace(&bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        var values = word.unicodeScalars.map(\.value)
        stemInPlace(&values)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: values.compactMap(Unicode.Scalar.init))
        return String(result)
    }
}
