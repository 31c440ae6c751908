import HubCore
import IRCChat
import Testing

@Suite("IRCText lines")
struct IRCTextTests {
    /// Checks what must hold for every line whatever the input: within the limit, non-empty, nothing that ends a line.
    func expectSendable(_ lines: [String], maxBytes: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            #expect(line.utf8.count <= maxBytes, "\(line.debugDescription)", sourceLocation: sourceLocation)
            #expect(!line.isEmpty, sourceLocation: sourceLocation)
            #expect(
                !line.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" },
                sourceLocation: sourceLocation
            )
            #expect(
                String(validating: Array(line.utf8), as: UTF8.self) == line,
                sourceLocation: sourceLocation
            )
        }
    }

    /// The scalars of `text` without spaces, to compare content across split points.
    func content(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != " " }
    }

    @Test("irc.formatting: bold and monospace codes reach the line; a tag after a code loses its #")
    func formattingCodes() {
        let line = IRCText.lines("\u{02}Request 12\u{02}: \u{11}!interests add #r:3\u{11}", maxBytes: 400)
        #expect(line == ["\u{02}Request 12\u{02}: \u{11}!interests add #r:3\u{11}"])
        #expect(
            IRCText.tagNames(in: "\u{11}#statistics\u{11} and \u{02}#r\u{02}", keeping: [])
                == "\u{11}statistics\u{11} and \u{02}r\u{02}"
        )
    }

    @Test("ASCII is split at the last space that fits, and the space is not carried over")
    func asciiAtSpaces() {
        let lines = IRCText.lines("the quick brown fox jumps over the lazy dog", maxBytes: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test("a run of spaces at a split point vanishes entirely")
    func spaceRuns() {
        #expect(IRCText.lines("abcdef     ghijkl", maxBytes: 8) == ["abcdef", "ghijkl"])
    }

    @Test("a word longer than the limit is cut at the limit")
    func longWord() {
        let lines = IRCText.lines(String(repeating: "a", count: 25), maxBytes: 10)
        #expect(lines == [String(repeating: "a", count: 10), String(repeating: "a", count: 10), "aaaaa"])
    }

    @Test("a space only in the first half of the chunk is not used: the line stays full")
    func spaceInFirstHalf() {
        #expect(IRCText.lines("ab cdefghijklmnop", maxBytes: 10) == ["ab cdefghi", "jklmnop"])
    }

    @Test("2000 bytes of é split into lines of whole é")
    func accentedE() {
        let lines = IRCText.lines(String(repeating: "é", count: 1000), maxBytes: 101)
        #expect(lines.count == 20)
        #expect(lines.allSatisfy { $0 == String(repeating: "é", count: 50) })
    }

    @Test("€ takes three bytes: 33 per line of 100")
    func euro() {
        let lines = IRCText.lines(String(repeating: "€", count: 100), maxBytes: 100)
        #expect(lines.map(\.count) == [33, 33, 33, 1])
        expectSendable(lines, maxBytes: 100)
    }

    @Test("an emoji with a skin tone is never separated from its tone")
    func skinTone() {
        let lines = IRCText.lines(String(repeating: "👍🏽", count: 10), maxBytes: 20)
        #expect(lines == Array(repeating: "👍🏽👍🏽", count: 5))
    }

    @Test("a ZWJ family stays whole when it fits")
    func family() {
        let family = "👨‍👩‍👧‍👦"
        #expect(family.utf8.count == 25)
        #expect(IRCText.lines(String(repeating: family, count: 3), maxBytes: 30) == [family, family, family])
    }

    @Test("a cluster longer than the limit is split between its scalars")
    func clusterTooLong() {
        let lines = IRCText.lines("👨‍👩‍👧‍👦", maxBytes: 10)
        #expect(lines == ["👨\u{200D}", "👩\u{200D}", "👧\u{200D}", "👦"])
        expectSendable(lines, maxBytes: 10)
    }

    @Test("flags are pairs of regional indicators and stay paired")
    func flags() {
        #expect(IRCText.lines("🇫🇷🇩🇪🇯🇵", maxBytes: 12) == ["🇫🇷", "🇩🇪", "🇯🇵"])
    }

    @Test("a combining accent stays on its letter")
    func combining() {
        let lines = IRCText.lines(String(repeating: "e\u{301}", count: 5), maxBytes: 7)
        #expect(lines == ["e\u{301}e\u{301}", "e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("CJK text without spaces splits between characters")
    func cjk() {
        let lines = IRCText.lines("你好世界你好世界", maxBytes: 10)
        #expect(lines == ["你好世", "界你好", "世界"])
    }

    @Test("CR, NUL and other control characters are removed")
    func controlsRemoved() {
        #expect(IRCText.lines("a\rb\0c\u{07}d\u{1B}[31me\u{7F}", maxBytes: 100) == ["abcd[31me\u{7F}"])
    }

    @Test("a CR LF injection becomes two harmless lines")
    func injection() {
        let lines = IRCText.lines("hi\r\nQUIT :bye", maxBytes: 100)
        #expect(lines == ["hi", "QUIT :bye"])
        for line in lines {
            let sent = try? IRCMessage(command: "PRIVMSG", parameters: ["#a", line]).serialized()
            #expect(sent.map { try? IRCMessage(parsing: $0).command } == "PRIVMSG")
        }
    }

    @Test("formatting codes are kept; CTCP markers are dropped, so chat text never becomes a CTCP request")
    func formattingKept() {
        let text = "\u{02}b\u{02} \u{03}04,01c\u{0F} \u{1D}i\u{1D} \u{1F}u\u{1F} \u{16}r\u{16}"
        #expect(IRCText.lines(text, maxBytes: 400) == [text])
        #expect(IRCText.lines("x \u{01}DCC SEND evil 1 2 3\u{01}", maxBytes: 400) == ["x DCC SEND evil 1 2 3"])
    }

    @Test("tabs become spaces")
    func tabs() {
        #expect(IRCText.lines("a\tb", maxBytes: 100) == ["a b"])
    }

    @Test(
        "empty and blank lines are dropped",
        arguments: [
            ("", []), ("\n\n", []), ("   ", []), ("\r\n\t", []), ("a\n\n\nb\n", ["a", "b"]), ("a\n \nb", ["a", "b"]),
        ] as [(String, [String])]
    )
    func emptyLines(text: String, expected: [String]) {
        #expect(IRCText.lines(text, maxBytes: 100) == expected)
    }

    @Test("a limit below one scalar still makes progress, a scalar per line")
    func tinyLimit() {
        #expect(IRCText.lines("a€b", maxBytes: 1) == ["a", "€", "b"])
        #expect(IRCText.lines("ab", maxBytes: 0) == ["a", "b"])
    }

    @Test("random text: every line fits and nothing but split spaces is lost")
    func randomText() {
        var random = SplitMix64(seed: SplitMix64.fuzzSeed)
        let pieces = ["a", "bc", " ", "  ", "é", "€", "你好", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "e\u{301}", "\u{02}", "\n", "\r", "\0"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...80, using: &random)).map { _ in
                pieces.randomElement(using: &random) ?? "a"
            }.joined()
            let maxBytes = Int.random(in: 4...40, using: &random)
            let lines = IRCText.lines(text, maxBytes: maxBytes)
            expectSendable(lines, maxBytes: maxBytes)
            let expected = content(text).filter { $0 != "\n" && $0 != "\r" && $0 != "\0" }
            #expect(content(lines.joined()) == expected, "\(text.debugDescription) at \(maxBytes)")
        }
    }
}

@Suite("IRCText budget")
struct IRCTextBudgetTests {
    // ":hubbot!~hubbot@" (16) + 63-byte host + " " = 80; "PRIVMSG #general :" = 18; CR LF = 2; 512 - 100 = 412.
    @Test("unknown host counts as 63 bytes, and a '~' is reserved before the user")
    func unknownHost() {
        #expect(
            IRCText.budget(command: "PRIVMSG", target: "#general", nick: "hubbot", user: "hubbot", host: nil) == 412
        )
    }

    // ":hubbot!~hubbot@irc-abc.example.net " = 36; 512 - 2 - 36 - 18 = 456.
    @Test("a known host is counted as it is")
    func knownHost() {
        let budget = IRCText.budget(
            command: "PRIVMSG",
            target: "#general",
            nick: "hubbot",
            user: "hubbot",
            host: "irc-abc.example.net"
        )
        #expect(budget == 456)
    }

    // ":hb!~bot@h " = 11; "NOTICE alice :" = 14; 512 - 2 - 11 - 14 = 485.
    @Test("a user that already has its '~' gets no second one")
    func tildeAlready() {
        #expect(IRCText.budget(command: "NOTICE", target: "alice", nick: "hb", user: "~bot", host: "h") == 485)
    }

    // "#café" is 6 bytes: 412 + 8 - 6 = 414.
    @Test("lengths are UTF-8 bytes, not characters")
    func bytesNotCharacters() {
        #expect(IRCText.budget(command: "PRIVMSG", target: "#café", nick: "hubbot", user: "hubbot", host: nil) == 414)
    }

    @Test("never negative")
    func neverNegative() {
        let target = String(repeating: "#", count: 600)
        #expect(IRCText.budget(command: "PRIVMSG", target: target, nick: "n", user: "u", host: nil) == 0)
    }

    @Test("lines cut to the budget make relayed lines of at most 512 bytes with CR LF")
    func relayedLineFits() throws {
        let budget = IRCText.budget(command: "PRIVMSG", target: "#general", nick: "hubbot", user: "hubbot", host: nil)
        let host = String(repeating: "h", count: 63)
        let text = String(repeating: "Grüße 👋🏽 aus Köln, ", count: 60)
        let lines = IRCText.lines(text, maxBytes: budget)
        #expect(lines.count > 1)
        for line in lines {
            let relayed = IRCMessage(
                source: "hubbot!~hubbot@\(host)",
                command: "PRIVMSG",
                parameters: ["#general", line]
            )
            let wire = try relayed.serialized() + "\r\n"
            #expect(wire.utf8.count <= 512)
        }
        #expect(lines.contains { $0.utf8.count > budget - 4 }, "lines should use the budget, not waste it")
    }
}

@Suite("IRCText tag names")
struct IRCTagNameTests {
    @Test("tags lose their # so clients don't show them as channels; known channels, numbers and mid-word # keep it")
    func tagNames() {
        let text =
            "1. #statistics — shares #statistics #r (`!interests add #statistics:3`); meet in #meet or #Hub; "
            + "request #12, C# and a#b."
        #expect(
            IRCText.tagNames(in: text, keeping: ["#hub", "#meet"])
                == "1. statistics — shares statistics r (`!interests add statistics:3`); meet in #meet or #Hub; "
                + "request #12, C# and a#b."
        )
        #expect(IRCText.tagNames(in: "(#social-network-analysis) “#r”", keeping: []) == "(social-network-analysis) “r”")
        #expect(IRCText.tagNames(in: "no tags here", keeping: []) == "no tags here")
    }
}
