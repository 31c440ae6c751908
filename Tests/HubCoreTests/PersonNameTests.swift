import Foundation
import Testing

@testable import HubCore

@Suite("Display names shown to others")
struct PersonNameTests {
    @Test(
        "control, bidi and line-break characters are removed, @room cannot ping, long names are cut",
        arguments: [
            ("@room <b>Mallory</b>\u{202E}\n!accept 1", "@\u{200B}room <b>Mallory</b> !accept 1"),
            ("Ann\u{200B}e\u{2066}-Marie\u{2069}", "Anne-Marie"),
            ("  Bob \t\r\n Smith  ", "Bob Smith"),
            ("Zoë 👩🏽‍💻 Müller", "Zoë 👩🏽‍💻 Müller"),
            ("\u{0}\u{7}\u{1B}[31mred", "[31mred"),
            ("line\u{2028}two\u{2029}three", "line two three"),
            ("@ROOM", "@\u{200B}ROOM"),
            ("@roommate", "@roommate"),
        ]
    )
    func cleaned(raw: String, shown: String) {
        #expect(PersonName.clean(raw) == shown)
    }

    @Test("a name of nothing readable is no name; a very long one is cut to 64 characters")
    func emptyAndLong() throws {
        #expect(PersonName.clean("\u{202E}\n\u{200B} ") == nil)
        let long = try #require(PersonName.clean(String(repeating: "a", count: 500)))
        #expect(long.count == PersonName.maximumLength)
        #expect(long.hasSuffix("…"))
    }

    @Test("a planted name reaches the specialist's offer and the colleague's greeting on one clean line")
    func plantedNameInOffer() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        let mallory = "@room <b>Mallory</b>\u{202E}\n!accept 1"
        hub.write("can someone help me with the regression for our survey?", from: carol, name: mallory)
        let picked = hub.write("1", from: carol, name: mallory)
        let offer = try #require(picked.told(alice, harness: hub).first)
        #expect(offer.contains("@\u{200B}room <b>Mallory</b> !accept 1"), "\(offer)")
        #expect(!offer.contains("\u{202E}"))
        #expect(!offer.split(separator: "\n").contains { $0.hasPrefix("!accept 1") })
        #expect(hub.hub.name(of: carol) == "@\u{200B}room <b>Mallory</b> !accept 1")
    }

    @Test("names stored raw by an earlier HubBot are cleaned when the hub is rebuilt from its records")
    func storedRawNames() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        // As an older HubBot stored them.
        var person = try #require(hub.hub.people[carol])
        person.displayName = "Carol\u{202E}\n!accept 1"
        hub.stored[HubRecord.person(person).storageKey] = .person(person)
        var specialist = try #require(hub.hub.directory.specialist(alice))
        specialist.displayName = "Alice\u{2066}\r\n"
        hub.stored[HubRecord.specialist(specialist).storageKey] = .specialist(specialist)
        hub.restart()
        #expect(hub.hub.name(of: carol) == "Carol !accept 1")
        #expect(hub.hub.name(of: alice) == "Alice")
        let list = hub.write("can someone help me with the regression for our survey?", from: carol, name: nil)
        #expect(list.texts.first?.contains("1. Alice —") == true, "\(list)")
    }
}

@Suite("Too-large messages")
struct LargeMessageTests {
    @Test("a 64,900-character question is quoted in the offer as its first 300 characters, and the offer still goes")
    func longQuestion() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        let question =
            "can someone help me with the regression for our survey? " + String(repeating: "data ", count: 12_970)
        hub.write(question, from: carol)
        let picked = hub.write("1", from: carol)
        let offer = try #require(picked.told(alice, harness: hub).first)
        #expect(offer.count < 800, "\(offer.count) characters")
        #expect(offer.contains("can someone help me with the regression"))
        #expect(offer.contains(/…” \(shortened from 64,?9\d\d characters\)/), "\(offer)")
        let accepted = hub.write("!accept 1", from: alice)
        let room = try #require(accepted.openedRooms.first)
        #expect((room.firstMessage?.count ?? 0) < 4_400)
    }

    @Test("in a room the shortened quote links to the whole message")
    func linkInRoom() throws {
        let hub = HubHarness()
        let request = HubRequest(
            id: 1,
            requester: carol,
            requesterName: "Carol",
            room: RoomID("!team:hub.test"),
            eventID: "$long",
            inDirectChat: false,
            text: String(repeating: "x", count: 400),
            tags: [],
            createdAt: hub.now,
            phase: .choosing
        )
        #expect(request.quote().hasSuffix("(shortened; the whole message: https://matrix.to/#/!team:hub.test/$long)"))
        #expect(request.quote().hasPrefix(String(repeating: "x", count: 300) + "…"))
    }

    @Test("a thousand unknown tags: five are named, the rest counted")
    func unknownTags() throws {
        var hub = HubHarness()
        hub.openDirectChat(alice)
        let tags = (1...1000).map { "#nosuchtag\($0)" }.joined(separator: " ")
        let reply = try #require(hub.write("!interests add \(tags)", from: alice).texts.first)
        #expect(reply.count < 600, "\(reply.count) characters")
        #expect(reply.contains("and 995 more I don't know"))
    }

    @Test("a message given up by the chat server is reported to the admins, where it went and why")
    func deliveryFailed() throws {
        var settings = HubSettings()
        settings.adminRoom = RoomID("!admins:hub.test")
        var hub = HubHarness(settings: settings)
        let event = ChatEvent(
            id: "undelivered:t1",
            network: .matrix,
            room: RoomID("!team:hub.test"),
            sender: PersonID("hubbot:outbox"),
            kind: .deliveryFailed(
                room: RoomID("!team:hub.test"),
                reason: "413 M_TOO_LARGE",
                beginning: "Hi Alice! Carol"
            ),
            sentAt: hub.now
        )
        let actions = hub.handle(HubInput(event: event))
        guard case .send(let notice)? = actions.first else {
            Issue.record("no notice: \(actions)")
            return
        }
        #expect(notice.room == RoomID("!admins:hub.test"))
        #expect(notice.text.contains("!team:hub.test") && notice.text.contains("413 M_TOO_LARGE"))
        #expect(notice.correlation == Hub.deliveryFailureCorrelation)
    }
}
