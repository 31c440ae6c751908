extension IRCText {
    /// Incoming text without IRC formatting codes (bold, colours with their
    /// numbers, italics, underline, reverse, reset), for the hub to read.
    public static func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x03:  // colour: up to two digits, optionally a comma and two more
                scalars = scalars.dropFirst(digitCount(scalars))
                if scalars.first == ",", digitCount(scalars.dropFirst()) > 0 {
                    scalars = scalars.dropFirst(1 + digitCount(scalars.dropFirst()))
                }
            case 0x04:  // hex colour: six hex digits, optionally a comma and six more
                scalars = scalars.dropFirst(hexCount(scalars))
                if scalars.first == ",", hexCount(scalars.dropFirst()) > 0 {
                    scalars = scalars.dropFirst(1 + hexCount(scalars.dropFirst()))
                }
            case 0x02, 0x0F, 0x11, 0x16, 0x1D, 0x1E, 0x1F:
                break
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func digitCount(_ scalars: Substring.UnicodeScalarView) -> Int {
        scalars.prefix(2).prefix { ("0"..."9").contains($0) }.count
    }

    private static func hexCount(_ scalars: Substring.UnicodeScalarView) -> Int {
        let count = scalars.prefix(6).prefix { $0.properties.isASCIIHexDigit }.count
        return count == 6 ? 6 : 0
    }
}
