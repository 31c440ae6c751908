import Foundation
import HubCore
import HubStore
import Logging
import PostgresNIO
import Synchronization
import _ConnectionPoolModule

/// HubBot's store on PostgreSQL: the same tables and promises as ``HubDatabase`` (SQLite), for
/// instances that share one database and elect a leader (``LeaderLeaseStore``).
///
/// Every write with an effect outside (see ``HubStorage``) is fenced: in its transaction it reads
/// the leader row `FOR SHARE` and goes on only while this instance's term is the current one. A
/// newer leader's takeover (an `UPDATE` of that row) waits for such a transaction to end, and
/// every later one sees the new term: a paused old leader that wakes up can no longer commit.
public final class PostgresHubDatabase: HubStorage, Sendable {
    let client: PostgresClient
    let logger: Logger
    let makeTransactionID: @Sendable () -> String
    /// Whose writes are fenced: nil for a store that does not lead (tools, tests), which writes unfenced.
    let fence: Mutex<Fence>
    private let runner: Task<Void, Never>

    /// What fenced writes check: the term this instance holds, if any.
    enum Fence: Sendable {
        /// Writes are not fenced (a command-line tool, a test of the store alone).
        case off
        /// Writes go on only while `term` is the leader row's term and `holder` its holder.
        case leader(holder: String, term: Int64?)
    }

    /// Brings the schema up to date over one connection of its own, so that a wrong address,
    /// password or certificate is reported at once with what the server said; then opens the
    /// pool (which connects lazily and reconnects after failures). With a `holder`, writes with an effect outside are fenced: they need the term this
    /// instance takes with ``tryToLead(holder:lease:)``. Without, nothing is fenced (commands, tests).
    public init(
        settings: PostgresSettings,
        holder: String? = nil,
        logger: Logger,
        makeTransactionID: @escaping @Sendable () -> String = HubDatabase.randomID
    ) async throws {
        try await Self.withOwnConnection(settings, logger, "preparing the schema in \(settings.redactedURL)") {
            try await Self.migrate($0, schema: settings.schema, logger: logger)
        }
        var configuration = try settings.clientConfiguration()
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.makeTransactionID = makeTransactionID
        self.fence = Mutex(holder.map { .leader(holder: $0, term: nil) } ?? .off)
        self.runner = Task { await client.run() }
    }

    /// Runs `body` on a connection of its own (not the pool's), closed afterwards: what the
    /// server says when it refuses (a password, a certificate) is reported at once.
    static func withOwnConnection<Result: Sendable>(
        _ settings: PostgresSettings,
        _ logger: Logger,
        _ operation: String,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try settings.connectionConfiguration(),
                id: 0,
                logger: logger
            )
            do {
                let result = try await body(connection)
                try await connection.close()
                return result
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw PostgresStoreError(operation: operation, error)
        }
    }

    /// Closes the pool's connections.
    public func shutdown() async {
        runner.cancel()
        _ = await runner.value
    }

    deinit { runner.cancel() }

    // MARK: Transactions

    /// Runs `body` in one transaction on one pooled connection; rolls back when it throws.
    @discardableResult
    func transaction<Result: Sendable>(
        _ operation: String,
        fenced: Bool = false,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    if fenced { try await checkFence(connection) }
                    let result = try await body(connection)
                    try await connection.query("COMMIT", logger: logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch let error as HubStorageError {
            throw error
        } catch  where Task.isCancelled {
            throw CancellationError()
        } catch {
            throw PostgresStoreError(operation: operation, error)
        }
    }

    /// Runs a read outside a transaction.
    func read<Result: Sendable>(_ operation: String, _ body: (PostgresConnection) async throws -> Result)
        async throws -> Result
    {
        do {
            return try await client.withConnection { try await body($0) }
        } catch  where Task.isCancelled {
            throw CancellationError()
        } catch {
            throw PostgresStoreError(operation: operation, error)
        }
    }

    /// Refuses the transaction unless this instance holds the current term (when fenced).
    private func checkFence(_ connection: PostgresConnection) async throws {
        guard case .leader(let holder, let term) = fence.withLock({ $0 }) else { return }
        let rows = try await connection.query(
            "SELECT holder, term FROM hub_leader WHERE id = 1 FOR SHARE",
            logger: logger
        )
        var current: (holder: String, term: Int64) = ("nobody", 0)
        for try await (rowHolder, rowTerm) in rows.decode((String, Int64).self) { current = (rowHolder, rowTerm) }
        guard let term, term == current.term, holder == current.holder else {
            throw HubStorageError.notLeader(term: term, current: current.term, holder: current.holder)
        }
    }

    /// The term fenced writes carry from now on (nil: none, every fenced write is refused).
    func setTerm(_ term: Int64?) {
        fence.withLock { fence in
            if case .leader(let holder, _) = fence { fence = .leader(holder: holder, term: term) }
        }
    }

    // MARK: Schema

    /// The schema steps, in order; each runs once, recorded in `hub_migrations`.
    static let migrations: [(name: String, sql: [String])] = [
        (
            "v1: inbox, outbox, state, records, deliveries, leader",
            [
                "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                """
                CREATE TABLE inbox (
                    id BIGSERIAL PRIMARY KEY, network TEXT NOT NULL, event_id TEXT NOT NULL, event BYTEA NOT NULL,
                    received_at DOUBLE PRECISION NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
                    attempts BIGINT NOT NULL DEFAULT 0, last_error TEXT, UNIQUE (network, event_id))
                """,
                "CREATE INDEX inbox_pending ON inbox (status, id)",
                """
                CREATE TABLE outbox (
                    id BIGSERIAL PRIMARY KEY, network TEXT NOT NULL, cause_id TEXT NOT NULL, position BIGINT NOT NULL,
                    transaction_id TEXT NOT NULL UNIQUE, action BYTEA NOT NULL, created_at DOUBLE PRECISION NOT NULL,
                    not_before DOUBLE PRECISION NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
                    attempts BIGINT NOT NULL DEFAULT 0, last_error TEXT, correlation TEXT, result_id TEXT,
                    room TEXT NOT NULL DEFAULT '', UNIQUE (network, cause_id, position))
                """,
                "CREATE INDEX outbox_lanes ON outbox (status, network, room, id)",
                "CREATE INDEX outbox_result ON outbox (result_id) WHERE result_id IS NOT NULL",
                """
                CREATE TABLE records (
                    kind TEXT NOT NULL, key TEXT NOT NULL, value BYTEA NOT NULL,
                    updated_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (kind, key))
                """,
                """
                CREATE TABLE deliveries (
                    fault_id TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'pending',
                    attempts BIGINT NOT NULL DEFAULT 0, created_at DOUBLE PRECISION NOT NULL,
                    first_tried_at DOUBLE PRECISION, next_attempt_at DOUBLE PRECISION NOT NULL,
                    may_have_arrived BOOLEAN NOT NULL DEFAULT FALSE, ticket_id TEXT, ticket_url TEXT,
                    last_error TEXT, polled_at DOUBLE PRECISION)
                """,
                "CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at)",
                """
                CREATE TABLE hub_leader (
                    id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, term BIGINT NOT NULL,
                    expires_at TIMESTAMPTZ NOT NULL)
                """,
                "INSERT INTO hub_leader (id, holder, term, expires_at) VALUES (1, 'nobody', 0, '-infinity')",
            ]
        )
    ]

    /// The schema this HubBot writes on PostgreSQL.
    public static var schemaVersion: Int { migrations.count }

    /// Applies the missing schema steps in one transaction, under an advisory lock so that
    /// instances starting together migrate once. A schema from a newer HubBot is refused.
    private static func migrate(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        if let schema {
            let quoted = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            try await connection.query(
                PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(quoted)"),
                logger: logger
            )
        }
        try await connection.query("BEGIN", logger: logger)
        do {
            // Any constant key: only HubBot's migrations take it.
            try await connection.query("SELECT pg_advisory_xact_lock(7262482)", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS hub_migrations (
                    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                logger: logger
            )
            let applied = try await count(connection.query("SELECT COUNT(*) FROM hub_migrations", logger: logger))
            guard applied <= Self.migrations.count else {
                throw PostgresStoreError.newerSchema(found: applied, known: Self.migrations.count)
            }
            for (index, migration) in Self.migrations.enumerated().dropFirst(applied) {
                for statement in migration.sql {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                let version = Int64(index + 1)
                let name = migration.name
                try await connection.query(
                    "INSERT INTO hub_migrations (version, name) VALUES (\(version), \(name))",
                    logger: logger
                )
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    // MARK: State

    public func value(for key: String) async throws -> String? {
        try await read("reading state") { connection in
            try await Self.single(
                connection.query("SELECT value FROM state WHERE key = \(key)", logger: logger),
                as: String.self
            )
        }
    }

    public func setValue(_ value: String?, for key: String) async throws {
        try await setValues([(key, value)])
    }

    public func setValues(_ values: [(key: String, value: String?)]) async throws {
        try await transaction("writing state", fenced: true) { connection in
            for (key, value) in values {
                try await Self.setState(key, value, connection: connection, logger: logger)
            }
        }
    }

    static func setState(_ key: String, _ value: String?, connection: PostgresConnection, logger: Logger)
        async throws
    {
        if let value {
            try await connection.query(
                """
                INSERT INTO state (key, value) VALUES (\(key), \(value))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """,
                logger: logger
            )
        } else {
            try await connection.query("DELETE FROM state WHERE key = \(key)", logger: logger)
        }
    }
}

/// A PostgreSQL operation that failed, with what HubBot was doing and what the server said
/// (never the password).
public enum PostgresStoreError: DatabaseReachability, CustomStringConvertible {
    case failed(operation: String, reason: String)
    /// The server could not be reached or dropped the connection (down, restarting, cut off).
    case unreachable(operation: String, reason: String)
    case newerSchema(found: Int, known: Int)

    init(operation: String, _ error: any Error) {
        if let error = error as? PostgresStoreError {
            self = error
            return
        }
        self =
            Self.isConnectionProblem(error)
            ? .unreachable(operation: operation, reason: Self.reason(error))
            : .failed(operation: operation, reason: Self.reason(error))
    }

    public var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }

    /// No connection, a connection lost, or a server shutting down or starting (SQLSTATE classes
    /// 08 and 57P): not a problem of the request itself.
    static func isConnectionProblem(_ error: any Error) -> Bool {
        // The pool's own "no connection could be made for a while" (its circuit breaker).
        if error as? ConnectionPoolError == .connectionCreationCircuitBreakerTripped { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .connectionError, .clientClosedConnection, .serverClosedConnection, .uncleanShutdown: return true
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || state.hasPrefix("57P")
        default: return false
        }
    }

    static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let underlying = error.underlying, "\(underlying)".contains("CERTIFICATE_VERIFY_FAILED") {
            return "the server's certificate was not accepted: it must come from the authority in sslrootcert "
                + "(or storage.postgres.ca_file, else the system's) and, with verify-full, name the host"
        }
        if let info = error.serverInfo, let message = info[.message] {
            let code = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + code
        }
        if let underlying = error.underlying { return "\(error.code): \(underlying)" }
        return "\(error.code)"
    }

    public var description: String {
        switch self {
        case .failed(let operation, let reason): "PostgreSQL: \(operation) failed: \(reason)"
        case .unreachable(let operation, let reason):
            "PostgreSQL: \(operation) failed, the database could not be reached: \(reason)"
        case .newerSchema(let found, let known):
            "the PostgreSQL database was written by a newer HubBot (schema \(found); this HubBot knows \(known)): "
                + "run that HubBot, or restore a dump made before the upgrade"
        }
    }
}
