import ArgumentParser
import Foundation
import HubApp

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check everything HubBot needs, and say what to fix, one line each.",
        discussion: """
            Checks the config and its secrets, the tag file, the homeserver (it answers; the access \
            token is valid and whose it is), each ticket system (a read-only search where the system \
            has one; nothing is filed), whether a HubBot runs on the database, the database's folder, \
            owner, mode and schema (on PostgreSQL: the connection with its TLS settings, the schema \
            and which instance leads), and the listener port (free, or answering /healthz when HubBot \
            runs). Secrets are read from the environment and from the secrets file beside the \
            config (hubbot.env, as the systemd unit reads it), which is why doctor is best run as \
            root on a server. Nothing is changed and nothing is sent to chat.

            Exit status: 0 when nothing failed (warnings allowed), 1 otherwise.

            Examples:
              hubbot doctor
              hubbot doctor --config /etc/hubbot/hubbot.yaml --format json | jq '.findings[] | select(.status == "failed")'
            """
    )

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml.")
    var config = DefaultConfig.path

    @Option(help: "The secrets file to read (default: hubbot.env beside the config, when it exists).")
    var envFile: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Seconds each check waits for a server (the homeserver, a ticket system) to answer.")
    var timeout = 10

    func validate() throws {
        guard (1...600).contains(timeout) else { throw ValidationError("--timeout takes 1 to 600 seconds") }
    }

    struct Report: Encodable {
        var ok: Bool
        var findings: [DoctorFinding]
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let (environment, usedFile) = try EnvironmentFile.serviceEnvironment(config: config, envFile: envFile)
        let findings = await Doctor(
            configPath: config,
            environment: environment,
            environmentFile: usedFile,
            timeout: .seconds(timeout)
        ).run()
        let ok = !findings.contains { $0.status == .failed }
        switch format {
        case .json:
            print(try OutputFormat.json(Report(ok: ok, findings: findings)))
        case .text:
            let width = findings.map(\.check.count).max() ?? 0
            for finding in findings {
                let label: String
                switch finding.status {
                case .ok: label = "ok  "
                case .warning: label = "WARN"
                case .failed: label = "FAIL"
                case .skipped: label = "skip"
                }
                let check = finding.check.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(label)  \(check)  \(finding.detail)" + (finding.fix.map { " → \($0)" } ?? ""))
            }
            print(ok ? "nothing to fix" : "fix the FAIL lines, then run hubbot doctor again")
        }
        if !ok { throw ExitCode.failure }
    }
}
