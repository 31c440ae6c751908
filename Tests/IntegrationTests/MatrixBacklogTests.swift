import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// What piles up while HubBot is down is all read once it is back, however
/// much it is; and a lost or restored database never answers anything twice.
@Suite("Integration: Matrix backlogs and lost databases", .enabled(if: SynapseEnvironment.shouldRun))
struct MatrixBacklogTests {
    let http = HTTPClient()

    /// A group room with the colleague and HubBot in it.
    func groupRoom(_ hubbot: HubBotProcess, colleague: FreshAccount, name: String) async throws -> String {
        let room = try await colleague.client.createRoom(name: name, invite: [hubbot.bot.userID])
        guard try await colleague.client.waitUntilJoined(hubbot.bot.userID, room: room) else {
            throw TestServerError("HubBot did not join \(name):\n\(hubbot.output)")
        }
        return room
    }

    @Test("60 commands in a direct chat while HubBot is stopped: all 60 answered, once each, in order")
    func directChatBacklog() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        #expect(try await hubbot.stop() == 0)

        var questions: [String] = []
        for _ in 1...60 { questions.append(try await colleague.say("!status", in: room)) }
        try await hubbot.start()
        let replies = try await colleague.client.waitForReplies(
            from: hubbot.bot.userID,
            in: room,
            timeout: .seconds(120)
        ) {
            $0.count >= questions.count
        }
        try await Task.sleep(for: .seconds(2))
        let answered = try await colleague.client.replies(from: hubbot.bot.userID, in: room).compactMap(\.answers)
        #expect(answered == questions, "answered \(answered.count) of \(questions.count) (\(replies.count) replies)")
        _ = try await hubbot.stop()
    }

    @Test("500 lines of chatter in a group room while HubBot is stopped: both mentions of HubBot are answered")
    func busyRoomBacklog() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let room = try await groupRoom(hubbot, colleague: colleague, name: "Busy project room")
        #expect(try await hubbot.stop() == 0)

        let first = try await colleague.say("\(hubbot.bot.name): !status", in: room)
        for line in 1...498 { _ = try await colleague.say("chatter line \(line), nothing for the bot", in: room) }
        let last = try await colleague.say("\(hubbot.bot.name): !help", in: room)
        try await hubbot.start()
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room, timeout: .seconds(120)) {
            $0.count >= 2
        }
        try await Task.sleep(for: .seconds(2))
        let answered = try await colleague.client.replies(from: hubbot.bot.userID, in: room).compactMap(\.answers)
        #expect(answered == [first, last], "\(hubbot.output.suffix(3000))")
        _ = try await hubbot.stop()
    }

    @Test("30 rooms, each with more than a page of chatter after a mention, while HubBot is stopped: all 30 answered")
    func manyRoomsBacklog() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        var rooms: [String] = []
        for number in 1...30 {
            rooms.append(try await colleague.client.createRoom(name: "Room \(number)", invite: [hubbot.bot.userID]))
        }
        for room in rooms {
            guard try await colleague.client.waitUntilJoined(hubbot.bot.userID, room: room) else {
                throw TestServerError("HubBot did not join \(room):\n\(hubbot.output)")
            }
        }
        #expect(try await hubbot.stop() == 0)

        // Written room by room, a few rooms at a time, as a busy morning would.
        let client = colleague.client
        let botName = hubbot.bot.name
        let mentions = try await withThrowingTaskGroup(of: (String, String).self) { group in
            var mentions: [String: String] = [:]
            for (index, room) in rooms.enumerated() {
                if index >= 5, let (room, mention) = try await group.next() { mentions[room] = mention }
                group.addTask {
                    let mention = try await client.sendText(
                        "\(botName): !status",
                        to: room,
                        transactionID: UUID().uuidString,
                        notice: false
                    )
                    for line in 1...55 {
                        _ = try await client.sendText(
                            "chatter \(line)",
                            to: room,
                            transactionID: UUID().uuidString,
                            notice: false
                        )
                    }
                    return (room, mention)
                }
            }
            for try await (room, mention) in group { mentions[room] = mention }
            return mentions
        }
        try await hubbot.start()
        // One hang guard for all rooms: each answered exactly once, to its mention.
        let deadline = ContinuousClock.now + .seconds(180)
        var missing = Set(rooms)
        while !missing.isEmpty, ContinuousClock.now < deadline {
            for room in missing {
                let replies = try await colleague.client.replies(from: hubbot.bot.userID, in: room)
                if !replies.isEmpty { missing.remove(room) }
            }
            if !missing.isEmpty { try await Task.sleep(for: .seconds(1)) }
        }
        try await Task.sleep(for: .seconds(2))
        for room in rooms where !missing.contains(room) {
            let replies = try await colleague.client.replies(from: hubbot.bot.userID, in: room)
            if replies.map(\.answers) != [mentions[room]] { missing.insert(room) }
        }
        #expect(missing.isEmpty, "\(missing.count) of 30 rooms not answered exactly once")
        _ = try await hubbot.stop()
    }

    @Test("a fresh database answers only what arrives after it starts: no second greeting, reply or ticket")
    func freshDatabase() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        let question = try await colleague.say("my laptop screen stays black after the update", in: room)
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) { !$0.isEmpty }
        try await Task.sleep(for: .seconds(1))
        let before = try await botMessages(hubbot, colleague: colleague, room: room)
        #expect(try await hubbot.stop() == 0)

        try hubbot.moveStorage(to: "fresh.sqlite")
        try await hubbot.start()
        try await Task.sleep(for: .seconds(4))
        #expect(try await botMessages(hubbot, colleague: colleague, room: room) == before, "\(hubbot.output)")

        // What comes next is answered, once.
        let next = try await colleague.say("!status", in: room)
        let replies = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) {
            $0.compactMap(\.answers).contains(next)
        }
        #expect(replies.compactMap(\.answers).filter { $0 == question }.count == 1)
        #expect(replies.compactMap(\.answers).filter { $0 == next }.count == 1)
        _ = try await hubbot.stop()
    }

    @Test("an old backup restored: what the lost database had answered is not answered again; what it had not, is")
    func restoredBackup() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        let first = try await colleague.say("!status", in: room)
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) { $0.count >= 1 }
        #expect(try await hubbot.stop() == 0)
        try hubbot.backUpStorage()

        try await hubbot.start()
        let second = try await colleague.say("!help", in: room)
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) { $0.count >= 2 }
        #expect(try await hubbot.stop() == 0)
        // Written while HubBot is down, after the backup: never answered by anyone yet.
        let third = try await colleague.say("!status", in: room)

        try hubbot.restoreStorage()
        try await hubbot.start()
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) { $0.count >= 3 }
        try await Task.sleep(for: .seconds(3))
        let answered = try await colleague.client.replies(from: hubbot.bot.userID, in: room).compactMap(\.answers)
        #expect(answered == [first, second, third], "\(hubbot.output)")
        _ = try await hubbot.stop()
    }

    @Test("chaos: SIGKILLs in the middle of bursts, 60 more messages each while HubBot is down: none lost, none twice")
    func killsAndBursts() async throws {
        let synapse = try SynapseEnvironment.require()
        // A few rounds in the suite; HUBBOT_CHAOS_KILLS=30 for the full chaos run.
        let kills = ProcessInfo.processInfo.environment["HUBBOT_CHAOS_KILLS"].flatMap(Int.init) ?? 6
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        var questions: [String] = []
        for _ in 1...kills {
            for _ in 1...10 { questions.append(try await colleague.say("!status", in: room)) }
            try await hubbot.kill()  // while those are being read, handled or answered
            for _ in 1...60 { questions.append(try await colleague.say("!status", in: room)) }
            try await hubbot.start()
        }
        let deadline = ContinuousClock.now + .seconds(600)  // a hang guard
        var answered: [String] = []
        while ContinuousClock.now < deadline {
            answered = try await allReplies(from: hubbot.bot.userID, in: room, as: colleague)
            if answered.count >= questions.count { break }
            try await Task.sleep(for: .seconds(1))
        }
        try await Task.sleep(for: .seconds(2))
        answered = try await allReplies(from: hubbot.bot.userID, in: room, as: colleague)
        let lost = Set(questions).subtracting(answered)
        let twice = Dictionary(grouping: answered, by: { $0 }).filter { $0.value.count > 1 }
        #expect(lost.isEmpty, "\(lost.count) of \(questions.count) never answered across \(kills) kills")
        #expect(twice.isEmpty, "\(twice.count) answered more than once")
        #expect(answered == questions, "replies in the order of the questions")
        _ = try await hubbot.stop()
    }

    /// The events HubBot's replies answer, for the whole room, oldest first (paged forward).
    func allReplies(from bot: String, in room: String, as colleague: FreshAccount) async throws -> [String] {
        struct Page: Decodable {
            var chunk: [SyncResponse.RoomEvent]
            var end: String?
        }
        let roomPath = room.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? room
        var answers: [String] = []
        var from: String?
        repeat {
            let token =
                from.map { "&from=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)" } ?? ""
            let request = HTTPRequest(
                url:
                    "\(colleague.client.homeserver)/_matrix/client/v3/rooms/\(roomPath)/messages?dir=f&limit=1000\(token)",
                headers: ["Authorization": "Bearer \(colleague.session.accessToken)"]
            )
            let page = try await http.execute(request).decode(Page.self)
            answers += page.chunk.filter { $0.sender == bot && $0.type == "m.room.message" }
                .compactMap { $0.content?.relatesTo?.inReplyTo?.eventID }
            from = page.chunk.isEmpty ? nil : page.end
        } while from != nil
        return answers
    }

    /// Everything HubBot has said in the room, oldest first.
    func botMessages(_ hubbot: HubBotProcess, colleague: FreshAccount, room: String) async throws -> [String] {
        try await colleague.client.recentEvents(in: room, limit: 200)
            .filter { $0.sender == hubbot.bot.userID && $0.type == "m.room.message" }
            .compactMap(\.eventID)
            .reversed()
    }
}
