import ArgumentParser
import Foundation
import HubConfig
import HubCore
import HubStore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show how the hub served people over a period, for the people who lead it.",
        discussion: """
            Counts requests per tag, the time from a request to the first accepted offer (median and \
            p90), the share of requests that found someone, ratings, faults per category with the time \
            until the ticket system had them, the tags nobody could take (unmet demand) and the \
            interests specialists began to offer. Figures only: no one is named or ranked. Requests \
            count in the period they were created in. Records come from HubBot's database \
            (storage.path in the config), which is only read.

            --since and --until take a time back from now (30m, 24h, 7d) or an ISO date \
            (2026-11-23, midnight UTC, or 2026-11-23T09:00:00Z).

            Examples:
              hubbot report --since 7d
              hubbot report --since 2026-11-01 --until 2026-12-01 --format csv > november.csv
              hubbot report --since 30d --format json --config /etc/hubbot/hubbot.yaml | jq .unmet_demand
            """
    )

    @Option(help: "Start of the period (included): 7d, 24h, 30m or an ISO date.")
    var since = "7d"

    @Option(help: "End of the period (excluded), as for --since; default: now.")
    var until: String?

    @Option(help: "Output format: markdown, csv or json.")
    var format: ReportOutput = .markdown

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml (for the database).")
    var config = DefaultConfig.path

    func run() async throws {
        let now = Date()
        guard let start = ReportMoment.parse(since, now: now) else {
            throw ValidationError("--since '\(since)' is not \(ReportMoment.forms)")
        }
        let end = try until.map { text in
            guard let date = ReportMoment.parse(text, now: now) else {
                throw ValidationError("--until '\(text)' is not \(ReportMoment.forms)")
            }
            return date
        }
        guard start < end ?? now else {
            throw ValidationError("the period is empty: --since must be before --until (or now)")
        }
        let settings = try CommandConfig.load(config)
        guard let store = try await CommandStorage.open(settings, config: config) else {
            let path = settings.storage.path
            Diagnostics.fail("no database at \(path) (storage.path in \(config)); has HubBot run with this config yet?")
            throw ExitCode(78)
        }
        let report = try await store.report(since: start, until: end ?? now)
        print(try report.rendered(as: format.reportFormat), terminator: "")
    }
}

/// `--format` for `hubbot report`.
enum ReportOutput: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case csv
    case json

    var reportFormat: ReportFormat {
        switch self {
        case .markdown: .markdown
        case .csv: .csv
        case .json: .json
        }
    }
}
