import Foundation
import GRDB
import HubCore
import Testing

@testable import HubStore

@Suite("HubDatabase: schema upgrades from every earlier schema, online backups")
struct DatabaseBackupTests {
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-backup-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a database of every earlier schema is upgraded on open, its contents kept")
    func upgradesFromEveryEarlierSchema() async throws {
        let migrations = HubDatabase.migrator.migrations
        #expect(HubDatabase.schemaVersion == migrations.count)
        for (index, last) in migrations.enumerated().dropLast() {
            let path = try scratch().appendingPathComponent("old.sqlite").path
            do {
                let queue = try DatabaseQueue(path: path)
                try HubDatabase.migrator.migrate(queue, upTo: last)
                try await queue.write { db in
                    try db.execute(sql: "INSERT INTO state (key, value) VALUES ('sync.since', 's72_1')")
                }
                try queue.close()
            }
            #expect(try HubDatabase.schemaVersion(at: path) == index + 1)
            let database = try HubDatabase(path: path)
            #expect(try await database.value(for: "sync.since") == "s72_1", "from \(last)")
            #expect(try HubDatabase.schemaVersion(at: path) == HubDatabase.schemaVersion, "from \(last)")
        }
    }

    @Test("a database written by a newer HubBot is refused, by name, when opened and when backed up")
    func newerSchemaRefused() async throws {
        let folder = try scratch()
        let path = folder.appendingPathComponent("new.sqlite").path
        _ = try HubDatabase(path: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try await queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
            }
            try queue.close()
        }
        let newer = DatabaseBackupError.newerSchema(
            path: path,
            found: HubDatabase.schemaVersion + 1,
            known: HubDatabase.schemaVersion
        )
        #expect(throws: newer) { try HubDatabase(path: path) }
        #expect(throws: newer) {
            try HubDatabase.backUp(from: path, to: folder.appendingPathComponent("copy.sqlite").path)
        }
        #expect(newer.description.contains("newer HubBot"))
    }

    @Test("a backup taken while HubBot writes is one consistent, checked moment, 0600, with the key file")
    func backupWhileWriting() async throws {
        let folder = try scratch()
        let path = folder.appendingPathComponent("hubbot.sqlite").path
        let database = try HubDatabase(path: path)
        try "a key".write(toFile: path + ".crypto-key", atomically: true, encoding: .utf8)
        // Each write moves two values together; a torn copy would show them apart.
        let writer = Task {
            for round in 1...400 {
                try await database.setValues([("a", "\(round)"), ("b", "\(round)")])
            }
        }
        var copies: [String] = []
        for number in 1...5 {
            let copy = folder.appendingPathComponent("copy-\(number).sqlite").path
            let backup = try HubDatabase.backUp(from: path, to: copy)
            #expect(backup.schemaVersion == HubDatabase.schemaVersion)
            #expect(backup.keyFile == copy + ".crypto-key")
            copies.append(copy)
        }
        try await writer.value
        for copy in copies {
            let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let restored = try HubDatabase(path: copy)
            #expect(try await restored.value(for: "a") == restored.value(for: "b"))
            #expect(try String(contentsOfFile: copy + ".crypto-key", encoding: .utf8) == "a key")
            #expect(!FileManager.default.fileExists(atPath: copy + ".partial"))
        }
        // An existing file is not replaced unless asked; a missing database is named.
        #expect(throws: DatabaseBackupError.exists(copies[0])) { try HubDatabase.backUp(from: path, to: copies[0]) }
        _ = try HubDatabase.backUp(from: path, to: copies[0], overwrite: true)
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: DatabaseBackupError.noDatabase(missing)) {
            try HubDatabase.backUp(from: missing, to: folder.appendingPathComponent("x.sqlite").path)
        }
    }
}
