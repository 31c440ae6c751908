import Foundation
import GRDB

/// What `hubbot backup` made: enough for the admin (and a script) to trust the copy.
public struct DatabaseBackup: Sendable, Equatable, Encodable {
    /// The copy of the database.
    public var path: String
    /// The copy of the encryption key file beside it, when the database had one.
    public var keyFile: String?
    public var bytes: Int
    /// The database schema of the copy (``HubDatabase/schemaVersion`` when it is current).
    public var schemaVersion: Int
    /// Messages waiting in the inbox and replies waiting in the outbox at the moment of the copy.
    public var pendingMessages: Int
    public var pendingReplies: Int
    public var records: Int

    enum CodingKeys: String, CodingKey {
        case path, bytes, records
        case keyFile = "key_file"
        case schemaVersion = "schema_version"
        case pendingMessages = "pending_messages"
        case pendingReplies = "pending_replies"
    }
}

public enum DatabaseBackupError: Error, CustomStringConvertible, Equatable {
    case noDatabase(String)
    case exists(String)
    case unreadable(path: String, reason: String)
    case newerSchema(path: String, found: Int, known: Int)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            "no database at \(path): has HubBot run with this config yet? (storage.path)"
        case .exists(let path):
            "\(path) exists; choose a new name, or --overwrite to replace it"
        case .unreadable(let path, let reason):
            "\(path) cannot be read as HubBot's database: \(reason)"
        case .newerSchema(let path, let found, let known):
            "\(path) was written by a newer HubBot (database schema \(found); this HubBot knows \(known)): "
                + "run that HubBot, or restore a backup made before the upgrade"
        }
    }
}

extension HubDatabase {
    /// The database schema this HubBot writes: one step per migration, printed by `hubbot --version`.
    public static var schemaVersion: Int { migrator.migrations.count }

    /// The schema of the database at `path` (migrations applied), without changing it.
    public static func schemaVersion(at path: String) throws -> Int {
        let queue = try readOnlyQueue(path)
        return try queue.read { db in try schemaVersion(of: db, path: path) }
    }

    /// Copies the database at `source` to `destination` with SQLite's online backup API: the copy
    /// is consistent (one transaction's view) while HubBot keeps running and writing, and nothing
    /// waits on it for long (the copy reads a snapshot; HubBot's writes go on in the WAL). The copy
    /// is written beside `destination` first and renamed into place when complete and checked
    /// (`PRAGMA integrity_check`), so a failed or interrupted backup never leaves a half file under
    /// the name. Mode 0600 (it holds people's history and, encrypted, HubBot's keys). The key
    /// file `<source>.crypto-key`, if there is one, is copied to `<destination>.crypto-key`: the
    /// database's encryption keys cannot be read without it.
    public static func backUp(from source: String, to destination: String, overwrite: Bool = false) throws
        -> DatabaseBackup
    {
        let files = FileManager.default
        guard files.fileExists(atPath: source) else { throw DatabaseBackupError.noDatabase(source) }
        guard overwrite || !files.fileExists(atPath: destination) else { throw DatabaseBackupError.exists(destination) }
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent()
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        let partial = destination + ".partial"
        try? files.removeItem(atPath: partial)
        guard files.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw DatabaseBackupError.unreadable(path: partial, reason: "cannot create the file")
        }
        do {
            let original = try readOnlyQueue(source)
            let known = schemaVersion
            let found = try original.read { db in try schemaVersion(of: db, path: source) }
            guard found <= known else {
                throw DatabaseBackupError.newerSchema(path: source, found: found, known: known)
            }
            let copy = try DatabaseQueue(path: partial)
            try original.backup(to: copy)
            let summary = try copy.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard problems == ["ok"] else {
                    throw DatabaseBackupError.unreadable(path: partial, reason: problems.joined(separator: "; "))
                }
                return DatabaseBackup(
                    path: destination,
                    keyFile: nil,
                    bytes: 0,
                    schemaVersion: found,
                    pendingMessages: try count(db, "SELECT COUNT(*) FROM inbox WHERE status = 'pending'"),
                    pendingReplies: try count(db, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"),
                    records: try count(db, "SELECT COUNT(*) FROM records")
                )
            }
            try copy.close()
            try original.close()
            if files.fileExists(atPath: destination) { try files.removeItem(atPath: destination) }
            try files.moveItem(atPath: partial, toPath: destination)
            var backup = summary
            backup.bytes = (try? files.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
            let keyFile = source + ".crypto-key"
            if files.fileExists(atPath: keyFile) {
                let keyCopy = destination + ".crypto-key"
                try? files.removeItem(atPath: keyCopy)
                try files.copyItem(atPath: keyFile, toPath: keyCopy)
                try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyCopy)
                backup.keyFile = keyCopy
            }
            return backup
        } catch {
            try? files.removeItem(atPath: partial)
            if let error = error as? DatabaseBackupError { throw error }
            throw DatabaseBackupError.unreadable(path: source, reason: "\(error)")
        }
    }

    private static func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw DatabaseBackupError.noDatabase(path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw DatabaseBackupError.unreadable(path: path, reason: "\(error)")
        }
    }

    private static func schemaVersion(of db: Database, path: String) throws -> Int {
        guard try db.tableExists("grdb_migrations") else {
            throw DatabaseBackupError.unreadable(path: path, reason: "it has no HubBot schema")
        }
        return try count(db, "SELECT COUNT(*) FROM grdb_migrations")
    }

    private static func count(_ db: Database, _ sql: String) throws -> Int {
        try Int.fetchOne(db, sql: sql) ?? 0
    }
}
