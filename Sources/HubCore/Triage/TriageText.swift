import Foundation

/// Splits chat text into words for triage: lower case, punctuation and emoji
/// dropped, apostrophes joined (`can't` → `cant`) except French and Italian
/// elisions (`l'imprimante` → `imprimante`), hyphens splitting (`wi-fi` → `wi fi`).
/// Each word is kept as written (accents and all, for language identification and
/// stemming) and folded (`é` → `e`, `ß` → `ss`), which is what matching compares.
/// Hashtags are kept apart: they name tags explicitly.
enum TriageText {
    struct Word: Sendable, Equatable {
        /// Lower case, accents kept.
        var raw: String
        /// Lower case, accents folded.
        var folded: String
        /// Letters in `folded` (worked out once: counting characters walks the string).
        var length: Int
        /// Has a digit: a code, a room number, not a word to stem or correct.
        var hasDigit: Bool

        init(raw: String, folded: String) {
            self.raw = raw
            self.folded = folded
            self.length = folded.utf8.allSatisfy { $0 < 0x80 } ? folded.utf8.count : folded.count
            self.hasDigit = folded.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    struct Read: Sendable {
        var words: [Word]
        /// `#Wi-Fi` → `wi-fi` (lower case, folded, hyphens kept).
        var hashtags: [String]
        /// The message asks a question: a "?" (or the full-width one of CJK input methods) that
        /// ends a word, not one inside a link (`…/page.aspx?id=3`), or a Spanish "¿".
        var asks = false
    }

    /// The folded form of each lower-case letter of Latin-1 and Latin Extended-A, worked out
    /// once the slow way (`fold` of a letter with no table), so both ways agree.
    static let latinFolds: [String?] = (UInt32(0xDF)...UInt32(0x17F)).map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isLowercase else { return nil }
        return slowFold(String(scalar))
    }

    /// Elided articles and prepositions that an apostrophe separates from their word.
    static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "dell", "nell", "all", "dall",
        "sull", "un", "po",
    ]

    static func words(_ text: String) -> [Word] { read(text).words }

    static func read(_ text: String) -> Read {
        var words: [Word] = []
        var hashtags: [String] = []
        words.reserveCapacity(text.utf8.count / 5)
        // The word being read, as UTF-8: a byte buffer, cheaper to grow than a string.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var isHashtag = false
        // Whether the word has a combining mark ("e" + U+0301): only then is it composed.
        var hasMark = false
        func flush() {
            if !current.isEmpty {
                var raw = String(decoding: current, as: UTF8.self)
                if hasMark { raw = raw.precomposedStringWithCanonicalMapping }
                if isHashtag {
                    hashtags.append(fold(raw))
                } else {
                    words.append(Word(raw: raw, folded: fold(raw)))
                }
            }
            current.removeAll(keepingCapacity: true)
            isHashtag = false
            hasMark = false
        }
        func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { current.append($0) } }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        // A question mark was the last character: a question unless a link goes on after it.
        var afterMark = false
        var asks = false
        while index != scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if afterMark {
                afterMark = false
                let inLink =
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || "=&/_-".unicodeScalars.contains(scalar)
                if !inLink { asks = true }
            }
            if scalar == "?" || scalar == "\u{FF1F}" {
                afterMark = true
            } else if scalar == "¿" {
                asks = true
            }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39:  // a-z 0-9
                    current.append(byte)
                case 0x41...0x5A:  // A-Z
                    current.append(byte + 0x20)
                case 0x27:  // '
                    apostrophe()
                case 0x23 where current.isEmpty:  // #
                    isHashtag = true
                case 0x2D, 0x5F:  // - _
                    if isHashtag { current.append(byte) } else { flush() }
                default:
                    flush()
                }
                continue
            }
            let properties = scalar.properties
            if scalar == "\u{2019}" || scalar == "\u{02BC}" {
                apostrophe()
            } else if properties.isAlphabetic || properties.numericType != nil {
                // Most letters are lower case already: their mapping (a new string) is skipped.
                if properties.changesWhenLowercased {
                    for lower in properties.lowercaseMapping.unicodeScalars { append(lower) }
                } else {
                    append(scalar)
                }
            } else if properties.generalCategory == .nonspacingMark {
                if !current.isEmpty {
                    append(scalar)
                    hasMark = true
                }
            } else if scalar == "\u{2010}" || scalar == "\u{2011}" {
                if isHashtag { current.append(0x2D) } else { flush() }
            } else {
                flush()
            }
        }
        flush()
        return Read(words: words, hashtags: hashtags, asks: asks || afterMark)

        /// `can't` → `cant`; `l'imprimante` → `imprimante`; `d'accès` → `accès`.
        func apostrophe() {
            if !isHashtag, elisions.contains(String(decoding: current, as: UTF8.self)),
                index != scalars.endIndex, scalars[index].properties.isAlphabetic
            {
                current.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Lower-case text with accents folded: `é` → `e`, `ß` → `ss`, `ø` → `o`, `ł` → `l`.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        // Most accented words in chat are Latin-1 or Latin Extended-A letters: folded from a
        // table, without Unicode decomposition (the slowest step of reading a message).
        var quick = String.UnicodeScalarView()
        var known = true
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                quick.append(scalar)
            } else if (0xDF...0x17F).contains(scalar.value), let base = latinFolds[Int(scalar.value) - 0xDF] {
                quick.append(contentsOf: base.unicodeScalars)
            } else {
                known = false
                break
            }
        }
        if known { return String(quick) }
        return slowFold(text)
    }

    /// `fold` through Unicode decomposition, for any text.
    static func slowFold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "ß": result.append(contentsOf: "ss".unicodeScalars)
            case "æ": result.append(contentsOf: "ae".unicodeScalars)
            case "œ": result.append(contentsOf: "oe".unicodeScalars)
            case "ø": result.append("o")
            case "ð": result.append("d")
            case "þ": result.append(contentsOf: "th".unicodeScalars)
            case "ı": result.append("i")
            // Letters with a stroke do not decompose: Polish "ł" ("włączyć", "błąd"), Croatian "đ".
            case "ł": result.append("l")
            case "đ": result.append("d")
            default:
                if scalar.properties.generalCategory != .nonspacingMark { result.append(scalar) }
            }
        }
        return String(result)
    }
}
