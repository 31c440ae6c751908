import IRCChat
import Testing

/// A line and the message it must parse to.
struct ParseCase: Sendable, CustomTestStringConvertible {
    var line: String
    var expected: IRCMessage

    init(
        _ line: String,
        tags: [String: String] = [:],
        source: String? = nil,
        _ command: String,
        _ parameters: [String] = []
    ) {
        self.line = line
        expected = IRCMessage(tags: tags, source: source, command: command, parameters: parameters)
    }

    var testDescription: String { line.debugDescription }
}

/// A line that must be refused, and why.
struct RejectCase: Sendable, CustomTestStringConvertible {
    var line: String
    var reason: String

    init(_ line: String, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    var testDescription: String { line.debugDescription }
}

/// Parse cases in the spirit of github.com/ircdocs/parser-tests (msg-split.yaml), written out by hand.
enum ParseCases {
    static let isupport =
        ":irc.example.com 005 hubbot AWAYLEN=200 CASEMAPPING=rfc1459 CHANLIMIT=#:25 CHANMODES=beI,k,l,imnpst"
        + " CHANNELLEN=64 CHANTYPES=# ELIST=CMNTU EXCEPTS=e EXTBAN=$,a HOSTLEN=63 INVEX=I KICKLEN=307"
        + " MAXLIST=beI:100 MODES=4 NETWORK=Example NICKLEN=30 PREFIX=(ov)@+ SAFELIST STATUSMSG=@+ TOPICLEN=390"
        + " :are supported by this server"
    static let isupportParameters =
        [
            "hubbot", "AWAYLEN=200", "CASEMAPPING=rfc1459", "CHANLIMIT=#:25", "CHANMODES=beI,k,l,imnpst",
            "CHANNELLEN=64", "CHANTYPES=#", "ELIST=CMNTU", "EXCEPTS=e", "EXTBAN=$,a", "HOSTLEN=63", "INVEX=I",
            "KICKLEN=307", "MAXLIST=beI:100", "MODES=4", "NETWORK=Example", "NICKLEN=30", "PREFIX=(ov)@+",
            "SAFELIST", "STATUSMSG=@+", "TOPICLEN=390", "are supported by this server",
        ]
    static let seventeen = (1...17).map { "p\($0)" }

    static let valid: [ParseCase] = basics + sources + numerics + parameters + text + tags + lineEnds

    static let basics: [ParseCase] = [
        ParseCase("PING", "PING"),
        ParseCase("PING irc.example.com", "PING", ["irc.example.com"]),
        ParseCase("PING :irc.example.com", "PING", ["irc.example.com"]),
        ParseCase("PRIVMSG #chan :hello", "PRIVMSG", ["#chan", "hello"]),
        ParseCase("PRIVMSG #chan hello", "PRIVMSG", ["#chan", "hello"]),
        ParseCase("privmsg #chan :lowercase command", "PRIVMSG", ["#chan", "lowercase command"]),
        ParseCase("PrivMsg #chan :mixed", "PRIVMSG", ["#chan", "mixed"]),
        // Not an error: the second word is simply the first parameter.
        ParseCase("PRIV MSG", "PRIV", ["MSG"]),
        ParseCase("CAP * LS :multi-prefix sasl message-tags", "CAP", ["*", "LS", "multi-prefix sasl message-tags"]),
        ParseCase("CAP * LS * :account-notify", "CAP", ["*", "LS", "*", "account-notify"]),
        ParseCase("AUTHENTICATE +", "AUTHENTICATE", ["+"]),
        ParseCase("ERROR :Closing Link: hubbot (Quit: bye)", "ERROR", ["Closing Link: hubbot (Quit: bye)"]),
        ParseCase("  PING x", "PING", ["x"]),
    ]

    static let sources: [ParseCase] = [
        ParseCase(
            ":irc.example.com PONG irc.example.com :t0k",
            source: "irc.example.com",
            "PONG",
            ["irc.example.com", "t0k"]
        ),
        ParseCase(":nick PRIVMSG #a :hi", source: "nick", "PRIVMSG", ["#a", "hi"]),
        ParseCase(":nick!user@host PRIVMSG #a :hi there", source: "nick!user@host", "PRIVMSG", ["#a", "hi there"]),
        ParseCase(":nick@host NOTICE #a :x", source: "nick@host", "NOTICE", ["#a", "x"]),
        ParseCase(":alice!~a@2001:db8::1 JOIN #a", source: "alice!~a@2001:db8::1", "JOIN", ["#a"]),
        ParseCase(
            ":coolguy!ag@net\u{03}5w\u{03}ork.admin PRIVMSG foo :bar baz",
            source: "coolguy!ag@net\u{03}5w\u{03}ork.admin",
            "PRIVMSG",
            ["foo", "bar baz"]
        ),
        ParseCase(
            ":coolguy!~ag@n\u{02}et\u{03}05w\u{0F}ork.admin PRIVMSG foo :bar baz",
            source: "coolguy!~ag@n\u{02}et\u{03}05w\u{0F}ork.admin",
            "PRIVMSG",
            ["foo", "bar baz"]
        ),
        ParseCase(":src AWAY", source: "src", "AWAY"),
        ParseCase(":src AWAY ", source: "src", "AWAY"),
        ParseCase(":nick!u@h QUIT", source: "nick!u@h", "QUIT"),
        ParseCase(":src JOIN #chan", source: "src", "JOIN", ["#chan"]),
        ParseCase(":src JOIN :#chan", source: "src", "JOIN", ["#chan"]),
        ParseCase(":SomeOp MODE #channel :+i", source: "SomeOp", "MODE", ["#channel", "+i"]),
        ParseCase(
            ":SomeOp MODE #channel +oo SomeUser :AnotherUser",
            source: "SomeOp",
            "MODE",
            ["#channel", "+oo", "SomeUser", "AnotherUser"]
        ),
    ]

    static let numerics: [ParseCase] = [
        ParseCase(
            ":irc.example.com 001 hubbot :Welcome to the Example Network hubbot!hubbot@host",
            source: "irc.example.com",
            "001",
            ["hubbot", "Welcome to the Example Network hubbot!hubbot@host"]
        ),
        ParseCase(
            ":irc.example.com 433 * hubbot :Nickname is already in use",
            source: "irc.example.com",
            "433",
            ["*", "hubbot", "Nickname is already in use"]
        ),
        ParseCase(
            ":irc.example.com 353 hubbot = #chan :@op +voice alice bob carol dave",
            source: "irc.example.com",
            "353",
            ["hubbot", "=", "#chan", "@op +voice alice bob carol dave"]
        ),
        ParseCase(isupport, source: "irc.example.com", "005", isupportParameters),
        ParseCase("372 hubbot :- Message of the day -", "372", ["hubbot", "- Message of the day -"]),
        ParseCase(
            ":gravel.mozilla.org 432  #momo :Erroneous Nickname: Illegal characters",
            source: "gravel.mozilla.org",
            "432",
            ["#momo", "Erroneous Nickname: Illegal characters"]
        ),
    ]

    static let parameters: [ParseCase] = [
        ParseCase("PRIVMSG #a :", "PRIVMSG", ["#a", ""]),
        ParseCase("PRIVMSG :", "PRIVMSG", [""]),
        ParseCase("KICK #a bob :", "KICK", ["#a", "bob", ""]),
        ParseCase("PRIVMSG #a ::)", "PRIVMSG", ["#a", ":)"]),
        ParseCase("PRIVMSG #a :a :b :c", "PRIVMSG", ["#a", "a :b :c"]),
        ParseCase("PRIVMSG #a :  spaced  out  ", "PRIVMSG", ["#a", "  spaced  out  "]),
        ParseCase("PRIVMSG #a :   ", "PRIVMSG", ["#a", "   "]),
        ParseCase("MODE #a +b a:b!*@*", "MODE", ["#a", "+b", "a:b!*@*"]),
        ParseCase("CMD a:b c::d e:", "CMD", ["a:b", "c::d", "e:"]),
        ParseCase("PRIVMSG   #a    :hi", "PRIVMSG", ["#a", "hi"]),
        ParseCase(":src   CMD   a   b  ", source: "src", "CMD", ["a", "b"]),
        ParseCase(":gravel.mozilla.org MODE #tckk +n ", source: "gravel.mozilla.org", "MODE", ["#tckk", "+n"]),
        ParseCase(
            ":services.esper.net MODE #foo-bar +o foobar  ",
            source: "services.esper.net",
            "MODE",
            ["#foo-bar", "+o", "foobar"]
        ),
        ParseCase("CMD " + seventeen.joined(separator: " "), "CMD", seventeen),
        ParseCase("CMD " + seventeen.joined(separator: " ") + " :last one", "CMD", seventeen + ["last one"]),
        ParseCase("CMD a\tb :c\td", "CMD", ["a\tb", "c\td"]),
    ]

    static let text: [ParseCase] = [
        ParseCase(
            ":alice!a@h PRIVMSG hubbot :\u{01}VERSION\u{01}",
            source: "alice!a@h",
            "PRIVMSG",
            ["hubbot", "\u{01}VERSION\u{01}"]
        ),
        ParseCase("PRIVMSG #a :\u{01}ACTION waves\u{01}", "PRIVMSG", ["#a", "\u{01}ACTION waves\u{01}"]),
        ParseCase("PRIVMSG #café :héllo wörld", "PRIVMSG", ["#café", "héllo wörld"]),
        ParseCase("PRIVMSG #a :👍🏽 👨‍👩‍👧‍👦 🇫🇷", "PRIVMSG", ["#a", "👍🏽 👨‍👩‍👧‍👦 🇫🇷"]),
        ParseCase("PRIVMSG #a :你好，世界", "PRIVMSG", ["#a", "你好，世界"]),
        ParseCase("PRIVMSG #a :\u{02}bold\u{02} \u{03}4,1red", "PRIVMSG", ["#a", "\u{02}bold\u{02} \u{03}4,1red"]),
        ParseCase("NOTICE * :*** Looking up your hostname...", "NOTICE", ["*", "*** Looking up your hostname..."]),
    ]

    static let tags: [ParseCase] = [
        ParseCase("@id=123 PRIVMSG #a :hi", tags: ["id": "123"], "PRIVMSG", ["#a", "hi"]),
        ParseCase("@a=b;c=32;k;rt=ql7 foo", tags: ["a": "b", "c": "32", "k": "", "rt": "ql7"], "FOO"),
        ParseCase(
            #"@a=b\\and\nk;c=72\s45;d=gh\:764 foo"#,
            tags: ["a": "b\\and\nk", "c": "72 45", "d": "gh;764"],
            "FOO"
        ),
        ParseCase(#"@k=\: CMD"#, tags: ["k": ";"], "CMD"),
        ParseCase(#"@k=\s CMD"#, tags: ["k": " "], "CMD"),
        ParseCase(#"@k=\\ CMD"#, tags: ["k": "\\"], "CMD"),
        ParseCase(#"@k=\r CMD"#, tags: ["k": "\r"], "CMD"),
        ParseCase(#"@k=\n CMD"#, tags: ["k": "\n"], "CMD"),
        ParseCase(#"@k=a\:b\sc\\d\re\nf CMD"#, tags: ["k": "a;b c\\d\re\nf"], "CMD"),
        ParseCase(#"@tag1=value1\ COMMAND"#, tags: ["tag1": "value1"], "COMMAND"),
        ParseCase(#"@k=\ CMD"#, tags: ["k": ""], "CMD"),
        ParseCase(#"@k=\\\ CMD"#, tags: ["k": "\\"], "CMD"),
        ParseCase(#"@k=\b CMD"#, tags: ["k": "b"], "CMD"),
        ParseCase(#"@tag1=value\1 COMMAND"#, tags: ["tag1": "value1"], "COMMAND"),
        ParseCase(#"@tag1=value\\ntest COMMAND"#, tags: ["tag1": "value\\ntest"], "COMMAND"),
        ParseCase(#"@k=\é CMD"#, tags: ["k": "é"], "CMD"),
        ParseCase("@c;h=;a=b :quux ab cd", tags: ["c": "", "h": "", "a": "b"], source: "quux", "AB", ["cd"]),
        ParseCase("@+typing=active TAGMSG #a", tags: ["+typing": "active"], "TAGMSG", ["#a"]),
        ParseCase("@example.com/foo=bar CMD", tags: ["example.com/foo": "bar"], "CMD"),
        ParseCase(
            "@+example.com/reply=abc123;msgid=xyz PRIVMSG #a :ok",
            tags: ["+example.com/reply": "abc123", "msgid": "xyz"],
            "PRIVMSG",
            ["#a", "ok"]
        ),
        ParseCase("@tag1=1;tag2=3;tag3=4;tag1=5 COMMAND", tags: ["tag1": "5", "tag2": "3", "tag3": "4"], "COMMAND"),
        ParseCase("@a=1;a CMD", tags: ["a": ""], "CMD"),
        ParseCase(
            "@time=2024-01-01T00:00:00.000Z :nick!u@h PRIVMSG #a :hi",
            tags: ["time": "2024-01-01T00:00:00.000Z"],
            source: "nick!u@h",
            "PRIVMSG",
            ["#a", "hi"]
        ),
        ParseCase("@a=b=c CMD", tags: ["a": "b=c"], "CMD"),
        ParseCase("@url=https://x.example/a:b CMD", tags: ["url": "https://x.example/a:b"], "CMD"),
        ParseCase("@a=héllo;b=👍🏽 CMD", tags: ["a": "héllo", "b": "👍🏽"], "CMD"),
        ParseCase("@a=1;;b=2; CMD", tags: ["a": "1", "b": "2"], "CMD"),
        ParseCase("@=orphan;a=1 CMD", tags: ["a": "1"], "CMD"),
        ParseCase("@a=1   :src   CMD", tags: ["a": "1"], source: "src", "CMD"),
        ParseCase("@ CMD", "CMD"),
        ParseCase(#"@msgid=a\sb :n!u@h TAGMSG #a"#, tags: ["msgid": "a b"], source: "n!u@h", "TAGMSG", ["#a"]),
    ]

    static let lineEnds: [ParseCase] = [
        ParseCase("PING :x\r\n", "PING", ["x"]),
        ParseCase("PING :x\n", "PING", ["x"]),
        ParseCase("PING :x \r\n", "PING", ["x "]),
        ParseCase("PRIVMSG #a :\r\n", "PRIVMSG", ["#a", ""]),
    ]

    static let rejected: [RejectCase] = [
        RejectCase("", "empty line"),
        RejectCase("\r\n", "empty line"),
        RejectCase("\n", "empty line"),
        RejectCase(" ", "line of only spaces"),
        RejectCase("     \r\n", "line of only spaces"),
        RejectCase("@", "tags without a message"),
        RejectCase("@a=b", "tags without a message"),
        RejectCase("@a=b;c   ", "tags without a message"),
        RejectCase(":", "empty source"),
        RejectCase(": PING", "empty source"),
        RejectCase("@a=b :", "empty source"),
        RejectCase(":irc.example.com", "missing command"),
        RejectCase(":nick!user@host   ", "missing command"),
        RejectCase("@a=b :nick!user@host", "missing command"),
        RejectCase("12", #"invalid command "12""#),
        RejectCase("1234 x", #"invalid command "1234""#),
        RejectCase(":src 12 x", #"invalid command "12""#),
        RejectCase("PRIV1 x", #"invalid command "PRIV1""#),
        RejectCase("1A3", #"invalid command "1A3""#),
        RejectCase("#chan :hi", ##"invalid command "#chan""##),
        RejectCase("PRIVMSG\u{01} x", #"invalid command "PRIVMSG\u{01}""#),
        RejectCase("ÉTÉ x", #"invalid command "ÉTÉ""#),
        RejectCase("@a=b ::x :y", #"invalid command ":y""#),
        RejectCase("PRIVMSG #a :a\0b", "NUL character in line"),
        RejectCase("\0", "NUL character in line"),
        RejectCase("PRIVMSG #a :a\rb", "CR or LF inside the line"),
        RejectCase("PRIVMSG #a :hi\r\nQUIT :bye", "CR or LF inside the line"),
        RejectCase("PING :x\r\n\r\n", "CR or LF inside the line"),
        RejectCase("PING :x\r", "CR or LF inside the line"),
    ]
}
