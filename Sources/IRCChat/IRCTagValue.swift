/// Escaping of IRCv3 tag values.
///
/// See https://ircv3.net/specs/extensions/message-tags#escaping-values: `;` `\:`, space `\s`, `\` `\\`,
/// CR `\r`, LF `\n`. When reading, a lone trailing backslash is dropped and an unknown escape `\b` means `b`.
enum IRCTagValue {
    /// The value as it travels on the wire.
    static func escaped(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case ";": escaped += "\\:"
            case " ": escaped += "\\s"
            case "\\": escaped += "\\\\"
            case "\r": escaped += "\\r"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The value an escaped wire value stands for.
    static func unescaped(_ raw: some Collection<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var escaping = false
        for byte in raw {
            if escaping {
                escaping = false
                switch byte {
                case UInt8(ascii: ":"): bytes.append(UInt8(ascii: ";"))
                case UInt8(ascii: "s"): bytes.append(UInt8(ascii: " "))
                case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
                default: bytes.append(byte)  // `\\` and invalid escapes alike: the character itself
                }
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        // Only ASCII bytes were dropped or replaced, so valid UTF-8 in gives valid UTF-8 out.
        return IRCMessage.text(bytes)
    }

    /// The tags of a tags section (without its '@'); empty items and empty keys are skipped, the last duplicate wins.
    static func tags(_ section: ArraySlice<UInt8>) -> [String: String] {
        var tags: [String: String] = [:]
        for item in section.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true) {
            let key: ArraySlice<UInt8>
            let value: String
            if let equals = item.firstIndex(of: UInt8(ascii: "=")) {
                key = item[item.startIndex..<equals]
                value = unescaped(item[(equals + 1)...])
            } else {
                key = item
                value = ""
            }
            guard !key.isEmpty else { continue }
            tags[IRCMessage.text(key)] = value
        }
        return tags
    }

    /// Whether `key` can be written unescaped: keys have no escaping, so framing characters are refused.
    static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty
            && !key.utf8.contains { byte in
                byte == UInt8(ascii: " ") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "=")
                    || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
                    || byte == 0
            }
    }
}
