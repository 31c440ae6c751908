import Foundation
import HubCore
import Testing

@testable import HubDemo

@Suite("HubBot's messages as a demo specialist reads them")
struct HubBotNoticeTests {
    @Test(
        "the phrases a specialist acts on",
        arguments: [
            (
                "Hi Alice! Carol is looking for someone who knows about #statistics #r (request 3):\n“a regression?”\n"
                    + "Reply `!accept 3` to take it or `!decline 3` to pass, or react ✅ or ❌.",
                HubBotNotice.offer(.init(request: 3, requester: "Carol", tags: ["statistics", "r"]))
            ),
            ("Reply `!accept 12` to take it.", .offer(.init(request: 12))),
            ("Thanks, Alice! Request 7 is yours: I've invited you and Carol to a new room.", .assigned(request: 7)),
            ("Request 4 is no longer open: Bob has taken it. Thanks for looking!", .closed(request: 4)),
            (
                "Thanks, Alice! Bob took request 5 a moment before you, so there's nothing more to do.",
                .closed(request: 5)
            ),
            (
                "Thanks! You now offer #r (3), #statistics (3).",
                .interestsConfirmed("Thanks! You now offer #r (3), #statistics (3).")
            ),
            (
                "I don't know #stats (did you mean #statistics?). `!interests` shows what you offer.",
                .interestsRefused("I don't know #stats (did you mean #statistics?). `!interests` shows what you offer.")
            ),
        ] as [(String, HubBotNotice)]
    )
    func phrases(text: String, expected: HubBotNotice) {
        #expect(HubBotNotice(text: text) == expected)
    }

    @Test("other messages mean nothing to a specialist")
    func others() {
        #expect(
            HubBotNotice(text: "Hi Alice! I'm HubBot, the IT hub's front door. `!help` lists everything else.") == nil
        )
        #expect(HubBotNotice(text: "`!accept <n>` / ✅ answers an offer") == nil)
    }

    /// The real hub's texts, so a rewording in `Hub+Requests.swift` that the demo would miss fails here.
    @Test("the texts the real hub sends: interests confirmed, an offer with its tags and colleague, the assignment")
    func realHub() throws {
        let tags = TagModel(
            interests: [
                InterestTag(name: "statistics", description: "Statistics", keywords: ["regression", "survey"]),
                InterestTag(name: "r", description: "R", keywords: ["tidyverse"], parent: "statistics"),
            ],
            hygiene: []
        )
        var hub = Hub(me: PersonID("@hubbot:demo.test"), tags: tags)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var count = 0
        func say(_ text: String, from person: String, kind: ChatEvent.Kind? = nil) -> [String] {
            count += 1
            let event = ChatEvent(
                id: "$e\(count)",
                network: .matrix,
                room: RoomID("!dm-\(person):demo.test"),
                sender: PersonID("@\(person):demo.test"),
                kind: kind ?? .message(text: text),
                sentAt: now,
                isDirect: kind == .invite
            )
            return hub.handle(HubInput(event: event, senderName: person.capitalized), now: now).actions.compactMap {
                switch $0 {
                case .send(let message): message.text
                case .sendDirect(let message): message.text
                default: nil
                }
            }
        }
        for person in ["alice", "carol"] { _ = say("", from: person, kind: .invite) }
        let confirmed = say("!interests add #statistics:3 #r", from: "alice")
        #expect(confirmed.compactMap(HubBotNotice.init(text:)) == [.interestsConfirmed(confirmed[0])])
        _ = say("who can help me with a regression for our survey?", from: "carol")
        let offers = say("1", from: "carol").compactMap(HubBotNotice.init(text:))
        let offer = try #require(
            offers.compactMap { notice -> HubBotNotice.Offer? in
                if case .offer(let offer) = notice { return offer }
                return nil
            }.first
        )
        #expect(offer.requester == "Carol")
        #expect(offer.tags.contains("statistics"))
        let answer = say("!accept \(offer.request)", from: "alice").compactMap(HubBotNotice.init(text:))
        #expect(answer.contains(.assigned(request: offer.request)))
    }
}
