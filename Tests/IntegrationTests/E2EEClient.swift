import Foundation
import HubTestSupport
import Synchronization

/// A colleague with a real end-to-end-encrypting chat app: `Scripts/e2ee-client.py`
/// (matrix-nio with vodozemac, as installed by `Scripts/install-deps.sh`), driven by
/// JSON lines. Each device has its own store directory.
final class E2EEClient: Sendable {
    let userID: String
    let deviceID: String
    private let process: Process
    private let input: FileHandle
    private let output = Output()
    private let nextID = Atomic<Int>(1)

    /// Logs in as the account (it must exist) with a store in `store`, and waits until it is ready.
    init(account: FreshAccount, synapse: SynapseEnvironment, store: URL, deviceID: String? = nil) async throws {
        userID = account.userID
        process = Process()
        process.executableURL = ProjectPaths.root.appendingPathComponent(".venv/bin/python")
        var arguments = [
            ProjectPaths.root.appendingPathComponent("Scripts/e2ee-client.py").path,
            "--homeserver", synapse.baseURL, "--user", account.userID, "--password", account.password,
            "--store", store.path,
        ]
        if let deviceID { arguments += ["--device-id", deviceID] }
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        input = stdin.fileHandleForWriting
        let output = self.output
        try process.run()
        PipeReader.start(stdout.fileHandleForReading, name: "e2ee-client stdout") { output.appendStandardOutput($0) }
        PipeReader.start(stderr.fileHandleForReading, name: "e2ee-client stderr") { output.appendStandardError($0) }
        let ready = try await Self.waitForLine(in: output, process: process, timeout: .seconds(120)) {
            $0["event"] as? String == "ready" || $0["event"] as? String == "error"
        }
        guard ready["event"] as? String == "ready", let device = ready["device_id"] as? String else {
            throw TestServerError("the E2EE client did not start: \(ready)\n\(output.diagnostics)")
        }
        self.deviceID = device
    }

    /// Sends a command and returns its reply; throws when the reply says it failed.
    @discardableResult
    func command(_ name: String, _ arguments: [String: Any] = [:], timeout: Duration = .seconds(150)) async throws
        -> [String: Any]
    {
        let id = nextID.add(1, ordering: .relaxed).oldValue
        var object = arguments
        object["id"] = id
        object["cmd"] = name
        var data = try JSONSerialization.data(withJSONObject: object)
        data.append(0x0A)
        try input.write(contentsOf: data)
        let reply = try await Self.waitForLine(in: output, process: process, timeout: timeout) {
            ($0["reply"] as? Int) == id
        }
        guard reply["ok"] as? Bool == true else {
            throw TestServerError("E2EE client \(name) failed: \(reply)\n\(output.diagnostics)")
        }
        return reply
    }

    /// An encrypted direct chat with `person` (as Element makes one); returns the room id.
    func createDirectChat(with person: String, encrypted: Bool = true) async throws -> String {
        let reply = try await command("create_dm", ["invite": person, "encrypted": encrypted])
        guard let room = reply["room"] as? String else { throw TestServerError("no room in \(reply)") }
        try await command("wait_joined", ["room": room, "user": person, "timeout": 90])
        return room
    }

    @discardableResult
    func say(_ text: String, in room: String) async throws -> String {
        let reply = try await command("send", ["room": room, "text": text])
        return reply["event_id"] as? String ?? ""
    }

    /// The first message from `sender` in `room` containing `text` (after `after`, an event id
    /// or a count); its body, event id and whether it was encrypted.
    func waitForMessage(
        containing text: String,
        from sender: String,
        in room: String,
        after: Any? = nil,
        timeout: Int = 90
    ) async throws -> (body: String, eventID: String, encrypted: Bool) {
        var arguments: [String: Any] = ["room": room, "sender": sender, "contains": text, "timeout": timeout]
        if let after { arguments["after"] = after }
        let reply = try await command("wait_message", arguments, timeout: .seconds(timeout + 30))
        let message = reply["message"] as? [String: Any] ?? [:]
        return (
            message["body"] as? String ?? "", message["event_id"] as? String ?? "",
            message["encrypted"] as? Bool ?? false
        )
    }

    /// Every message received in `room` so far (decrypted, or flagged undecryptable).
    func messages(in room: String) async throws -> [[String: Any]] {
        try await command("messages", ["room": room])["messages"] as? [[String: Any]] ?? []
    }

    /// Rooms joined because of an invite.
    func invitedRooms() async throws -> [String] {
        try await command("invites")["rooms"] as? [String] ?? []
    }

    func isEncrypted(_ room: String) async throws -> Bool {
        try await command("is_encrypted", ["room": room])["encrypted"] as? Bool ?? false
    }

    /// Printed lines of a kind (`undecryptable`, `joined`…), as objects.
    func events(_ kind: String) -> [[String: Any]] {
        output.lines.compactMap(Self.object).filter { $0["event"] as? String == kind }
    }

    var diagnostics: String { output.diagnostics }

    func quit() async {
        _ = try? await command("quit", timeout: .seconds(20))
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    private static func object(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    private static func waitForLine(
        in output: Output,
        process: Process,
        timeout: Duration,
        where match: ([String: Any]) -> Bool
    ) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let found = output.lines.lazy.compactMap(object).first(where: match) { return found }
            guard process.isRunning else { throw TestServerError("the E2EE client exited") }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestServerError("the E2EE client did not answer within \(timeout)")
    }

    /// What the client printed: JSON lines on stdout, diagnostics on stderr (the last of them).
    final class Output: Sendable {
        private let state = Mutex<(partial: Data, lines: [String], errors: String)>((Data(), [], ""))

        var lines: [String] { state.withLock { $0.lines } }
        var diagnostics: String { state.withLock { String($0.errors.suffix(4000)) } }

        func appendStandardOutput(_ chunk: Data) {
            state.withLock { state in
                state.partial.append(chunk)
                while let newline = state.partial.firstIndex(of: 0x0A) {
                    state.lines.append(
                        String(decoding: state.partial[state.partial.startIndex..<newline], as: UTF8.self)
                    )
                    state.partial.removeSubrange(state.partial.startIndex...newline)
                }
            }
        }

        func appendStandardError(_ chunk: Data) {
            state.withLock { state in
                state.errors += String(decoding: chunk, as: UTF8.self)
                if state.errors.count > 20_000 { state.errors = String(state.errors.suffix(10_000)) }
            }
        }
    }
}
