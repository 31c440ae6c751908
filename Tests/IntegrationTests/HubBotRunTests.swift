import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// The real `hubbot` binary against Synapse, as an operator runs it.
@Suite("Integration: hubbot run against Synapse", .enabled(if: SynapseEnvironment.shouldRun))
struct HubBotRunTests {
    let http = HTTPClient()

    func writeConfig(homeserver: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-\(UUID()).yaml").path
        let yaml = """
            matrix:
              homeserver: "\(homeserver)"
              access_token: "env:HUBBOT_TEST_TOKEN"
            log:
              level: info
            """
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("hubbot run signs in, waits for messages, logs one, and exits 0 on SIGTERM")
    func runAndStop() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("hubbot", on: synapse, http: http).session
        let config = try writeConfig(homeserver: synapse.baseURL)

        let hubbot = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["run", "--config", config],
            environment: ["HUBBOT_TEST_TOKEN": bot.accessToken]
        )
        let ready = try await hubbot.waitForOutput("waiting for messages", timeout: .seconds(30))
        #expect(ready, "hubbot did not start: \(hubbot.text)")
        #expect(hubbot.text.contains("signed in to Matrix"))
        #expect(hubbot.text.contains(bot.userID))

        // A colleague invites HubBot; HubBot logs the event (never the text).
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        _ = try await colleague.client.createRoom(name: "Hello HubBot", invite: [bot.userID], isDirect: true)
        let logged = try await hubbot.waitForOutput("chat.kind=invite", timeout: .seconds(20))
        #expect(logged, "no invite logged: \(hubbot.text)")

        let stoppedAt = ContinuousClock.now
        hubbot.signal(SIGTERM)
        let exited = try await hubbot.waitForExit(timeout: .seconds(10))
        #expect(exited, "hubbot still running 10 s after SIGTERM")
        #expect(ContinuousClock.now - stoppedAt < .seconds(10))
        #expect(hubbot.exitCode == 0, "\(hubbot.text)")
        #expect(!hubbot.text.contains(bot.accessToken), "the access token leaked into the log")
    }

    @Test("hubbot run with a revoked token exits 1 with one clear line")
    func revokedToken() async throws {
        let synapse = try SynapseEnvironment.require()
        let config = try writeConfig(homeserver: synapse.baseURL)
        let hubbot = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["run", "--config", config],
            environment: ["HUBBOT_TEST_TOKEN": "syt_revoked_token_value"]
        )
        #expect(try await hubbot.waitForExit(timeout: .seconds(20)))
        #expect(hubbot.exitCode == 1)
        let errorLines = hubbot.text.split(separator: "\n").filter { $0.hasPrefix("hubbot: ") }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("M_UNKNOWN_TOKEN") == true, "\(hubbot.text)")
        #expect(!hubbot.text.contains("syt_revoked_token_value"))
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
        #expect(try await hubbot.waitForExit(timeout: .seconds(10)))
        #expect(hubbot.exitCode == 78)
        #expect(hubbot.text.contains("hubbot: \(path):4:3: matrix.acess: unknown key"), "\(hubbot.text)")
    }
}
