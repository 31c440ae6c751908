import IRCChat
import Testing

@Suite("IRCMessage parsing")
struct IRCMessageTests {
    @Test("the table has enough cases to mean something")
    func tableSize() {
        #expect(ParseCases.valid.count + ParseCases.rejected.count >= 70)
    }

    @Test("parses each line into its tags, source, command and parameters", arguments: ParseCases.valid)
    func parses(_ testCase: ParseCase) throws {
        let message = try IRCMessage(parsing: testCase.line)
        #expect(message.tags == testCase.expected.tags)
        #expect(message.source == testCase.expected.source)
        #expect(message.command == testCase.expected.command)
        #expect(message.parameters == testCase.expected.parameters)
    }

    @Test("refuses each malformed line with a clear reason", arguments: ParseCases.rejected)
    func rejects(_ testCase: RejectCase) {
        #expect(throws: IRCParseError(testCase.reason)) {
            try IRCMessage(parsing: testCase.line)
        }
    }

    @Test("every parsed line serialises to a line that parses back the same", arguments: ParseCases.valid)
    func roundTrips(_ testCase: ParseCase) throws {
        let message = try IRCMessage(parsing: testCase.line)
        let line = try message.serialized()
        #expect(try IRCMessage(parsing: line) == message, "\(line.debugDescription)")
    }

    @Test(
        "nick is the part of the source before '!' or '@'",
        arguments: [
            ("nick!user@host", "nick"), ("nick@host", "nick"), ("nick", "nick"),
            ("irc.example.com", "irc.example.com"), ("!user@host", nil),
        ] as [(String, String?)]
    )
    func nick(source: String, nick: String?) {
        #expect(IRCMessage(source: source, command: "PING").nick == nick)
    }

    @Test("no source, no nick")
    func noNick() throws {
        #expect(try IRCMessage(parsing: "PING x").nick == nil)
    }

    @Test("the error says what is wrong")
    func errorDescription() {
        #expect(IRCParseError("missing command").description == "invalid IRC message: missing command")
    }
}

@Suite("IRCMessage parsing bytes")
struct IRCMessageBytesTests {
    static let privmsgCaf = Array("PRIVMSG #a :caf".utf8)

    @Test("valid UTF-8 is read as UTF-8")
    func utf8() throws {
        let message = try IRCMessage(parsing: Array("PRIVMSG #a :café 👍🏽\r\n".utf8))
        #expect(message.parameters == ["#a", "café 👍🏽"])
    }

    @Test("a Latin-1 é (0xE9) from a legacy client is read as é, not dropped")
    func latin1() throws {
        let message = try IRCMessage(parsing: Self.privmsgCaf + [0xE9, 0x0D, 0x0A])
        #expect(message.parameters == ["#a", "café"])
    }

    @Test("a parameter mixing UTF-8 and stray high bytes is read as Latin-1, that parameter alone")
    func mixed() throws {
        let message = try IRCMessage(parsing: Self.privmsgCaf + [0xC3, 0xA9, 0x20, 0xE9])
        #expect(message.parameters == ["#a", "caf\u{C3}\u{A9} é"])
    }

    @Test("a Latin-1 text leaves the UTF-8 nick, channel and tags beside it exact")
    func latin1TextBesideUTF8() throws {
        let line = Array("@label=größe :Jörg!j@h PRIVMSG #café :".utf8) + [0x63, 0x61, 0x66, 0xE9]
        let message = try IRCMessage(parsing: line)
        #expect(message.nick == "Jörg")
        #expect(message.tags["label"] == "größe")
        #expect(message.parameters == ["#café", "café"])
    }

    @Test("bytes 0x80 to 0xFF each become the code point of the same number")
    func allHighBytes() throws {
        let high = (0x80...0xFF).map { UInt8($0) }
        let message = try IRCMessage(parsing: Array("NOTICE * :".utf8) + high)
        #expect(message.parameters.last?.unicodeScalars.map(\.value) == high.map { UInt32($0) })
    }

    @Test("a Latin-1 nick in the source survives")
    func latin1Source() throws {
        let message = try IRCMessage(parsing: [UInt8(ascii: ":"), 0x4A, 0xF6, 0x72, 0x67] + Array(" QUIT".utf8))
        #expect(message.nick == "Jörg")
        #expect(message.command == "QUIT")
    }

    @Test(
        "malformed bytes are refused like malformed lines",
        arguments: [
            ([], "empty line"), ([0x0D, 0x0A], "empty line"), ([0x50, 0x00, 0xE9], "NUL character in line"),
            ([0x40, 0xE9], "tags without a message"), ([0x3A, 0xE9], "missing command"),
        ] as [([UInt8], String)]
    )
    func rejects(bytes: [UInt8], reason: String) {
        #expect(throws: IRCParseError(reason)) { try IRCMessage(parsing: bytes) }
    }
}
