import Foundation
import HubTestSupport
import Testing

/// The hub over real IRC servers started by the project's scripts: ngIRCd
/// (plain and TLS), a scripted IRCv3 server (SASL, flood measurement), and
/// InspIRCd with Atheme services (SASL and account tags).
@Suite("Integration: IRC", .enabled(if: IRCServers.shouldRun), .serialized)
struct IRCTests {
    @Test("ask in a channel → pick → offer by PM → accept → introduced by nick → done → rated")
    func fullStory() async throws {
        let server = try NgircdServer.start(penalties: false)
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        let stan = try IRCTestClient(port: server.port, nick: "stan")
        let cora = try IRCTestClient(port: server.port, nick: "cora")
        try cora.join("#hub")

        try stan.say("!interests add #statistics:3", to: "HubBot")
        try stan.waitForMessage(from: "HubBot", containing: "You now offer")

        let question = "can someone help me with the regression analysis for our staff survey?"
        try cora.say("HubBot: \(question)", to: "#hub")
        let list = try cora.waitForMessage(from: "HubBot", containing: "these people know about it")
        #expect(list.target == "#hub")
        #expect(list.command == "NOTICE", "bot output in channels is a NOTICE")
        #expect(list.text.hasPrefix("cora: "), "the answer names the person it answers: \(list.text)")
        let choice = try cora.waitForMessage(from: "HubBot", containing: "1. stan")
        #expect(choice.target == "#hub")

        try cora.say("1", to: "#hub")
        let offer = try stan.waitForMessage(from: "HubBot", containing: "!accept")
        #expect(offer.command == "PRIVMSG" && offer.target == "stan")
        #expect(!offer.text.contains("react ✅"), "IRC has no reactions: \(offer.text)")
        let number = try #require(offer.text.firstMatch(of: /!accept (\d+)/).map { String($0.1) })
        let offered = stan.received.filter { $0.sourceNick == "HubBot" }.map(\.text).joined(separator: " ")
        #expect(offered.contains(question), "the offer carries the question: \(offered)")
        try cora.waitForMessage(from: "HubBot", containing: "I've asked stan")

        try stan.say("!accept \(number)", to: "HubBot")
        let yours = try stan.waitForMessage(from: "HubBot", containing: "Request \(number) is yours")
        #expect(yours.text.contains("/msg cora"), "\(yours.text)")
        let introduced = try cora.waitForMessage(from: "HubBot", containing: "accepted request \(number)")
        #expect(introduced.text.contains("/msg stan"), "\(introduced.text)")

        try stan.say("!done \(number)", to: "HubBot")
        try cora.waitForMessage(from: "HubBot", containing: "How was your conversation")
        try cora.say("HubBot: 5 really helpful", to: "#hub")
        try cora.waitForMessage(from: "HubBot", containing: "Thank you")

        // One offer, one shortlist: nothing twice.
        #expect(stan.received.filter { $0.text.contains("!accept \(number)") }.count == 1)
        #expect(cora.received.filter { $0.text.contains("these people know about it") }.count == 1)
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a specialist who changes nick gets the offer at the new nick and can accept it from there")
    func acceptAfterNickChange() async throws {
        let server = try NgircdServer.start(penalties: false)
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        let erin = try IRCTestClient(port: server.port, nick: "erin")
        try erin.join("#hub")
        let cora = try IRCTestClient(port: server.port, nick: "cora")
        try cora.join("#hub")
        try erin.say("!interests add #statistics:3", to: "HubBot")
        try erin.waitForMessage(from: "HubBot", containing: "You now offer")

        try erin.send(raw: "NICK erin_lunch")
        try erin.waitForLine(containing: "NICK")
        try cora.say("HubBot: can someone help me with the regression analysis for our staff survey?", to: "#hub")
        try cora.waitForMessage(from: "HubBot", containing: "these people know about it")
        try cora.say("1", to: "#hub")
        let offer = try erin.waitForMessage(from: "HubBot", containing: "!accept")
        #expect(offer.target.lowercased() == "erin_lunch")
        let number = try #require(offer.text.firstMatch(of: /!accept (\d+)/).map { String($0.1) })
        try erin.say("!accept \(number)", to: "HubBot")
        let yours = try erin.waitForMessage(from: "HubBot", containing: "Request \(number) is yours")
        #expect(yours.target.lowercased() == "erin_lunch")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a long reply with multi-byte text is split at character boundaries, every line within 512 bytes")
    func longMultiByteReply() async throws {
        let server = try NgircdServer.start(penalties: false)
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        let stan = try IRCTestClient(port: server.port, nick: "stan")
        let cora = try IRCTestClient(port: server.port, nick: "cora")
        try stan.say("!interests add #statistics", to: "HubBot")
        try stan.waitForMessage(from: "HubBot", containing: "You now offer")

        // No spaces to split at after the first words: the split must fall between characters.
        let long =
            String(repeating: "Größenänderungsübersicht€", count: 8) + "👩‍👩‍👧‍👦🇩🇪"
            + String(repeating: "統計分析", count: 10)
        let question = "regression analysis statistics help: \(long)"
        #expect(question.utf8.count > 400)
        try cora.say(question, to: "HubBot")
        try cora.waitForMessage(from: "HubBot", containing: "these people know about it")
        try cora.say("1", to: "HubBot")
        try stan.waitForMessage(from: "HubBot", containing: "!accept", timeout: 30)

        let raw = stan.lines.filter { $0.contains("PRIVMSG stan :") && $0.hasPrefix(":HubBot!") }
        #expect(raw.count >= 3, "the offer took several lines: \(raw)")
        for line in raw {
            #expect(line.utf8.count <= 510, "a relayed line is \(line.utf8.count) bytes: \(line)")
            #expect(!line.contains("\u{FFFD}"), "a character was cut: \(line)")
        }
        let texts = stan.received.filter { $0.sourceNick == "HubBot" }.map(\.text)
        let joined = texts.joined().filter { $0 != " " }
        #expect(joined.contains(long), "the question arrives whole, in order")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("flood control, timed where ngIRCd delivers: a person never gets HubBot's lines faster than its bucket")
    func floodControlOnNgircd() async throws {
        let server = try NgircdServer.start(penalties: false)
        let hubbot = try IRCHubBot(port: server.port, irc: "flood_burst: 3\nflood_lines_per_second: 4")
        try await hubbot.start()
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        for _ in 0..<6 { try tess.say("!help", to: "HubBot") }
        let deadline = Date().addingTimeInterval(30)
        var times: [Double] = []
        while Date() < deadline {
            times = tess.received.filter { $0.sourceNick == "HubBot" }.map(\.receivedAt.timeIntervalSince1970)
            if times.count >= 30 { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        Self.expectBucket(times, burst: 3, rate: 4)
        #expect(try await hubbot.stop() == 0)
    }

    @Test("flood control, timed where the server reads: HubBot never sends faster than its token bucket allows")
    func floodControl() async throws {
        let server = try ScriptedIRCServer(caps: "message-tags server-time")
        let hubbot = try IRCHubBot(port: server.port, irc: "flood_burst: 3\nflood_lines_per_second: 4")
        try await hubbot.start()
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        for _ in 0..<6 { try tess.say("!help", to: "HubBot") }
        let deadline = Date().addingTimeInterval(30)
        var times: [Double] = []
        while Date() < deadline {
            times = server.receivedLines().filter { $0.line.hasPrefix("PRIVMSG tess ") }.map(\.t)
            if times.count >= 30 { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        Self.expectBucket(times, burst: 3, rate: 4)
        #expect(try await hubbot.stop() == 0)
    }

    /// Six `!help` answers are many lines; any run of them i…j fits in burst + rate × time
    /// (with 50 ms of scheduling slack), and the sustained rate is the configured one.
    static func expectBucket(_ times: [Double], burst: Double, rate: Double) {
        #expect(times.count >= 30, "HubBot answered six !help with many lines (got \(times.count))")
        guard let first = times.first, let last = times.last, last > first else { return }
        var worst = 0.0
        for i in times.indices {
            for j in times.indices where j > i {
                worst = max(worst, Double(j - i + 1) - (burst + rate * (times[j] - times[i] + 0.05)))
            }
        }
        #expect(worst <= 0, "a run of lines exceeded the bucket by \(worst) lines")
        let sustained = (Double(times.count) - burst) / (last - first)
        #expect(
            sustained <= rate * 1.05 && sustained >= 1.5,
            "sustained rate \(sustained) lines/s for a configured \(rate)"
        )
    }

    @Test("the server is killed and restarted: HubBot reconnects, re-joins and answers again")
    func reconnects() async throws {
        let server = try NgircdServer.start(penalties: false)
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        let before = try IRCTestClient(port: server.port, nick: "cora")
        try before.join("#hub")
        try before.say("HubBot: !help", to: "#hub")
        try before.waitForMessage(from: "HubBot", containing: "!ask")
        before.close()

        server.stop()
        #expect(try await hubbot.current!.waitForOutput("reconnecting", timeout: .seconds(120)))
        try await Task.sleep(for: .seconds(2))
        try server.restart()
        #expect(
            try await hubbot.current!.waitForOutput("reconnected to IRC", timeout: .seconds(60)),
            "\(hubbot.output)"
        )
        let after = try IRCTestClient(port: server.port, nick: "dora")
        try after.join("#hub")
        try await Task.sleep(for: .seconds(1))
        try after.say("HubBot: !help", to: "#hub")
        let answer = try after.waitForMessage(from: "HubBot", containing: "!ask", timeout: 30)
        #expect(answer.target == "#hub", "HubBot is back in #hub")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("TLS: verified with the configured CA; without it HubBot stops with a clear error")
    func tls() async throws {
        let server = try NgircdServer.start(tls: true, penalties: false)
        let tlsPort = try #require(server.tlsPort)
        let caFile = try #require(server.caFile)

        let untrusting = try IRCHubBot(port: tlsPort, tls: true)
        let code = try await untrusting.startExpectingFailure()
        #expect(code != 0)
        #expect(untrusting.output.contains("TLS"), "\(untrusting.output)")
        #expect(untrusting.output.contains("irc.ca_file"), "\(untrusting.output)")

        let hubbot = try IRCHubBot(port: tlsPort, tls: true, irc: "ca_file: \"\(caFile)\"")
        try await hubbot.start()
        let cora = try IRCTestClient(port: server.port, nick: "cora")
        try cora.say("!help", to: "HubBot")
        try cora.waitForMessage(from: "HubBot", containing: "!ask")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("SASL PLAIN against a scripted IRCv3 server: logged in; a wrong password stops HubBot once, no loop")
    func saslScripted() async throws {
        let server = try ScriptedIRCServer(
            caps: "sasl=PLAIN,EXTERNAL message-tags server-time account-tag",
            account: "hubbot",
            password: "right"
        )
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let wrong = try IRCHubBot(port: server.port, irc: sasl)
        let code = try await wrong.startExpectingFailure(environment: ["HUBBOT_IRC_PASSWORD": "wrong"])
        #expect(code != 0)
        #expect(wrong.output.contains("refused HubBot's SASL login"), "\(wrong.output)")
        #expect(!wrong.output.contains("wrong"), "the password never appears in the output")
        let attempts = server.receivedLines().filter { $0.line == "AUTHENTICATE PLAIN" }
        #expect(attempts.count == 1, "one attempt, no reconnect loop")

        let hubbot = try IRCHubBot(port: server.port, irc: sasl)
        try await hubbot.start(environment: ["HUBBOT_IRC_PASSWORD": "right"])
        #expect(hubbot.output.contains("irc.account=hubbot"), "\(hubbot.output)")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("the watchdog: a connection that goes silent is PINGed, then dropped and re-established")
    func watchdog() async throws {
        let server = try ScriptedIRCServer(silentAfterWelcome: true)
        let hubbot = try IRCHubBot(port: server.port, irc: "ping_after_seconds: 2\npong_timeout_seconds: 1")
        try await hubbot.start()
        #expect(
            try await hubbot.current!.waitForOutput("reconnected to IRC", timeout: .seconds(120)),
            "\(hubbot.output)"
        )
        let lines = server.receivedLines().map(\.line)
        #expect(lines.contains("PING hubbot-watchdog"), "HubBot asked before giving up")
        #expect(lines.filter { $0.hasPrefix("NICK ") }.count >= 2, "a second registration")
        #expect(lines.filter { $0.hasPrefix("JOIN ") }.count >= 2, "channels joined again")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("nick in use → the next nick; CTCP VERSION answered, other CTCP ignored")
    func nickAndCTCP() async throws {
        let server = try ScriptedIRCServer(nickInUse: "HubBot")
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        #expect(hubbot.output.contains("irc.nick=HubBot_"), "\(hubbot.output)")
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        try tess.say("\u{01}PING 123\u{01}", to: "HubBot_")
        try tess.say("\u{01}VERSION\u{01}", to: "HubBot_")
        let version = try tess.waitForMessage(from: "HubBot_", containing: "VERSION")
        #expect(version.command == "NOTICE" && version.text.hasPrefix("\u{01}VERSION HubBot "))
        try tess.say("!help", to: "HubBot_")
        try tess.waitForMessage(from: "HubBot_", containing: "!ask")
        #expect(!tess.received.contains { $0.text.contains("PING 123") }, "other CTCP is ignored")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a squatter keeps HubBot's nick: HubBot answers to the nick it has, and takes its own back when freed")
    func ownNickReclaimed() async throws {
        let server = try ScriptedIRCServer()
        let squatter = try IRCTestClient(port: server.port, nick: "HubBot")
        try squatter.join("#hub")
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        #expect(hubbot.output.contains("irc.nick=HubBot_"), "\(hubbot.output)")
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        try tess.join("#hub")
        try tess.say("HubBot_: !help", to: "#hub")
        try tess.waitForMessage(from: "HubBot_", containing: "!ask")
        squatter.close()
        try tess.waitForLine(containing: "NICK :HubBot")
        try tess.say("!help", to: "HubBot")
        let help = try tess.waitForMessage(from: "HubBot", containing: "!ask")
        #expect(help.target == "tess")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a target too long for a useful line is refused, not sent as one-character lines")
    func absurdTarget() async throws {
        let server = try ScriptedIRCServer()
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        let long = try IRCTestClient(port: server.port, nick: "n" + String(repeating: "x", count: 440))
        try long.say("!help", to: "HubBot")
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        try tess.say("!help", to: "HubBot")
        try tess.waitForMessage(from: "HubBot", containing: "!ask")
        #expect(try await hubbot.current!.waitForOutput("cannot write to", timeout: .seconds(120)), "\(hubbot.output)")
        let fragments = long.received.filter { $0.sourceNick == "HubBot" }
        #expect(fragments.isEmpty, "\(fragments.count) lines, e.g. \(fragments.first?.text ?? "")")
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "a storm of 500 PINGs: every PONG leaves at once, not behind the flood control; a colleague is still answered"
    )
    func pingStorm() async throws {
        // Through a 2-lines-a-second bucket the PONGs alone took 250 s.
        let (server, hubbot, answered) = try await flooded(with: "ping")
        var pongs: [String: Double] = [:]
        let deadline = Date().addingTimeInterval(90)
        while pongs.count < 500, Date() < deadline {
            for (t, line) in server.receivedLines() where line.hasPrefix("PONG") && line.contains("flood-") {
                pongs[Self.lastToken(line)] = t
            }
            if pongs.count < 500 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(pongs.count == 500, "every PING answered")
        let pinged = Dictionary(
            server.floodLines().map { (Self.lastToken($0.line), $0.t) }
        ) { first, _ in first }
        let delays = pongs.compactMap { token, t in pinged[token].map { t - $0 } }
        print("ping storm: slowest PONG \(delays.max() ?? -1) s after its PING; colleague answered in \(answered) s")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a reply waiting for flood control when the connection drops is sent on the next connection at once")
    func waitingReplyMovesToNewConnection() async throws {
        let server = try ScriptedIRCServer()
        // 14 lines at once, then one every 100 s: a colleague's 9-line help fits once, the
        // second stops before its seventh line (`!help [command]`) and waits.
        let hubbot = try IRCHubBot(port: server.port, irc: "flood_burst: 14\nflood_lines_per_second: 0.01")
        try await hubbot.start()
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        for _ in 1...2 { try tess.say("!help", to: "HubBot") }
        // The help's last line: how many answers arrived whole.
        func whole() -> Int { tess.received.filter { $0.text.contains("!help [command]") }.count }
        try tess.waitForMessage(from: "HubBot", containing: "!help [command]")
        try await Task.sleep(for: .seconds(2))
        try #require(whole() == 1, "the bucket ran dry before the second answer")
        try tess.send(raw: "KILL HubBot")
        #expect(
            try await hubbot.current!.waitForOutput("reconnected to IRC", timeout: .seconds(60)),
            "\(hubbot.output)"
        )
        // A hang guard: waiting out the dead connection's bucket took over 100 s.
        let deadline = ContinuousClock.now + .seconds(60)
        while whole() < 2, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        #expect(whole() == 2, "\(hubbot.output)")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("SIGTERM with replies queued behind flood control: HubBot says QUIT first, nothing waits for the queue")
    func quitsPastAFullQueue() async throws {
        let server = try ScriptedIRCServer()
        // 24 lines at once, then one every 100 s: three 16-line answers leave most of two queued.
        let hubbot = try IRCHubBot(port: server.port, irc: "flood_burst: 24\nflood_lines_per_second: 0.01")
        try await hubbot.start()
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        try tess.join("#hub")
        for _ in 1...3 { try tess.say("!help", to: "HubBot") }
        try tess.waitForMessage(from: "HubBot", containing: "!help [command]")
        #expect(try await hubbot.stop() == 0)
        // The scripted server relays a client's own QUIT as "Quit", a connection closed without one
        // as "Client closed connection".
        let quit = try tess.waitForLine(containing: " QUIT ", timeout: 30)
        #expect(quit.hasSuffix(":Quit"), "\(quit)")
    }

    @Test("500 malformed lines from the server: skipped, and logged once, not 500 times")
    func malformedLinesLoggedOnce() async throws {
        let (_, hubbot, _) = try await flooded(with: "malformed")
        #expect(try await hubbot.stop() == 0)
        let warnings = hubbot.output.components(separatedBy: "skipped a malformed line").count - 1
        #expect(warnings == 1, "\(warnings) warnings")
    }

    /// HubBot on a scripted server that sends it 500 lines of `kind` (the server's FLOOD: ping, ctcp or
    /// malformed) at once, then a colleague asks for help; returns when the answer came, with how long
    /// that took. The 90 s wait is a hang guard, not a speed bound.
    func flooded(with kind: String) async throws -> (ScriptedIRCServer, IRCHubBot, answered: TimeInterval) {
        let server = try ScriptedIRCServer()
        let hubbot = try IRCHubBot(port: server.port)
        try await hubbot.start()
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        try tess.send(raw: "FLOOD HubBot 500 \(kind)")
        let asked = Date()
        try tess.say("!help", to: "HubBot")
        try tess.waitForMessage(from: "HubBot", containing: "!ask", timeout: 90)
        return (server, hubbot, Date().timeIntervalSince(asked))
    }

    /// `flood-7` of `PONG flood-7`, `PONG :flood-7` or `:server PING :flood-7`.
    static func lastToken(_ line: String) -> String {
        String(line.split { $0 == " " || $0 == ":" }.last ?? "")
    }

    @Test("a storm of CTCP VERSION from 500 clones: a reply or two, not 500 queued in front of a colleague")
    func ctcpStorm() async throws {
        // With one answer per clone queued first, the colleague waited over four minutes.
        let (server, hubbot, answered) = try await flooded(with: "ctcp")
        try await Task.sleep(for: .seconds(2))
        let versions = server.receivedLines().filter { $0.line.hasPrefix("NOTICE clone") }
        #expect(versions.count <= 5, "\(versions.count) CTCP answers")
        print("CTCP storm: \(versions.count) VERSION answers; colleague answered in \(answered) s")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("--log-format json: every line is one JSON object with time, level and message; no secret in it")
    func jsonLogs() async throws {
        let server = try ScriptedIRCServer(caps: "sasl=PLAIN", account: "hubbot", password: "pa55-word-xyz")
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let hubbot = try IRCHubBot(port: server.port, irc: sasl)
        try await hubbot.start(
            environment: ["HUBBOT_IRC_PASSWORD": "pa55-word-xyz"],
            arguments: ["--log-format", "json"]
        )
        #expect(try await hubbot.stop() == 0)
        let lines = hubbot.output.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count >= 4)
        for line in lines {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
            #expect(object?["time"] != nil && object?["level"] != nil && object?["message"] != nil, "\(line)")
        }
        #expect(lines.contains { $0.contains("\"subsystem\":\"irc\"") })
        #expect(!hubbot.output.contains("pa55-word-xyz"))
    }

    @Test("100 reloads while people talk: no message lost or answered twice, an open offer keeps its deadline")
    func reloadUnderLoad() async throws {
        let server = try NgircdServer.start(penalties: false)
        let hubbot = try IRCHubBot(
            port: server.port,
            irc: "flood_burst: 50\nflood_lines_per_second: 50",
            hub: "offer_timeout_seconds: 120"
        )
        try await hubbot.start()
        let stan = try IRCTestClient(port: server.port, nick: "stan")
        let cora = try IRCTestClient(port: server.port, nick: "cora")
        let tess = try IRCTestClient(port: server.port, nick: "tess")
        try stan.say("!interests add #statistics", to: "HubBot")
        try stan.waitForMessage(from: "HubBot", containing: "You now offer")
        try cora.say("who can help me with a regression analysis of our survey?", to: "HubBot")
        try cora.waitForMessage(from: "HubBot", containing: "these people know about it")
        try cora.say("1", to: "HubBot")
        let offer = try stan.waitForMessage(from: "HubBot", containing: "!accept")
        let number = try #require(offer.text.firstMatch(of: /!accept (\d+)/).map { String($0.1) })

        let process = try #require(hubbot.current)
        func reloads() -> Int { process.text.components(separatedBy: "tag config reloaded").count - 1 }
        let greetings = 40
        let talk = Task.detached {
            for _ in 0..<greetings {
                try tess.say("hi", to: "HubBot")
                try await Task.sleep(for: .milliseconds(40))
            }
        }
        for index in 1...100 {
            if index == 50 {
                // A hubbot.yaml change mid-way: hub settings apply live.
                try hubbot.appendToHub("shortlist_size: 4")
            }
            let before = reloads()
            process.signal(SIGHUP)
            let deadline = ContinuousClock.now + .seconds(30)
            while reloads() == before, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            #expect(reloads() > before, "reload \(index) happened")
        }
        try await talk.value
        let deadline = Date().addingTimeInterval(30)
        // The first "hi" gets the greeting, later ones examples ("A sentence is enough: …").
        func answers() -> Int { tess.received.filter { $0.text.contains("sentence") }.count }
        while answers() < greetings, Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        try await Task.sleep(for: .seconds(2))
        #expect(answers() == greetings, "every message answered once: \(answers()) answers to \(greetings)")
        #expect(reloads() >= 100)
        #expect(process.text.contains("hub settings applied"))

        // The offer made before the reloads is still open: no timer fired early.
        #expect(!stan.received.contains { $0.text.contains("no longer open") })
        try stan.say("!accept \(number)", to: "HubBot")
        try stan.waitForMessage(from: "HubBot", containing: "Request \(number) is yours")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("SASL EXTERNAL with a TLS client certificate")
    func saslExternal() async throws {
        let certificates = try IRCTestCertificates()
        let client = try certificates.client("hubbot")
        let server = try ScriptedIRCServer(caps: "sasl=PLAIN,EXTERNAL message-tags", certificates: certificates)
        let hubbot = try IRCHubBot(
            port: server.port,
            tls: true,
            irc: """
                ca_file: "\(certificates.caFile)"
                client_certificate: "\(client.certificate)"
                client_key: "\(client.key)"
                sasl:
                  mechanism: external
                """
        )
        try await hubbot.start()
        #expect(hubbot.output.contains("irc.account=hubbot"), "\(hubbot.output)")
        #expect(try await hubbot.stop() == 0)
    }
}

/// SASL and account identity on a real network with services.
@Suite("Integration: IRC with services", .enabled(if: IRCServers.servicesInstalled), .serialized)
struct IRCServicesTests {
    @Test("InspIRCd + Atheme: HubBot logs in with SASL; admins are recognised by account, never by nick")
    func accounts() async throws {
        let network = try InspircdServices.start()
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let hubbot = try IRCHubBot(port: network.port, irc: sasl, hub: "admins: [alice]")
        try await hubbot.start(environment: ["HUBBOT_IRC_PASSWORD": "hubbot-secret"])
        #expect(hubbot.output.contains("irc.account=hubbot"), "\(hubbot.output)")

        // Someone not logged in, wearing the admin's name, is refused.
        let impostor = try IRCTestClient(port: network.port, nick: "alice")
        try impostor.say("!reload", to: "HubBot")
        try impostor.waitForMessage(from: "HubBot", containing: "is for admins")
        impostor.close()

        // The admin, logged in to her account under another nick, is recognised.
        let alice = try IRCTestClient(port: network.port, nick: "ally", sasl: ("alice", "alice-secret"))
        try alice.say("!reload", to: "HubBot")
        try alice.waitForMessage(from: "HubBot", containing: "eload", timeout: 30)
        #expect(!alice.received.contains { $0.text.contains("is for admins") })
        #expect(try await hubbot.stop() == 0)

        // A wrong password stops HubBot with the reason, once.
        let wrong = try IRCHubBot(port: network.port, irc: sasl)
        #expect(try await wrong.startExpectingFailure(environment: ["HUBBOT_IRC_PASSWORD": "nope"]) != 0)
        #expect(wrong.output.contains("refused HubBot's SASL login"), "\(wrong.output)")
    }

    /// Cora (not logged in) asks in #hub about a regression analysis and picks the first name;
    /// returns her and the offer `ally` received.
    func coraAsksAboutRegression(port: Int, offerTo ally: IRCTestClient) throws -> (IRCTestClient, ReceivedIRC) {
        let cora = try IRCTestClient(port: port, nick: "cora")
        try cora.join("#hub")
        try cora.say("HubBot: can someone help me with the regression analysis for our staff survey?", to: "#hub")
        try cora.waitForMessage(from: "HubBot", containing: "these people know about it", timeout: 30)
        try cora.say("1", to: "#hub")
        return (cora, try ally.waitForMessage(from: "HubBot", containing: "!accept", timeout: 60))
    }

    @Test("meet_in on InspIRCd: HubBot joins the channel, so its invitations to both people work")
    func meetIn() async throws {
        let network = try InspircdServices.start()
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let environment = ["HUBBOT_IRC_PASSWORD": "hubbot-secret"]
        let hubbot = try IRCHubBot(port: network.port, irc: sasl + "\nmeet_in: \"#meet\"")
        try await hubbot.start(environment: environment)
        let ally = try IRCTestClient(port: network.port, nick: "ally", sasl: ("alice", "alice-secret"))
        try ally.join("#hub")
        try ally.say("!interests add #statistics:3", to: "HubBot")
        try ally.waitForMessage(from: "HubBot", containing: "You now offer", timeout: 30)
        let (cora, offer) = try coraAsksAboutRegression(port: network.port, offerTo: ally)
        let number = try #require(offer.text.firstMatch(of: /!accept (\d+)/)?.1)
        try ally.say("!accept \(number)", to: "HubBot")
        let yours = try ally.waitForMessage(from: "HubBot", containing: "is yours", timeout: 30)
        // InspIRCd refuses (442) an INVITE from someone not on the channel: HubBot is on it.
        try ally.waitForLine(containing: "INVITE ally :#meet", timeout: 30)
        try cora.waitForLine(containing: "INVITE cora :#meet", timeout: 30)
        // The meeting place is mentioned once the server said the invitation worked, not before.
        #expect(!yours.text.contains("#meet"), "\(yours.text)")
        try ally.waitForMessage(from: "HubBot", containing: "invited you to #meet, where you and cora", timeout: 30)
        try cora.waitForMessage(from: "HubBot", containing: "invited you to #meet, where you and ally", timeout: 30)
        #expect(!hubbot.output.contains("the IRC server refused"), "\(hubbot.output)")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("meet_in HubBot cannot use (invite-only, someone else's): nobody is promised it, the admins hear why")
    func meetInRefused() async throws {
        let network = try InspircdServices.start()
        // Someone else made #meet invite-only before HubBot came: HubBot cannot join it, nor invite there.
        let owner = try IRCTestClient(port: network.port, nick: "owner")
        try owner.join("#meet")
        try owner.send(raw: "MODE #meet +i")
        try owner.waitForLine(containing: "MODE #meet")
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let environment = ["HUBBOT_IRC_PASSWORD": "hubbot-secret"]
        let hubbot = try IRCHubBot(port: network.port, irc: sasl + "\nmeet_in: \"#meet\"", hub: "admins: [alice]")
        try await hubbot.start(environment: environment)
        let ally = try IRCTestClient(port: network.port, nick: "ally", sasl: ("alice", "alice-secret"))
        try ally.join("#hub")
        try ally.say("!interests add #statistics:3", to: "HubBot")
        try ally.waitForMessage(from: "HubBot", containing: "You now offer", timeout: 30)
        let (cora, offer) = try coraAsksAboutRegression(port: network.port, offerTo: ally)
        let number = try #require(offer.text.firstMatch(of: /!accept (\d+)/)?.1)
        try ally.say("!accept \(number)", to: "HubBot")
        try cora.waitForMessage(from: "HubBot", containing: "accepted request", timeout: 30)
        // Alice is also the admin: she hears that the invitation was refused, and why.
        try ally.waitForMessage(from: "HubBot", containing: "couldn't invite", timeout: 30)
        let told = (ally.received + cora.received).filter { $0.sourceNick == "HubBot" && !$0.text.contains("couldn't") }
        #expect(!told.contains { $0.text.contains("#meet") }, "promised: \(told.map(\.text))")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("an offer for someone not online waits, the colleague hears why, and it reaches them when they log in")
    func offerWaitsForAccount() async throws {
        let network = try InspircdServices.start()
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let hubbot = try IRCHubBot(port: network.port, irc: sasl)
        try await hubbot.start(environment: ["HUBBOT_IRC_PASSWORD": "hubbot-secret"])
        let ally = try IRCTestClient(port: network.port, nick: "ally", sasl: ("alice", "alice-secret"))
        try ally.join("#hub")
        try ally.say("!interests add #statistics:3", to: "HubBot")
        try ally.waitForMessage(from: "HubBot", containing: "You now offer", timeout: 30)
        ally.close()

        let cora = try IRCTestClient(port: network.port, nick: "cora")
        try cora.join("#hub")
        try cora.say("HubBot: can someone help me with the regression analysis for our staff survey?", to: "#hub")
        try cora.waitForMessage(from: "HubBot", containing: "these people know about it", timeout: 30)
        try cora.say("1", to: "#hub")
        try cora.waitForMessage(from: "HubBot", containing: "ally isn't online right now", timeout: 60)

        // Alice logs in again, under yet another nick: the offer that waited reaches her there.
        let back = try IRCTestClient(port: network.port, nick: "alice_back", sasl: ("alice", "alice-secret"))
        try back.join("#hub")
        let offer = try back.waitForMessage(from: "HubBot", containing: "!accept", timeout: 60)
        #expect(offer.target.lowercased() == "alice_back")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a squatter on HubBot's registered nick: NickServ frees it and MONITOR has HubBot take it back")
    func ownNickGhosted() async throws {
        let network = try InspircdServices.start()
        // Not logged in, in no channel: HubBot never sees it leave except through services and MONITOR.
        let squatter = try IRCTestClient(port: network.port, nick: "HubBot")
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let hubbot = try IRCHubBot(port: network.port, irc: sasl)
        try await hubbot.start(environment: ["HUBBOT_IRC_PASSWORD": "hubbot-secret"])
        #expect(hubbot.output.contains("irc.nick=HubBot_"), "\(hubbot.output)")
        // Atheme's GHOST disconnects the squatter; the server's MONITOR notice has HubBot ask for its nick.
        try squatter.waitForLine(containing: "ERROR", timeout: 60)
        let tess = try IRCTestClient(port: network.port, nick: "tess")
        let help = try {
            for _ in 0..<30 {
                try tess.say("!help", to: "HubBot")
                if let help = try? tess.waitForMessage(from: "HubBot", containing: "!ask", timeout: 2) { return help }
            }
            throw TestServerError("HubBot did not take its nick back:\n\(hubbot.output)")
        }()
        #expect(help.target == "tess")
        #expect(hubbot.output.contains("HubBot's nick is free (MONITOR)"), "\(hubbot.output)")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("an offer for an account goes to whoever is logged in as it, never to someone holding a nick of that name")
    func offerByAccount() async throws {
        let network = try InspircdServices.start()
        let sasl = "sasl:\n  mechanism: plain\n  account: hubbot\n  password: env:HUBBOT_IRC_PASSWORD"
        let environment = ["HUBBOT_IRC_PASSWORD": "hubbot-secret"]
        let hubbot = try IRCHubBot(port: network.port, irc: sasl)
        try await hubbot.start(environment: environment)
        // Alice's account, under the nick "ally", offers #statistics.
        let ally = try IRCTestClient(port: network.port, nick: "ally", sasl: ("alice", "alice-secret"))
        try ally.join("#hub")
        try ally.say("!interests add #statistics:3", to: "HubBot")
        try ally.waitForMessage(from: "HubBot", containing: "You now offer", timeout: 30)

        // HubBot restarts (what it knew of nicks is gone); mallory, not logged in, holds the nick "alice".
        #expect(try await hubbot.stop() == 0)
        try await hubbot.start(environment: environment)
        let mallory = try IRCTestClient(port: network.port, nick: "alice")
        try mallory.join("#hub")
        let (cora, offer) = try coraAsksAboutRegression(port: network.port, offerTo: ally)
        #expect(offer.target.lowercased() == "ally")
        try cora.waitForMessage(from: "HubBot", containing: "I've asked", timeout: 30)
        #expect(
            !mallory.received.contains { $0.sourceNick == "HubBot" && $0.command == "PRIVMSG" },
            "mallory got: \(mallory.received.map(\.text))"
        )
        #expect(try await hubbot.stop() == 0)
    }
}
