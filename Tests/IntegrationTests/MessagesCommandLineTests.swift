import Foundation
import HubTestSupport
import Testing

/// `hubbot messages export` and `hubbot check-config` on wording files, as an admin runs them.
@Suite("Command line: HubBot's words")
struct MessagesCommandLineTests {
    func run(_ arguments: [String], input: String? = nil) async throws -> ChildProcess {
        let process = try ChildProcess(try ProjectPaths.hubbotExecutable(), arguments: arguments, input: input)
        #expect(try await process.waitForExit(timeout: .seconds(60)), "hubbot \(arguments) did not finish")
        return process
    }

    @Test("export prints a language's catalogue as YAML that check-config accepts back; JSON and ids from stdin")
    func export() async throws {
        let setting = try TriageCommandLineTests.Setting(route: "workplace")
        defer { setting.remove() }
        let yaml = try await run(["messages", "export", "--lang", "de"])
        #expect(yaml.exitCode == 0)
        #expect(yaml.text.contains("greeting.first: \"Hallo {name}!") || yaml.text.contains("greeting.first: \""))
        #expect(yaml.text.contains("# en: Hi {name}!"), "the English above each line")
        // The whole export, used as the admin's file, is valid.
        let path = setting.folder.appendingPathComponent("messages.de.yaml").path
        try yaml.text.write(toFile: path, atomically: true, encoding: .utf8)
        let check = try await run(["check-config", setting.config])
        #expect(check.exitCode == 0, "\(check.text)")
        #expect(check.text.contains("messages.de.yaml: ok"), "\(check.text)")

        let json = try await run(
            ["messages", "export", "--lang", "fr", "--format", "json", "-"],
            input: "offer.sent\nhelp.footer\n"
        )
        #expect(json.exitCode == 0, "\(json.text)")
        let entries = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [[String: Any]]
        #expect(entries?.map { $0["id"] as? String } == ["offer.sent", "help.footer"])
        #expect((entries?.first?["placeholders"] as? [String])?.contains("question") == true)

        let unknown = try await run(["messages", "export", "--lang", "xx"])
        #expect(unknown.exitCode != 0 && unknown.text.contains("en, de, fr, es, nl"), "\(unknown.text)")
    }

    @Test("a broken wording file fails check-config with every problem at its line and column")
    func broken() async throws {
        let setting = try TriageCommandLineTests.Setting(route: "workplace")
        defer { setting.remove() }
        try """
        # our words
        greeting.first: "Bonjour {nom} !"
        offre.envoyee: "x"
        profile.capacity: "{count, plural, other {# à la fois}}"

        """.write(
            toFile: setting.folder.appendingPathComponent("messages.fr.yaml").path,
            atomically: true,
            encoding: .utf8
        )
        let check = try await run(["check-config", setting.config, "--format", "json"])
        #expect(check.exitCode == 1, "\(check.text)")
        let text = try await run(["check-config", setting.config])
        for expected in [
            "messages.fr.yaml:2:17: greeting.first: {nom} is not a value of this message (it has {name})",
            "messages.fr.yaml:2:17: greeting.first: {name} is left out",
            "messages.fr.yaml:3:1: offre.envoyee: no message has this id",
            "messages.fr.yaml:4:19: profile.capacity: {count, plural, …} needs `one {…}` in français",
        ] {
            #expect(text.text.contains(expected), "missing \(expected) in:\n\(text.text)")
        }
    }
}
