import Foundation

/// A Synapse of a test's own, started with `Scripts/synapse.sh` so the test
/// can stop and restart it, or give it a profile (tight rate limits).
/// Wiped when the value is released.
public final class ScriptedSynapse: Sendable {
    public let directory: String
    public let baseURL: String

    public init(profile: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("synapse-\(UUID())").path
        baseURL = try Self.script(["start", directory, "--profile", profile])
    }

    /// Stops the homeserver (SIGTERM), keeping its data and port.
    public func stop() throws {
        _ = try Self.script(["stop", directory])
    }

    /// Starts it again on the same port with the same data.
    public func restart() throws {
        _ = try Self.script(["start", directory])
    }

    /// Creates an account; `admin` accounts may use the admin API.
    public func register(_ user: String, password: String, admin: Bool = false) throws {
        _ = try Self.script(["register", directory, user, password] + (admin ? ["--admin"] : []))
    }

    deinit {
        _ = try? Self.script(["wipe", directory])
    }

    /// Runs Scripts/synapse.sh and returns its standard output, trimmed.
    ///
    /// Output goes through files, not pipes: Foundation's `Process` lets children
    /// inherit pipe ends of processes started concurrently, so a Synapse left
    /// running by one test would hold another test's pipe open forever.
    @discardableResult
    static func script(_ arguments: [String]) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("synapse-sh-\(UUID())")
        let outputURL = scratch.appendingPathExtension("out")
        let errorURL = scratch.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [ProjectPaths.script("synapse.sh")] + arguments
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let errorText = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw TestServerError("synapse.sh \(arguments.joined(separator: " ")) failed: \(errorText)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
