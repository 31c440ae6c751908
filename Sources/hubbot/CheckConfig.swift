import ArgumentParser
import Foundation
import HubConfig

struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate config files without starting HubBot.",
        discussion: """
            Reports every problem at once, as FILE:LINE:COLUMN: KEY: MESSAGE. Secrets are not read, \
            so this works on a machine without them. Exits 0 when every file is valid, 1 otherwise.

            Examples:
              hubbot check-config
              hubbot check-config Config/hubbot.yaml staging.yaml --format json
              ls configs/*.yaml | hubbot check-config -
            """
    )

    @Argument(help: "Config files to check; '-' reads paths from standard input, one per line.")
    var paths: [String] = ["Config/hubbot.yaml"]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Report: Encodable {
        var file: String
        var valid: Bool
        var issues: [ConfigIssue]
    }

    func run() throws {
        let files = try InputList.expand(paths)
        let reports = files.map { file -> Report in
            do throws(ConfigError) {
                _ = try ConfigLoader.load(path: file)
                return Report(file: file, valid: true, issues: [])
            } catch {
                return Report(file: file, valid: false, issues: error.issues)
            }
        }
        switch format {
        case .json:
            print(try OutputFormat.json(reports))
        case .text:
            for report in reports {
                if report.valid {
                    print("\(report.file): ok")
                } else {
                    report.issues.forEach { print($0.description) }
                }
            }
        }
        if reports.contains(where: { !$0.valid }) {
            throw ExitCode.failure
        }
    }
}
