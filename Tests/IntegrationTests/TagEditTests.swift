import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// Admins change the tag file from chat: the change is checked, written back to
/// the file (which stays valid for `hubbot check-config`), takes effect at once,
/// and is audited; colleagues are refused.
@Suite("Integration: admin commands in chat", .enabled(if: SynapseEnvironment.shouldRun))
struct TagEditTests {
    let http = HTTPClient()

    @Test("!specialist set for an account Synapse does not have is refused; for one it has, it works")
    func phantomSpecialist() async throws {
        let synapse = try SynapseEnvironment.require()
        let setting = try await AdminSetting(synapse: synapse, http: http, label: "phantom")
        defer { setting.tags.remove() }
        let (hubbot, admin, carol) = (setting.hubbot, setting.admin, setting.carol)
        let ghost = "@nobody-here-\(UUID().uuidString.prefix(8).lowercased()):\(synapse.serverName)"
        try await hubbot.say("!specialist set \(ghost) interests #statistics:2", as: admin)
        _ = try await hubbot.waitForMessage(containing: "there is no account \(ghost)", to: admin)
        // A real account HubBot has not met yet.
        let erin = try await FreshAccount("erin", on: synapse, http: http)
        try await hubbot.say("!specialist set \(erin.userID) interests #statistics:2", as: admin)
        _ = try await hubbot.waitForMessage(containing: "(\(erin.userID)) now offers #statistics (2)", to: admin)
        // The colleague's shortlist has the real one, never the phantom.
        try await hubbot.say("can someone help me with the regression for our survey?", as: carol)
        let list = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
        #expect(list.content?.body?.contains("nobody-here") == false, "\(list.content?.body ?? "")")
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "an admin adds a tag in chat: the file has it and passes check-config, sentences triage to it, !audit lists it"
    )
    func addTagInChat() async throws {
        let synapse = try SynapseEnvironment.require()
        let setting = try await AdminSetting(synapse: synapse, http: http, label: "tag-edit")
        defer { setting.tags.remove() }
        let (hubbot, admin, carol) = (setting.hubbot, setting.admin, setting.carol)
        let (tagsPath, original) = (setting.tags.path, setting.original)

        // A colleague may not; the file is untouched.
        let add = "!tag add #quantum-computing \"Qubits and quantum algorithms.\" qubits, quantum annealing"
        try await hubbot.say(add, as: carol)
        _ = try await hubbot.waitForMessage(containing: "`!tag` is for admins (hub.admins in the config)", to: carol)
        #expect(try String(contentsOfFile: tagsPath, encoding: .utf8) == original)

        // An admin may: the file gets the entry, in its own style, and still passes check-config.
        try await hubbot.say(add, as: admin)
        let done = try await hubbot.waitForMessage(containing: "Done: added #quantum-computing", to: admin)
        #expect(done.content?.body?.contains("in force now") == true, "\(done.content?.body ?? "")")
        let written = try String(contentsOfFile: tagsPath, encoding: .utf8)
        #expect(
            written.contains(
                "\n\n  - name: quantum-computing\n    description: \"Qubits and quantum algorithms.\"\n"
                    + "    keywords: [qubits, \"quantum annealing\"]\n    parent: null\n"
            ),
            "\(written)"
        )
        let check = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: ["check-config", hubbot.configPath]
        )
        #expect(try await check.waitForExit(timeout: .seconds(120)))
        #expect(check.exitCode == 0, "\(check.text)")
        // The file watcher (every 2 s) sees HubBot's own write as in force: no second reload, no second message.
        try await Task.sleep(for: .seconds(5))
        let reloads = try await hubbot.messages(to: admin).filter {
            $0.content?.body?.contains("Config reloaded") == true
        }
        #expect(reloads.isEmpty, "\(reloads.compactMap(\.content?.body))")

        // A colleague's sentence now finds the new tag.
        try await hubbot.say("does anyone here know about qubits?", as: carol)
        _ = try await hubbot.waitForMessage(containing: "#quantum-computing", to: carol)

        // A change that fails the check is refused with the validator's words, and nothing is written.
        try await hubbot.say("!tag alias #printer toner", as: admin)
        let refused = try await hubbot.waitForMessage(containing: "Not changed: add the keyword", to: admin)
        #expect(refused.content?.body?.contains("'toner' is listed twice") == true, "\(refused.content?.body ?? "")")
        #expect(try String(contentsOfFile: tagsPath, encoding: .utf8) == written)

        // The audit log has all three, newest first.
        try await hubbot.say("!audit", as: admin)
        let audit = try await hubbot.waitForMessage(containing: "admin changes, newest first", to: admin)
        let lines = (audit.content?.body ?? "").split(separator: "\n").dropFirst().map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.first?.contains("add the keyword “toner” to #printer — refused") == true)
        #expect(lines.dropFirst().first?.contains("\(admin.account.userID)): add #quantum-computing") == true)
        #expect(lines.dropFirst().first?.hasSuffix("— accepted") == true)
        #expect(lines.last?.contains("refused: not an admin") == true)
        #expect(try await hubbot.stop() == 0)
    }
}
