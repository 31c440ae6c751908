extension IRCMessage {
    /// Parses one line without its CR LF (a trailing "\r\n" or "\n" is tolerated and removed).
    ///
    /// Follows https://modern.ircdocs.horse/#messages, leniently where real servers are sloppy: runs of spaces
    /// separate like one, leading spaces are skipped, and any number of parameters is accepted.
    public init(parsing line: String) throws(IRCParseError) {
        var scanner = IRCLineScanner(Array(line.utf8))
        self = try scanner.message()
    }

    /// Parses raw bytes from the wire. Each part (source, every parameter, every tag) is read on its own:
    /// valid UTF-8 as UTF-8, anything else as Latin-1 (ISO-8859-1), so a legacy client's Latin-1 text never
    /// turns the UTF-8 nick or channel beside it into mojibake, and nothing crashes or is lost.
    public init(parsing bytes: some Collection<UInt8>) throws(IRCParseError) {
        var scanner = IRCLineScanner(Array(bytes))
        self = try scanner.message()
    }

    /// One part of a line as text: UTF-8 when it is valid UTF-8, otherwise each byte as its Latin-1 code point
    /// (which cannot fail).
    static func text(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

/// Reads one line, byte by byte; all delimiters are ASCII, so cutting UTF-8 at them keeps every piece valid.
private struct IRCLineScanner {
    private let bytes: [UInt8]
    private let end: Int
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var end = bytes.count
        if end > 0 && bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > 0 && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        self.end = end
    }

    private var atEnd: Bool { position >= end }

    private var current: UInt8? { atEnd ? nil : bytes[position] }

    mutating func message() throws(IRCParseError) -> IRCMessage {
        guard end > 0 else { throw IRCParseError("empty line") }
        for byte in bytes[0..<end] {
            if byte == 0 { throw IRCParseError("NUL character in line") }
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                throw IRCParseError("CR or LF inside the line")
            }
        }
        skipSpaces()
        guard !atEnd else { throw IRCParseError("line of only spaces") }

        var tags: [String: String] = [:]
        if current == UInt8(ascii: "@") {
            position += 1
            tags = IRCTagValue.tags(token())
            skipSpaces()
            guard !atEnd else { throw IRCParseError("tags without a message") }
        }

        var source: String?
        if current == UInt8(ascii: ":") {
            position += 1
            let raw = token()
            guard !raw.isEmpty else { throw IRCParseError("empty source") }
            source = IRCMessage.text(raw)
            skipSpaces()
            guard !atEnd else { throw IRCParseError("missing command") }
        }

        let rawCommand = token()
        guard IRCMessage.isValidCommand(rawCommand) else {
            let command = String(decoding: rawCommand, as: UTF8.self)
            throw IRCParseError("invalid command \(IRCMessage.quotedCommand(command))")
        }

        var parameters: [String] = []
        while true {
            skipSpaces()
            guard let first = current else { break }
            if first == UInt8(ascii: ":") {
                parameters.append(IRCMessage.text(bytes[(position + 1)..<end]))
                break
            }
            parameters.append(IRCMessage.text(token()))
        }
        return IRCMessage(
            tags: tags,
            source: source,
            command: String(decoding: rawCommand, as: UTF8.self),
            parameters: parameters
        )
    }

    /// The bytes up to the next space or the end of the line.
    private mutating func token() -> ArraySlice<UInt8> {
        let start = position
        while let byte = current, byte != UInt8(ascii: " ") { position += 1 }
        return bytes[start..<position]
    }

    private mutating func skipSpaces() {
        while current == UInt8(ascii: " ") { position += 1 }
    }
}
