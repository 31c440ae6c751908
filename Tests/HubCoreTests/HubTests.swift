import Foundation
import Testing

@testable import HubCore

extension HubRecord {
    /// The harness's key for a record: one per kind and key, as the database keeps them.
    var storageKey: String { "\(kind)/\(key)" }
}

/// A hub with its stored records, as the app keeps them: every output's
/// records replace the stored ones, and `restart()` rebuilds the hub from them.
struct HubHarness {
    static let me = PersonID("@hubbot:hub.test")
    static let tags = TagModel(
        interests: [
            InterestTag(
                name: "statistics",
                description: "Statistics, surveys, regression and significance",
                keywords: ["statistics", "regression", "survey", "significance", "anova"]
            ),
            InterestTag(
                name: "r",
                description: "The R language",
                keywords: ["r", "tidyverse", "ggplot"],
                parent: "statistics"
            ),
            InterestTag(
                name: "social-network-analysis",
                description: "Who talks to whom: networks of people",
                keywords: ["network graph", "who talks to whom", "sna", "centrality"]
            ),
        ],
        hygiene: [
            HygieneCategory(
                name: "printer",
                description: "Printers that jam or do not print",
                keywords: ["printer", "print", "toner", "paper jam"],
                route: "desk"
            )
        ]
    )

    var hub: Hub
    var stored: [String: HubRecord] = [:]
    var now = Date(timeIntervalSince1970: 1_800_000_000)  // a Friday, 08:00 UTC
    /// What the last input produced, whole (records, notes, requests to the app).
    var lastOutput: HubOutput?
    private var counter = 0

    init(settings: HubSettings = HubSettings()) {
        hub = Hub(me: Self.me, tags: Self.tags, settings: settings)
    }

    /// Someone writes `text`; returns what HubBot does.
    @discardableResult
    mutating func write(_ text: String, from person: PersonID, in room: RoomID? = nil, name: String? = nil)
        -> [ChatAction]
    {
        counter += 1
        let event = ChatEvent(
            id: "$e\(counter)",
            network: .matrix,
            room: room ?? directRoom(of: person),
            sender: person,
            kind: .message(text: text),
            sentAt: now
        )
        return handle(HubInput(event: event, senderName: name ?? Self.defaultName(person)))
    }

    /// `person` opens a direct chat with HubBot (an invite flagged as direct).
    @discardableResult
    mutating func openDirectChat(_ person: PersonID) -> [ChatAction] {
        counter += 1
        let event = ChatEvent(
            id: "invite\(counter)",
            network: .matrix,
            room: directRoom(of: person),
            sender: person,
            kind: .invite,
            sentAt: now,
            isDirect: true
        )
        return handle(HubInput(event: event, senderName: Self.defaultName(person)))
    }

    mutating func react(_ key: String, correlation: String, from person: PersonID) -> [ChatAction] {
        counter += 1
        let event = ChatEvent(
            id: "$r\(counter)",
            network: .matrix,
            room: directRoom(of: person),
            sender: person,
            kind: .reaction(key: key, to: "$offer"),
            sentAt: now
        )
        return handle(HubInput(event: event, reactedTo: correlation))
    }

    /// The app's timer: raises the due deadline, if any.
    mutating func fireDueDeadline() -> [ChatAction] {
        guard let deadline = hub.nextDeadline, deadline.expires <= now else { return [] }
        let event = ChatEvent(
            id: "deadline:\(deadline.request)",
            network: .matrix,
            room: RoomID("timers"),
            sender: Self.me,
            kind: .offerDeadline(request: deadline.request, expires: deadline.expires),
            sentAt: now
        )
        return handle(HubInput(event: event))
    }

    mutating func handle(_ input: HubInput) -> [ChatAction] {
        let output = hub.handle(input, now: now)
        lastOutput = output
        // Every word HubBot says comes from its catalogue: a reply without a catalogue id fails every hub test.
        for action in output.actions {
            switch action {
            case .send(let message):
                #expect(message.catalogue?.isEmpty == false, "said without a catalogue id: \(message.text)")
            case .sendDirect(let message):
                #expect(message.catalogue?.isEmpty == false, "said without a catalogue id: \(message.text)")
            default:
                break
            }
        }
        for record in output.records { stored[record.storageKey] = record }
        return output.actions
    }

    /// HubBot restarted: the hub rebuilt from the stored records only.
    mutating func restart() {
        hub = Hub(me: Self.me, tags: Self.tags, settings: hub.settings, records: Array(stored.values))
    }

    func directRoom(of person: PersonID) -> RoomID { RoomID("!dm-\(Hub.localpart(person)):hub.test") }

    static func defaultName(_ person: PersonID) -> String { Hub.localpart(person).capitalized }

    /// Registers specialists (in their direct chats) with these interests.
    mutating func specialists(_ profiles: [(PersonID, String)]) {
        for (person, interests) in profiles {
            openDirectChat(person)
            write("!interests add \(interests)", from: person)
        }
    }
}

let carol = PersonID("@carol:hub.test")
let dave = PersonID("@dave:hub.test")
let alice = PersonID("@alice:hub.test")
let bob = PersonID("@bob:hub.test")
let erin = PersonID("@erin:hub.test")

extension Array where Element == ChatAction {
    /// Texts of messages, wherever they go.
    var texts: [String] {
        compactMap {
            switch $0 {
            case .send(let message): message.text
            case .sendDirect(let message): message.text
            default: nil
            }
        }
    }

    /// Texts sent privately to `person` (in their known direct chat, or a new one).
    func told(_ person: PersonID, harness: HubHarness) -> [String] {
        compactMap {
            switch $0 {
            case .send(let message) where message.room == harness.directRoom(of: person): message.text
            case .sendDirect(let message) where message.to == person: message.text
            default: nil
            }
        }
    }

    var openedRooms: [RoomPlan] {
        compactMap {
            if case .openRoom(let plan, _) = $0 { return plan }
            return nil
        }
    }
}

@Suite("The hub: colleagues ask, specialists accept, people meet")
struct HubTests {
    @Test("a full story: ask, shortlist, pick, offer, accept, introduce, done, rating")
    func fullStory() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3 #r"), (bob, "#statistics:1")])
        hub.openDirectChat(carol)

        let shortlist = hub.write("can someone help me with the regression for our survey?", from: carol)
        let list = try #require(shortlist.texts.first)
        #expect(list.contains("1. Alice — shares #statistics"), "\(list)")
        #expect(list.contains("2. Bob"), "\(list)")
        #expect(list.contains("free"))
        #expect(hub.hub.people[carol]?.awaiting == .pick(request: 1))

        let picked = hub.write("1", from: carol)
        let offer = try #require(picked.told(alice, harness: hub).first)
        #expect(offer.contains("Carol") && offer.contains("!accept 1") && offer.contains("regression"))
        #expect(picked.told(bob, harness: hub).isEmpty)
        #expect(picked.contains { $0.correlation == "offer:1" })
        #expect(picked.told(carol, harness: hub).first?.contains("I've asked Alice") == true)

        let accepted = hub.write("!accept 1", from: alice)
        let room = try #require(accepted.openedRooms.first)
        #expect(Set(room.invite) == [carol, alice])
        #expect(room.firstMessage?.contains("can someone help me with the regression") == true)
        #expect(room.name.contains("1"))
        #expect(accepted.told(carol, harness: hub).contains { $0.contains("Alice accepted request 1") })

        let done = hub.write("!done 1", from: alice)
        #expect(done.told(carol, harness: hub).contains { $0.contains("How was your conversation with Alice") })
        #expect(done.contains { $0.correlation == "rating:1" })

        let rated = hub.write("5 very helpful", from: carol)
        #expect(rated.texts.first?.contains("Thank you") == true)
        #expect(hub.hub.requests[1]?.rating == 5)
        #expect(hub.hub.requests[1]?.comment == "very helpful")
        #expect(hub.hub.history(of: carol).ratings[alice] == 5)
    }

    @Test("a question that matches no field gets the fields most specialists hold as guesses")
    func widelyHeldGuesses() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#social-network-analysis #r"), (bob, "#social-network-analysis")])
        hub.openDirectChat(carol)
        let reply = hub.write("the canteen menu rotation feels stale lately, how would we freshen it up", from: carol)
        let text = try #require(reply.texts.first)
        #expect(text.contains("not sure which field"), "\(text)")
        let first = try #require(text.range(of: "#social-network-analysis"))
        let second = try #require(text.range(of: "#r "))
        let third = try #require(text.range(of: "#statistics"))
        #expect(first.lowerBound < second.lowerBound && second.lowerBound < third.lowerBound, "\(text)")
    }

    @Test("\"anyone\" offers to several at once; the first accept wins, the second is told kindly")
    func anyoneRace() throws {
        var settings = HubSettings()
        settings.parallelOffers = 2
        var hub = HubHarness(settings: settings)
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2"), (erin, "#statistics:1")])
        hub.openDirectChat(carol)
        hub.write("who knows statistics? significance of a survey", from: carol)
        let offered = hub.write("anyone", from: carol)
        #expect(offered.told(alice, harness: hub).count == 1)
        #expect(offered.told(bob, harness: hub).count == 1)
        #expect(offered.told(erin, harness: hub).isEmpty, "only parallelOffers people at once")

        let first = hub.write("!accept 1", from: bob)
        #expect(first.openedRooms.count == 1)
        #expect(first.told(alice, harness: hub).contains { $0.contains("Bob has taken it") })
        let second = hub.write("!accept 1", from: alice)
        #expect(second.openedRooms.isEmpty)
        #expect(second.told(alice, harness: hub).contains { $0.contains("a moment before you") })
        #expect(hub.hub.requests[1]?.flow?.acceptedBy == bob)
    }

    @Test("a colleague can't accept, and a specialist only offers made to them")
    func onlyOfferedPeopleAccept() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2")])
        hub.openDirectChat(carol)
        hub.openDirectChat(dave)
        hub.write("help with a regression please", from: carol)
        hub.write("Alice", from: carol)
        let stranger = hub.write("!accept 1", from: dave)
        #expect(stranger.openedRooms.isEmpty)
        #expect(stranger.texts.first?.contains("wasn't offered to you") == true)
        let notOffered = hub.write("!accept 1", from: bob)
        #expect(notOffered.openedRooms.isEmpty)
        let requester = hub.write("!accept 1", from: carol)
        #expect(requester.openedRooms.isEmpty)
        #expect(hub.hub.requests[1]?.flow?.acceptedBy == nil)
    }

    @Test("declining moves on and never offers the same person twice")
    func declineMovesOn() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        let declined = hub.write("!decline 1 on holiday", from: alice)
        #expect(declined.told(bob, harness: hub).count == 1)
        #expect(declined.told(carol, harness: hub).contains { $0.contains("Alice can't take it") })
        let again = hub.write("!decline 1", from: bob)
        #expect(again.told(alice, harness: hub).filter { $0.contains("!accept") }.isEmpty)
        #expect(again.told(carol, harness: hub).contains { $0.contains("nobody could take request 1") })
        #expect(hub.hub.requests[1]?.isOpen == false)
    }

    @Test("reactions ✅ and ❌ on an offer accept and decline it")
    func reactions() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        let declined = hub.react("❌", correlation: "offer:1", from: alice)
        #expect(declined.told(bob, harness: hub).count == 1)
        let accepted = hub.react("✅️", correlation: "offer:1", from: bob)
        #expect(accepted.openedRooms.count == 1)
        hub.write("!done 1", from: bob)
        _ = hub.react("👍", correlation: "rating:1", from: carol)
        #expect(hub.hub.requests[1]?.rating == 5)
    }

    @Test("an unanswered offer times out: the person is left alone for a while and others are asked")
    func timeout() throws {
        var settings = HubSettings()
        settings.offers.offerTimeout = .seconds(600)
        var hub = HubHarness(settings: settings)
        hub.specialists([(alice, "#statistics:3"), (bob, "#r:3")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        #expect(hub.fireDueDeadline().isEmpty, "not due yet")
        hub.now += 601
        let moved = hub.fireDueDeadline()
        #expect(moved.told(alice, harness: hub).contains { $0.contains("no longer open") })
        #expect(
            moved.told(bob, harness: hub).contains { $0.contains("!accept 1") },
            "the wider ring: #r under #statistics"
        )
        #expect(try #require(hub.hub.people[alice]?.notAnsweringUntil) > hub.now)
        #expect(hub.fireDueDeadline().isEmpty, "a deadline fires once")
    }

    @Test("nobody away, at capacity or not answering is offered anything")
    func availabilityRules() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2"), (erin, "#statistics:1")])
        hub.write("!away for 2h", from: alice)
        hub.write("!capacity 0", from: bob)
        hub.openDirectChat(carol)
        let list = hub.write("help with a regression please", from: carol).texts.first ?? ""
        #expect(!list.contains("Alice") && !list.contains("Bob"), "\(list)")
        #expect(list.contains("1. Erin"))
        hub.write("!busy", from: erin)
        hub.openDirectChat(dave)
        let busy = hub.write("a survey with significance tests", from: dave).texts.first ?? ""
        #expect(busy.contains("Erin") && busy.contains("busy") && busy.contains("Nobody is free"), "\(busy)")
    }

    @Test("a fault goes to IT support and is recorded before the person is told; no specialists offered")
    func hygiene() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        let actions = hub.write("the printer on floor 3 has a paper jam again", from: carol)
        #expect(actions.texts.first?.contains("IT support") == true)
        #expect(actions.told(alice, harness: hub).isEmpty)
        let fault = try #require(hub.hub.faults.values.first)
        #expect(fault.category == "printer" && fault.route == "desk" && fault.reporter == carol)
        #expect(hub.stored["fault/\(fault.id)"] != nil)
    }

    @Test("an unclear message gets choices; a number picks one")
    func unclear() {
        var hub = HubHarness()
        hub.specialists([(alice, "#social-network-analysis:3")])
        hub.openDirectChat(carol)
        let question = hub.write("could we look at centrality", from: carol).texts.first ?? ""
        if question.contains("Is it about") {
            let picked = hub.write("1", from: carol).texts.first ?? ""
            #expect(picked.contains("Alice"), "\(picked)")
        } else {
            #expect(question.contains("Alice"), "\(question)")
        }
        hub.openDirectChat(dave)
        let vague = hub.write("hello", from: dave).texts.first ?? ""
        #expect(vague.contains("Tell me in a sentence"))
    }

    @Test("restart: pending offers keep their deadlines, accepted stay accepted, nothing is offered twice")
    func restart() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("Alice", from: carol)
        let deadline = hub.hub.nextDeadline
        hub.restart()
        #expect(hub.hub.nextDeadline?.expires == deadline?.expires)
        #expect(hub.hub.openOffers(to: alice) == [1])
        let accepted = hub.write("!accept 1", from: alice)
        #expect(accepted.openedRooms.count == 1)
        hub.restart()
        #expect(hub.hub.requests[1]?.flow?.acceptedBy == alice)
        #expect(hub.write("!accept 1", from: alice).openedRooms.isEmpty)
        // New requests get new numbers after a restart.
        hub.write("another survey question about significance", from: carol)
        #expect(hub.hub.requests[2] != nil)
    }

    @Test("in a room: only messages addressed to HubBot, answered in the thread with a mention")
    func roomThread() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        let room = RoomID("!hub:hub.test")
        #expect(hub.write("lunch anyone?", from: carol, in: room).isEmpty)
        let actions = hub.write("hubbot: help with a regression please", from: carol, in: room)
        guard case .send(let message) = try #require(actions.first) else {
            Issue.record("expected a message")
            return
        }
        #expect(message.threadRoot != nil && message.mentions == [carol] && message.text.hasPrefix("Carol: "))
        // A short answer in the room needs no mention.
        let picked = hub.write("1", from: carol, in: room)
        #expect(picked.told(alice, harness: hub).count == 1)
    }

    @Test("specialist commands: interests, hours, help, unknown commands")
    func commands() {
        var hub = HubHarness()
        hub.openDirectChat(alice)
        let unknownTag = hub.write("!interests add #statistcs:3", from: alice).texts.first ?? ""
        #expect(unknownTag.contains("did you mean #statistics"), "\(unknownTag)")
        hub.write("!interests add #statistics:3 #r", from: alice)
        #expect(hub.hub.directory.specialist(alice)?.interests == ["statistics": 3, "r": 2])
        let shown = hub.write("!interests", from: alice).texts.first ?? ""
        #expect(shown.contains("#statistics (3), #r (2)"), "\(shown)")
        hub.write("!interests remove #r", from: alice)
        #expect(hub.hub.directory.specialist(alice)?.interests == ["statistics": 3])
        let hours = hub.write("!hours 09:00-17:00 Europe/Berlin mon-fri", from: alice).texts.first ?? ""
        #expect(hours.contains("09:00–17:00 Europe/Berlin, Mon–Fri"), "\(hours)")
        #expect(hub.hub.directory.specialist(alice)?.workingHours?.start == 540)
        #expect(hub.write("!hepl", from: alice).texts.first?.contains("Did you mean `!help`?") == true)
        #expect(hub.write("!help accept", from: alice).texts.first?.contains("!accept 12") == true)
        #expect(hub.write("!capacity lots", from: alice).texts.first?.contains("number from 0 to 50") == true)
        #expect(hub.write("!free", from: carol).texts.first?.contains("That's for specialists") == true)
    }

    @Test("explain: the decision, the candidates with scores, and the rule that left each other holder out")
    func explain() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2"), (erin, "#r:2")])
        hub.write("!away for 2h", from: bob)
        hub.write("!capacity 0", from: erin)
        let explanation = hub.hub.explain("help with a regression please", now: hub.now)
        #expect(explanation.label == "specialist" && explanation.tags == ["statistics"])
        #expect(explanation.evidence.contains { $0.contains("regression") })
        #expect(explanation.candidates.map(\.person) == [alice.rawValue])
        #expect(explanation.candidates.first?.fit == 3)
        #expect(explanation.excluded.first { $0.person == bob.rawValue }?.rule.hasPrefix("away until") == true)
        #expect(explanation.excluded.first { $0.person == erin.rawValue }?.rule.hasPrefix("at capacity") == true)
        let fault = hub.hub.explain("the printer is jammed", now: hub.now)
        #expect(fault.label == "hygiene" && fault.tags == ["printer"] && fault.candidates.isEmpty)
        #expect(fault.description.contains("decision: hygiene #printer"))
    }

    @Test("a colleague's requests are listed oldest first, also after a restart from records in any order")
    func requestsInOrderAfterRestart() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.openDirectChat(dave)
        hub.write("help with a regression please", from: carol)
        hub.write("need help with a regression model", from: dave)
        hub.write("help with a regression for sales please", from: carol)
        hub.write("help with a regression on prices please", from: carol)
        for _ in 0..<10 {
            hub.restart()
            #expect(hub.hub.requests(of: carol).map(\.id) == [1, 3, 4])
            #expect(hub.hub.requests(of: dave).map(\.id) == [2])
            let status = hub.write("!status", from: carol).texts.first ?? ""
            let positions = ["• 1:", "• 3:", "• 4:"].compactMap { status.range(of: $0)?.lowerBound }
            #expect(positions.count == 3 && positions == positions.sorted(), "\(status)")
            #expect(!status.contains("• 2:"), "\(status)")
        }
    }

    @Test("!status and !cancel withdraw a request and its open offers")
    func cancel() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        #expect(hub.write("!status", from: carol).texts.first?.contains("asked Alice") == true)
        let cancelled = hub.write("!cancel", from: carol)
        #expect(cancelled.told(alice, harness: hub).contains { $0.contains("Carol withdrew it") })
        #expect(hub.hub.requests[1]?.isOpen == false)
        #expect(hub.write("!status", from: carol).texts.first?.contains("no open requests") == true)
        // A late !accept is told the request was withdrawn, not that it was never offered.
        let late = hub.write("!accept 1", from: alice).texts.first ?? ""
        #expect(late.contains("was withdrawn by Carol"), "\(late)")
        #expect(hub.write("!accept 1", from: bob).texts.first?.contains("wasn't offered to you") == true)
    }

    @Test("a decline reason stays private unless the specialist writes `tell:`; then the colleague hears it")
    mutating func declineNotes() {
        var hub = HubHarness()
        let (alice, bob, carol) = (PersonID("@alice:hub.test"), PersonID("@bob:hub.test"), PersonID("@carol:hub.test"))
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        let privately = hub.write("!decline 1 swamped with the audit", from: alice)
        #expect(!privately.told(carol, harness: hub).joined().contains("swamped"))
        #expect(privately.texts.joined().contains("Your reason stays with me"))
        hub.write("help with an anova too", from: carol)
        hub.write("1", from: carol)
        let openly = hub.write("!decline 2 tell: on holiday until Monday, try Bob", from: alice)
        #expect(
            openly.told(carol, harness: hub).contains {
                $0.contains("asked me to tell you: “on holiday until Monday, try Bob”")
            }
        )
    }

    @Test("a second vague message gets examples, not the same greeting again")
    mutating func vagueTwice() {
        var hub = HubHarness()
        let carol = PersonID("@carol:hub.test")
        hub.openDirectChat(carol)
        let first = hub.write("hi", from: carol).texts.joined()
        let second = hub.write("hello?", from: carol).texts.joined()
        #expect(first.contains("Tell me in a sentence"), "\(first)")
        #expect(!second.contains("Tell me in a sentence"), "\(second)")
        #expect(second.contains("#statistics"), "\(second)")
    }

    @Test("a shortlist of neighbouring interests only says so, instead of 'these people know about it'")
    mutating func neighbouringOnly() {
        var hub = HubHarness()
        let (alice, bob, carol) = (PersonID("@alice:hub.test"), PersonID("@bob:hub.test"), PersonID("@carol:hub.test"))
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        let close = hub.write("who knows tidyverse and ggplot?", from: carol).texts.joined()
        #expect(close.contains("nobody offers exactly that, but these people know about something close"), "\(close)")
        hub.specialists([(bob, "#r:3")])
        let exact = hub.write("who knows tidyverse and ggplot for our plots?", from: carol).texts.joined()
        #expect(exact.contains("these people know about it"), "\(exact)")
    }

    @Test("!status and !mine asked in a shared room are answered in a direct message, not read out in the room")
    mutating func personalAnswersPrivately() {
        var hub = HubHarness()
        let (alice, carol) = (PersonID("@alice:hub.test"), PersonID("@carol:hub.test"))
        let room = RoomID("!hub:hub.test")
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        let status = hub.write("!status", from: carol, in: room)
        #expect(status.told(carol, harness: hub).contains { $0.contains("Your open requests") })
        let inRoom = status.compactMap { action -> String? in
            if case .send(let message) = action, message.room == room { return message.text }
            return nil
        }
        let pointer = "I've sent you the answer in a direct message."
        #expect(inRoom.count == 1 && inRoom.allSatisfy { $0.hasSuffix(pointer) })
        let mine = hub.write("!mine", from: alice, in: room)
        #expect(mine.told(alice, harness: hub).contains { $0.contains("Open offers") })
        #expect(
            !mine.contains {
                if case .send(let message) = $0 {
                    message.text.contains("regression") && message.room == room
                } else {
                    false
                }
            }
        )
    }
    @Test("a rating answered after a new question came in between is still a rating, and the new pick still works")
    func ratingAfterAnotherQuestion() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        hub.write("!accept 1", from: alice)
        let done = hub.write("!done 1", from: alice)
        #expect(done.told(carol, harness: hub).contains { $0.contains("How was your conversation") })
        let list = hub.write("can someone check the significance of our survey results?", from: carol)
        #expect(list.texts.first?.contains("1. Alice") == true, "\(list.texts)")

        let rated = hub.write("5 - alice was great, thanks", from: carol)
        #expect(rated.texts.first?.contains("Thank you") == true, "\(rated.texts)")
        #expect(hub.hub.requests[1]?.rating == 5)
        #expect(hub.hub.requests[1]?.comment == "- alice was great, thanks")
        #expect(hub.hub.requests.count == 2, "the rating was not taken for a new request")

        let picked = hub.write("1", from: carol)
        #expect(picked.told(alice, harness: hub).first?.contains("!accept 2") == true)
        hub.restart()
        #expect(hub.hub.people[carol]?.pending.isEmpty == true)
    }

    @Test("an offer's deadline is shown in the specialist's own time zone (from their working hours)")
    func deadlineInOwnZone() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.write("!hours 07:00-19:00 Europe/Berlin mon-fri", from: alice)
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        let offer = try #require(hub.write("1", from: carol).told(alice, harness: hub).first)
        // 08:00 UTC + 15 minutes is 09:15 in Berlin (winter time).
        #expect(offer.contains("open until Fri 09:15 GMT+1") || offer.contains("open until Fri 09:15 CET"), "\(offer)")
    }

    @Test("without a ticket route a fault is recorded, the colleague told honestly, and the admins told once")
    func faultWithoutRoutes() throws {
        var settings = HubSettings()
        settings.ticketsConnected = false
        settings.adminRoom = RoomID("!admins:hub.test")
        var hub = HubHarness(settings: settings)
        hub.openDirectChat(carol)
        let first = hub.write("the printer on floor 3 is jammed again", from: carol)
        let reply = try #require(first.told(carol, harness: hub).first)
        #expect(reply.contains("recorded it as fault-1-"), "\(reply)")
        #expect(!reply.contains("when it's fixed"))
        #expect(first.contains { if case .send(let m) = $0 { m.room == RoomID("!admins:hub.test") } else { false } })
        let second = hub.write("the printer on floor 2 does not print", from: carol)
        #expect(!second.contains { if case .send(let m) = $0 { m.room == RoomID("!admins:hub.test") } else { false } })
    }
}

@Suite("Hub commands are parsed forgivingly")
struct HubCommandTests {
    @Test(
        "parsing",
        arguments: [
            ("!accept 12", HubCommand.accept(request: 12)),
            ("!accept #12", .accept(request: 12)),
            ("!ACCEPT", .accept(request: nil)),
            ("!decline 3 too busy", .decline(request: 3, reason: "too busy")),
            ("!decline too busy", .decline(request: nil, reason: "too busy")),
            ("!rate 4 5 great", .rate(request: 4, score: 5, comment: "great")),
            ("!rate 👍", .rate(request: nil, score: 5, comment: nil)),
            ("!away until 14:30", .away(until: .clock(hour: 14, minute: 30))),
            ("!busy for 2h", .busy(until: .duration(.seconds(7200)))),
            ("!interests add #r #statistics:3", .addInterests(["r": 2, "statistics": 3])),
            ("!capacity 2", .capacity(2)),
            ("!hours off", .hours(nil)),
            ("!help done", .help(topic: "done")),
            ("!acept 3", .unknown(name: "acept", suggestion: "accept")),
        ]
    )
    func parses(text: String, expected: HubCommand) {
        #expect(HubCommand.parse(text) == expected)
    }

    /// The app's word that a message waits for `person`, or how the server answered an invitation.
    static func own(_ kind: ChatEvent.Kind, id: String, hub: HubHarness) -> HubInput {
        HubInput(event: .own("irc", id: id, kind: kind, network: .irc, at: hub.now))
    }

    @Test("a colleague whose offer waits for someone not online hears why; nobody else does")
    func offerWaitsForSomeoneAway() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:1")])
        hub.openDirectChat(carol)
        hub.write("can someone help me with the regression for our survey?", from: carol)
        hub.write("1", from: carol)
        let told = hub.handle(Self.own(.recipientAway(alice), id: "away-1", hub: hub))
        #expect(
            told.told(carol, harness: hub) == [
                "Alice isn't online right now, so my message about request 1 waits until they're back."
            ]
        )
        #expect(told.told(alice, harness: hub).isEmpty && told.told(bob, harness: hub).isEmpty)
        // Someone with no offer waiting is away: nobody is told anything.
        #expect(hub.handle(Self.own(.recipientAway(bob), id: "away-2", hub: hub)).isEmpty)
        // Once accepted, the offer no longer waits.
        hub.write("!accept 1", from: alice)
        #expect(hub.handle(Self.own(.recipientAway(alice), id: "away-3", hub: hub)).isEmpty)
    }

    @Test("introduced by name: the meeting place is mentioned once the invitation worked; a refusal goes to admins")
    func meetingPlaceOnlyWhenInvited() throws {
        var settings = HubSettings()
        settings.introductions = .byName(meetIn: RoomID("#meet"))
        settings.admins = [erin]
        var hub = HubHarness(settings: settings)
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.write("can someone help me with the regression for our survey?", from: carol)
        hub.write("1", from: carol)
        let accepted = hub.write("!accept 1", from: alice)
        #expect(!accepted.texts.contains { $0.contains("#meet") }, "\(accepted.texts)")
        #expect(accepted.contains { $0 == .invite(room: RoomID("#meet"), people: [carol, alice]) })

        let invited = hub.handle(
            Self.own(.inviteAnswered(room: RoomID("#meet"), person: carol, refusal: nil), id: "inv-1", hub: hub)
        )
        #expect(
            invited.told(carol, harness: hub) == [
                "I've invited you to #meet, where you and Alice can talk together, if you'd rather meet there."
            ]
        )
        let refused = hub.handle(
            Self.own(
                .inviteAnswered(
                    room: RoomID("#meet"),
                    person: alice,
                    refusal: "the server answered 442 not on channel"
                ),
                id: "inv-2",
                hub: hub
            )
        )
        #expect(refused.told(alice, harness: hub).isEmpty)
        #expect(
            refused.told(erin, harness: hub).first?.contains("couldn't invite Alice to #meet: the server answered 442")
                == true
        )
    }

    @Test("plain sentences are not commands")
    func sentences() {
        #expect(HubCommand.parse("who knows R?") == nil)
        #expect(HubCommand.parse("!") == nil)
    }

    @Test("mistakes say what was expected")
    func malformed() {
        guard case .malformed(_, let problem) = HubCommand.parse("!away tomorrow") else {
            Issue.record("expected malformed")
            return
        }
        #expect(problem.english.contains("until"))
        guard case .malformed = HubCommand.parse("!interests add #r:7") else {
            Issue.record("strength out of range")
            return
        }
    }
}

@Suite("How HubBot words lists and descriptions inside sentences")
struct HubWordingTests {
    @Test("names: one, two with 'and', three with commas and 'and'")
    func spokenLists() {
        #expect(ChatLanguage.english.list([]) == "")
        #expect(ChatLanguage.english.list(["grace"]) == "grace")
        #expect(ChatLanguage.english.list(["grace", "frank"]) == "grace and frank")
        #expect(ChatLanguage.english.list(["grace", "frank", "erin"]) == "grace, frank and erin")
        #expect(ChatLanguage.german.list(["grace", "frank", "erin"]) == "grace, frank und erin")
    }

    @Test("a description inside a sentence: no closing full stop, lower case unless a name or an acronym")
    func clauses() {
        #expect("Printers that jam or print nothing.".asClause == "printers that jam or print nothing")
        #expect("VPN and remote access.".asClause == "VPN and remote access")
        #expect("Wi-Fi drops.".asClause == "Wi-Fi drops")
    }
}
