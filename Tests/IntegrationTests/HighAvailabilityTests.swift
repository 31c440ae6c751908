import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// Two HubBot processes on one PostgreSQL and the test Synapse: one leads, the other stands by;
/// the leader is killed again and again, or paused past its lease, in the middle of a
/// conversation, and every message is still answered exactly once.
@Suite("High availability: instances on PostgreSQL elect a leader", .serialized)
struct HighAvailabilityTests {
    let http = HTTPClient()

    /// Both instances' config: PostgreSQL at the URL in the environment (its `search_path` a
    /// schema of the test's own), a short lease.
    static func storage(lease: Int) -> String {
        """
        storage:
          postgres:
            url: "env:HUBBOT_DATABASE_URL"
            lease_seconds: \(lease)
        """
    }

    /// One HubBot process of the pair, started with the shared config.
    final class Instance {
        let process: ChildProcess

        init(_ hubbot: HubBotProcess, databaseURL: String) throws {
            process = try ChildProcess(
                try ProjectPaths.hubbotExecutable(),
                arguments: ["run", "--config", hubbot.configPath],
                environment: [
                    "HUBBOT_TEST_TOKEN": hubbot.token, "HUBBOT_DATABASE_URL": databaseURL,
                    // The instances share the stored encryption keys, so they share the key that protects them.
                    "HUBBOT_PICKLE_KEY": "ha-test-pickle-key-0123456789",
                ]
            )
        }

        var leads: Bool { process.isRunning && process.text.contains("leading") }
        /// Leads and has its chat running.
        var leadsAndListens: Bool { leads && process.text.contains("waiting for messages") }
        var standsBy: Bool { process.isRunning && !leads && process.text.contains("standby") }
    }

    static func databaseURL() throws -> String {
        let url = try #require(
            ProcessInfo.processInfo.environment["HUBBOT_TEST_POSTGRES_URL"],
            "HUBBOT_TEST_POSTGRES_URL is not set: run Scripts/test.sh, which starts PostgreSQL"
        )
        return url + (url.contains("?") ? "&" : "?") + "search_path=ha\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Waits until one of `instances` leads and has its chat running; that one.
    /// `timeout` is a hang guard: once, with the whole suite running beside it, a first instance
    /// logged nothing after "starting" for the 89 s the guard then allowed.
    static func leader(of instances: [Instance], timeout: Duration = .seconds(240)) async throws -> Instance {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let leader = instances.first(where: \.leadsAndListens) {
                return leader
            }
            if instances.allSatisfy({ !$0.process.isRunning }) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestServerError(
            "no instance leads:\n" + instances.map { String($0.process.text.suffix(3000)) }.joined(separator: "\n---\n")
        )
    }

    /// A leader and a standby on `url` with a `lease`, and a colleague's direct chat with them.
    func startPair(
        url: String,
        lease: Int,
        extra: String = ""
    ) async throws -> (HubBotProcess, [Instance], FreshAccount, String) {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            matrix: "  pickle_key: env:HUBBOT_PICKLE_KEY",
            extra: extra,
            storage: Self.storage(lease: lease)
        )
        let first = try Instance(hubbot, databaseURL: url)
        _ = try await Self.leader(of: [first])
        var pair = [first, try Instance(hubbot, databaseURL: url)]
        try await Self.settle(&pair, hubbot: hubbot, url: url)
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let room = try await colleague.client.createRoom(name: "Question", invite: [hubbot.bot.userID], isDirect: true)
        #expect(try await colleague.client.waitUntilJoined(hubbot.bot.userID, room: room))
        return (hubbot, pair, colleague, room)
    }

    @Test("the leader is killed with SIGKILL 30 times during a storm: every message is answered exactly once")
    func killTheLeaderAgainAndAgain() async throws {
        let url = try Self.databaseURL()
        let (hubbot, pair, colleague, room) = try await startPair(url: url, lease: 3)
        var instances = pair

        var sent: [String] = []
        var takeovers: [Duration] = []
        for round in 1...30 {
            for index in 1...2 {
                sent.append(
                    try await colleague.client.sendText(
                        "storm message \(round).\(index)",
                        to: room,
                        transactionID: "storm-\(round)-\(index)",
                        notice: false
                    )
                )
            }
            // One that stepped down by itself (a renewal starved on a busy machine) comes back.
            try Self.supervise(&instances, hubbot: hubbot, url: url)
            let leader = try await Self.leader(of: instances)
            leader.process.signal(SIGKILL)
            let killed = ContinuousClock.now
            #expect(try await leader.process.waitForExit(timeout: .seconds(30)))
            // Its supervisor starts it again: as a standby now.
            instances.removeAll { $0 === leader }
            instances.append(try Instance(hubbot, databaseURL: url))
            _ = try await Self.leader(of: instances)
            takeovers.append(ContinuousClock.now - killed)
        }
        let replies = try await colleague.client.waitForReplies(
            from: hubbot.bot.userID,
            in: room,
            timeout: .seconds(120)
        ) { Set($0.compactMap(\.answers)).isSuperset(of: sent) }
        let answered = replies.compactMap(\.answers)
        #expect(Set(answered) == Set(sent), "every message answered")
        #expect(answered.count == sent.count, "none twice: \(answered.count) answers for \(sent.count) messages")
        let sorted = takeovers.sorted()
        print(
            "HA takeover after SIGKILL (lease 3 s), \(sorted.count) times: median \(sorted[sorted.count / 2]), max \(sorted.last!)"
        )
        try await Self.stop(instances.filter(\.process.isRunning), expecting: 0)
    }

    @Test(
        "a leader paused past its lease, in the middle of filing a fault, never sends, files or commits after the takeover, and steps down when it wakes"
    )
    func pausedLeaderStepsDown() async throws {
        let url = try Self.databaseURL()
        let receiver = try await WebhookReceiver(deduplicating: false)
        let (hubbot, pair, colleague, room) = try await startPair(
            url: url,
            lease: 5,
            extra: receiver.ticketsYAML()
        )
        let (a, b) = (pair[0], pair[1])

        // A fault whose ticket request takes 3 s to answer: the leader freezes (SIGSTOP) while
        // it waits, with another message on its way in; the standby takes over.
        try await receiver.plan([["sleep": 3]], http: http)
        var sent = [
            try await colleague.client.sendText(
                "the printer on floor 2 is jammed and won't print",
                to: room,
                transactionID: "p-0",
                notice: false
            )
        ]
        let requested = ContinuousClock.now + .seconds(60)
        while try await receiver.received(http: http).isEmpty, ContinuousClock.now < requested {
            try await Task.sleep(for: .milliseconds(20))
        }
        a.process.signal(SIGSTOP)
        let paused = ContinuousClock.now
        sent.append(try await colleague.client.sendText("while paused", to: room, transactionID: "p-1", notice: false))
        _ = try await Self.leader(of: [b])
        let takeover = ContinuousClock.now - paused
        print("HA takeover after SIGSTOP (lease 5 s): \(takeover)")
        for index in 2...4 {
            sent.append(
                try await colleague.client.sendText(
                    "after \(index)",
                    to: room,
                    transactionID: "p-\(index)",
                    notice: false
                )
            )
        }
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room, timeout: .seconds(60)) {
            Set($0.compactMap(\.answers)).isSuperset(of: sent)
        }
        // The old leader wakes up where it was: it must not act, and it leaves by itself.
        a.process.signal(SIGCONT)
        #expect(try await a.process.waitForExit(timeout: .seconds(60)), "the old leader stepped down")
        #expect(a.process.exitCode == 75, "\(a.process.text.suffix(2000))")
        #expect(a.process.text.contains("stepping down"), "\(a.process.text.suffix(2000))")
        let chat = Person(account: colleague, room: room)
        try await hubbot.waitForMessages(containing: "as ticket", count: 1, to: chat, timeout: .seconds(60))
        try await Task.sleep(for: .seconds(2))
        let replies = try await colleague.client.replies(from: hubbot.bot.userID, in: room)
        let answered = replies.compactMap(\.answers)
        #expect(Set(answered) == Set(sent), "every message answered")
        // Each message once, and the fault a second time with its ticket's number.
        #expect(
            answered.count == sent.count + 1,
            "none twice: \(answered.count) answers for \(sent.count) messages and one ticket"
        )
        // The fault reached the ticket system once, and its number was told once.
        let tickets = try await receiver.tickets(http: http)
        #expect(tickets.count == 1, "one ticket, not \(tickets.count): \(tickets.map(\.fault))")
        let told = try await hubbot.waitForMessages(containing: "as ticket", count: 1, to: chat).count
        #expect(told == 1, "the ticket's number told once, not \(told) times")
        // /readyz tells the two apart: ready on the leader, "standby" on the other.
        var rest = [b, try Instance(hubbot, databaseURL: url)]
        try await Self.settle(&rest, hubbot: hubbot, url: url)
        let base = try await Self.listener(of: rest[1])
        let standby = try await http.execute(HTTPRequest(method: .get, url: "\(base)/readyz"))
        #expect(standby.status == 503)
        #expect(standby.text.contains("standby (leader: "), "\(standby.text)")
        let health = try await http.execute(HTTPRequest(method: .get, url: "\(base)/healthz"))
        #expect(health.status == 200)
        try await Self.stop(rest, expecting: 0)
    }

    @Test(
        "PostgreSQL restarted, then down for 20 s, under load: the instances come back and nothing is lost or doubled"
    )
    func databaseOutage() async throws {
        // A server of this test's own: stopping the shared one would stop the other tests' stores.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-pg-\(UUID())").path
        defer {
            _ = try? ProjectScript.run("postgres.sh", ["wipe", folder])
        }
        let url = try ProjectScript.run("postgres.sh", ["start", folder])
        #expect(url.hasPrefix("postgres://"))
        let (hubbot, pair, colleague, room) = try await startPair(url: url, lease: 3)
        var instances = pair
        var sent: [String] = []
        func say(_ text: String) async throws {
            sent.append(try await colleague.client.sendText(text, to: room, transactionID: text, notice: false))
        }
        for index in 1...4 { try await say("before \(index)") }
        _ = try ProjectScript.run("postgres.sh", ["restart", folder])
        for index in 1...4 { try await say("after the restart \(index)") }
        _ = try ProjectScript.run("postgres.sh", ["stop", folder])
        for index in 1...4 {
            try await say("while down \(index)")
            try await Task.sleep(for: .seconds(5))
            try Self.supervise(&instances, hubbot: hubbot, url: url)
        }
        _ = try ProjectScript.run("postgres.sh", ["start", folder])
        for index in 1...4 { try await say("back \(index)") }
        let deadline = ContinuousClock.now + .seconds(120)
        var answered: [String] = []
        while ContinuousClock.now < deadline {
            try Self.supervise(&instances, hubbot: hubbot, url: url)
            answered = try await colleague.client.replies(from: hubbot.bot.userID, in: room).compactMap(\.answers)
            if Set(answered).isSuperset(of: sent) { break }
            try await Task.sleep(for: .seconds(1))
        }
        #expect(Set(answered) == Set(sent), "every message answered")
        #expect(answered.count == sent.count, "none twice: \(answered.count) answers for \(sent.count) messages")
        try await Self.stop(instances.filter(\.process.isRunning))
    }

    @Test(
        "three instances, the leader killed at every step of the hub's work: each fault filed once, each offer accepted once, each introduction made once"
    )
    func threeInstancesThroughTheHub() async throws {
        let url = try Self.databaseURL()
        let synapse = try SynapseEnvironment.require()
        // Like most ticket systems, the receiver makes a new ticket for every create it is sent.
        let receiver = try await WebhookReceiver(deduplicating: false)
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            matrix: "  pickle_key: env:HUBBOT_PICKLE_KEY",
            extra: receiver.ticketsYAML(),
            storage: Self.storage(lease: 3)
        )
        var instances = [try Instance(hubbot, databaseURL: url)]
        _ = try await Self.leader(of: instances)
        for _ in 1...2 { instances.append(try Instance(hubbot, databaseURL: url)) }
        try await Self.settle(&instances, hubbot: hubbot, url: url)
        let alice = try await hubbot.person("alice", synapse: synapse, http: http)
        let bob = try await hubbot.person("bob", synapse: synapse, http: http)
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)
        for specialist in [alice, bob] {
            try await hubbot.say("!interests add #statistics:2", as: specialist)
            _ = try await hubbot.waitForMessage(containing: "You now offer", to: specialist)
        }
        /// Kills the leader (SIGKILL) after `delay`; its supervisor starts it again as a standby.
        func killTheLeader(after delay: Int) async throws {
            try await Task.sleep(for: .milliseconds(delay))
            try Self.supervise(&instances, hubbot: hubbot, url: url)
            let leader = try await Self.leader(of: instances)
            leader.process.signal(SIGKILL)
            #expect(try await leader.process.waitForExit(timeout: .seconds(30)))
            instances.removeAll { $0 === leader }
            instances.append(try Instance(hubbot, databaseURL: url))
        }

        // Faults of different kinds: the same one twice would join the first one's ticket.
        let faultReports = [
            "the printer on floor 2 is jammed and won't print", "vpn won't connect from home since this morning",
            "I forgot my password and now my account is locked", "my laptop screen is cracked and flickers",
            "the wifi in the canteen is not working",
        ]
        let delays = [0, 150, 400, 800, 1500]
        var numbers: [String] = []
        for (round, delay) in delays.enumerated() {
            // A fault; the leader dies while filing it.
            try await hubbot.say("round \(round): \(faultReports[round])", as: carol)
            try await killTheLeader(after: delay)
            try await hubbot.waitForMessages(containing: "passing it on", count: round + 1, to: carol)

            // A question for "anyone"; both specialists accept at once and the leader dies again.
            try await hubbot.say(
                "round \(round): which statistics test tells me if the survey difference is significant?",
                as: carol
            )
            try await hubbot.waitForMessages(containing: "these people know about it", count: round + 1, to: carol)
            try await hubbot.say("anyone", as: carol)
            let offer = try await hubbot.waitForMessage(containing: "round \(round):", to: alice)
            _ = try await hubbot.waitForMessage(containing: "round \(round):", to: bob)
            let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })
            numbers.append(number)
            let accept = "!accept \(number)"
            async let aliceAccepts = alice.account.client.sendText(
                accept,
                to: alice.room,
                transactionID: UUID().uuidString,
                notice: false
            )
            async let bobAccepts = bob.account.client.sendText(
                accept,
                to: bob.room,
                transactionID: UUID().uuidString,
                notice: false
            )
            _ = try await (aliceAccepts, bobAccepts)
            try await killTheLeader(after: delay)
            _ = try await hubbot.waitForMessage(containing: "accepted request \(number)", to: carol)
            var winners: [Person] = []
            for specialist in [alice, bob]
            where try await hubbot.messages(to: specialist).contains(where: {
                $0.content?.body?.contains("Request \(number) is yours") == true
            }) {
                winners.append(specialist)
            }
            #expect(winners.count == 1, "round \(round): exactly one specialist wins request \(number)")
            if let winner = winners.first {
                try await hubbot.say("!done \(number)", as: winner)
                try await hubbot.waitForMessages(containing: "How was your conversation", count: round + 1, to: carol)
            }
        }

        // Every fault reached the ticket system once, and carol heard of each once.
        let carolHeard = try await hubbot.messages(to: carol).compactMap(\.content?.body)
        let faults = Set(carolHeard.compactMap { $0.firstMatch(of: /(fault-\d+-[a-z0-9]{4})/).map { String($0.1) } })
        #expect(faults.count == delays.count, "one fault per round: \(faults.sorted())")
        let deadline = ContinuousClock.now + .seconds(60)
        var tickets = try await receiver.tickets(http: http)
        while Set(tickets.map(\.fault)) != faults, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(300))
            tickets = try await receiver.tickets(http: http)
        }
        #expect(Set(tickets.map(\.fault)) == faults, "every fault filed")
        #expect(tickets.count == faults.count, "none filed twice: \(tickets.map(\.fault).sorted())")
        #expect(carolHeard.filter { $0.contains("passing it on") }.count == delays.count, "each fault answered once")
        // Each request was accepted once: one room each, and one "is yours" between the two.
        #expect(try await hubbot.invites(of: carol).count == delays.count, "one introduction per request")
        for number in numbers {
            var yours = 0
            for specialist in [alice, bob] {
                yours += try await hubbot.messages(to: specialist).filter {
                    $0.content?.body?.contains("Request \(number) is yours") == true
                }.count
            }
            #expect(yours == 1, "request \(number) accepted once, not \(yours) times")
        }
        try await Self.stop(instances.filter(\.process.isRunning))
    }

    @Test("doctor on PostgreSQL: the connection, the schema and who leads, read-only; a wrong password fails")
    func doctorOnPostgres() async throws {
        let url = try Self.databaseURL()
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            matrix: "  pickle_key: env:HUBBOT_PICKLE_KEY",
            storage: Self.storage(lease: 5)
        )
        func doctor(databaseURL: String) async throws -> (Int32, String, [String: [String: String]]) {
            let process = try ChildProcess(
                try ProjectPaths.hubbotExecutable(),
                arguments: ["doctor", "--config", hubbot.configPath, "--format", "json"],
                environment: [
                    "HUBBOT_TEST_TOKEN": hubbot.token, "HUBBOT_DATABASE_URL": databaseURL,
                    "HUBBOT_PICKLE_KEY": "ha-test-pickle-key-0123456789",
                ]
            )
            #expect(try await process.waitForExit(timeout: .seconds(120)))
            let text = process.text
            let start = try #require(text.firstIndex(of: "{"), "no JSON: \(text)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(text[start...].utf8)) as? [String: Any]
            )
            var findings: [String: [String: String]] = [:]
            for finding in report["findings"] as? [[String: Any]] ?? [] {
                if let check = finding["check"] as? String {
                    findings[check] = finding.compactMapValues { $0 as? String }
                }
            }
            return (process.exitCode, text, findings)
        }

        // Before any instance started: reachable, no schema yet, and doctor creates none.
        let (fresh, freshText, before) = try await doctor(databaseURL: url)
        #expect(fresh == 0, "\(freshText)")
        #expect(before["database"]?["status"] == "ok", "\(freshText)")
        #expect(before["database"]?["detail"]?.contains("PostgreSQL") == true, "\(freshText)")
        #expect(before["schema"]?["detail"]?.contains("no HubBot schema yet") == true, "\(freshText)")
        let (_, _, still) = try await doctor(databaseURL: url)
        #expect(still["schema"]?["detail"]?.contains("no HubBot schema yet") == true, "doctor created nothing")
        let password = try #require(URLComponents(string: url)?.password)
        #expect(!freshText.contains(password), "the password is never shown")

        // With an instance leading: the schema and the leader.
        let instance = try Instance(hubbot, databaseURL: url)
        _ = try await Self.leader(of: [instance])
        let (running, runningText, after) = try await doctor(databaseURL: url)
        #expect(running == 0, "\(runningText)")
        #expect(after["schema"]?["detail"]?.contains("database schema") == true, "\(runningText)")
        #expect(after["running"]?["detail"]?.contains("leads (term 1)") == true, "\(runningText)")

        // A wrong password: the database check fails and says what the server said.
        let wrong = url.replacingOccurrences(of: ":\(password)@", with: ":not-the-password@")
        let (failed, failedText, broken) = try await doctor(databaseURL: wrong)
        #expect(failed == 1, "\(failedText)")
        #expect(broken["database"]?["status"] == "failed", "\(failedText)")
        #expect(broken["database"]?["fix"]?.contains("password") == true, "\(failedText)")
        try await Self.stop([instance])
    }

    /// Stops `instances` with SIGTERM, as a supervisor would; each must leave within a minute,
    /// with the exit status `expecting` when one is given.
    static func stop(_ instances: [Instance], expecting status: Int32? = nil) async throws {
        for instance in instances {
            instance.process.signal(SIGTERM)
            #expect(
                try await instance.process.waitForExit(timeout: .seconds(60)),
                "still running 60 s after SIGTERM:\n\(instance.process.text.suffix(6000))"
            )
            if let status {
                #expect(instance.process.exitCode == status, "\(instance.process.text.suffix(2000))")
            }
        }
    }

    /// Like systemd's Restart=on-failure: an instance that stepped down (exit 75) starts again,
    /// as a standby.
    /// Waits until one of `instances` leads with its chat running and all the others stand by,
    /// restarting any that stepped down as their supervisor would; orders them leader first. On a
    /// busy machine a leader may miss a short lease while another starts: it steps down and exits,
    /// as it must, the other leads, and the first comes back as a standby.
    static func settle(
        _ instances: inout [Instance],
        hubbot: HubBotProcess,
        url: String,
        timeout: Duration = .seconds(120)
    ) async throws {
        let deadline = ContinuousClock.now + timeout  // a hang guard
        while ContinuousClock.now < deadline {
            try supervise(&instances, hubbot: hubbot, url: url)
            if let leader = instances.first(where: \.leadsAndListens),
                instances.allSatisfy({ $0 === leader || $0.standsBy })
            {
                instances = [leader] + instances.filter { $0 !== leader }
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestServerError(
            "not one leader and the others standing by:\n"
                + instances.map { String($0.process.text.suffix(3000)) }.joined(separator: "\n---\n")
        )
    }

    static func supervise(_ instances: inout [Instance], hubbot: HubBotProcess, url: String) throws {
        for (index, instance) in instances.enumerated() where !instance.process.isRunning {
            #expect(instance.process.exitCode == 75, "\(instance.process.text.suffix(2000))")
            instances[index] = try Instance(hubbot, databaseURL: url)
        }
    }

    static func listener(of instance: Instance) async throws -> String {
        guard try await instance.process.waitForOutput("HTTP listener ready", timeout: .seconds(60)),
            let line = instance.process.text.split(separator: "\n").last(where: { $0.contains("HTTP listener ready") }),
            let port = line.firstMatch(of: /http\.address=\S*:(\d+)/).map({ String($0.1) })
        else { throw TestServerError("no HTTP listener in the log:\n\(instance.process.text)") }
        return "http://127.0.0.1:\(port)"
    }
}
