/// Small pieces of YAML as text, for ``TagsFileEditor``: reading a scalar the
/// way the file wrote it, and writing one the way the shipped tag file does.
enum YAMLText {
    /// Splits the rest of a line into its value and a trailing `# comment`,
    /// minding quotes (a `#` inside quotes, or not after a space, is text).
    static func valueAndComment(_ rest: Substring) -> (value: Substring, comment: Substring) {
        var quote: Character?
        var previous: Character = " "
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            if let open = quote {
                if character == "\\", open == "\"" {
                    index = rest.index(after: index)
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return (trimmed(rest[..<index]), rest[index...])
            }
            previous = character
            if index < rest.endIndex { index = rest.index(after: index) }
        }
        return (trimmed(rest), rest[rest.endIndex...])
    }

    static func trimmed(_ text: Substring) -> Substring {
        let start = text.firstIndex { $0 != " " && $0 != "\t" } ?? text.endIndex
        let end = text[start...].lastIndex { $0 != " " && $0 != "\t" }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }

    /// A plain or quoted scalar's text (enough for tag names).
    static func plain(_ value: Substring) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return String(value)
    }

    /// Words YAML 1.1 readers take for booleans or null, which the tag file quotes.
    static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// A keyword or name as the shipped file writes it: bare when it is plain
    /// lowercase letters and digits starting with a letter (or a kebab-case name),
    /// in double quotes otherwise.
    static func scalar(_ text: String, allowHyphens: Bool = false) -> String {
        let isBare =
            text.first.map { $0.isASCII && $0.isLowercase } == true
            && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || (allowHyphens && $0 == "-") }
            && !reserved.contains(text) && text.last != "-"
        return isBare ? text : quoted(text)
    }

    /// A double-quoted scalar: `\` and `"` escaped, control characters written as escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
