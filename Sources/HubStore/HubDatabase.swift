import Foundation
import GRDB
import HubCore

/// HubBot's SQLite database (WAL): the chat inbox, the chat outbox and small
/// named state. Every change that must survive a crash happens in one
/// transaction with the change it belongs to.
public final class HubDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Makes transaction ids for outgoing actions: unique even if the file is deleted and recreated.
    let makeTransactionID: @Sendable () -> String

    /// Opens (creating if needed) the database file at `path`, readable by its owner only.
    public convenience init(path: String, makeTransactionID: @escaping @Sendable () -> String = HubDatabase.randomID)
        throws
    {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        // WAL with synchronous=NORMAL: a commit survives a crash of HubBot (SIGKILL, OOM) without
        // an fsync per transaction; only a power loss may undo the last commits, which are then
        // fetched again (the sync position is stored with them) and resent with the same
        // transaction ids, which the homeserver deduplicates.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try self.init(writer: pool, makeTransactionID: makeTransactionID)
    }

    /// A private in-memory database, for tests.
    public static func inMemory(makeTransactionID: @escaping @Sendable () -> String = HubDatabase.randomID) throws
        -> HubDatabase
    {
        try HubDatabase(writer: DatabaseQueue(), makeTransactionID: makeTransactionID)
    }

    init(writer: any DatabaseWriter, makeTransactionID: @escaping @Sendable () -> String) throws {
        self.writer = writer
        self.makeTransactionID = makeTransactionID
        // A database from a newer HubBot (a downgrade, or an old binary started on a restored
        // newer backup) is refused rather than half understood.
        let superseded = try writer.read { db in try Self.migrator.hasBeenSuperseded(db) }
        if superseded {
            let found = try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0 }
            throw DatabaseBackupError.newerSchema(path: writer.path, found: found, known: Self.schemaVersion)
        }
        try Self.migrator.migrate(writer)
    }

    /// "hb" and 32 hex digits of a random UUID: a transaction id per queued message.
    public static let randomID: @Sendable () -> String = {
        var id = "hb"
        id.reserveCapacity(34)
        for scalar in UUID().uuidString.unicodeScalars where scalar != "-" { id.unicodeScalars.append(scalar) }
        return id
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: inbox, outbox, state") { db in
            try db.execute(
                sql: """
                    CREATE TABLE state (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    CREATE TABLE inbox (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        network TEXT NOT NULL,
                        eventID TEXT NOT NULL,
                        event BLOB NOT NULL,
                        receivedAt DOUBLE NOT NULL,
                        status TEXT NOT NULL DEFAULT 'pending',
                        attempts INTEGER NOT NULL DEFAULT 0,
                        lastError TEXT,
                        UNIQUE (network, eventID)
                    );
                    CREATE INDEX inbox_pending ON inbox (status, id);
                    CREATE TABLE outbox (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        network TEXT NOT NULL,
                        causeID TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        transactionID TEXT NOT NULL UNIQUE,
                        action BLOB NOT NULL,
                        createdAt DOUBLE NOT NULL,
                        notBefore DOUBLE NOT NULL,
                        status TEXT NOT NULL DEFAULT 'pending',
                        attempts INTEGER NOT NULL DEFAULT 0,
                        lastError TEXT,
                        UNIQUE (network, causeID, position)
                    );
                    CREATE INDEX outbox_pending ON outbox (status, id);
                    """
            )
        }
        migrator.registerMigration("v2: hub records, sent event ids") { db in
            try db.execute(
                sql: """
                    CREATE TABLE records (
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        value BLOB NOT NULL,
                        updatedAt DOUBLE NOT NULL,
                        PRIMARY KEY (kind, key)
                    );
                    ALTER TABLE outbox ADD COLUMN correlation TEXT;
                    ALTER TABLE outbox ADD COLUMN resultID TEXT;
                    CREATE INDEX outbox_result ON outbox (resultID) WHERE resultID IS NOT NULL;
                    """
            )
        }
        migrator.registerMigration("v3: outbox lanes per room") { db in
            try db.execute(
                sql: """
                    ALTER TABLE outbox ADD COLUMN room TEXT NOT NULL DEFAULT '';
                    CREATE INDEX outbox_lanes ON outbox (status, network, room, id);
                    """
            )
        }
        migrator.registerMigration("v4: ticket deliveries") { db in
            try db.execute(
                sql: """
                    CREATE TABLE deliveries (
                        faultID TEXT PRIMARY KEY NOT NULL,
                        status TEXT NOT NULL DEFAULT 'pending',
                        attempts INTEGER NOT NULL DEFAULT 0,
                        createdAt DOUBLE NOT NULL,
                        firstTriedAt DOUBLE,
                        nextAttemptAt DOUBLE NOT NULL,
                        mayHaveArrived INTEGER NOT NULL DEFAULT 0,
                        ticketID TEXT,
                        ticketURL TEXT,
                        lastError TEXT,
                        polledAt DOUBLE
                    );
                    CREATE INDEX deliveries_due ON deliveries (status, nextAttemptAt);
                    """
            )
        }
        return migrator
    }
}

extension HubDatabase: StateStore {
    public func value(for key: String) async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM state WHERE key = ?"), arguments: [key])
        }
    }

    public func setValue(_ value: String?, for key: String) async throws {
        try await setValues([(key, value)])
    }

    public func setValues(_ values: [(key: String, value: String?)]) async throws {
        try await writer.write { db in
            for (key, value) in values {
                if let value {
                    try db.execute(
                        cached:
                            "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        arguments: [key, value]
                    )
                } else {
                    try db.execute(cached: "DELETE FROM state WHERE key = ?", arguments: [key])
                }
            }
        }
    }
}

extension Database {
    /// `execute(sql:arguments:)` for one statement that is prepared once per connection and
    /// kept (GRDB's statement cache). HubBot runs the same few statements for every message:
    /// preparing them again each time was about a tenth of its CPU under load.
    func execute(cached sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
