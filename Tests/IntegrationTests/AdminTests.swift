import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// Admins shape the hub: the tag file is read again when it changes, on SIGHUP
/// and on `!reload`; a broken one is refused with line and column; `!explain`.
@Suite("Integration: admins and hot reload", .enabled(if: SynapseEnvironment.shouldRun))
struct AdminTests {
    let http = HTTPClient()

    @Test(
        "a broken tag file is refused and the old one keeps running; a good one takes effect; !explain and !reload are for admins"
    )
    func hotReload() async throws {
        let synapse = try SynapseEnvironment.require()
        let setting = try await AdminSetting(synapse: synapse, http: http, label: "tags")
        defer { setting.tags.remove() }
        let (hubbot, admin, carol) = (setting.hubbot, setting.admin, setting.carol)
        let (tagsPath, original) = (setting.tags.path, setting.original)

        try await hubbot.say("!explain the printer jams", as: carol)
        _ = try await hubbot.waitForMessage(containing: "is for admins", to: carol)
        try await hubbot.say("!explain the printer on floor 3 jams every morning", as: admin)
        _ = try await hubbot.waitForMessage(containing: "decision: hygiene #printer", to: admin)

        // A broken file: refused, with file:line:column, and the old config still answers.
        try (original + "\n  - name: Broken Tag\n    colour: red\n").write(
            toFile: tagsPath,
            atomically: true,
            encoding: .utf8
        )
        let refused = try await hubbot.waitForMessage(containing: "NOT reloaded", to: admin)
        #expect(refused.content?.body?.contains("tags.yaml:") == true, "\(refused.content?.body ?? "")")
        try await hubbot.say("the printer on floor 3 is jammed", as: carol)
        _ = try await hubbot.waitForMessage(containing: "fault for IT support", to: carol)

        // A good file with a new interest: it takes effect at once.
        let added = original.replacingOccurrences(
            of: "interests:\n",
            with:
                "interests:\n  - name: quantum-computing\n    description: \"Qubits and quantum algorithms.\"\n    keywords: [qubits, quantum]\n",
            options: [],
            range: original.range(of: "\ninterests:\n").map { original.index(after: $0.lowerBound)..<$0.upperBound }
        )
        #expect(added != original)
        try added.write(toFile: tagsPath, atomically: true, encoding: .utf8)
        _ = try await hubbot.waitForMessage(containing: "Config reloaded", to: admin)
        try await hubbot.say("does anyone here know about qubits?", as: carol)
        _ = try await hubbot.waitForMessage(containing: "#quantum-computing", to: carol)

        // !reload and SIGHUP read it again on demand; colleagues may not.
        try await hubbot.say("!reload", as: carol)
        _ = try await hubbot.waitForMessage(containing: "is for admins", to: carol)
        try await hubbot.say("!reload", as: admin)
        try await waitForCount(of: "Config reloaded", atLeast: 2, to: admin, hubbot: hubbot)
        hubbot.signal(SIGHUP)
        try await waitForCount(of: "Config reloaded", atLeast: 3, to: admin, hubbot: hubbot)
        #expect(try await hubbot.stop() == 0)
    }

    func waitForCount(of text: String, atLeast count: Int, to person: Person, hubbot: HubBotProcess) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let found = try await hubbot.messages(to: person).filter { $0.content?.body?.contains(text) == true }
            if found.count >= count { return }
            try await Task.sleep(for: .milliseconds(300))
        }
        throw TestServerError("fewer than \(count) messages containing “\(text)”:\n\(hubbot.output)")
    }
}

@Suite("Integration: HubBot's words", .enabled(if: SynapseEnvironment.shouldRun))
struct WordingTests {
    let http = HTTPClient()

    @Test(
        "messages.<lang>.yaml beside the tag file takes effect while HubBot runs; a broken one is refused at its line; German and HTML reach Synapse"
    )
    func ownWording() async throws {
        let synapse = try SynapseEnvironment.require()
        let setting = try await AdminSetting(synapse: synapse, http: http, label: "wording")
        defer { setting.tags.remove() }
        let (hubbot, admin, carol) = (setting.hubbot, setting.admin, setting.carol)
        let german = setting.tags.directory.appendingPathComponent("messages.de.yaml").path

        // In her language, with the HTML form for chat apps.
        try await hubbot.say("Hallo! Kann mir jemand bei einer Regressionsanalyse helfen?", as: carol)
        // (Nobody here offers #statistics: the hub notes the gap, in German.)
        _ = try await hubbot.waitForMessage(containing: "Ich habe das als Anfrage", to: carol)
        try await hubbot.say("!help", as: carol)
        let help = try await hubbot.waitForMessage(containing: "!status", to: carol)
        #expect(
            help.content?.formattedBody?.contains("<code>!status</code>") == true,
            "\(help.content?.formattedBody ?? "")"
        )
        #expect(help.content?.body?.contains("`!status`") == true, "Markdown-like body")
        #expect(help.content?.body?.contains("!audit") == false, "a colleague's help, not the admin's")

        // The admin's own wording: read when the file appears, used at once.
        try "help.footer_specialists: \"Mehr zu einem Befehl: `!help <command>`. Fachleute: `!interests add #tag`.\"\n"
            .write(toFile: german, atomically: true, encoding: .utf8)
        let reloaded = try await hubbot.waitForMessage(containing: "Config reloaded", to: admin)
        #expect(reloaded.content?.body?.contains("own wording for de") == true, "\(reloaded.content?.body ?? "")")
        try await hubbot.say("!help", as: carol)
        _ = try await hubbot.waitForMessage(containing: "Mehr zu einem Befehl", to: carol)

        // A broken file: refused with file:line:column; the wording in force stays.
        try "help.footer_specialists: \"Hilfe {topic}\"\nhelp.fotter: \"x\"\n"
            .write(toFile: german, atomically: true, encoding: .utf8)
        let refused = try await hubbot.waitForMessage(containing: "wording files are NOT reloaded", to: admin)
        let body = refused.content?.body ?? ""
        #expect(body.contains("messages.de.yaml:1:26"), "\(body)")
        #expect(body.contains("messages.de.yaml:2:1"), "\(body)")
        try await hubbot.say("!help", as: carol)
        try await waitForCount(of: "Mehr zu einem Befehl", atLeast: 2, to: carol, hubbot: hubbot)
        #expect(try await hubbot.stop() == 0)
    }

    func waitForCount(of text: String, atLeast count: Int, to person: Person, hubbot: HubBotProcess) async throws {
        try await AdminTests().waitForCount(of: text, atLeast: count, to: person, hubbot: hubbot)
    }
}
