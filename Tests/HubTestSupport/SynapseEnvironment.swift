import Foundation

/// The throwaway Synapse that `Scripts/test.sh` starts with `Scripts/synapse.sh`
/// and describes in environment variables.
public struct SynapseEnvironment: Sendable {
    public var baseURL: String
    public var serverName: String

    public init(baseURL: String, serverName: String = "localhost") {
        self.baseURL = baseURL
        self.serverName = serverName
    }

    /// The running test homeserver, or nil when none was started.
    public static let current: SynapseEnvironment? = {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["HUBBOT_SYNAPSE_URL"], !url.isEmpty else { return nil }
        return SynapseEnvironment(baseURL: url, serverName: environment["HUBBOT_SYNAPSE_SERVER_NAME"] ?? "localhost")
    }()

    /// The test homeserver that encrypts every new room (`encryption_enabled_by_default_for_room_type: all`),
    /// for the end-to-end encryption tests; the ordinary one when none was started.
    public static let encrypting: SynapseEnvironment? = {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["HUBBOT_SYNAPSE_ENCRYPTED_URL"], !url.isEmpty else { return current }
        return SynapseEnvironment(baseURL: url, serverName: environment["HUBBOT_SYNAPSE_SERVER_NAME"] ?? "localhost")
    }()

    /// The homeserver that encrypts every room, or an error explaining how to start one.
    public static func requireEncrypting() throws -> SynapseEnvironment {
        guard let encrypting else { return try require() }
        return encrypting
    }

    /// Integration tests run when a homeserver is configured, and must run
    /// (failing loudly if it is missing) when `HUBBOT_REQUIRE_INTEGRATION=1`,
    /// as `Scripts/test.sh` and CI set it.
    public static var shouldRun: Bool {
        current != nil || ProcessInfo.processInfo.environment["HUBBOT_REQUIRE_INTEGRATION"] == "1"
    }

    /// The homeserver, or an error explaining how to start one.
    public static func require() throws -> SynapseEnvironment {
        guard let current else {
            throw TestServerError(
                "no test homeserver: run the suite with Scripts/test.sh, which starts Synapse and sets HUBBOT_SYNAPSE_URL"
            )
        }
        return current
    }

    /// A fresh, unique user name, so test runs never collide.
    public static func uniqueUser(_ role: String) -> String {
        "\(role)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
