import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// The hub as people experience it, against a real Synapse with the real
/// `hubbot` binary: specialists say what they offer, a colleague asks and
/// picks, the specialist accepts, both meet in a new room, the colleague rates.
@Suite("Integration: the hub in chat", .enabled(if: SynapseEnvironment.shouldRun))
struct HubStoryTests {
    let http = HTTPClient()

    @Test("ask → shortlist → pick → offer → HubBot killed and restarted → ✅ → introduced → done → rated")
    func fullStory() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let alice = try await hubbot.person("alice", synapse: synapse, http: http)
        let bob = try await hubbot.person("bob", synapse: synapse, http: http)
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)

        try await hubbot.say("!interests add #statistics:3 #r", as: alice)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: alice)
        try await hubbot.say("!interests add #statistics:1", as: bob)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: bob)

        let question = "can someone help me with the regression analysis for our staff survey?"
        try await hubbot.say(question, as: carol)
        let list = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
        let listText = list.content?.body ?? ""
        #expect(listText.contains("1. \(alice.account.name)"), "\(listText)")
        #expect(listText.contains("2. \(bob.account.name)"), "\(listText)")

        try await hubbot.say("1", as: carol)
        let offer = try await hubbot.waitForMessage(containing: "!accept", to: alice)
        let offerText = offer.content?.body ?? ""
        #expect(offerText.contains(question))
        let number = try #require(
            offerText.firstMatch(of: /!accept (\d+)/).map { String($0.1) },
            "the offer names the request: \(offerText)"
        )
        _ = try await hubbot.waitForMessage(containing: "I've asked \(alice.account.name)", to: carol)

        // A crash between the offer and the answer loses nothing and repeats nothing.
        try await hubbot.kill()
        try await hubbot.start()

        let offerID = try #require(offer.eventID)
        _ = try await alice.account.client.react("✅", to: offerID, in: alice.room, transactionID: UUID().uuidString)
        _ = try await hubbot.waitForMessage(containing: "Request \(number) is yours", to: alice)
        _ = try await hubbot.waitForMessage(containing: "accepted request \(number)", to: carol)

        // Both are invited to one new room whose first message is the question.
        var meeting: [String] = []
        let deadline = ContinuousClock.now + .seconds(60)
        while meeting.isEmpty, ContinuousClock.now < deadline {
            meeting = try await hubbot.invites(of: carol)
            if meeting.isEmpty { try await Task.sleep(for: .milliseconds(300)) }
        }
        let room = try #require(meeting.first, "carol was invited to the meeting room")
        #expect(meeting.count == 1)
        #expect(try await hubbot.invites(of: alice) == [room])
        try await carol.account.client.join(room: room)
        let first = try await carol.account.client.recentEvents(in: room)
            .first { $0.sender == hubbot.bot.userID && $0.type == "m.room.message" }
        #expect(first?.content?.body?.contains(question) == true)

        try await hubbot.say("!done \(number)", as: alice)
        _ = try await hubbot.waitForMessage(containing: "How was your conversation", to: carol)
        try await hubbot.say("5 really helpful", as: carol)
        _ = try await hubbot.waitForMessage(containing: "Thank you", to: carol)

        // Nobody got anything twice.
        let aliceOffers = try await hubbot.messages(to: alice).filter {
            $0.content?.body?.contains("!accept \(number)") == true
        }
        #expect(aliceOffers.count == 1)
        let bobOffers = try await hubbot.messages(to: bob).filter {
            $0.content?.body?.contains("!accept") == true
        }
        #expect(bobOffers.isEmpty, "bob was never offered the request Carol gave Alice")
        let carolLists = try await hubbot.messages(to: carol).filter {
            $0.content?.body?.contains("these people know about it") == true
        }
        #expect(carolLists.count == 1)
        #expect(try await hubbot.stop() == 0)
    }

    /// A running HubBot and Alice, who offers #statistics.
    func hubWithStatistician(_ synapse: SynapseEnvironment) async throws -> (HubBotProcess, Person) {
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let alice = try await hubbot.person("alice", synapse: synapse, http: http)
        try await hubbot.say("!interests add #statistics:3", as: alice)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: alice)
        return (hubbot, alice)
    }

    @Test("HubBot killed just after an !accept, again and again: every introduction room starts with the question")
    func killedAfterAccept() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, alice) = try await hubWithStatistician(synapse)

        // Kills from "at once" to "after the room is made", as a crash would fall.
        for (round, delay) in [50, 150, 300, 500, 700, 1000, 1500].enumerated() {
            let carol = try await hubbot.person("carol", synapse: synapse, http: http)
            let question = "round \(round): can someone help me with the regression analysis for our staff survey?"
            try await hubbot.say(question, as: carol)
            _ = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
            try await hubbot.say("1", as: carol)
            let offer = try await hubbot.waitForMessage(containing: "round \(round):", to: alice)
            let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })
            try await hubbot.say("!accept \(number)", as: alice)
            try await Task.sleep(for: .milliseconds(delay))
            try await hubbot.kill()
            try await hubbot.start()

            var invited: [String] = []
            var first: String?
            let deadline = ContinuousClock.now + .seconds(60)  // a hang guard
            while first == nil, ContinuousClock.now < deadline {
                if invited.isEmpty { invited = try await hubbot.invites(of: carol) }
                if let room = invited.first {
                    try await carol.account.client.join(room: room)
                    first = try await carol.account.client.recentEvents(in: room)
                        .first { $0.sender == hubbot.bot.userID && $0.type == "m.room.message" }?.content?.body
                }
                if first == nil { try await Task.sleep(for: .milliseconds(300)) }
            }
            #expect(
                invited.count == 1,
                "round \(round) (killed after \(delay) ms): invited to \(invited)\n\(hubbot.output.suffix(6000))"
            )
            #expect(
                first?.contains(question) == true,
                "round \(round) (killed after \(delay) ms): \(first ?? "no message")"
            )
            try await hubbot.say("!done \(number)", as: alice)
            _ = try await hubbot.waitForMessage(containing: "How was your conversation", to: carol)
        }
        #expect(try await hubbot.stop() == 0)
    }

    @Test("a 64,900-byte question: the specialist's offer quotes its start, and the introduction still happens")
    func hugeQuestion() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, alice) = try await hubWithStatistician(synapse)
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)
        let question =
            "can someone help me with the regression analysis for our staff survey? Here is all of it: "
            + String(repeating: "1.5;2.7;3.1;", count: 5_400)
        #expect(question.utf8.count > 64_000)
        try await hubbot.say(question, as: carol)
        _ = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
        try await hubbot.say("1", as: carol)
        let offer = try await hubbot.waitForMessage(containing: "!accept", to: alice)
        #expect(offer.content?.body?.contains("shortened from") == true)
        _ = try await hubbot.waitForMessage(containing: "I've asked", to: carol)
        let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })
        try await hubbot.say("!accept \(number)", as: alice)
        _ = try await hubbot.waitForMessage(containing: "accepted request \(number)", to: carol)
        #expect(!hubbot.output.contains("dropped"), "\(hubbot.output.suffix(2000))")
        #expect(try await hubbot.stop() == 0)
    }

    @Test("an offer nobody answers times out and goes to the next person; a colleague can't accept it")
    func timeoutAndStrangers() async throws {
        let synapse = try SynapseEnvironment.require()
        // Long enough that Bob's answer arrives in time on a busy CI machine (25 s was not, beside
        // the install test), short enough to wait out.
        let hubbot = try await HubBotProcess(synapse: synapse, http: http, hub: "  offer_timeout_seconds: 60")
        try await hubbot.start()
        let alice = try await hubbot.person("alice", synapse: synapse, http: http)
        let bob = try await hubbot.person("bob", synapse: synapse, http: http)
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)
        let dave = try await hubbot.person("dave", synapse: synapse, http: http)
        try await hubbot.say("!interests add #social-network-analysis:3", as: alice)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: alice)
        try await hubbot.say("!interests add #social-network-analysis:2", as: bob)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: bob)

        try await hubbot.say("I'd like a network graph of who talks to whom across our departments", as: carol)
        _ = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
        try await hubbot.say(alice.account.name, as: carol)
        let offer = try await hubbot.waitForMessage(containing: "!accept", to: alice)
        let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })

        try await hubbot.say("!accept \(number)", as: dave)
        _ = try await hubbot.waitForMessage(containing: "wasn't offered to you", to: dave)

        // Alice stays silent: after the timeout Bob is asked, and Alice is told it moved on.
        _ = try await hubbot.waitForMessage(containing: "!accept \(number)", to: bob, timeout: .seconds(150))
        _ = try await hubbot.waitForMessage(containing: "no longer open", to: alice)
        _ = try await hubbot.waitForMessage(containing: "Nobody answered in time", to: carol)
        try await hubbot.say("!accept \(number)", as: bob)
        _ = try await hubbot.waitForMessage(containing: "is yours", to: bob)
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "a fault never becomes an offer; \"anyone\" with two accepting at once after a restart: exactly one wins; away people are never offered"
    )
    func anyoneRace() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let alice = try await hubbot.person("alice", synapse: synapse, http: http)
        let bob = try await hubbot.person("bob", synapse: synapse, http: http)
        let erin = try await hubbot.person("erin", synapse: synapse, http: http)
        let carol = try await hubbot.person("carol", synapse: synapse, http: http)
        for specialist in [alice, bob, erin] {
            try await hubbot.say("!interests add #statistics:2", as: specialist)
            _ = try await hubbot.waitForMessage(containing: "You now offer", to: specialist)
        }
        try await hubbot.say("!away for 2h", as: erin)
        _ = try await hubbot.waitForMessage(containing: "You're away", to: erin)

        try await hubbot.say("the printer on the 3rd floor has a paper jam again and won't print", as: carol)
        _ = try await hubbot.waitForMessage(containing: "IT support", to: carol)

        try await hubbot.say("which statistics test tells me if the survey difference is significant?", as: carol)
        let list = try await hubbot.waitForMessage(containing: "these people know about it", to: carol)
        #expect(list.content?.body?.contains(erin.account.name) == false, "an away specialist is not listed")
        try await hubbot.say("anyone", as: carol)
        let offer = try await hubbot.waitForMessage(containing: "!accept", to: alice)
        _ = try await hubbot.waitForMessage(containing: "!accept", to: bob)
        let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })

        try await hubbot.kill()
        try await hubbot.start()
        async let aliceAccepts = alice.account.client.sendText(
            "!accept \(number)",
            to: alice.room,
            transactionID: UUID().uuidString,
            notice: false
        )
        async let bobAccepts = bob.account.client.sendText(
            "!accept \(number)",
            to: bob.room,
            transactionID: UUID().uuidString,
            notice: false
        )
        _ = try await (aliceAccepts, bobAccepts)

        _ = try await hubbot.waitForMessage(containing: "accepted request \(number)", to: carol)
        try await Task.sleep(for: .seconds(2))
        let aliceWon = try await hubbot.messages(to: alice).contains {
            $0.content?.body?.contains("Request \(number) is yours") == true
        }
        let bobWon = try await hubbot.messages(to: bob).contains {
            $0.content?.body?.contains("Request \(number) is yours") == true
        }
        #expect(aliceWon != bobWon, "exactly one of the two wins")
        let loser = aliceWon ? bob : alice
        _ = try await hubbot.waitForMessage(containing: "a moment before you", to: loser)
        #expect(try await hubbot.invites(of: carol).count == 1)
        #expect(try await hubbot.invites(of: loser).isEmpty)

        let erinOffers = try await hubbot.messages(to: erin).filter {
            $0.content?.body?.contains("!accept") == true
        }
        #expect(erinOffers.isEmpty, "the away specialist was never offered anything")
        let faultOffers = try await hubbot.messages(to: alice).filter {
            $0.content?.body?.contains("paper jam") == true
        }
        #expect(faultOffers.isEmpty, "a fault never becomes an offer")
        #expect(try await hubbot.stop() == 0)
    }
}
