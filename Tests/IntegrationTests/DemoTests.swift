import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// The demo a newcomer talks to, without anyone at the keyboard: `hubbot demo-specialists`
/// plays two specialists, `hubbot chat` plays a colleague from a script, against the
/// real `hubbot` on the test Synapse.
@Suite("Integration: the demo", .enabled(if: SynapseEnvironment.shouldRun))
struct DemoTests {
    let http = HTTPClient()

    @Test("demo specialists set interests and accept on their own; hubbot chat shows the whole story; all stop")
    func scriptedStory() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let alice = try await FreshAccount("alice", on: synapse, http: http)
        let bob = try await FreshAccount("bob", on: synapse, http: http)
        let carol = try await FreshAccount("carol", on: synapse, http: http)
        let accounts = hubbot.directory.appendingPathComponent("accounts.txt").path
        try """
        \(hubbot.bot.name) \(hubbot.bot.password) bot
        \(alice.name) \(alice.password) specialist #statistics:3 #r
        \(bob.name) \(bob.password) specialist #statistics:2 #python
        \(carol.name) \(carol.password) colleague
        """.write(toFile: accounts, atomically: true, encoding: .utf8)

        let specialists = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: [
                "demo-specialists", "--homeserver", synapse.baseURL, "--accounts", accounts,
                "--bot", hubbot.bot.userID, "--seed", "7", "--done-after", "2",
            ]
        )
        #expect(
            try await specialists.waitForOutput("demo specialists ready", timeout: .seconds(120)),
            "the specialists confirmed their interests:\n\(specialists.text)\n\(hubbot.output)"
        )

        let chat = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: [
                "chat", "--homeserver", synapse.baseURL, "--user", carol.name, "--bot", hubbot.bot.userID,
                "--until", "invited you both", "--until", "happy to help", "--until", "How was your conversation",
                "--timeout", "40", "--format", "json",
            ],
            environment: ["HUBBOT_CHAT_PASSWORD": carol.password],
            input: "who can help me with a regression for our survey?\nanyone\n"
        )
        let ended = try await chat.waitForExit(timeout: .seconds(60))
        #expect(ended, "hubbot chat ends by itself once the story is told:\n\(chat.text)")
        #expect(chat.exitCode == 0, "\(chat.text)\n\(specialists.text)")

        // What carol saw, as JSON lines.
        struct Line: Decodable {
            var kind: String
            var sender: String
            var body: String
            var direct: Bool
        }
        let lines = chat.text.split(separator: "\n").filter { $0.hasPrefix("{") }.compactMap {
            try? JSONDecoder().decode(Line.self, from: Data($0.utf8))
        }
        let fromHubBot = lines.filter { $0.sender == hubbot.bot.userID && $0.direct }.map(\.body)
        #expect(fromHubBot.contains { $0.contains("I'm HubBot") }, "the welcome: \(fromHubBot)")
        #expect(fromHubBot.contains { $0.contains("these people know about it") }, "the shortlist: \(fromHubBot)")
        #expect(fromHubBot.contains { $0.contains("accepted request") }, "the acceptance: \(fromHubBot)")
        #expect(lines.contains { $0.kind == "invite" && $0.sender == hubbot.bot.userID })
        #expect(
            lines.contains {
                !$0.direct && [alice.userID, bob.userID].contains($0.sender) && $0.body.contains("happy to help")
            },
            "the specialist's hello in the room HubBot opened"
        )
        #expect(
            lines.contains { $0.sender == carol.userID && $0.body == "anyone" },
            "carol's own lines are in the transcript"
        )

        // Like Element, the demo's people chat end-to-end encrypted: carol's direct chat and the
        // room HubBot opened are encrypted, and she read everything above through her device.
        let rooms = try await carol.client.joinedRooms()
        #expect(rooms.count == 2, "\(rooms)")
        for room in rooms { #expect(try await carol.client.encryptionAlgorithm(of: room) == "m.megolm.v1.aes-sha2") }

        // The specialists did it on their own: interests, an acceptance, !done.
        let log = specialists.text
        #expect(log.contains("\(alice.name): HubBot says"), "\(log)")
        #expect(log.contains("\(bob.name): HubBot says"), "\(log)")
        #expect(log.contains("accepted request"), "\(log)")
        #expect(try await specialists.waitForOutput("finished request", timeout: .seconds(120)), "\(specialists.text)")

        // Everything stops.
        specialists.signal(SIGTERM)
        #expect(try await specialists.waitForExit(timeout: .seconds(5)), "demo-specialists stops on SIGTERM")
        #expect(try await hubbot.stop() == 0)
        #expect(!chat.isRunning && !specialists.isRunning)
    }
}
