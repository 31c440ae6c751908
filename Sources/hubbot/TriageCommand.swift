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

    @Option(help: "A labelled corpus (TSV) to measure triage on, instead of classifying messages.")
    var evaluate: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Decision: Encodable {
        var message: String
        var label: String
        var tags: [String]
        var confidence: Double
        var evidence: [String]
    }

    func run() throws {
        let model: TagModel
        do throws(ConfigError) {
            model = try TagsConfig.load(path: tags)
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
                evidence: result.evidence.prefix(6).map(\.description)
            )
        }
        switch format {
        case .json:
            print(try OutputFormat.json(decisions))
        case .text:
            for decision in decisions {
                print("\(decision.label) \(decision.tags.joined(separator: ", ")) (confidence \(decision.confidence))")
                print("  \(decision.message)")
                if !decision.evidence.isEmpty { print("  because: \(decision.evidence.joined(separator: "; "))") }
            }
        }
    }

    private func printReport(_ report: TriageEvaluation) throws {
        switch format {
        case .json:
            print(try OutputFormat.json(report))
        case .text:
            func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
            print("samples:            \(report.samples)")
            print("label accuracy:     \(percent(report.accuracy))")
            print("hygiene precision:  \(percent(report.hygienePrecision))")
            print("hygiene recall:     \(percent(report.hygieneRecall))")
            print("top-3 tag recall:   \(percent(report.top3TagRecall))")
            if !report.misses.isEmpty {
                print("\nmisread (\(report.misses.count)):")
                for miss in report.misses { print("  expected \(miss.expected), got \(miss.got): \(miss.message)") }
            }
        }
    }
}
