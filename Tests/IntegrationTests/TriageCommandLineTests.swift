import Foundation
import HubTestSupport
import Testing

/// `hubbot triage` and `hubbot check-config` as an admin runs them: the real binary,
/// its exit code and what it prints.
@Suite("Command line: triage and its checks")
struct TriageCommandLineTests {
    /// A folder with a hubbot.yaml whose only route is `workplace`, and a tag file.
    struct Setting {
        let folder: URL
        var config: String { folder.appendingPathComponent("hubbot.yaml").path }
        var tags: String { folder.appendingPathComponent("tags.yaml").path }

        init(route: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-triage-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try """
            matrix:
              homeserver: "http://127.0.0.1:8008"
              access_token: "env:HUBBOT_MATRIX_ACCESS_TOKEN"
            hub:
              tags: "tags.yaml"
            tickets:
              targets:
                helpdesk:
                  preset: webhook
                  url: "https://helpdesk.example.org/hooks/hubbot"
              routes:
                workplace: helpdesk

            """.write(toFile: config, atomically: true, encoding: .utf8)
            try """
            interests:
              - name: statistics
                description: "Designing studies, testing hypotheses, sampling and regression."
                keywords: [statistics, regression, "p-value"]
            hygiene:
              - name: printer
                description: "Printers and copiers that jam, print nothing or are offline."
                keywords: [printer, toner, "paper jam"]
                route: \(route)
                examples:
                  - "the plotter rejects A1 jobs"

            """.write(toFile: tags, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    func run(_ arguments: [String], input: String? = nil) async throws -> ChildProcess {
        let process = try ChildProcess(try ProjectPaths.hubbotExecutable(), arguments: arguments, input: input)
        #expect(try await process.waitForExit(timeout: .seconds(60)), "hubbot \(arguments) did not finish")
        return process
    }

    @Test("a fault category's route that tickets.routes does not name fails check-config and triage, at its line")
    func routeTypo() async throws {
        let setting = try Setting(route: "workplce")
        defer { setting.remove() }
        let check = try await run(["check-config", setting.config])
        #expect(check.exitCode == 1, "\(check.text)")
        #expect(check.text.contains("tags.yaml:9:5: hygiene.0.route"), "\(check.text)")
        #expect(check.text.contains("'workplce' is not under tickets.routes"), "\(check.text)")

        let triage = try await run(["triage", "--tags", setting.tags, "--config", setting.config, "printer jammed"])
        #expect(triage.exitCode == 1, "\(triage.text)")
        #expect(triage.text.contains("'workplce' is not under tickets.routes"), "\(triage.text)")

        let good = try Setting(route: "workplace")
        defer { good.remove() }
        let fine = try await run(["check-config", good.config])
        #expect(fine.exitCode == 0, "\(fine.text)")
        let read = try await run([
            "triage", "--tags", good.tags, "--config", good.config, "the plotter rejects A0 jobs",
        ])
        #expect(read.exitCode == 0 && read.text.hasPrefix("hygiene printer"), "\(read.text)")
        #expect(read.text.contains("[example]"), "examples: count and are named as such: \(read.text)")
    }

    @Test("messages from standard input, one per line, as JSON with language, intent and ranking")
    func standardInput() async throws {
        let process = try await run(
            ["triage", "-", "--format", "json"],
            input: "the printer on floor 3 is jammed again\nder Drucker druckt nicht\nwho knows gephi?\n"
        )
        #expect(process.exitCode == 0, "\(process.text)")
        let decisions = try JSONSerialization.jsonObject(with: Data(process.text.utf8)) as? [[String: Any]]
        #expect(decisions?.count == 3)
        #expect(decisions?.map { $0["label"] as? String } == ["hygiene", "hygiene", "specialist"])
        #expect(decisions?[1]["language"] as? String == "de")
        #expect((decisions?[0]["ranking"] as? [String])?.isEmpty == false)
        // What the person would be offered: the fault's category; the request's interest.
        #expect(decisions?[0]["offered"] as? [String] == ["printer"])
        #expect((decisions?[2]["offered"] as? [String])?.first == "social-network-analysis")
    }

    @Test("--evaluate reports per language and per category, with confusion matrices, in text and JSON")
    func evaluate() async throws {
        let corpus = ProjectPaths.root.appendingPathComponent("Tests/Fixtures/blind/corpus-dev.tsv").path
        let json = try await run(["triage", "--evaluate", corpus, "--format", "json"])
        #expect(json.exitCode == 0)
        let report = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
        let languages = report?["byLanguage"] as? [String: Any]
        #expect(Set(languages.map { Array($0.keys) } ?? []).isSuperset(of: ["en", "de", "fr", "es", "nl", "it", "sv"]))
        #expect((report?["byCategory"] as? [String: Any])?["printer"] != nil)
        let confusion = report?["confusion"] as? [String: [String: Int]]
        #expect(confusion?.values.flatMap(\.values).reduce(0, +) == report?["samples"] as? Int)
        #expect(report?["unclearPrecision"] is Double && report?["nonEnglish"] is [String: Any])

        let text = try await run(["triage", "--evaluate", corpus])
        for heading in [
            "label accuracy:", "fault precision:", "by language", "by category", "labels (expected → given)",
        ] {
            #expect(text.text.contains(heading), "missing \(heading)")
        }
    }
}
