import Foundation
import HubTestSupport

/// The real `hubbot` binary on an IRC server of the test's own, with its own
/// database and config (an `irc:` section instead of `matrix:`).
final class IRCHubBot {
    let directory: URL
    let configPath: String
    private(set) var current: ChildProcess?
    private(set) var previousOutput = ""

    /// `irc` adds lines under `irc:` (after server and port); `hub` under `hub:`.
    init(
        server: String = "127.0.0.1",
        port: Int,
        tls: Bool = false,
        irc: String = "",
        hub: String = "",
        tagsPath: String = ProjectPaths.root.appendingPathComponent("Config/tags.yaml").path
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-irc-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        configPath = directory.appendingPathComponent("hubbot.yaml").path
        let yaml = """
            irc:
              server: "\(server)"
              port: \(port)
              tls: \(tls)
              nick: HubBot
              channels: ["#hub"]
            \(irc.contains("ping_after_seconds") ? "" : "  ping_after_seconds: 20\n  pong_timeout_seconds: 10")
            \(irc.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
            storage:
              path: "\(directory.appendingPathComponent("hubbot.sqlite").path)"
            log:
              level: info
            listen:
              port: -1
            hub:
              tags: "\(tagsPath)"
            \(hub.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
            """
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    var output: String { previousOutput + (current?.text ?? "") }

    /// Adds a line under `hub:` in hubbot.yaml (the last section of the file).
    func appendToHub(_ line: String) throws {
        let text = try String(contentsOfFile: configPath, encoding: .utf8)
        try (text + "\n  " + line + "\n").write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    /// Starts hubbot and waits until it has joined its channels and listens.
    func start(environment: [String: String] = [:], arguments: [String] = []) async throws {
        let process = try launch(environment: environment, arguments: arguments)
        guard try await process.waitForOutput("waiting for messages", timeout: .seconds(120)) else {
            throw TestServerError("hubbot did not start on IRC:\n\(process.text)")
        }
    }

    /// Starts hubbot expecting it to give up; returns its exit code once it has.
    func startExpectingFailure(environment: [String: String] = [:], within: Duration = .seconds(20)) async throws
        -> Int32
    {
        let process = try launch(environment: environment, arguments: [])
        guard try await process.waitForExit(timeout: within) else {
            process.signal(SIGKILL)
            throw TestServerError("hubbot kept running instead of stopping:\n\(process.text)")
        }
        return process.exitCode
    }

    private func launch(environment: [String: String], arguments: [String]) throws -> ChildProcess {
        if let current { previousOutput += current.text }
        let process = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["run", "--config", configPath] + arguments,
            environment: environment
        )
        current = process
        return process
    }

    func stop() async throws -> Int32 {
        guard let current else { return 0 }
        current.signal(SIGTERM)
        guard try await current.waitForExit(timeout: .seconds(120)) else {
            throw TestServerError("hubbot still running 10 s after SIGTERM")
        }
        return current.exitCode
    }

    deinit {
        current?.signal(SIGKILL)
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Whether the IRC suites run: when ngIRCd is installed, and always (failing
/// loudly if it is missing) under `HUBBOT_REQUIRE_INTEGRATION=1`.
enum IRCServers {
    static var shouldRun: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/sbin/ngircd")
            || ProcessInfo.processInfo.environment["HUBBOT_REQUIRE_INTEGRATION"] == "1"
    }

    static var servicesInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/sbin/inspircd")
            || ProcessInfo.processInfo.environment["HUBBOT_REQUIRE_INTEGRATION"] == "1"
    }
}
