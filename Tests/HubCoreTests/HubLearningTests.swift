import Foundation
import Testing

@testable import HubCore

/// Triage learns from the hub: a colleague's pick or confirmation makes the sentence an
/// example of its tag, used from then on, kept across restarts, listed and removable by admins.
@Suite("The hub asks back like a person and learns from the answers")
struct HubLearningTests {
    static func harness() -> HubHarness {
        var settings = HubSettings()
        settings.admins = [dave]
        var hub = HubHarness(settings: settings)
        hub.openDirectChat(carol)
        hub.openDirectChat(dave)
        hub.openDirectChat(erin)
        return hub
    }

    @Test("a vague message gets guesses; the pick is learned, used for the next colleague, kept across a restart")
    func pickIsLearned() throws {
        var hub = Self.harness()
        let asked = hub.write("it jams all the time", from: carol).texts.joined()
        #expect(asked.contains("not sure I understood") && asked.contains("1. something broken: printers"), "\(asked)")
        #expect(hub.hub.faults.isEmpty)

        let picked = hub.write("1", from: carol).texts.joined()
        #expect(picked.contains("fault for IT support"), "\(picked)")
        #expect(hub.hub.faults.count == 1)
        let learned = try #require(hub.hub.examples[1])
        #expect(learned.tag == "printer" && learned.text == "it jams all the time" && learned.person == carol)
        #expect(learned.how == "picked it from my guesses")
        #expect(hub.lastOutput?.records.contains { $0.kind == "example" } == true)

        // Erin writes the same: no question back this time.
        let direct = hub.write("it jams all the time", from: erin).texts.joined()
        #expect(direct.contains("fault") && !direct.contains("not sure I understood"), "\(direct)")
        #expect(hub.hub.faults.count == 2)

        hub.restart()
        #expect(hub.hub.triage.learned == [TriageExample(text: "it jams all the time", tag: "printer")])
        guard case .hygiene("printer") = hub.hub.triage.classify("it jams all the time").label else {
            Issue.record("learned example lost at restart: \(hub.hub.triage.classify("it jams all the time"))")
            return
        }
    }

    @Test("a likely fault is confirmed first; 'yes' files it and is learned")
    func confirmation() throws {
        var hub = Self.harness()
        let asked = hub.write("the pritner is broken", from: carol).texts.joined()
        #expect(asked.contains("Shall I pass it on? Reply 1 (yes)"), "\(asked)")
        #expect(hub.hub.faults.isEmpty)
        let yes = hub.write("yes", from: carol).texts.joined()
        #expect(yes.contains("passing it on"), "\(yes)")
        #expect(hub.hub.faults.count == 1)
        #expect(hub.hub.examples.values.first?.how == "confirmed")
    }

    @Test("answers by word: yes is the first; no, to a fault, is the first other reading")
    func answersByWord() {
        let isFault: (String) -> Bool = { $0 == "printer" }
        #expect(Hub.choice("yes", among: ["printer", "statistics"], isFault: isFault) == 1)
        #expect(Hub.choice("Ja!", among: ["printer", "statistics"], isFault: isFault) == nil)
        #expect(Hub.choice("ja", among: ["printer", "statistics"], isFault: isFault) == 1)
        #expect(Hub.choice("not a fault", among: ["printer", "statistics"], isFault: isFault) == 2)
        #expect(Hub.choice("no", among: ["statistics", "printer"], isFault: isFault) == nil)
        #expect(Hub.choice("2", among: ["statistics", "printer"], isFault: isFault) == 2)
        #expect(Hub.choice("maybe later", among: ["printer"], isFault: isFault) == nil)
    }

    @Test("admins list and remove learned sentences; colleagues may not; removal is audited and takes effect")
    func adminsCurate() throws {
        var hub = Self.harness()
        hub.write("it jams all the time", from: carol)
        hub.write("1", from: carol)
        let list = hub.write("!examples", from: dave).texts.joined()
        #expect(list.contains("1. #printer ← “it jams all the time” (picked it from my guesses)"), "\(list)")

        let refused = hub.write("!examples remove 1", from: carol).texts.joined()
        #expect(refused.contains("is for admins"), "\(refused)")
        #expect(hub.hub.examples[1]?.removedBy == nil)

        let removed = hub.write("!examples remove 1", from: dave).texts.joined()
        #expect(removed.contains("Forgotten"), "\(removed)")
        #expect(hub.hub.examples[1]?.removedBy == dave)
        #expect(hub.hub.triage.learned.isEmpty)
        #expect(hub.hub.audit.values.contains { $0.change == "remove learned example 1" && $0.outcome == .accepted })
        let again = hub.write("it jams all the time", from: erin).texts.joined()
        #expect(again.contains("not sure I understood"), "\(again)")
        #expect(hub.write("!examples remove 7", from: dave).texts.joined().contains("no learned example 7"))
        #expect(hub.write("!examples", from: dave).texts.joined().contains("haven't learned any"))
    }

    @Test("a specialist who was offered a request re-tags it; the sentence is learned; others may not")
    func specialistRetags() {
        var hub = Self.harness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:1")])
        hub.write("can someone help me with a regression for our survey?", from: carol)
        hub.write("1", from: carol)  // offered to Alice
        let refused = hub.write("!retag 1 #r", from: bob).texts.joined()
        #expect(refused.contains("wasn't offered to you"), "\(refused)")
        #expect(hub.hub.examples.isEmpty)
        let unknown = hub.write("!retag 1 #quantum", from: alice).texts.joined()
        #expect(unknown.contains("I don't know #quantum"), "\(unknown)")
        let done = hub.write("!retag 1 r", from: alice).texts.joined()
        #expect(done.contains("as #r from now on"), "\(done)")
        #expect(hub.hub.examples[1]?.tag == "r" && hub.hub.examples[1]?.how == "re-tagged by a specialist")
        #expect(hub.hub.triage.learned.contains { $0.tag == "r" })
    }
}
