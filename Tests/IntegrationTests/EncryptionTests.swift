import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// HubBot in end-to-end encrypted rooms, against a real Synapse with colleagues and
/// specialists on a real encrypting client (matrix-nio, `Scripts/e2ee-client.py`).
@Suite("Integration: end-to-end encrypted rooms", .enabled(if: SynapseEnvironment.shouldRun), .serialized)
struct EncryptionTests {
    let http = HTTPClient()

    /// A person on an encrypting client, in an encrypted direct chat with HubBot.
    struct Colleague {
        var account: FreshAccount
        var client: E2EEClient
        var room: String
    }

    func colleague(_ name: String, hubbot: HubBotProcess, synapse: SynapseEnvironment, asksForEncryption: Bool = true)
        async throws -> Colleague
    {
        let account = try await FreshAccount(name, on: synapse, http: http)
        let client = try await E2EEClient(
            account: account,
            synapse: synapse,
            store: hubbot.directory.appendingPathComponent("e2ee-\(account.name)")
        )
        let room = try await client.createDirectChat(with: hubbot.bot.userID, encrypted: asksForEncryption)
        return Colleague(account: account, client: client, room: room)
    }

    @Test(
        "encrypted DMs: ask → shortlist → pick → offer in the specialist's encrypted DM → accepted → encrypted introduction room both read; a second device reads the next reply"
    )
    func story() async throws {
        let synapse = try SynapseEnvironment.requireEncrypting()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let bot = hubbot.bot.userID
        let alice = try await colleague("alice", hubbot: hubbot, synapse: synapse)
        let carol = try await colleague("carol", hubbot: hubbot, synapse: synapse)
        defer {
            Task { [alice, carol] in
                await alice.client.quit()
                await carol.client.quit()
            }
        }
        #expect(try await alice.client.isEncrypted(alice.room))

        try await alice.client.say("!interests add #statistics:3", in: alice.room)
        let offered = try await alice.client.waitForMessage(containing: "You now offer", from: bot, in: alice.room)
        #expect(offered.encrypted, "HubBot answers in an encrypted room encrypted")

        let question = "can someone help me with the regression analysis for our staff survey?"
        let asked = try await carol.client.say(question, in: carol.room)
        let list = try await carol.client.waitForMessage(
            containing: "these people know about it",
            from: bot,
            in: carol.room,
            after: asked
        )
        #expect(list.encrypted)
        #expect(list.body.contains(alice.account.name), "\(list.body)")

        try await carol.client.say("1", in: carol.room)
        // The offer reaches alice in her encrypted DM, with the question as carol wrote it.
        let offer = try await alice.client.waitForMessage(containing: "!accept", from: bot, in: alice.room)
        #expect(offer.encrypted)
        #expect(offer.body.contains(question))
        let number = try #require(offer.body.firstMatch(of: /!accept (\d+)/).map { String($0.1) })
        try await alice.client.say("!accept \(number)", in: alice.room)
        _ = try await alice.client.waitForMessage(containing: "is yours", from: bot, in: alice.room)
        _ = try await carol.client.waitForMessage(containing: "accepted request \(number)", from: bot, in: carol.room)

        // The introduction room is encrypted from the start, and both read HubBot's first message in it.
        var meeting: [String] = []
        let deadline = ContinuousClock.now + .seconds(90)
        while meeting.isEmpty, ContinuousClock.now < deadline {
            meeting = try await carol.client.invitedRooms()
            if meeting.isEmpty { try await Task.sleep(for: .milliseconds(300)) }
        }
        let room = try #require(meeting.first, "carol was invited to the introduction room")
        #expect(try await carol.client.isEncrypted(room))
        let firstForCarol = try await carol.client.waitForMessage(containing: question, from: bot, in: room)
        let firstForAlice = try await alice.client.waitForMessage(containing: question, from: bot, in: room)
        #expect(firstForCarol.encrypted && firstForAlice.encrypted)

        // Carol logs in on a second device: HubBot's next reply reaches it too.
        let laptop = try await E2EEClient(
            account: carol.account,
            synapse: synapse,
            store: hubbot.directory.appendingPathComponent("e2ee-carol-laptop"),
            deviceID: "CAROLLAPTOP"
        )
        defer { Task { await laptop.quit() } }
        let status = try await laptop.say("!status", in: carol.room)
        let reply = try await laptop.waitForMessage(containing: "", from: bot, in: carol.room, after: status)
        #expect(reply.encrypted)
        let onPhone = try await carol.client.waitForMessage(containing: "", from: bot, in: carol.room, after: status)
        #expect(onPhone.eventID == reply.eventID, "both devices read the same reply")

        // Nothing HubBot said in these rooms was plaintext, and nothing was left unreadable.
        for (client, rooms) in [(carol.client, [carol.room, room]), (alice.client, [alice.room, room])] {
            for room in rooms {
                let fromBot = try await client.messages(in: room).filter { $0["sender"] as? String == bot }
                #expect(!fromBot.isEmpty)
                #expect(fromBot.allSatisfy { $0["encrypted"] as? Bool == true }, "\(fromBot)")
            }
            #expect(client.events("undecryptable").isEmpty, "\(client.events("undecryptable"))")
        }
        #expect(!hubbot.output.contains("skipped an encrypted"), "\(hubbot.output)")
    }

    @Test("10 SIGKILLs during an encrypted conversation: every message answered once, every reply readable")
    func killed() async throws {
        let synapse = try SynapseEnvironment.requireEncrypting()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let bot = hubbot.bot.userID
        let dana = try await colleague("dana", hubbot: hubbot, synapse: synapse)
        defer { Task { [dana] in await dana.client.quit() } }
        var asked: [String] = []
        for round in 0..<10 {
            asked.append(try await dana.client.say("!status", in: dana.room))
            // Killed at different moments: right after a message, and after its answer.
            if round.isMultiple(of: 2) {
                try await hubbot.kill()
            } else {
                _ = try await dana.client.waitForMessage(containing: "", from: bot, in: dana.room, after: asked.last)
                try await hubbot.kill()
            }
            asked.append(try await dana.client.say("!status", in: dana.room))
            try await hubbot.start()
        }
        // Every message gets exactly one answer (HubBot replies in a thread to the message).
        let deadline = ContinuousClock.now + .seconds(120)
        var answers: [String: Int] = [:]
        while ContinuousClock.now < deadline {
            let messages = try await dana.client.messages(in: dana.room).filter { $0["sender"] as? String == bot }
            answers = [:]
            for message in messages {
                let relation = message["relates_to"] as? [String: Any]
                let reply = (relation?["m.in_reply_to"] as? [String: Any])?["event_id"] as? String
                if let reply { answers[reply, default: 0] += 1 }
            }
            if asked.allSatisfy({ answers[$0] != nil }) { break }
            try await Task.sleep(for: .milliseconds(500))
        }
        for id in asked { #expect(answers[id] == 1, "message \(id) answered \(answers[id] ?? 0) times") }
        #expect(dana.client.events("undecryptable").isEmpty, "\(dana.client.events("undecryptable"))")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a fault reported in an encrypted DM becomes one ticket, and the colleague reads the news encrypted")
    func fault() async throws {
        let synapse = try SynapseEnvironment.requireEncrypting()
        let receiver = try await WebhookReceiver(secret: nil)
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            extra: receiver.ticketsYAML(lookup: false)
        )
        try await hubbot.start()
        let bot = hubbot.bot.userID
        let erin = try await colleague("erin", hubbot: hubbot, synapse: synapse)
        defer { Task { [erin] in await erin.client.quit() } }
        let reported = try await erin.client.say("the printer on floor 2 is jammed again", in: erin.room)
        let passed = try await erin.client.waitForMessage(
            containing: "passing it on",
            from: bot,
            in: erin.room,
            after: reported
        )
        #expect(passed.encrypted)
        let fault = try #require(passed.body.firstMatch(of: /(fault-\d+-[a-z0-9]{4})/).map { String($0.1) })
        let filed = try await erin.client.waitForMessage(
            containing: "as ticket",
            from: bot,
            in: erin.room,
            after: reported
        )
        #expect(filed.encrypted)
        let attempts = try await receiver.received(http: http)
        #expect(attempts.count == 1)
        #expect(attempts.allSatisfy { $0.idempotency_key == fault })
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "a device that leaves gets no later room key: HubBot's next reply uses a new session, the remaining device reads it"
    )
    func rotation() async throws {
        let synapse = try SynapseEnvironment.requireEncrypting()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let bot = hubbot.bot.userID
        let hana = try await colleague("hana", hubbot: hubbot, synapse: synapse)
        defer { Task { [hana] in await hana.client.quit() } }
        let tablet = try await E2EEClient(
            account: hana.account,
            synapse: synapse,
            store: hubbot.directory.appendingPathComponent("e2ee-hana-tablet"),
            deviceID: "HANATABLET"
        )
        let first = try await tablet.say("!status", in: hana.room)
        _ = try await tablet.waitForMessage(containing: "", from: bot, in: hana.room, after: first)
        let before = try await sessions(of: bot, in: hana.room, reader: hana.account)
        #expect(before.count == 1, "one session so far: \(before)")

        // The tablet is signed out and deleted, as "Sign out of this session" in Element does.
        await tablet.quit()
        try await deleteDevice("HANATABLET", of: hana.account, synapse: synapse)

        let second = try await hana.client.say("!status", in: hana.room)
        let reply = try await hana.client.waitForMessage(containing: "", from: bot, in: hana.room, after: second)
        #expect(reply.encrypted)
        let after = try await sessions(of: bot, in: hana.room, reader: hana.account)
        #expect(after.count == 2, "a new session once a device left: \(after)")
    }

    /// The Megolm session ids of `sender`'s encrypted events in `room`, oldest first, as the homeserver stores them.
    func sessions(of sender: String, in room: String, reader: FreshAccount) async throws -> [String] {
        var seen: [String] = []
        for event in try await reader.client.recentEvents(in: room).reversed()
        where event.sender == sender && event.type == "m.room.encrypted" {
            if let id = event.content?.sessionID, !seen.contains(id) { seen.append(id) }
        }
        return seen
    }

    /// `DELETE /devices/{deviceId}` with the account's password (user-interactive auth in two steps).
    func deleteDevice(_ device: String, of account: FreshAccount, synapse: SynapseEnvironment) async throws {
        let url = "\(synapse.baseURL)/_matrix/client/v3/devices/\(device)"
        let headers: HTTPHeaders = [
            "Authorization": "Bearer \(account.session.accessToken)", "Content-Type": "application/json",
        ]
        let challenge = try await http.execute(
            HTTPRequest(method: .delete, url: url, headers: headers, body: Data("{}".utf8))
        )
        let session = (try? JSONSerialization.jsonObject(with: challenge.body) as? [String: Any])?["session"] as? String
        let auth: [String: Any] = [
            "auth": [
                "type": "m.login.password", "session": session ?? "",
                "identifier": ["type": "m.id.user", "user": account.userID], "password": account.password,
            ]
        ]
        let body = try JSONSerialization.data(withJSONObject: auth)
        let done = try await http.execute(HTTPRequest(method: .delete, url: url, headers: headers, body: body))
        #expect(done.status == 200, "\(String(decoding: done.body, as: UTF8.self))")
    }

    @Test("on a homeserver that encrypts every room, a DM opened without asking for encryption is answered encrypted")
    func serverEncryptsEveryRoom() async throws {
        let synapse = try SynapseEnvironment.requireEncrypting()
        try #require(
            ProcessInfo.processInfo.environment["HUBBOT_SYNAPSE_ENCRYPTED_URL"] != nil
                || ProcessInfo.processInfo.environment["HUBBOT_REQUIRE_INTEGRATION"] != "1",
            "Scripts/test.sh starts a Synapse that encrypts every room (HUBBOT_SYNAPSE_ENCRYPTED_URL)"
        )
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let bot = hubbot.bot.userID
        let ida = try await colleague("ida", hubbot: hubbot, synapse: synapse, asksForEncryption: false)
        defer { Task { [ida] in await ida.client.quit() } }
        let encrypted = try await ida.client.isEncrypted(ida.room)
        if ProcessInfo.processInfo.environment["HUBBOT_SYNAPSE_ENCRYPTED_URL"] != nil { #expect(encrypted) }
        let asked = try await ida.client.say("my vpn keeps dropping every few minutes since this morning", in: ida.room)
        let reply = try await ida.client.waitForMessage(containing: "", from: bot, in: ida.room, after: asked)
        #expect(reply.encrypted == encrypted)
        // The greeting too: nothing HubBot said in the room was plaintext.
        let fromBot = try await ida.client.messages(in: ida.room).filter { $0["sender"] as? String == bot }
        #expect(fromBot.allSatisfy { $0["encrypted"] as? Bool == encrypted }, "\(fromBot)")
    }
}
