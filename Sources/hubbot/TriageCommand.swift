import ArgumentParser
import Foundation
import HubConfig
import HubCore

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Show how HubBot reads messages: fault, specialist request or unclear, and why.",
        discussion: """
            Classifies each message with the tags in --tags and prints the decision, its confidence \
            and the words that drove it. With --evaluate, measures triage on a labelled corpus \
            (label<TAB>tags<TAB>message) and prints accuracy, hygiene precision and recall, and \
            top-3 tag recall. Exits 1 when a tags file is invalid.

            Examples:
              hubbot triage "the printer on floor 3 is jammed again"
              printf 'vpn down\\nwho knows gephi?\\n' | hubbot triage - --format json
              hubbot triage --evaluate Tests/Fixtures/triage-corpus.tsv
            """
    )

    @Argument(help: "Messages to classify; '-' reads them from standard input, one per line.")
    var messages: [String] = []

    @Option(help: "The tags file.")
    var tags = "Config/tags.yaml"

    @Option(
        help: ArgumentHelp(
            "A hubbot.yaml whose tickets.routes each fault category's route must name.",
            discussion: "Without it, Config/hubbot.yaml is used when it exists and names the same tags file."
        )
    )
    var config: String?

    @Option(help: "A labelled corpus (TSV) to measure triage on, instead of classifying messages.")
    var evaluate: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Decision: Encodable {
        var message: String
        var label: String
        var tags: [String]
        var confidence: Double
        /// HubBot would ask the person to confirm before acting.
        var confirm: Bool
        var language: String
        var intent: [String]
        var evidence: [String]
        /// The best-scoring tags and categories with their points.
        var ranking: [String]
        /// What the person is offered, best first: the request's tags, the fault's category, or
        /// the readings HubBot asks them to pick from when it asks back (at most three).
        var offered: [String]
    }

    func run() throws {
        let model: TagModel
        do throws(ConfigError) {
            model = try TagsConfig.load(path: tags, routes: try routes())
        } catch {
            Diagnostics.fail(error.description)
            throw ExitCode.failure
        }
        let triage = Triage(model: model)
        if let evaluate {
            guard let text = try? String(contentsOfFile: evaluate, encoding: .utf8) else {
                throw ValidationError("cannot read the corpus \(evaluate)")
            }
            let report = TriageEvaluation(triage: triage, samples: TriageEvaluation.samples(fromTSV: text))
            try printReport(report)
            return
        }
        let decisions = try InputList.expand(messages).map { message in
            let result = triage.classify(message)
            var label = "unclear"
            var named: [String] = []
            switch result.label {
            case .hygiene(let category):
                label = "hygiene"
                named = [category]
            case .specialist(let interests):
                label = "specialist"
                named = interests
            case .unclear(let guesses):
                named = guesses
            }
            return Decision(
                message: message,
                label: label,
                tags: named,
                confidence: (result.confidence * 100).rounded() / 100,
                confirm: result.confirm,
                language: result.language,
                intent: result.intent.fault.map { "fault: \($0)" } + result.intent.idea.map { "idea: \($0)" },
                evidence: result.evidence.prefix(6).map(\.description),
                ranking: result.ranking.map(\.description),
                offered: result.offered
            )
        }
        switch format {
        case .json:
            print(try OutputFormat.json(decisions))
        case .text:
            for decision in decisions {
                let ask = decision.confirm ? ", would confirm first" : ""
                print(
                    "\(decision.label) \(decision.tags.joined(separator: ", ")) "
                        + "(confidence \(decision.confidence), \(decision.language)\(ask))"
                )
                print("  \(decision.message)")
                if !decision.intent.isEmpty { print("  intent: \(decision.intent.joined(separator: "; "))") }
                if !decision.evidence.isEmpty { print("  because: \(decision.evidence.joined(separator: "; "))") }
                if decision.ranking.count > 1 { print("  ranking: \(decision.ranking.joined(separator: ", "))") }
            }
        }
    }

    /// The routes of --config, or of Config/hubbot.yaml when it names this tags file.
    private func routes() throws(ConfigError) -> Set<String>? {
        if let config { return try ConfigLoader.load(path: config).tagRoutes }
        let fallback = "Config/hubbot.yaml"
        guard FileManager.default.fileExists(atPath: fallback),
            let settings = try? ConfigLoader.load(path: fallback),
            URL(fileURLWithPath: settings.tagsPath(relativeTo: fallback)).standardized.path
                == URL(fileURLWithPath: tags).standardized.path
        else { return nil }
        return settings.tagRoutes
    }

    private func printReport(_ report: TriageEvaluation) throws {
        switch format {
        case .json:
            print(try OutputFormat.json(report))
        case .text:
            print(TriageReportText(report).text, terminator: "")
        }
    }
}
