import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// The real `hubbot` binary against Synapse, as an operator runs it.
@Suite("Integration: hubbot run against Synapse", .enabled(if: SynapseEnvironment.shouldRun))
struct HubBotRunTests {
    let http = HTTPClient()

    @Test("hubbot run signs in, waits for messages, joins when invited, and exits 0 on SIGTERM")
    func runAndStop() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        #expect(hubbot.output.contains("signed in to Matrix"))
        #expect(hubbot.output.contains(hubbot.bot.userID))

        // A colleague invites HubBot; HubBot logs the event (never the text) and joins.
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let room = try await colleague.client.createRoom(
            name: "Hello HubBot",
            invite: [hubbot.bot.userID],
            isDirect: true
        )
        #expect(try await colleague.client.waitUntilJoined(hubbot.bot.userID, room: room))
        #expect(hubbot.output.contains("chat.kind=invite"))

        // stop() itself is the hang guard: it fails when HubBot is still running after SIGTERM.
        #expect(try await hubbot.stop() == 0, "\(hubbot.output)")
        #expect(!hubbot.output.contains(hubbot.token), "the access token leaked into the log")
    }

    @Test("hubbot run with a revoked token exits 1 with one clear line")
    func revokedToken() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        await #expect(throws: TestServerError.self) { try await hubbot.start(token: "syt_revoked_token_value") }
        let process = try #require(hubbot.current)
        // A hang guard: a homeserver slowed down by a busy machine may take a while to refuse.
        let exited = try await process.waitForExit(timeout: .seconds(90))
        #expect(exited, "\(process.text)")
        guard exited else { return process.signal(SIGKILL) }
        #expect(process.exitCode == 1)
        let errorLines = process.text.split(separator: "\n").filter { $0.hasPrefix("hubbot: ") }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("M_UNKNOWN_TOKEN") == true, "\(process.text)")
        #expect(!process.text.contains("syt_revoked_token_value"))
    }

    @Test("hubbot run with a config error exits 78 and names file, line and column")
    func configError() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml").path
        try "matrix:\n  homeserver: http://127.0.0.1:1\n  access_token: env:X\n  acess: 1\n".write(
            toFile: path,
            atomically: true,
            encoding: .utf8
        )
        let hubbot = try ChildProcess(try ProjectPaths.hubbotExecutable(), arguments: ["run", "--config", path])
        #expect(try await hubbot.waitForExit(timeout: .seconds(120)))
        #expect(hubbot.exitCode == 78)
        #expect(hubbot.text.contains("hubbot: \(path):4:3: matrix.acess: unknown key"), "\(hubbot.text)")
    }
}
