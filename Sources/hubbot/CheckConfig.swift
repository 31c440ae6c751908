import ArgumentParser
import Foundation
import HubConfig

struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate config files without starting HubBot.",
        discussion: """
            Reports every problem at once, as FILE:LINE:COLUMN: KEY: MESSAGE, for each hubbot.yaml, \
            the tag config it names (hub.tags) and the wording files beside it (messages.<lang>.yaml). Secrets are not read, so this works on a machine \
            without them. Exits 0 when every file is valid, 1 otherwise.

            Examples:
              hubbot check-config
              hubbot check-config Config/hubbot.yaml staging.yaml --format json
              ls configs/*.yaml | hubbot check-config -
            """
    )

    @Argument(help: "Config files to check; '-' reads paths from standard input, one per line.")
    var paths: [String] = [DefaultConfig.path]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Report: Encodable {
        var file: String
        var valid: Bool
        var issues: [ConfigIssue]
    }

    func run() throws {
        let files = try InputList.expand(paths)
        var reports: [Report] = []
        for file in files {
            do throws(ConfigError) {
                let config = try ConfigLoader.load(path: file)
                reports.append(Report(file: file, valid: true, issues: []))
                // The tag config hubbot.yaml names (hub.tags) is checked with it, once per file.
                let tags = config.tagsPath(relativeTo: file)
                if !reports.contains(where: { $0.file == tags }) {
                    do throws(ConfigError) {
                        _ = try TagsConfig.load(path: tags, routes: config.tagRoutes)
                        reports.append(Report(file: tags, valid: true, issues: []))
                    } catch {
                        reports.append(Report(file: tags, valid: false, issues: error.issues))
                    }
                    // The admin's wording beside it (messages.<lang>.yaml), each file that exists.
                    for (language, path) in MessagesConfig.paths(nextTo: tags)
                    where FileManager.default.fileExists(atPath: path) {
                        do throws(ConfigError) {
                            _ = try MessagesConfig.load(path: path, language: language)
                            reports.append(Report(file: path, valid: true, issues: []))
                        } catch {
                            reports.append(Report(file: path, valid: false, issues: error.issues))
                        }
                    }
                }
            } catch {
                reports.append(Report(file: file, valid: false, issues: error.issues))
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
