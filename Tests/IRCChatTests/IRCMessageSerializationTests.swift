import IRCChat
import Testing

/// A message and the exact line it must become.
struct SerializeCase: Sendable, CustomTestStringConvertible {
    var message: IRCMessage
    var line: String
    var testDescription: String { line.debugDescription }
}

/// A message that must not be sent, and why.
struct UnsendableCase: Sendable, CustomTestStringConvertible {
    var name: String
    var message: IRCMessage
    var reason: String
    var testDescription: String { name }
}

@Suite("IRCMessage serialisation")
struct IRCMessageSerializationTests {
    static let cases: [SerializeCase] = [
        SerializeCase(message: IRCMessage(command: "PING"), line: "PING"),
        SerializeCase(message: IRCMessage(command: "PRIVMSG", parameters: ["#a", "hello"]), line: "PRIVMSG #a hello"),
        SerializeCase(
            message: IRCMessage(command: "PRIVMSG", parameters: ["#a", "hello world"]),
            line: "PRIVMSG #a :hello world"
        ),
        SerializeCase(message: IRCMessage(command: "PRIVMSG", parameters: ["#a", ""]), line: "PRIVMSG #a :"),
        SerializeCase(message: IRCMessage(command: "PRIVMSG", parameters: ["#a", ":)"]), line: "PRIVMSG #a ::)"),
        SerializeCase(message: IRCMessage(command: "PRIVMSG", parameters: ["#a", "a:b"]), line: "PRIVMSG #a a:b"),
        SerializeCase(
            message: IRCMessage(command: "MODE", parameters: ["#a", "+b", "a:b!*@*"]),
            line: "MODE #a +b a:b!*@*"
        ),
        SerializeCase(message: IRCMessage(command: "privmsg", parameters: ["#a", "x"]), line: "PRIVMSG #a x"),
        SerializeCase(
            message: IRCMessage(source: "irc.example.com", command: "001", parameters: ["hubbot", "Welcome!"]),
            line: ":irc.example.com 001 hubbot Welcome!"
        ),
        SerializeCase(
            message: IRCMessage(
                tags: ["b": "2", "a": "1", "+example.com/x": ""],
                source: "n!u@h",
                command: "PRIVMSG",
                parameters: ["#a", "hi there"]
            ),
            line: "@+example.com/x;a=1;b=2 :n!u@h PRIVMSG #a :hi there"
        ),
        SerializeCase(
            message: IRCMessage(tags: ["k": "a;b c\\d\re\nf"], command: "TAGMSG", parameters: ["#a"]),
            line: #"@k=a\:b\sc\\d\re\nf TAGMSG #a"#
        ),
        SerializeCase(
            message: IRCMessage(command: "PRIVMSG", parameters: ["bob", "\u{01}VERSION\u{01}"]),
            line: "PRIVMSG bob \u{01}VERSION\u{01}"
        ),
        SerializeCase(
            message: IRCMessage(command: "PRIVMSG", parameters: ["#café", "😀 ok"]),
            line: "PRIVMSG #café :😀 ok"
        ),
    ]

    static let tooLongRest = String(repeating: "x", count: 510 - "PRIVMSG #a :".utf8.count + 1)
    static let tooLongTags = String(repeating: "v", count: 8191 - "@k= ".utf8.count + 1)

    static let unsendable: [UnsendableCase] = [
        UnsendableCase(
            name: "CR LF injection in the text",
            message: IRCMessage(command: "PRIVMSG", parameters: ["#a", "hi\r\nQUIT :bye"]),
            reason: "CR, LF or NUL in parameter 2"
        ),
        UnsendableCase(
            name: "LF in a target",
            message: IRCMessage(command: "PRIVMSG", parameters: ["#a\nQUIT", "hi"]),
            reason: "CR, LF or NUL in parameter 1"
        ),
        UnsendableCase(
            name: "NUL in the text",
            message: IRCMessage(command: "PRIVMSG", parameters: ["#a", "a\0b"]),
            reason: "CR, LF or NUL in parameter 2"
        ),
        UnsendableCase(
            name: "empty middle parameter",
            message: IRCMessage(command: "KICK", parameters: ["#a", "", "bye"]),
            reason: "parameter 2 of 3 is empty, has a space or starts with ':' (only the last one may)"
        ),
        UnsendableCase(
            name: "space in a middle parameter",
            message: IRCMessage(command: "PRIVMSG", parameters: ["#a b", "hi"]),
            reason: "parameter 1 of 2 is empty, has a space or starts with ':' (only the last one may)"
        ),
        UnsendableCase(
            name: "middle parameter starting with ':'",
            message: IRCMessage(command: "PRIVMSG", parameters: [":a", "hi"]),
            reason: "parameter 1 of 2 is empty, has a space or starts with ':' (only the last one may)"
        ),
        UnsendableCase(
            name: "two-digit numeric",
            message: IRCMessage(command: "12"),
            reason: #"invalid command "12""#
        ),
        UnsendableCase(
            name: "command with a space",
            message: IRCMessage(command: "PRIV MSG"),
            reason: #"invalid command "PRIV MSG""#
        ),
        UnsendableCase(
            name: "command with CR LF",
            message: IRCMessage(command: "PING\r\nQUIT"),
            reason: #"invalid command "PING\r\nQUIT""#
        ),
        UnsendableCase(name: "empty command", message: IRCMessage(command: ""), reason: #"invalid command """#),
        UnsendableCase(
            name: "space in the source",
            message: IRCMessage(source: "a b", command: "PING"),
            reason: "space, CR, LF or NUL in source"
        ),
        UnsendableCase(
            name: "empty source",
            message: IRCMessage(source: "", command: "PING"),
            reason: "empty source"
        ),
        UnsendableCase(
            name: "tag key with a space",
            message: IRCMessage(tags: ["a b": "1"], command: "PING"),
            reason: #"invalid tag key "a b""#
        ),
        UnsendableCase(
            name: "empty tag key",
            message: IRCMessage(tags: ["": "1"], command: "PING"),
            reason: #"invalid tag key """#
        ),
        UnsendableCase(
            name: "tag key with '='",
            message: IRCMessage(tags: ["a=b": "1"], command: "PING"),
            reason: #"invalid tag key "a=b""#
        ),
        UnsendableCase(
            name: "NUL in a tag value",
            message: IRCMessage(tags: ["k": "a\0"], command: "PING"),
            reason: #"NUL in the value of tag "k""#
        ),
        UnsendableCase(
            name: "line of 511 bytes",
            message: IRCMessage(command: "PRIVMSG", parameters: ["#a", " " + tooLongRest.dropFirst()]),
            reason: "message too long: 511 bytes (limit 510 without CR LF)"
        ),
        UnsendableCase(
            name: "tags of 8192 bytes",
            message: IRCMessage(tags: ["k": tooLongTags], command: "PING"),
            reason: "tags too long: 8192 bytes (limit 8191)"
        ),
    ]

    @Test("writes the exact wire form", arguments: cases)
    func serialises(_ testCase: SerializeCase) throws {
        #expect(try testCase.message.serialized() == testCase.line)
    }

    @Test("the wire form parses back to the same message", arguments: cases)
    func roundTrips(_ testCase: SerializeCase) throws {
        #expect(try IRCMessage(parsing: testCase.message.serialized()) == testCase.message)
    }

    @Test("refuses messages that cannot be sent safely", arguments: unsendable)
    func refuses(_ testCase: UnsendableCase) {
        #expect(throws: IRCParseError(testCase.reason)) { try testCase.message.serialized() }
    }

    @Test("a line of exactly 510 bytes and tags of exactly 8191 bytes are allowed")
    func limitsAreInclusive() throws {
        let text = " " + Self.tooLongRest.dropFirst(2)
        let line = try IRCMessage(command: "PRIVMSG", parameters: ["#a", text]).serialized()
        #expect(line.utf8.count == 510)
        let tags = String(Self.tooLongTags.dropFirst())
        let tagged = try IRCMessage(tags: ["k": tags], command: "PING").serialized()
        #expect(tagged.utf8.count == 8191 + "PING".utf8.count)
    }

    @Test("escaped tag bytes count toward the tag limit")
    func escapesCount() {
        let spaces = String(repeating: " ", count: 4100)  // 8200 bytes once escaped as \s
        #expect(throws: IRCParseError.self) { try IRCMessage(tags: ["k": spaces], command: "PING").serialized() }
    }
}
