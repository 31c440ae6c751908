import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing
import Tickets

/// Faults to the ticket system, against a real Redmine and a scriptable webhook:
/// one ticket per fault, exactly once, whatever fails.
@Suite("Integration: faults to tickets", .enabled(if: SynapseEnvironment.shouldRun))
struct TicketTests {
    let http = HTTPClient()

    /// A running HubBot filing into Redmine through a proxy that misbehaves as `planned`
    /// (see Scripts/webhook-receiver.py), and Carol in a direct chat with it.
    func redmineBehindProxy(planned: [[String: any Sendable]], synapse: SynapseEnvironment, redmine: RedmineEnvironment)
        async throws -> (WebhookReceiver, HubBotProcess, Person)
    {
        let proxy = try await WebhookReceiver(forward: redmine.baseURL)
        try await proxy.plan(planned, http: http)
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            extra: redmine.ticketsYAML(url: "\(proxy.baseURL)/forward")
        )
        try await hubbot.start()
        return (proxy, hubbot, try await hubbot.person("carol", synapse: synapse, http: http))
    }

    func faultID(in message: SyncResponse.RoomEvent) throws -> String {
        try #require((message.content?.body ?? "").firstMatch(of: /(fault-\d+-[a-z0-9]{4})/).map { String($0.1) })
    }

    @Test("Redmine: a fault becomes one issue, a second report becomes a note on it, closing it tells both")
    func redmineStory() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http, extra: redmine.ticketsYAML())
        try await hubbot.start()
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)
        let dave = try await hubbot.person("dave", synapse: synapse, http: http)

        try await hubbot.say("the printer on the 3rd floor jams on every job, paper jam again", as: carol)
        let first = try await faultID(in: hubbot.waitForMessage(containing: "passing it on", to: carol))
        let filed = try await hubbot.waitForMessage(containing: "as ticket", to: carol)
        let ticket = try #require((filed.content?.body ?? "").firstMatch(of: /as ticket (\d+)/).map { String($0.1) })
        let found = try await redmine.issues(forFault: first, http: http)
        #expect(found.count == 1)
        #expect((found.first?["id"] as? Int).map(String.init) == ticket)

        try await hubbot.say("printer 3rd floor paper jam, can't print anything", as: dave)
        _ = try await hubbot.waitForMessage(containing: "already reported", to: dave)
        _ = try await hubbot.waitForMessage(containing: "as ticket \(ticket)", to: dave)
        let journals = try await http.execute(
            HTTPRequest(
                url: "\(redmine.baseURL)/issues/\(ticket).json?include=journals",
                headers: ["X-Redmine-API-Key": redmine.apiKey]
            )
        )
        #expect(String(decoding: journals.body, as: UTF8.self).contains("Also reported by"))

        var close = try HTTPRequest.json(
            .put,
            url: "\(redmine.baseURL)/issues/\(ticket).json",
            body: ["issue": ["status_id": 5]]
        )
        close.headers.add(name: "X-Redmine-API-Key", value: redmine.apiKey)
        #expect(try await http.execute(close).status == 204)
        _ = try await hubbot.waitForMessage(containing: "marked fixed", to: carol, timeout: .seconds(40))
        _ = try await hubbot.waitForMessage(containing: "marked fixed", to: dave, timeout: .seconds(120))
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "Redmine behind a proxy that loses the answer to a later report's note: one note, looked for before resending"
    )
    func lostNoteAnswer() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        let (proxy, hubbot, carol) = try await redmineBehindProxy(
            planned: [["method": "PUT", "drop_after_forward": true]],
            synapse: synapse,
            redmine: redmine
        )
        let dave = try await hubbot.person("dave", synapse: synapse, http: http)
        try await hubbot.say("the printer on the 3rd floor jams on every job, paper jam again", as: carol)
        let filed = try await hubbot.waitForMessage(containing: "as ticket", to: carol)
        let ticket = try #require((filed.content?.body ?? "").firstMatch(of: /as ticket (\d+)/).map { String($0.1) })
        try await hubbot.say("printer 3rd floor paper jam, can't print anything", as: dave)
        _ = try await hubbot.waitForMessage(containing: "as ticket \(ticket)", to: dave, timeout: .seconds(120))
        let journals = try await http.execute(
            HTTPRequest(
                url: "\(redmine.baseURL)/issues/\(ticket).json?include=journals",
                headers: ["X-Redmine-API-Key": redmine.apiKey]
            )
        )
        let notes = String(decoding: journals.body, as: UTF8.self).components(separatedBy: "Also reported by").count - 1
        let attempts = try await proxy.received(http: http)
        let seen = attempts.map { "\($0.method ?? "") \($0.path ?? "") \(String(describing: $0.answered))" }
        #expect(notes == 1, "notes on the issue: \(notes); \(seen)")
        #expect(attempts.contains { $0.method == "PUT" && $0.answered == .other("dropped") })
        #expect(
            attempts.contains { $0.method == "GET" && ($0.path ?? "").contains("include=journals") },
            "it looked first"
        )
        #expect(try await hubbot.stop() == 0)
    }

    @Test("Redmine behind a proxy that loses the first answer, and a SIGKILL mid-delivery: still one issue per fault")
    func lostAnswersAndKill() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        let (proxy, hubbot, carol) = try await redmineBehindProxy(
            planned: [["drop_after_forward": true]],
            synapse: synapse,
            redmine: redmine
        )

        try await hubbot.say("my vpn won't connect from home, globalprotect keeps failing", as: carol)
        let lost = try await faultID(in: hubbot.waitForMessage(containing: "passing it on", to: carol))
        _ = try await hubbot.waitForMessage(containing: "IT support has your report \(lost)", to: carol)
        #expect(
            try await redmine.issues(forFault: lost, http: http).count == 1,
            "the lost answer was reconciled, not repeated"
        )
        let attempts = try await proxy.received(http: http)
        #expect(attempts.contains { $0.answered == .other("dropped") })
        #expect(attempts.contains { $0.method == "GET" && ($0.path ?? "").contains("issues.json") }, "it looked first")

        // Several faults at once, and HubBot killed while delivering them.
        let faults = [
            "forgot my password and now my account is locked", "the wifi keeps dropping in meeting room 2",
            "outlook won't send any email since this morning",
        ]
        for text in faults { try await hubbot.say(text, as: carol) }
        _ = try await hubbot.waitForMessage(containing: "passing it on", to: carol)
        try await hubbot.kill()
        try await hubbot.start()
        let deadline = ContinuousClock.now + .seconds(60)
        var ids: [String] = []
        while ContinuousClock.now < deadline {
            ids = try await hubbot.messages(to: carol).compactMap { $0.content?.body }
                .filter { $0.contains("passing it on") }.compactMap {
                    $0.firstMatch(of: /(fault-\d+-[a-z0-9]{4})/).map { String($0.1) }
                }
            let filed = try await hubbot.messages(to: carol).compactMap { $0.content?.body }
                .filter { $0.contains("IT support has your report") }
            if ids.count == faults.count + 1, filed.count == faults.count + 1 { break }
            try await Task.sleep(for: .milliseconds(500))
        }
        #expect(ids.count == faults.count + 1, "\(hubbot.output)")
        for id in ids {
            #expect(try await redmine.issues(forFault: id, http: http).count == 1, "\(id) has exactly one issue")
        }
        #expect(try await hubbot.stop() == 0)
    }

    @Test("Redmine behind a proxy whose searches fail and whose answers are unreadable: one issue, its real number")
    func failedSearches() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        // The create reaches Redmine but its answer is lost; the searches then fail three ways
        // (503, 429, an HTML page) before one is answered. A second create in between would duplicate.
        let (proxy, hubbot, carol) = try await redmineBehindProxy(
            planned: [
                ["drop_after_forward": true], ["status": 503], ["status": 429, "retry_after": "1"],
                ["garble_after_forward": true],
            ],
            synapse: synapse,
            redmine: redmine
        )
        try await hubbot.say("my vpn won't connect from home, globalprotect keeps failing", as: carol)
        let fault = try await faultID(in: hubbot.waitForMessage(containing: "passing it on", to: carol))
        let filed = try await hubbot.waitForMessage(
            containing: "IT support has your report \(fault)",
            to: carol,
            timeout: .seconds(90)
        )
        let firstIssues = try await redmine.issues(forFault: fault, http: http)
        #expect(firstIssues.count == 1, "one issue, however the searches failed")
        let number = try #require((firstIssues.first?["id"] as? NSNumber)?.stringValue)
        #expect(filed.content?.body?.contains("as ticket \(number)") == true, "\(filed.content?.body ?? "")")
        let posts = try await proxy.received(http: http).filter { $0.method == "POST" }
        #expect(posts.count == 1, "no second create: \(posts.count)")

        // A create whose 2xx answer cannot be read: the number told is the one Redmine gave.
        try await proxy.plan([["garble_after_forward": true]], http: http)
        try await hubbot.say("forgot my password and now my account is locked", as: carol)
        var second = fault
        let deadline = ContinuousClock.now + .seconds(60)  // a hang guard
        while second == fault, ContinuousClock.now < deadline {
            let latest = try await hubbot.waitForMessage(containing: "passing it on", to: carol)
            second = try faultID(in: latest)
            if second == fault { try await Task.sleep(for: .milliseconds(300)) }
        }
        let told = try await hubbot.waitForMessage(containing: "IT support has your report \(second)", to: carol)
        let secondIssues = try await redmine.issues(forFault: second, http: http)
        #expect(secondIssues.count == 1)
        let secondNumber = try #require((secondIssues.first?["id"] as? NSNumber)?.stringValue)
        #expect(told.content?.body?.contains("as ticket \(secondNumber)") == true, "\(told.content?.body ?? "")")
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "a webhook: signed, one idempotency key per fault, 503/429/lost answers retried, Retry-After honoured; 400 and 410 tell the admins"
    )
    func webhook() async throws {
        let synapse = try SynapseEnvironment.require()
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        let receiver = try await WebhookReceiver(secret: secret)
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        let admin = try await FreshAccount("admin", on: synapse, http: http)
        let adminRoom = try await admin.client.createRoom(name: "IT admins", invite: [hubbot.bot.userID])
        try hubbot.appendConfig(
            """
            tickets:
              retry_initial_seconds: 1
              admin_room: "\(adminRoom)"
              callback_secrets: ["env:HUBBOT_TEST_CALLBACK_SECRET"]
              targets:
                hook:
                  preset: webhook
                  url: "\(receiver.baseURL)/hook"
                  signing_secrets: ["env:HUBBOT_TEST_WEBHOOK_SECRET"]
              routes:
                default: hook
            """
        )
        let callbackSecret = "whsec_" + Data("callback-secret-for-tests".utf8).base64EncodedString()
        try await hubbot.start(
            environment: ["HUBBOT_TEST_WEBHOOK_SECRET": secret, "HUBBOT_TEST_CALLBACK_SECRET": callbackSecret]
        )
        #expect(try await admin.client.waitUntilJoined(hubbot.bot.userID, room: adminRoom))
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)

        try await receiver.plan([["status": 503], ["status": 429, "retry_after": "2"], ["drop": true]], http: http)
        try await hubbot.say("the printer on floor 2 is jammed again", as: carol)
        let fault = try await faultID(in: hubbot.waitForMessage(containing: "passing it on", to: carol))
        _ = try await hubbot.waitForMessage(containing: "as ticket T-1", to: carol, timeout: .seconds(60))
        let attempts = try await receiver.received(http: http)
        #expect(attempts.count == 4, "503, 429, lost, then created")
        #expect(attempts.allSatisfy { $0.idempotency_key == fault && $0.webhook_id == fault })
        #expect(
            attempts.allSatisfy { $0.signature_valid == true },
            "every attempt verifies with the standardwebhooks library"
        )
        if attempts.count == 4 { #expect(attempts[2].time - attempts[1].time >= 1.9, "Retry-After: 2 was honoured") }

        // The ticket system calls back when it is fixed: unsigned and badly signed calls change nothing.
        let listener = try await hubbot.listenerURL()
        let callback = Data(#"{"fault_id": "\#(fault)", "status": "resolved"}"#.utf8)
        func post(_ headers: HTTPHeaders) async throws -> Int {
            var all = headers
            all.add(name: "Content-Type", value: "application/json")
            return try await http.execute(
                HTTPRequest(method: .post, url: "\(listener)/tickets/status", headers: all, body: callback)
            ).status
        }
        #expect(try await post([:]) == 401)
        let now = Date()
        let forged = WebhookSignature.headers(id: "cb-1", timestamp: now, body: callback, secrets: ["whsec_d3Jvbmc="])
        #expect(try await post(HTTPHeaders(forged.map { ($0.key, $0.value) })) == 401)
        let stale = WebhookSignature.headers(
            id: "cb-1",
            timestamp: now.addingTimeInterval(-3600),
            body: callback,
            secrets: [callbackSecret]
        )
        #expect(try await post(HTTPHeaders(stale.map { ($0.key, $0.value) })) == 401)
        #expect(try await hubbot.messages(to: carol).allSatisfy { $0.content?.body?.contains("marked fixed") != true })
        let signed = WebhookSignature.headers(id: "cb-2", timestamp: now, body: callback, secrets: [callbackSecret])
        #expect(try await post(HTTPHeaders(signed.map { ($0.key, $0.value) })) == 202)
        _ = try await hubbot.waitForMessage(containing: "marked fixed", to: carol)

        try await receiver.plan([["status": 400]], http: http)
        try await hubbot.say("my laptop screen is cracked and flickers", as: carol)
        _ = try await hubbot.waitForMessage(containing: "couldn't pass", to: carol)
        try await waitForAdminMessage(containing: "HTTP 400", in: adminRoom, admin: admin, hubbot: hubbot)

        try await receiver.plan([["status": 410]], http: http)
        try await hubbot.say("vpn is down, can't connect at all", as: carol)
        try await waitForAdminMessage(containing: "410", in: adminRoom, admin: admin, hubbot: hubbot)
        let before = try await receiver.received(http: http).count
        try await hubbot.say("the wifi in the canteen is not working", as: carol)
        try await waitForAdminMessage(containing: "switched off", in: adminRoom, admin: admin, hubbot: hubbot, count: 2)
        #expect(try await receiver.received(http: http).count == before, "a switched-off route gets no more requests")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a 10 MB status callback gets 413 and a closed connection, not a stalled upload; HubBot keeps answering")
    func oversizedCallback() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try hubbot.appendConfig(
            """
            tickets:
              callback_secrets: ["env:HUBBOT_TEST_CALLBACK_SECRET"]
            """
        )
        try await hubbot.start(environment: [
            "HUBBOT_TEST_CALLBACK_SECRET": "whsec_" + Data("s".utf8).base64EncodedString()
        ])
        let listener = try await hubbot.listenerURL()
        let huge = Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024)
        for chunked in [false, true] {
            var request = HTTPRequest(
                method: .post,
                url: "\(listener)/tickets/status",
                headers: ["Content-Type": "application/json"],
                body: huge,
                timeout: .seconds(60)  // a hang guard: a stalled upload fails here instead of answering
            )
            // Without a length the listener only learns the size by reading.
            if chunked { request.headers.add(name: "Transfer-Encoding", value: "chunked") }
            let response = try await http.execute(request)
            #expect(response.status == 413, "chunked: \(chunked)")
        }
        // A client that sends the whole body before it reads (as Python's requests does).
        let port = try #require(listener.split(separator: ":").last.flatMap { Int($0) })
        let client = try ChildProcess("/usr/bin/env", arguments: ["python3", "-c", Self.sendsWholeBody, "\(port)"])
        #expect(try await client.waitForExit(timeout: .seconds(90)), "the upload stalled")
        #expect(client.text.contains("413"), "\(client.text)")
        let health = try await http.execute(HTTPRequest(url: "\(listener)/healthz"))
        #expect(health.status == 200)
        #expect(try await hubbot.stop() == 0)
    }

    /// Posts 10 MB to the listener's callback path, then prints the start of the answer.
    static let sendsWholeBody = """
        import socket, sys
        s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=60)
        size = 10 * 1024 * 1024
        head = "POST /tickets/status HTTP/1.1\\r\\nHost: hubbot\\r\\nContent-Type: application/json\\r\\n"
        s.sendall((head + "Content-Length: %d\\r\\n\\r\\n" % size).encode())
        try:
            s.sendall(b"x" * size)
        except OSError as error:
            print("the server closed the upload:", error)
        print(s.recv(100))
        """

    func waitForAdminMessage(
        containing text: String,
        in room: String,
        admin: FreshAccount,
        hubbot: HubBotProcess,
        count: Int = 1
    ) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let found = try await admin.client.recentEvents(in: room).filter {
                $0.sender == hubbot.bot.userID && $0.content?.body?.contains(text) == true
            }
            if found.count >= count { return }
            try await Task.sleep(for: .milliseconds(300))
        }
        throw TestServerError("the admins were not told “\(text)”:\n\(hubbot.output)")
    }
}
