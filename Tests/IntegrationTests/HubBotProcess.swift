import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat

/// The real `hubbot` binary run against the test Synapse with its own
/// database, so a test can stop, kill and restart it like an operator would.
final class HubBotProcess {
    let bot: FreshAccount
    let directory: URL
    let configPath: String
    private(set) var current: ChildProcess?
    /// Output of every run so far, oldest first.
    private(set) var previousOutput = ""

    /// `hub` adds lines under `hub:`; `extra` adds whole sections (such as `tickets:`).
    init(
        synapse: SynapseEnvironment,
        http: HTTPClient,
        accessToken: String? = nil,
        matrix: String = "",
        hub: String = "",
        extra: String = "",
        storage: String? = nil,
        tagsPath: String = ProjectPaths.root.appendingPathComponent("Config/tags.yaml").path
    ) async throws {
        bot = try await FreshAccount("hubbot", on: synapse, http: http)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-run-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        configPath = directory.appendingPathComponent("hubbot.yaml").path
        let yaml = """
            matrix:
              homeserver: "\(synapse.baseURL)"
              access_token: "env:HUBBOT_TEST_TOKEN"
            \(matrix)
            \(storage ?? "storage:\n  path: \"\(directory.appendingPathComponent("hubbot.sqlite").path)\"")
            log:
              level: info
            listen:
              port: 0
            hub:
              tags: "\(tagsPath)"
            \(hub)
            \(extra)
            """
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    var token: String { bot.session.accessToken }

    /// The base URL of HubBot's HTTP listener (the config asks for any free port).
    func listenerURL() async throws -> String {
        guard let current, try await current.waitForOutput("HTTP listener ready", timeout: .seconds(120)),
            let line = current.text.split(separator: "\n").last(where: { $0.contains("HTTP listener ready") }),
            let port = line.firstMatch(of: /http\.address=\S*:(\d+)/).map({ String($0.1) })
        else { throw TestServerError("no HTTP listener in the log:\n\(output)") }
        return "http://127.0.0.1:\(port)"
    }

    /// Adds sections to the config before the next start.
    func appendConfig(_ yaml: String) throws {
        try editConfig { $0 + "\n" + yaml + "\n" }
    }
    var output: String { previousOutput + (current?.text ?? "") }

    /// Waits until the running HubBot's log contains `fragment`.
    func waitForOutput(_ fragment: String, timeout: Duration = .seconds(90)) async throws {
        guard let current, try await current.waitForOutput(fragment, timeout: timeout) else {
            throw TestServerError("HubBot never logged “\(fragment)”:\n\(output)")
        }
    }

    /// The database file named in the config.
    var storagePath: String {
        get throws {
            let config = try String(contentsOfFile: configPath, encoding: .utf8)
            guard
                let line = config.split(separator: "\n").first(where: {
                    $0.contains("path: ") && $0.contains(".sqlite")
                }),
                let path = line.split(separator: "\"").dropFirst().first
            else { throw TestServerError("no storage path in \(configPath)") }
            return String(path)
        }
    }

    /// Points `matrix.homeserver` at another URL (a proxy before the same homeserver) for the next start.
    func pointHomeserver(at url: String) throws {
        try editConfig { config in
            guard let line = config.firstMatch(of: /homeserver: "[^"]*"/)?.output else {
                throw TestServerError("no homeserver in \(configPath)")
            }
            return config.replacing(line, with: "homeserver: \"\(url)\"", maxReplacements: 1)
        }
    }

    /// Rewrites the config file with `edit`.
    private func editConfig(_ edit: (String) throws -> String) throws {
        let config = try String(contentsOfFile: configPath, encoding: .utf8)
        try edit(config).write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    /// Points `storage.path` at a new, empty database in the same folder (the old one is lost).
    func moveStorage(to name: String) throws {
        let old = try storagePath
        let new = directory.appendingPathComponent(name).path
        try editConfig { $0.replacingOccurrences(of: old, with: new) }
    }

    /// Copies the database (stopped, so the WAL is checkpointed into the file) aside, as a nightly backup would.
    func backUpStorage() throws {
        let path = try storagePath
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.removeItem(atPath: path + suffix + ".backup")
            try FileManager.default.copyItem(atPath: path + suffix, toPath: path + suffix + ".backup")
        }
    }

    /// Puts the backup back in place of the database, as an operator restoring it would.
    func restoreStorage() throws {
        let path = try storagePath
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
            if FileManager.default.fileExists(atPath: path + suffix + ".backup") {
                try FileManager.default.copyItem(atPath: path + suffix + ".backup", toPath: path + suffix)
            }
        }
    }

    /// Starts hubbot and waits until it listens; fails with its output if it doesn't.
    func start(token override: String? = nil, environment: [String: String] = [:]) async throws {
        if let current { previousOutput += current.text }
        let process = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["run", "--config", configPath],
            environment: environment.merging(["HUBBOT_TEST_TOKEN": override ?? token]) { $1 }
        )
        current = process
        // A hang guard: on a loaded machine signing in and the first sync can take minutes.
        guard try await process.waitForOutput("waiting for messages", timeout: .seconds(300)) else {
            throw TestServerError("hubbot did not start:\n\(process.text)")
        }
    }

    /// SIGTERM and wait; returns the exit code.
    func stop() async throws -> Int32 {
        guard let current else { return 0 }
        current.signal(SIGTERM)
        // A hang guard (HubBot stops in well under a second; busy machines stall).
        guard try await current.waitForExit(timeout: .seconds(60)) else {
            throw TestServerError("hubbot still running 60 s after SIGTERM")
        }
        return current.exitCode
    }

    /// Sends a signal (SIGHUP: read the config again).
    func signal(_ number: Int32) {
        current?.signal(number)
    }

    /// SIGKILL: no chance to clean up, as in a crash or an OOM kill.
    func kill() async throws {
        guard let current else { return }
        current.signal(SIGKILL)
        _ = try await current.waitForExit(timeout: .seconds(5))
    }

    /// A running HubBot (with the shipped tags) and a new colleague in a direct chat with it.
    static func startedWithDirectChat(synapse: SynapseEnvironment, http: HTTPClient) async throws -> (
        HubBotProcess, FreshAccount, String
    ) {
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let (colleague, room) = try await hubbot.directChat(synapse: synapse, http: http)
        return (hubbot, colleague, room)
    }

    /// A new colleague with a direct chat that HubBot has joined.
    func directChat(synapse: SynapseEnvironment, http: HTTPClient) async throws -> (FreshAccount, String) {
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let room = try await colleague.client.createRoom(name: "Question", invite: [bot.userID], isDirect: true)
        guard try await colleague.client.waitUntilJoined(bot.userID, room: room) else {
            throw TestServerError("HubBot did not join the direct chat:\n\(output)")
        }
        return (colleague, room)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}

extension MatrixClient {
    /// HubBot's replies in a room, as `(reply event id, the event it answers)`, oldest first.
    /// HubBot's messages in the room that answer a message (its welcome in a new direct chat does not).
    func replies(from bot: String, in room: String) async throws -> [(id: String, answers: String?)] {
        try await recentEvents(in: room, limit: 200)
            .filter { $0.sender == bot && $0.type == "m.room.message" && $0.content?.relatesTo?.inReplyTo != nil }
            .reversed()
            .map { ($0.eventID ?? "", $0.content?.relatesTo?.inReplyTo?.eventID) }
    }

    /// Waits until `condition` holds for HubBot's replies in the room, or the timeout passes.
    func waitForReplies(
        from bot: String,
        in room: String,
        // A hang guard, not a speed check: beside `stress-ng --cpu 2` a restarted HubBot's backlog
        // took more than 30 s to be answered.
        timeout: Duration = .seconds(120),
        until condition: ([(id: String, answers: String?)]) -> Bool
    ) async throws -> [(id: String, answers: String?)] {
        let deadline = ContinuousClock.now + timeout
        var replies = try await self.replies(from: bot, in: room)
        while !condition(replies), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
            replies = try await self.replies(from: bot, in: room)
        }
        return replies
    }

    /// Waits until `person` has joined the room.
    /// A hang guard of a minute: on a busy machine Synapse can take a while to deliver the invite.
    func waitUntilJoined(_ person: String, room: String, timeout: Duration = .seconds(60)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let joined = try await recentEvents(in: room).contains {
                $0.type == "m.room.member" && $0.stateKey == person && $0.content?.membership == "join"
            }
            if joined { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}

/// A copy of the shipped Config/tags.yaml in a fresh folder (removed with the folder by the
/// caller), for tests that edit or reload the tag file.
struct TagsCopy {
    let directory: URL
    let path: String

    init(_ label: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-\(label)-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("tags.yaml").path
        try FileManager.default.copyItem(
            atPath: ProjectPaths.root.appendingPathComponent("Config/tags.yaml").path,
            toPath: path
        )
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A running HubBot with an admin and a colleague in direct chats, on its own copy of
/// the tag file: the setting of the admin tests.
struct AdminSetting {
    let hubbot: HubBotProcess
    let admin: Person
    let carol: Person
    let tags: TagsCopy
    /// The tag file as shipped, before any edit.
    let original: String

    init(synapse: SynapseEnvironment, http: HTTPClient, label: String) async throws {
        tags = try TagsCopy(label)
        original = try String(contentsOfFile: tags.path, encoding: .utf8)
        let adminAccount = try await FreshAccount("admin", on: synapse, http: http)
        hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            hub: "  admins: [\"\(adminAccount.userID)\"]",
            tagsPath: tags.path
        )
        try await hubbot.start()
        admin = try await hubbot.person("admin", synapse: synapse, http: http, existing: adminAccount)
        carol = try await hubbot.person("carol", synapse: synapse, http: http)
    }
}
