import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// What operators rely on: `/readyz` follows the homeserver, `/metrics` is
/// Prometheus text whose counters move with the hub's work, and SIGTERM in the
/// middle of a burst loses nothing.
@Suite("Integration: operations", .enabled(if: SynapseEnvironment.shouldRun))
struct OperationsTests {
    let http = HTTPClient()

    @Test("/readyz turns unready when Synapse stops and ready when it returns; /metrics counters move after a story")
    func readinessAndMetrics() async throws {
        let scripted = try ScriptedSynapse(profile: "test")
        let synapse = SynapseEnvironment(baseURL: scripted.baseURL)
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let base = try await hubbot.listenerURL()
        let ready = try await waitForStatus(200, of: "\(base)/readyz")
        let why = try? await http.execute(HTTPRequest(method: .get, url: "\(base)/readyz")).text
        #expect(ready, "ready once the first sync succeeded: \(why ?? "no answer")")

        let before = try await metrics(base)
        #expect(before["hubbot_inbox_depth"] != nil, "queue depths are exported: \(before.keys.sorted())")
        #expect(before["hubbot_sync_lag_seconds{network=\"matrix\"}"] != nil)

        let alice = try await hubbot.person("alice", synapse: synapse, http: http)
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)
        try await hubbot.say("!interests add #statistics", as: alice)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: alice)
        try await hubbot.say("who can help me with a regression analysis of our survey?", as: carol)
        _ = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
        try await hubbot.say("1", as: carol)
        let offer = try await hubbot.waitForMessage(containing: "!accept", to: alice)
        let number = try #require(offer.content?.body?.firstMatch(of: /!accept (\d+)/).map { String($0.1) })
        try await hubbot.say("!accept \(number)", as: alice)
        _ = try await hubbot.waitForMessage(containing: "accepted request \(number)", to: carol)

        let after = try await metrics(base)
        func value(_ key: String, in sample: [String: Double]) -> Double { sample[key] ?? 0 }
        for key in [
            "hubbot_triage_decisions_total{label=\"interest\"}", "hubbot_offers_total{outcome=\"sent\"}",
            "hubbot_offers_total{outcome=\"accepted\"}", "hubbot_request_to_accept_seconds_count",
        ] {
            #expect(value(key, in: after) >= value(key, in: before) + 1, "\(key) moved")
        }
        #expect(
            value("hubbot_messages_in_total{network=\"matrix\"}", in: after)
                >= value("hubbot_messages_in_total{network=\"matrix\"}", in: before) + 4
        )
        #expect(
            value("hubbot_messages_out_total{network=\"matrix\"}", in: after)
                >= value("hubbot_messages_out_total{network=\"matrix\"}", in: before) + 4
        )

        try scripted.stop()
        #expect(try await waitForStatus(503, of: "\(base)/readyz", timeout: .seconds(120)), "unready while down")
        let body = try await http.execute(HTTPRequest(method: .get, url: "\(base)/readyz")).text
        #expect(body.contains("matrix"), "the reason names the network: \(body)")
        try scripted.restart()
        #expect(try await waitForStatus(200, of: "\(base)/readyz", timeout: .seconds(90)), "ready again")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a second HubBot on the same database refuses to start, naming the first; once it stops, one can start")
    func singleInstance() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let second = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["run", "--config", hubbot.configPath],
            environment: ["HUBBOT_TEST_TOKEN": hubbot.token]
        )
        #expect(try await second.waitForExit(timeout: .seconds(60)), "the second HubBot kept running")
        #expect(second.exitCode == 1)
        let complaint = second.text.split(separator: "\n").filter { $0.contains("another HubBot is running on") }
        #expect(complaint.count == 1, "\(second.text)")
        #expect(
            complaint.first?.contains("pid \(hubbot.current?.processIdentifier ?? 0) on ") == true,
            "\(second.text)"
        )
        #expect(!second.text.contains("waiting for messages"))
        #expect(hubbot.current?.isRunning == true)

        // The first stops (even by SIGKILL): the lease goes with it, and it may start again at once.
        try await hubbot.kill()
        try await hubbot.start()

        // A copy of the config with another database, on the same account: refused too.
        let otherConfig = hubbot.directory.appendingPathComponent("other.yaml").path
        try String(contentsOfFile: hubbot.configPath, encoding: .utf8)
            .replacingOccurrences(
                of: try hubbot.storagePath,
                with: hubbot.directory.appendingPathComponent("other.sqlite").path
            )
            .write(toFile: otherConfig, atomically: true, encoding: .utf8)
        func other() throws -> ChildProcess {
            try ChildProcess(
                try ProjectPaths.hubbotExecutable(),
                arguments: ["run", "--config", otherConfig],
                environment: ["HUBBOT_TEST_TOKEN": hubbot.token]
            )
        }
        let copy = try other()
        #expect(try await copy.waitForExit(timeout: .seconds(60)), "the copy kept running")
        #expect(copy.exitCode == 1)
        #expect(copy.text.contains("another HubBot is running as \(hubbot.bot.userID) (pid "), "\(copy.text)")
        #expect(!copy.text.contains("waiting for messages"))

        // Stopped cleanly, the first gives the account up: the copy starts at once.
        #expect(try await hubbot.stop() == 0)
        let successor = try other()
        #expect(try await successor.waitForOutput("waiting for messages", timeout: .seconds(60)), "\(successor.text)")
        // Its database has no keys for this device, which has some: it runs, without encryption, and says why.
        #expect(successor.text.contains("already has other encryption keys"), "\(successor.text)")
        successor.signal(SIGTERM)
        #expect(try await successor.waitForExit(timeout: .seconds(60)))
    }

    @Test("SIGTERM in the middle of a burst: exits within 10 s; after a restart every message is answered once")
    func shutdownDuringBurst() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        var sent: [String] = []
        for index in 1...30 {
            sent.append(
                try await colleague.client.sendText(
                    "burst message \(index)",
                    to: room,
                    transactionID: "burst-\(index)",
                    notice: false
                )
            )
            if index == 15 {
                hubbot.signal(SIGTERM)
            }
        }
        let code = try await hubbot.stop()
        #expect(code == 0, "a clean exit:\n\(hubbot.output.suffix(2000))")
        try await hubbot.start()
        let replies = try await colleague.client.waitForReplies(
            from: hubbot.bot.userID,
            in: room,
            timeout: .seconds(60)
        ) { Set($0.compactMap(\.answers)).isSuperset(of: sent) }
        let answered = replies.compactMap(\.answers)
        #expect(Set(answered) == Set(sent), "every message answered")
        #expect(answered.count == sent.count, "none twice: \(answered.count) answers for \(sent.count) messages")
        let last = try await hubbot.stop()
        #expect(last == 0, "a clean exit after the restart:\n\(hubbot.output.suffix(3000))")
    }

    @Test("a log file rotated with SIGUSR1 loses no line; the token comes from hubbot.env beside the config")
    func logFileRotation() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        // As `hubbot account` leaves it: the token in the secrets file, not in the environment.
        let secrets = hubbot.directory.appendingPathComponent("hubbot.env").path
        try "HUBBOT_TEST_TOKEN=\(hubbot.token)\n".write(toFile: secrets, atomically: true, encoding: .utf8)
        let log = hubbot.directory.appendingPathComponent("hubbot.log").path
        let process = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["run", "--config", hubbot.configPath, "--log-file", log]
        )
        func logText(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        func waitForLog(_ path: String, _ fragment: String) async throws {
            let deadline = ContinuousClock.now + .seconds(120)
            while !logText(path).contains(fragment), process.isRunning, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
            guard logText(path).contains(fragment) else {
                throw TestServerError("no “\(fragment)” in \(path):\n\(logText(path))\noutput:\n\(process.text)")
            }
        }
        try await waitForLog(log, "waiting for messages")
        #expect(!process.text.contains("waiting for messages"), "the log goes to the file only: \(process.text)")

        // logrotate moves the file away and sends SIGUSR1; what HubBot logs next goes to a new file.
        try FileManager.default.moveItem(atPath: log, toPath: log + ".1")
        process.signal(SIGUSR1)
        try await waitForLog(log, "log file reopened")
        let (colleague, room) = try await hubbot.directChat(synapse: synapse, http: http)
        _ = try await colleague.client.sendText("!help", to: room, transactionID: "help", notice: false)
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room, timeout: .seconds(60)) {
            !$0.isEmpty
        }
        process.signal(SIGTERM)
        #expect(try await process.waitForExit(timeout: .seconds(60)))
        #expect(process.exitCode == 0, "\(process.text)")
        let rotated = logText(log + ".1")
        let current = logText(log)
        #expect(rotated.contains("starting") && !rotated.contains("log file reopened"), "\(rotated)")
        #expect(current.contains("HubBot stopped") && !current.contains("starting"), "\(current)")
        #expect(current.hasSuffix("\n") && rotated.hasSuffix("\n"), "whole lines only")
        #expect(!(rotated + current).contains(hubbot.token), "the token is never logged")
    }

    /// Polls `url` until it answers `status`.
    private func waitForStatus(_ status: Int, of url: String, timeout: Duration = .seconds(45)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let response = try? await http.execute(HTTPRequest(method: .get, url: url)),
                response.status == status
            {
                return true
            }
            try await Task.sleep(for: .milliseconds(300))
        }
        return false
    }

    /// `/metrics`, checked line by line against the Prometheus text format, as `name{labels}` → value.
    private func metrics(_ base: String) async throws -> [String: Double] {
        let response = try await http.execute(HTTPRequest(method: .get, url: "\(base)/metrics"))
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain") == true)
        var samples: [String: Double] = [:]
        for line in response.text.split(separator: "\n") where !line.isEmpty {
            if line.hasPrefix("#") {
                #expect(line.hasPrefix("# TYPE ") || line.hasPrefix("# HELP "), "a comment line: \(line)")
                continue
            }
            let match = line.wholeMatch(of: /([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (\S+)/)
            guard let match, let value = Double(match.2) ?? (match.2 == "+Inf" ? .infinity : nil) else {
                Issue.record("not a Prometheus sample line: \(line)")
                continue
            }
            samples[String(match.1)] = value
        }
        return samples
    }
}
