import HubStore
import Logging
import PostgresNIO

/// What `hubbot doctor` reports about a PostgreSQL store, read without changing anything.
public struct PostgresInspection: Sendable, Equatable {
    /// The server's version (`SHOW server_version`).
    public var serverVersion: String
    /// HubBot's schema version there; nil when no HubBot has started on it yet.
    public var schema: Int? = nil
    /// The leader row; nil when no instance has led yet.
    public var leader: LeaderRow? = nil
}

extension PostgresHubDatabase {
    /// Connects once (with the same TLS and password as the store) and reads the server's
    /// version, the schema version and the leader row. Creates and migrates nothing.
    public static func inspect(settings: PostgresSettings, logger: Logger) async throws -> PostgresInspection {
        try await withOwnConnection(settings, logger, "reading \(settings.redactedURL)") {
            try await inspect($0, logger: logger)
        }
    }

    private static func inspect(_ connection: PostgresConnection, logger: Logger) async throws -> PostgresInspection {
        let version =
            try await single(connection.query("SHOW server_version", logger: logger), as: String.self) ?? "?"
        func exists(_ table: String) async throws -> Bool {
            try await single(
                connection.query("SELECT to_regclass(\(table)) IS NOT NULL", logger: logger),
                as: Bool.self
            ) ?? false
        }
        var inspection = PostgresInspection(serverVersion: version)
        if try await exists("hub_migrations") {
            inspection.schema = try await count(connection.query("SELECT COUNT(*) FROM hub_migrations", logger: logger))
        }
        if try await exists("hub_leader") { inspection.leader = try await leaderRow(connection, logger: logger) }
        return inspection
    }
}
