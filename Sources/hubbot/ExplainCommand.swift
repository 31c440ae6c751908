import ArgumentParser
import Foundation
import HubConfig
import HubCore
import HubStore

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why HubBot would answer a sentence the way it does.",
        discussion: """
            Prints the triage decision, its confidence, the words and tags that drove it, the \
            specialists HubBot would list with their scores and reasons, and the rule that left \
            out every other holder of the tags (away, at capacity, not answering…). Specialists \
            come from HubBot's database (storage.path in the config); the database is only read.

            Examples:
              hubbot explain "the printer on floor 3 jams every morning"
              hubbot explain --config /etc/hubbot/hubbot.yaml "who can help with a regression?"
              hubbot explain - --format json < sentences.txt
            """
    )

    @Argument(help: "Sentences to explain; '-' reads them from standard input, one per line.")
    var sentences: [String] = []

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml (for the tags file and the database).")
    var config = DefaultConfig.path

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let (settings, tags) = try CommandConfig.loadWithTags(config)
        let texts = try InputList.expand(sentences)
        guard !texts.isEmpty else {
            throw ValidationError("give a sentence to explain, or '-' to read them from standard input")
        }
        var records: [HubRecord] = []
        if let store = try await CommandStorage.open(settings, config: config) {
            records = try await store.hubRecords()
        }
        let hub = Hub(me: PersonID("@hubbot:explain"), tags: tags, records: records)
        let explanations = texts.map { hub.explain($0, now: Date()) }
        switch format {
        case .json: print(try OutputFormat.json(explanations))
        case .text: print(explanations.map(\.description).joined(separator: "\n\n"))
        }
    }
}
