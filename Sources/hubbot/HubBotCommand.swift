import ArgumentParser
import HubApp
import HubPostgres
import HubStore

@main
struct HubBotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubbot",
        abstract: "HubBot: the chat front door of a hub of specialists.",
        discussion: """
            Colleagues write a sentence in Matrix; HubBot finds specialists whose interests fit, \
            and hands everyday IT faults to the ticket system.

            Exit codes: 0 success, 1 failure (for check-config: a config is invalid), \
            64 wrong command-line usage, 78 the config cannot be used.
            """,
        version:
            "\(HubBotVersion.current) (database schema \(HubDatabase.schemaVersion) on SQLite, \(PostgresHubDatabase.schemaVersion) on PostgreSQL)",
        subcommands: [
            Run.self, CheckConfig.self, TriageCommand.self, ExplainCommand.self, ReportCommand.self,
            ChatCommand.self, DemoSpecialistsCommand.self, AccountCommand.self, DoctorCommand.self, BackupCommand.self,
            SpecialistsCommand.self, MessagesCommand.self,
        ]
    )
}
