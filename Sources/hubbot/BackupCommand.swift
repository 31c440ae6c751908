import ArgumentParser
import Foundation
import HubConfig
import HubStore

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy HubBot's database to a file, consistently, while HubBot runs.",
        discussion: """
            Uses SQLite's online backup API: the copy is one consistent moment of the database, \
            HubBot keeps answering meanwhile, and the copy is checked (integrity_check) before it \
            takes its name. The encryption key file beside the database (<storage.path>.crypto-key), \
            if there is one, is copied beside the backup (<PATH>.crypto-key): keep the two together. \
            Both copies are readable by their owner only (0600).

            To restore: stop HubBot, put the backup (and its key file) in place of storage.path, start \
            HubBot. It reads the chat again from the backup's position; what it had answered since is \
            not answered again, what it had not is answered, and no fault is filed twice. See \
            docs/operations.md, "Backups and restore".

            Examples:
              sudo -u hubbot hubbot backup /var/backups/hubbot/hubbot-$(date +%F).sqlite --config /etc/hubbot/hubbot.yaml
              hubbot backup nightly.sqlite --overwrite --format json
            """
    )

    @Argument(help: "Where to write the copy (a new file, unless --overwrite).")
    var path: String

    @Flag(help: "Replace PATH if it exists.")
    var overwrite = false

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml (for storage.path).")
    var config = DefaultConfig.path

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let settings = try CommandConfig.load(config)
        if settings.storage.postgres != nil {
            Diagnostics.fail(
                "HubBot's data is in PostgreSQL (storage.postgres): back it up with pg_dump, "
                    + "which copies it consistently while HubBot runs (docs/operations.md)"
            )
            throw ExitCode(64)
        }
        let backup: DatabaseBackup
        do {
            backup = try HubDatabase.backUp(from: settings.storage.path, to: path, overwrite: overwrite)
        } catch let error as DatabaseBackupError {
            Diagnostics.fail(error.description)
            throw ExitCode.failure
        }
        switch format {
        case .json:
            print(try OutputFormat.json(backup))
        case .text:
            let size = ByteCountFormatter.string(fromByteCount: Int64(backup.bytes), countStyle: .file)
            print(
                "backed up \(settings.storage.path) to \(backup.path) (\(size), database schema \(backup.schemaVersion))"
            )
            print(
                "\(backup.records) hub records; \(backup.pendingMessages) messages and \(backup.pendingReplies) replies were waiting"
            )
            if let keyFile = backup.keyFile {
                print("encryption key copied to \(keyFile): keep it with the backup")
            }
        }
    }
}
