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
    @discardableResult
    static func script(_ arguments: [String]) throws -> String {
        try ProjectScript.run("synapse.sh", arguments)
    }
}
