import Foundation
import Testing

@testable import HubCore

/// Admin commands in chat: only admins change things, refusals say why, a tag
/// people hold needs a confirmation to go, and every attempt is audited.
@Suite("Admin commands in chat: !tag, !specialist set, !audit")
struct HubAdminTests {
    static func harness() -> HubHarness {
        var settings = HubSettings()
        settings.admins = [dave]
        var hub = HubHarness(settings: settings)
        hub.openDirectChat(dave)
        hub.openDirectChat(carol)
        return hub
    }

    @Test("non-admins are refused with the reason, and the attempt is audited as refused")
    func nonAdmins() throws {
        var hub = Self.harness()
        for command in [
            "!tag add #quantum \"Qubits.\" qubit", "!tag alias #statistics anova test", "!tag remove #r confirm",
            "!specialist set @alice:hub.test capacity 1",
        ] {
            let reply = hub.write(command, from: carol).texts.first ?? ""
            #expect(reply.contains("is for admins (hub.admins in the config)"), "\(command): \(reply)")
            #expect(hub.lastTagEdits.isEmpty)
        }
        #expect(hub.hub.audit.count == 4)
        #expect(hub.hub.audit.values.allSatisfy { $0.outcome == .refused(reason: "not an admin (hub.admins)") })
        #expect(hub.hub.audit[1]?.person == carol && hub.hub.audit[1]?.change.hasPrefix("add #quantum") == true)
        #expect(hub.write("!audit", from: carol).texts.first?.contains("is for admins") == true)
        // Stored with the other records, so they survive a restart.
        hub.restart()
        #expect(hub.hub.audit.count == 4)
        let audit = try #require(hub.write("!audit 2", from: dave).texts.first)
        #expect(audit.contains("The latest 2 admin changes, newest first"), "\(audit)")
        #expect(audit.contains("#4 2027-01-15 08:00 UTC Carol (@carol:hub.test): set the capacity of @alice:hub.test"))
        #expect(audit.contains("refused: not an admin"))
        #expect(!audit.contains("#2 "))
    }

    @Test("an admin's tag edit goes to the app; its result is told, audited and survives a restart")
    func tagEdit() throws {
        var hub = Self.harness()
        let asked = hub.write(
            "!tag add #quantum-computing “Qubits and quantum algorithms.” qubit, Quantum Computing",
            from: dave
        )
        #expect(asked.texts.isEmpty)
        let request = try #require(hub.lastTagEdits.first)
        #expect(
            request.edit
                == .addInterest(
                    name: "quantum-computing",
                    description: "Qubits and quantum algorithms.",
                    keywords: ["qubit", "quantum computing"]
                )
        )
        #expect(hub.hub.audit[request.audit]?.outcome == .pending)
        hub.restart()
        // Restarted before the app reported: the edit is handed over again, marked as possibly done.
        #expect(hub.hub.pendingTagEdits == [TagEditRequest(audit: request.audit, edit: request.edit, resumed: true)])
        let told = hub.tagEditResult(request.audit, ok: true, message: "Written to tags.yaml; in force now.")
        #expect(told.first?.contains("Done: added #quantum-computing. Written to tags.yaml") == true, "\(told)")
        #expect(hub.hub.audit[request.audit]?.outcome == .accepted)
        #expect(hub.hub.pendingTagEdits.isEmpty)
        #expect(hub.tagEditResult(request.audit, ok: true, message: "again").isEmpty, "told once")

        // The app refuses what the validator refuses; the admin reads why, and the audit says so.
        hub.write("!tag alias #printer toner", from: dave)
        let alias = try #require(hub.lastTagEdits.first)
        let refused = hub.tagEditResult(
            alias.audit,
            ok: false,
            message: "The tag file would not pass the check with it, so nothing was written:\n"
                + "tags.yaml:3:5: hygiene.0.keywords: 'toner' is listed twice for 'printer'"
        )
        #expect(refused.first?.contains("Not changed: add the keyword “toner” to #printer") == true)
        #expect(refused.first?.contains("'toner' is listed twice") == true)
        guard case .refused(let reason)? = hub.hub.audit[alias.audit]?.outcome else {
            Issue.record("the refused edit is not audited as refused")
            return
        }
        #expect(reason.contains("listed twice"))
        let audit = hub.write("!audit", from: dave).texts.first ?? ""
        #expect(audit.contains("add the keyword “toner” to #printer — refused: The tag file would not pass"))
        #expect(audit.contains("add #quantum-computing") && audit.contains("— accepted"))
    }

    @Test("an edit already in the tags is recognised, so a resumed one is not written twice")
    func reflected() {
        let tags = HubHarness.tags
        #expect(TagEdit.addKeyword(tag: "printer", keyword: "toner").isReflected(in: tags))
        #expect(!TagEdit.addKeyword(tag: "printer", keyword: "scanner").isReflected(in: tags))
        #expect(TagEdit.describe(tag: "r", description: "The R language").isReflected(in: tags))
        #expect(TagEdit.remove(tag: "python").isReflected(in: tags))
        #expect(!TagEdit.remove(tag: "r").isReflected(in: tags))
        let added = TagEdit.addInterest(name: "r", description: "The R language", keywords: ["ggplot"])
        #expect(added.isReflected(in: tags))
        #expect(!TagEdit.addInterest(name: "python", description: "Python", keywords: ["pandas"]).isReflected(in: tags))
    }

    @Test("what the hub can tell at once is refused at once, and audited")
    func refusedAtOnce() {
        var hub = Self.harness()
        let exists = hub.write("!tag add #statistics \"Numbers.\" numbers", from: dave).texts.first ?? ""
        #expect(exists.contains("Not changed: #statistics already exists"), "\(exists)")
        let unknown = hub.write("!tag describe #statistcs Numbers and tests", from: dave).texts.first ?? ""
        #expect(unknown.contains("there is no tag #statistcs (did you mean #statistics?)"), "\(unknown)")
        #expect(hub.lastTagEdits.isEmpty)
        #expect(hub.hub.audit.count == 2)
        #expect(hub.hub.audit.values.allSatisfy { if case .refused = $0.outcome { true } else { false } })
    }

    @Test("removing a tag people hold asks for a confirmation, naming how many hold it")
    func removeNeedsConfirmation() throws {
        var hub = Self.harness()
        hub.specialists([(alice, "#r:3"), (bob, "#r #statistics")])
        let asked = hub.write("!tag remove #r", from: dave).texts.first ?? ""
        #expect(asked.contains("2 specialists hold #r (Alice and Bob)"), "\(asked)")
        #expect(asked.contains("`!tag remove #r confirm`"))
        #expect(hub.lastTagEdits.isEmpty && hub.hub.audit.isEmpty)
        hub.write("!tag remove #r confirm", from: dave)
        #expect(hub.lastTagEdits.map(\.edit) == [.remove(tag: "r")])
        // Nobody holds #social-network-analysis: no question asked.
        hub.write("!tag remove #social-network-analysis", from: dave)
        #expect(hub.lastTagEdits.map(\.edit) == [.remove(tag: "social-network-analysis")])
    }

    @Test("!specialist set changes someone else's interests or capacity as their own commands would; they are told")
    func specialistSet() throws {
        var hub = Self.harness()
        hub.specialists([(alice, "#statistics:3")])
        let set = hub.write("!specialist set @alice:hub.test interests #r:3 #social-network-analysis", from: dave)
        #expect(set.texts.first == "Done: Alice (@alice:hub.test) now offers #r (3), #social-network-analysis (2).")
        #expect(set.told(alice, harness: hub).first?.contains("Dave, an admin, set your interests to #r (3)") == true)
        #expect(hub.hub.directory.specialist(alice)?.interests == ["r": 3, "social-network-analysis": 2])
        #expect(hub.hub.directory.specialist(alice)?.interestsSince?["statistics"] == nil)
        #expect(hub.hub.directory.specialist(alice)?.interestsSince?["r"] == hub.now)

        let capacity = hub.write("!specialist set alice capacity 1", from: dave)
        #expect(capacity.texts.first?.contains("Alice (@alice:hub.test) now takes at most 1 open conversation") == true)
        #expect(hub.hub.directory.specialist(alice)?.capacity == 1)

        let unknownTag = hub.write("!specialist set alice interests #statistcs", from: dave).texts.first ?? ""
        #expect(unknownTag.contains("I don't know #statistcs (did you mean #statistics?)"), "\(unknownTag)")
        let nobody = hub.write("!specialist set zoe capacity 2", from: dave).texts.first ?? ""
        #expect(nobody.contains("I know no one called zoe"), "\(nobody)")
        let notSpecialist = hub.write("!specialist set carol capacity 2", from: dave).texts.first ?? ""
        #expect(notSpecialist.contains("Carol offers no interests yet"), "\(notSpecialist)")

        let outcomes = hub.hub.audit.values.sorted { $0.id < $1.id }.map(\.outcome)
        #expect(outcomes.prefix(2) == [.accepted, .accepted])
        #expect(outcomes.dropFirst(2).allSatisfy { if case .refused = $0 { true } else { false } })
        #expect(
            hub.hub.audit[1]?.change == "set the interests of @alice:hub.test to #r (3), #social-network-analysis (2)"
        )
    }

    @Test("!specialist set for an account the homeserver does not know is refused: no phantom specialist")
    func phantomSpecialist() throws {
        var hub = Self.harness()
        let ghost = PersonID("@nobody-here:hub.test")
        let command = "!specialist set @nobody-here:hub.test interests #statistics:2"
        #expect(hub.hub.unmetAccounts(in: command) == [ghost])
        #expect(hub.hub.unmetAccounts(in: "a sentence naming @nobody-here:hub.test").isEmpty)
        let event = ChatEvent(
            id: "$ghost",
            network: .matrix,
            room: hub.directRoom(of: dave),
            sender: dave,
            kind: .message(text: command),
            sentAt: hub.now
        )
        var input = HubInput(event: event, senderName: "Dave")
        input.missingAccounts = [ghost]
        let refused = hub.handle(input).texts.first ?? ""
        #expect(refused.contains("there is no account @nobody-here:hub.test"), "\(refused)")
        #expect(hub.hub.directory.specialist(ghost) == nil)
        // An account that exists (or that the homeserver could not rule out) is set up as before.
        let accepted = hub.write(command, from: dave).texts.first ?? ""
        #expect(accepted.hasPrefix("Done:"), "\(accepted)")
        #expect(hub.hub.directory.specialist(ghost) != nil)
    }

    @Test("!help tag explains the syntax with examples")
    func help() {
        var hub = Self.harness()
        let help = hub.write("!help tag", from: carol).texts.first ?? ""
        #expect(
            help.contains("!tag add #quantum-computing \"Qubits and quantum algorithms.\" qubit, quantum computing")
        )
        #expect(help.contains("!tag remove #quantum-computing confirm"))
        // `!help` lists the admin's commands to admins only.
        #expect(hub.write("!help", from: dave).texts.first?.contains("!audit [n]") == true)
        #expect(hub.write("!help", from: carol).texts.first?.contains("!audit [n]") == false)
        #expect(hub.write("!help", from: carol).texts.first?.contains("!language") == true)
    }
}

@Suite("Admin commands are parsed forgivingly")
struct HubAdminCommandTests {
    @Test(
        "parsing",
        arguments: [
            (
                "!tag add #quantum-computing \"Qubits.\" qubit, quantum computing",
                HubCommand.tag(
                    .addInterest(
                        name: "quantum-computing",
                        description: "Qubits.",
                        keywords: ["qubit", "quantum computing"]
                    ),
                    confirmed: false
                )
            ),
            ("!tag alias #R \"base r\"", .tag(.addKeyword(tag: "r", keyword: "base r"), confirmed: false)),
            (
                "!tag describe #r The R language.",
                .tag(.describe(tag: "r", description: "The R language."), confirmed: false)
            ),
            ("!tag remove #r", .tag(.remove(tag: "r"), confirmed: false)),
            ("!tag remove #r confirm", .tag(.remove(tag: "r"), confirmed: true)),
            ("!specialist set @bob:x interests #r:3 #sna", .setInterests(person: "@bob:x", ["r": 3, "sna": 2])),
            ("!specialist bob interests none", .setInterests(person: "bob", [:])),
            ("!specialist set bob capacity 0", .setCapacity(person: "bob", 0)),
            ("!audit", .audit(count: 10)),
            ("!audit 3", .audit(count: 3)),
        ]
    )
    func parses(text: String, expected: HubCommand) {
        #expect(HubCommand.parse(text) == expected)
    }

    @Test(
        "mistakes say what was expected",
        arguments: [
            "!tag", "!tag add #x no quotes", "!tag add #x \"d\"", "!tag remove #r now", "!specialist set bob",
            "!specialist set bob capacity 99", "!audit lots",
        ]
    )
    func malformed(text: String) {
        guard case .malformed(_, let problem) = HubCommand.parse(text) else {
            Issue.record("\(text) should be malformed")
            return
        }
        #expect(!problem.english.isEmpty)
    }
}

extension HubHarness {
    /// The tag edits the hub handed to the app for the last input.
    var lastTagEdits: [TagEditRequest] { lastOutput?.tagEdits ?? [] }

    /// The app reports how a tag edit went; returns what HubBot says.
    mutating func tagEditResult(_ audit: Int, ok: Bool, message: String) -> [String] {
        let event = ChatEvent(
            id: "tag-edit:\(audit)",
            network: .matrix,
            room: RoomID("hubbot:config"),
            sender: PersonID("hubbot:config"),
            kind: .tagEditResult(audit: audit, ok: ok, message: message),
            sentAt: now
        )
        return handle(HubInput(event: event)).texts
    }
}
