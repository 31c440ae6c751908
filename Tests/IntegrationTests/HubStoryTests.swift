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

    /// A person with a direct chat with HubBot.
    struct Person {
        var account: FreshAccount
        var room: String
    }

    func person(_ name: String, hubbot: HubBotProcess, synapse: SynapseEnvironment) async throws -> Person {
        let account = try await FreshAccount(name, on: synapse, http: http)
        let room = try await account.client.createRoom(name: nil, invite: [hubbot.bot.userID], isDirect: true)
        guard try await account.client.waitUntilJoined(hubbot.bot.userID, room: room) else {
            throw TestServerError("HubBot did not join \(name)'s direct chat:\n\(hubbot.output)")
        }
        return Person(account: account, room: room)
    }

    @discardableResult
    func say(_ text: String, as person: Person) async throws -> String {
        try await person.account.client.sendText(text, to: person.room, transactionID: UUID().uuidString, notice: false)
    }

    /// HubBot's messages in the person's direct chat, oldest first.
    func messages(to person: Person, from hubbot: HubBotProcess) async throws -> [SyncResponse.RoomEvent] {
        try await person.account.client.recentEvents(in: person.room, limit: 200)
            .filter { $0.sender == hubbot.bot.userID && $0.type == "m.room.message" }
            .reversed()
    }

    /// Waits for a message from HubBot in the person's direct chat containing `text`.
    func waitForMessage(
        containing text: String,
        to person: Person,
        from hubbot: HubBotProcess,
        timeout: Duration = .seconds(30)
    ) async throws -> SyncResponse.RoomEvent {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let found = try await messages(to: person, from: hubbot).last(where: {
                $0.content?.body?.contains(text) == true
            }) {
                return found
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        let seen = try await messages(to: person, from: hubbot).compactMap { $0.content?.body }
        throw TestServerError("no message containing “\(text)”; HubBot said: \(seen)\n\(hubbot.output)")
    }

    /// Rooms the person is invited to, other than `except`.
    func invites(of person: Person) async throws -> [String] {
        let sync = try await person.account.client.sync(since: nil, timeout: .zero)
        return (sync.rooms?.invite ?? [:]).keys.sorted()
    }

    @Test("ask → shortlist → pick → offer → HubBot killed and restarted → ✅ → introduced → done → rated")
    func fullStory() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let alice = try await person("alice", hubbot: hubbot, synapse: synapse)
        let bob = try await person("bob", hubbot: hubbot, synapse: synapse)
        let carol = try await person("carol", hubbot: hubbot, synapse: synapse)

        try await say("!interests add #statistics:3 #r", as: alice)
        _ = try await waitForMessage(containing: "You now offer", to: alice, from: hubbot)
        try await say("!interests add #statistics:1", as: bob)
        _ = try await waitForMessage(containing: "You now offer", to: bob, from: hubbot)

        let question = "can someone help me with the regression analysis for our staff survey?"
        try await say(question, as: carol)
        let list = try await waitForMessage(containing: "these people know about it", to: carol, from: hubbot)
        let listText = list.content?.body ?? ""
        #expect(listText.contains("1. \(alice.account.name)"), "\(listText)")
        #expect(listText.contains("2. \(bob.account.name)"), "\(listText)")

        try await say("1", as: carol)
        let offer = try await waitForMessage(containing: "!accept", to: alice, from: hubbot)
        let offerText = offer.content?.body ?? ""
        #expect(offerText.contains(question))
        let number = try #require(
            offerText.firstMatch(of: /!accept (\d+)/).map { String($0.1) },
            "the offer names the request: \(offerText)"
        )
        _ = try await waitForMessage(containing: "I've asked \(alice.account.name)", to: carol, from: hubbot)

        // A crash between the offer and the answer loses nothing and repeats nothing.
        try await hubbot.kill()
        try await hubbot.start()

        let offerID = try #require(offer.eventID)
        _ = try await alice.account.client.react("✅", to: offerID, in: alice.room, transactionID: UUID().uuidString)
        _ = try await waitForMessage(containing: "Request \(number) is yours", to: alice, from: hubbot)
        _ = try await waitForMessage(containing: "accepted request \(number)", to: carol, from: hubbot)

        // Both are invited to one new room whose first message is the question.
        var meeting: [String] = []
        let deadline = ContinuousClock.now + .seconds(20)
        while meeting.isEmpty, ContinuousClock.now < deadline {
            meeting = try await invites(of: carol)
            if meeting.isEmpty { try await Task.sleep(for: .milliseconds(300)) }
        }
        let room = try #require(meeting.first, "carol was invited to the meeting room")
        #expect(meeting.count == 1)
        #expect(try await invites(of: alice) == [room])
        try await carol.account.client.join(room: room)
        let first = try await carol.account.client.recentEvents(in: room)
            .first { $0.sender == hubbot.bot.userID && $0.type == "m.room.message" }
        #expect(first?.content?.body?.contains(question) == true)

        try await say("!done \(number)", as: alice)
        _ = try await waitForMessage(containing: "How was your conversation", to: carol, from: hubbot)
        try await say("5 really helpful", as: carol)
        _ = try await waitForMessage(containing: "Thank you", to: carol, from: hubbot)

        // Nobody got anything twice.
        let aliceOffers = try await messages(to: alice, from: hubbot).filter {
            $0.content?.body?.contains("!accept \(number)") == true
        }
        #expect(aliceOffers.count == 1)
        let bobOffers = try await messages(to: bob, from: hubbot).filter {
            $0.content?.body?.contains("!accept") == true
        }
        #expect(bobOffers.isEmpty, "bob was never offered the request Carol gave Alice")
        let carolLists = try await messages(to: carol, from: hubbot).filter {
            $0.content?.body?.contains("these people know about it") == true
        }
        #expect(carolLists.count == 1)
        #expect(try await hubbot.stop() == 0)
    }

    @Test("an offer nobody answers times out and goes to the next person; a colleague can't accept it")
    func timeoutAndStrangers() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http, hub: "  offer_timeout_seconds: 10")
        try await hubbot.start()
        let alice = try await person("alice", hubbot: hubbot, synapse: synapse)
        let bob = try await person("bob", hubbot: hubbot, synapse: synapse)
        let carol = try await person("carol", hubbot: hubbot, synapse: synapse)
        let dave = try await person("dave", hubbot: hubbot, synapse: synapse)
        try await say("!interests add #social-network-analysis:3", as: alice)
        _ = try await waitForMessage(containing: "You now offer", to: alice, from: hubbot)
        try await say("!interests add #social-network-analysis:2", as: bob)
        _ = try await waitForMessage(containing: "You now offer", to: bob, from: hubbot)

        try await say("I'd like a network graph of who talks to whom across our departments", as: carol)
        _ = try await waitForMessage(containing: "these people know about it", to: carol, from: hubbot)
        try await say(alice.account.name, as: carol)
        let offer = try await waitForMessage(containing: "!accept", to: alice, from: hubbot)
        let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })

        try await say("!accept \(number)", as: dave)
        _ = try await waitForMessage(containing: "wasn't offered to you", to: dave, from: hubbot)

        // Alice stays silent: after the timeout Bob is asked, and Alice is told it moved on.
        _ = try await waitForMessage(containing: "!accept \(number)", to: bob, from: hubbot, timeout: .seconds(40))
        _ = try await waitForMessage(containing: "no longer open", to: alice, from: hubbot)
        _ = try await waitForMessage(containing: "Nobody answered in time", to: carol, from: hubbot)
        try await say("!accept \(number)", as: bob)
        _ = try await waitForMessage(containing: "is yours", to: bob, from: hubbot)
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "a fault never becomes an offer; \"anyone\" with two accepting at once after a restart: exactly one wins; away people are never offered"
    )
    func anyoneRace() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let alice = try await person("alice", hubbot: hubbot, synapse: synapse)
        let bob = try await person("bob", hubbot: hubbot, synapse: synapse)
        let erin = try await person("erin", hubbot: hubbot, synapse: synapse)
        let carol = try await person("carol", hubbot: hubbot, synapse: synapse)
        for specialist in [alice, bob, erin] {
            try await say("!interests add #statistics:2", as: specialist)
            _ = try await waitForMessage(containing: "You now offer", to: specialist, from: hubbot)
        }
        try await say("!away for 2h", as: erin)
        _ = try await waitForMessage(containing: "You're away", to: erin, from: hubbot)

        try await say("the printer on the 3rd floor has a paper jam again and won't print", as: carol)
        _ = try await waitForMessage(containing: "IT support", to: carol, from: hubbot)

        try await say("which statistics test tells me if the survey difference is significant?", as: carol)
        let list = try await waitForMessage(containing: "these people know about it", to: carol, from: hubbot)
        #expect(list.content?.body?.contains(erin.account.name) == false, "an away specialist is not listed")
        try await say("anyone", as: carol)
        let offer = try await waitForMessage(containing: "!accept", to: alice, from: hubbot)
        _ = try await waitForMessage(containing: "!accept", to: bob, from: hubbot)
        let number = try #require((offer.content?.body ?? "").firstMatch(of: /!accept (\d+)/).map { String($0.1) })

        try await hubbot.kill()
        try await hubbot.start()
        async let aliceAccepts = say("!accept \(number)", as: alice)
        async let bobAccepts = say("!accept \(number)", as: bob)
        _ = try await (aliceAccepts, bobAccepts)

        _ = try await waitForMessage(containing: "accepted request \(number)", to: carol, from: hubbot)
        try await Task.sleep(for: .seconds(2))
        let aliceWon = try await messages(to: alice, from: hubbot).contains {
            $0.content?.body?.contains("Request \(number) is yours") == true
        }
        let bobWon = try await messages(to: bob, from: hubbot).contains {
            $0.content?.body?.contains("Request \(number) is yours") == true
        }
        #expect(aliceWon != bobWon, "exactly one of the two wins")
        let loser = aliceWon ? bob : alice
        _ = try await waitForMessage(containing: "a moment before you", to: loser, from: hubbot)
        #expect(try await invites(of: carol).count == 1)
        #expect(try await invites(of: loser).isEmpty)

        let erinOffers = try await messages(to: erin, from: hubbot).filter {
            $0.content?.body?.contains("!accept") == true
        }
        #expect(erinOffers.isEmpty, "the away specialist was never offered anything")
        let faultOffers = try await messages(to: alice, from: hubbot).filter {
            $0.content?.body?.contains("paper jam") == true
        }
        #expect(faultOffers.isEmpty, "a fault never becomes an offer")
        #expect(try await hubbot.stop() == 0)
    }
}
