import Foundation
import HubCore
import Testing

@testable import IRCChat

@Suite("IRC registration")
struct IRCRegistrationTests {
    /// Feeds server lines; returns every line HubBot sends, serialised.
    private func run(_ registration: inout IRCRegistration, _ lines: [String]) throws -> [String] {
        var sent: [String] = []
        for line in lines {
            for message in try registration.receive(IRCMessage(parsing: line)) {
                sent.append(try message.serialized())
            }
        }
        return sent
    }

    private func start(_ settings: IRCRegistration.Settings) throws -> (IRCRegistration, [String]) {
        var registration = IRCRegistration(settings: settings)
        let first = try registration.start().map { try $0.serialized() }
        return (registration, first)
    }

    @Test("without SASL: CAP LS, request what is offered and wanted, END, welcome")
    func plainRegistration() throws {
        var (registration, first) = try start(IRCRegistration.Settings(nick: "HubBot"))
        #expect(first == ["CAP LS 302", "NICK HubBot", "USER hubbot 0 * HubBot"])
        let sent = try run(
            &registration,
            [
                ":irc.test CAP * LS * :multi-prefix message-tags",
                ":irc.test CAP * LS :server-time account-tag sasl=PLAIN",
                ":irc.test CAP * ACK :account-tag message-tags server-time",
                ":irc.test 001 HubBot :Welcome",
            ]
        )
        #expect(sent == ["CAP REQ :account-tag message-tags server-time", "CAP END"])
        #expect(registration.state == .registered)
        #expect(registration.enabledCapabilities == ["account-tag", "message-tags", "server-time"])
    }

    @Test("SASL PLAIN: AUTHENTICATE, base64 payload, 900 account, 903, END")
    func saslPlain() throws {
        var settings = IRCRegistration.Settings(nick: "HubBot")
        settings.sasl = .plain(account: "hubbot", password: "s3cret")
        var (registration, _) = try start(settings)
        let sent = try run(
            &registration,
            [
                ":irc.test CAP * LS :sasl=PLAIN,EXTERNAL message-tags",
                ":irc.test CAP * ACK :message-tags sasl",
                "AUTHENTICATE +",
                ":irc.test 900 HubBot HubBot!hubbot@host hubbot :You are now logged in as hubbot",
                ":irc.test 903 HubBot :SASL authentication successful",
                ":irc.test 001 HubBot :Welcome",
            ]
        )
        let payload = Data("hubbot\u{0}hubbot\u{0}s3cret".utf8).base64EncodedString()
        #expect(sent == ["CAP REQ :message-tags sasl", "AUTHENTICATE PLAIN", "AUTHENTICATE \(payload)", "CAP END"])
        #expect(registration.account == "hubbot")
        #expect(registration.state == .registered)
    }

    @Test("a refused SASL login fails permanently, without a retry loop")
    func saslFailure() throws {
        var settings = IRCRegistration.Settings(nick: "HubBot")
        settings.sasl = .plain(account: "hubbot", password: "wrong")
        var (registration, _) = try start(settings)
        _ = try run(&registration, [":s CAP * LS :sasl", ":s CAP * ACK :sasl", "AUTHENTICATE +"])
        let failure = #expect(throws: IRCRegistrationFailure.self) {
            _ = try registration.receive(IRCMessage(parsing: ":s 904 HubBot :SASL authentication failed"))
        }
        #expect(failure?.isPermanent == true)
        #expect(failure?.reason.contains("irc.sasl") == true)
        #expect(registration.state == .failed)
        // Nothing more is sent once failed.
        #expect(try registration.receive(IRCMessage(parsing: ":s 001 HubBot :hi")).isEmpty)
    }

    @Test(
        "SASL impossible on this server is a clear, permanent failure",
        arguments: [
            ([":s CAP * LS :message-tags"], "does not offer SASL"),
            ([":s CAP * LS :sasl=EXTERNAL"], "offers SASL EXTERNAL, not PLAIN"),
            ([":s 421 HubBot CAP :Unknown command"], "capability negotiation"),
            ([":s CAP * LS :sasl", ":s CAP * NAK :sasl", ":s CAP * NAK :sasl"], "refused the SASL capability"),
            (
                [":s CAP * LS :sasl", ":s CAP * ACK :sasl", "AUTHENTICATE +", ":s 908 HubBot EXTERNAL :mechs"],
                "EXTERNAL"
            ),
        ]
    )
    func saslImpossible(lines: [String], says: String) throws {
        var settings = IRCRegistration.Settings(nick: "HubBot")
        settings.sasl = .plain(account: "a", password: "b")
        var (registration, _) = try start(settings)
        let failure = #expect(throws: IRCRegistrationFailure.self) { _ = try run(&registration, lines) }
        #expect(failure?.reason.contains(says) == true, "\(failure?.reason ?? "")")
        #expect(failure?.isPermanent == true)
    }

    @Test("a CAP LS without a list offers nothing (the subcommand is not a capability)")
    func emptyCapabilityList() throws {
        var (registration, _) = try start(IRCRegistration.Settings(nick: "HubBot"))
        #expect(try run(&registration, [":s CAP * LS"]) == ["CAP END"])
        #expect(registration.offeredCapabilities.isEmpty)
    }

    @Test("EXTERNAL answers the challenge with +")
    func saslExternal() throws {
        var settings = IRCRegistration.Settings(nick: "HubBot")
        settings.sasl = .external
        var (registration, _) = try start(settings)
        let sent = try run(&registration, [":s CAP * LS :sasl=EXTERNAL", ":s CAP * ACK :sasl", "AUTHENTICATE +"])
        #expect(sent == ["CAP REQ sasl", "AUTHENTICATE EXTERNAL", "AUTHENTICATE +"])
    }

    @Test("a long SASL payload goes in 400-byte chunks, with + after a full last chunk")
    func saslChunks() {
        let exact = String(repeating: "A", count: 800)
        #expect(IRCRegistration.authenticateChunks(exact).map { $0.parameters[0].count } == [400, 400, 1])
        let odd = String(repeating: "B", count: 401)
        #expect(IRCRegistration.authenticateChunks(odd).map { $0.parameters[0].count } == [400, 1])
    }

    @Test("nick in use: the alternatives, then underscores, then a clear failure")
    func nickInUse() throws {
        var settings = IRCRegistration.Settings(nick: "HubBot")
        settings.alternativeNicks = ["HubBot2"]
        var (registration, _) = try start(settings)
        let sent = try run(
            &registration,
            [
                ":s 421 * CAP :Unknown command",
                ":s 433 * HubBot :Nickname already in use",
                ":s 433 * HubBot2 :Nickname already in use",
            ]
        )
        #expect(sent == ["NICK HubBot2", "NICK HubBot_"])
        #expect(try run(&registration, [":s 001 HubBot_ :Welcome"]).isEmpty)
        #expect(registration.nick == "HubBot_")
        #expect(registration.state == .registered)

        var (taken, _) = try start(IRCRegistration.Settings(nick: "X"))
        let failure = #expect(throws: IRCRegistrationFailure.self) {
            _ = try run(&taken, Array(repeating: ":s 433 * X :in use", count: 4))
        }
        #expect(failure?.isPermanent == false)
    }

    @Test("an old server without CAP still registers; PING before 001 is answered")
    func oldServer() throws {
        var (registration, _) = try start(IRCRegistration.Settings(nick: "HubBot"))
        let sent = try run(&registration, [":s 421 HubBot CAP :Unknown command", "PING :12345", ":s 001 HubBot :Hi"])
        #expect(sent == ["PONG 12345"])
        #expect(registration.state == .registered)
    }

    @Test("server password is sent first; 464 is a clear failure")
    func serverPassword() throws {
        var settings = IRCRegistration.Settings(nick: "HubBot")
        settings.serverPassword = "pw"
        var (registration, first) = try start(settings)
        #expect(first.prefix(2) == ["CAP LS 302", "PASS pw"])
        let failure = #expect(throws: IRCRegistrationFailure.self) {
            _ = try run(&registration, [":s 464 * :Password incorrect"])
        }
        #expect(failure?.reason.contains("server_password") == true)
    }

    @Test("JOIN lines stay short for many channels")
    func joins() throws {
        let channels = (1...100).map { "#channel-number-\($0)" }
        let joins = IRCTransport.joins(channels)
        #expect(joins.count > 1)
        #expect(joins.flatMap { $0.parameters[0].split(separator: ",").map(String.init) } == channels)
        for join in joins { #expect(try join.serialized().utf8.count <= 510) }
    }

    @Test("identity: account, ~nick when not logged in, nick on networks without accounts")
    func identity() {
        #expect(IRCTransport.identity(nick: "Alice", tags: ["account": "alice"], accountTags: true).rawValue == "alice")
        #expect(IRCTransport.identity(nick: "Mallory", tags: [:], accountTags: true).rawValue == "~mallory")
        #expect(IRCTransport.identity(nick: "Eve", tags: ["account": "*"], accountTags: true).rawValue == "~eve")
        #expect(IRCTransport.identity(nick: "Bob", tags: ["account": "x"], accountTags: false).rawValue == "bob")
    }

    @Test("incoming formatting codes are removed for the hub")
    func plainText() {
        #expect(IRCText.plain("\u{02}bold\u{02} \u{03}4,12red\u{03} \u{1D}it\u{0F} 3,5 ok") == "bold red it 3,5 ok")
        #expect(IRCText.plain("\u{03}12blue") == "blue")
        #expect(IRCText.plain("plain ü €") == "plain ü €")
    }
}

@Suite("IRC people: who is reached at which nick")
struct IRCNickTests {
    @Test("a nick taken over by someone else no longer reaches the first person; QUIT and ACCOUNT forget it")
    func nickTakeover() async {
        let state = IRCState()
        let alice = PersonID("alice")
        let mallory = PersonID("~mallory")
        await state.remember(alice, as: "ali")
        #expect(await state.nick(of: alice) == "ali")
        await state.remember(mallory, as: "Ali")
        #expect(await state.nick(of: mallory) == "Ali")
        #expect(await state.nick(of: alice) == "alice", "back to the account name, never mallory's nick")
        await state.forget(nick: "ali")
        #expect(await state.nick(of: mallory) == "mallory")
        #expect(await state.mayAnswerCTCP(from: "x", now: Date(timeIntervalSince1970: 0)))
        #expect(!(await state.mayAnswerCTCP(from: "X", now: Date(timeIntervalSince1970: 5))))
        #expect(await state.mayAnswerCTCP(from: "x", now: Date(timeIntervalSince1970: 11)))
    }
}

@Suite("IRC: HubBot addressed by the nick it has now")
struct IRCAddressedByNameTests {
    @Test(
        "the current nick at the start reads as the configured name; anything else is left alone",
        arguments: [
            ("HubBot_: !status", "HubBot_", "HubBot: !status"),
            ("guest42, help me", "Guest42", "HubBot, help me"),
            ("HubBot_", "HubBot_", "HubBot"),
            ("HubBot_x: hi", "HubBot_", "HubBot_x: hi"),
            ("hello HubBot_", "HubBot_", "hello HubBot_"),
            ("HubBot: !help", "HubBot", "HubBot: !help"),
        ]
    )
    func addressed(text: String, current: String, expected: String) {
        #expect(IRCTransport.addressedByName(text, currentNick: current, name: "HubBot") == expected)
    }
}
