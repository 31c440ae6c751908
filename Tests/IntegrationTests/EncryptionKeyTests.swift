import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// Encrypted messages whose room key comes late, or never: HubBot waits (durably), asks,
/// and answers once the key comes, or tells the sender it could not read the message.
@Suite("Integration: encrypted messages without their key", .enabled(if: SynapseEnvironment.shouldRun))
struct EncryptionKeyTests {
    let http = HTTPClient()

    func start(_ name: String) async throws -> (HubBotProcess, E2EEClient, String) {
        let synapse = try SynapseEnvironment.requireEncrypting()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let account = try await FreshAccount(name, on: synapse, http: http)
        let client = try await E2EEClient(
            account: account,
            synapse: synapse,
            store: hubbot.directory.appendingPathComponent("e2ee-\(account.name)")
        )
        let room = try await client.createDirectChat(with: hubbot.bot.userID)
        // The first message settles the room (greeting, HubBot's devices known to the client).
        let hello = try await client.say("!status", in: room)
        _ = try await client.waitForMessage(containing: "", from: hubbot.bot.userID, in: room, after: hello)
        return (hubbot, client, room)
    }

    @Test("a message that arrives before its key waits (across a restart) and is answered once the key comes")
    func lateKey() async throws {
        let (hubbot, client, room) = try await start("frank")
        defer { Task { await client.quit() } }
        let bot = hubbot.bot.userID
        let keyless = try await client.command("send_keyless", ["room": room, "text": "!status"])
        let eventID = try #require(keyless["event_id"] as? String)
        try await hubbot.waitForOutput("waits for its key")
        // Still waiting after a restart: the wait is in the database, not in memory.
        #expect(try await hubbot.stop() == 0)
        try await hubbot.start()
        try await Task.sleep(for: .seconds(2))
        let before = try await client.messages(in: room).filter { Self.answers($0, eventID) }
        #expect(before.isEmpty, "nothing answers a message HubBot could not read yet")

        try await client.command("share_keys", ["room": room])
        let deadline = ContinuousClock.now + .seconds(90)
        var answers: [[String: Any]] = []
        while answers.isEmpty, ContinuousClock.now < deadline {
            answers = try await client.messages(in: room).filter {
                $0["sender"] as? String == bot && Self.answers($0, eventID)
            }
            if answers.isEmpty { try await Task.sleep(for: .milliseconds(300)) }
        }
        let seen = try await client.messages(in: room)
        #expect(answers.count == 1, "answered once the key came: \(seen)")
        #expect(answers.allSatisfy { $0["encrypted"] as? Bool == true })
        #expect(!hubbot.output.contains("could not read one of your"))
    }

    @Test("a key that never comes: HubBot asks for it, then tells the sender once that it could not read the message")
    func keyNeverComes() async throws {
        let (hubbot, client, room) = try await start("gina")
        defer { Task { await client.quit() } }
        let bot = hubbot.bot.userID
        let sent = try await client.command("send_keyless", ["room": room, "text": "can someone help with a survey?"])
        let eventID = try #require(sent["event_id"] as? String)
        // Asked for after a minute, told after two (plus a sync's long poll).
        let told = try await client.waitForMessage(
            containing: "could not read one of your encrypted messages",
            from: bot,
            in: room,
            after: eventID,
            timeout: 240
        )
        #expect(told.encrypted)
        #expect(hubbot.output.contains("asked for a missing room key"))
        try await Task.sleep(for: .seconds(35))
        let notices = try await client.messages(in: room).filter {
            ($0["body"] as? String)?.contains("could not read one of your") == true
        }
        #expect(notices.count == 1, "told once")
    }

    /// True when `message` is a reply to `eventID`.
    static func answers(_ message: [String: Any], _ eventID: String) -> Bool {
        let relation = message["relates_to"] as? [String: Any]
        return (relation?["m.in_reply_to"] as? [String: Any])?["event_id"] as? String == eventID
    }
}
