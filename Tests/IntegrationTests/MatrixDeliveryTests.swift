import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// Every message seen once and answered once, whatever happens to HubBot:
/// the real binary against Synapse, stopped, killed and restarted.
@Suite("Integration: Matrix delivery, exactly once across restarts", .enabled(if: SynapseEnvironment.shouldRun))
struct MatrixDeliveryTests {
    let http = HTTPClient()

    @Test("a colleague writes in a direct chat: exactly one reply, in reply to that message")
    func oneReply() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        let question = try await colleague.say(
            "can anyone help me find out which teams never talk to each other?",
            in: room
        )

        var replies = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) { !$0.isEmpty }
        // Give a duplicate time to show up, if there were one.
        try await Task.sleep(for: .seconds(2))
        replies = try await colleague.client.replies(from: hubbot.bot.userID, in: room)
        #expect(replies.count == 1)
        #expect(replies.first?.answers == question)

        // HubBot lists the room as its direct chat with the colleague (m.direct account data).
        let userPath = hubbot.bot.userID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let direct = try await http.execute(
            HTTPRequest(
                url: "\(synapse.baseURL)/_matrix/client/v3/user/\(userPath)/account_data/m.direct",
                headers: ["Authorization": "Bearer \(hubbot.token)"]
            )
        )
        #expect(try direct.decode([String: [String]].self)[colleague.userID] == [room])
        _ = try await hubbot.stop()
    }

    @Test("killed with SIGKILL while five messages are in flight: after restart each is answered exactly once")
    func sigkillInFlight() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)

        var questions: [String] = []
        for number in 1...5 {
            questions.append(try await colleague.say("question \(number): who knows about R and Shiny?", in: room))
        }
        // Killed at once: the messages are being received, handled or answered.
        try await hubbot.kill()
        try await hubbot.start()
        // Killed again as soon as the first answer shows: the rest are queued or being sent.
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room, timeout: .seconds(120)) {
            !$0.isEmpty
        }
        try await hubbot.kill()
        try await hubbot.start()

        var replies = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) {
            Set($0.compactMap(\.answers)).isSuperset(of: questions)
        }
        try await Task.sleep(for: .seconds(2))
        replies = try await colleague.client.replies(from: hubbot.bot.userID, in: room)
        let answered = replies.compactMap(\.answers)
        #expect(Set(answered) == Set(questions), "\(hubbot.output)")
        #expect(answered.count == questions.count, "some question was answered twice: \(answered)")
        _ = try await hubbot.stop()
    }

    @Test("messages sent while HubBot is stopped are all answered once it starts; old history is not")
    func answeredAfterDowntime() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)
        #expect(try await hubbot.stop() == 0)

        var questions: [String] = []
        for number in 1...3 {
            questions.append(try await colleague.say("while you were away \(number)", in: room))
        }
        // A room with history from before HubBot was in it, mentioning HubBot.
        let oldRoom = try await colleague.client.createRoom(name: "Old project room", invite: [])
        for number in 1...3 {
            _ = try await colleague.say("\(hubbot.bot.name): old history \(number)", in: oldRoom)
        }
        try await hubbot.start()
        let replies = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) {
            $0.count >= questions.count
        }
        #expect(replies.compactMap(\.answers) == questions)

        struct Invite: Encodable { var user_id: String }
        let invitePath =
            "/_matrix/client/v3/rooms/\(oldRoom.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? oldRoom)/invite"
        var request = try HTTPRequest.json(
            .post,
            url: synapse.baseURL + invitePath,
            body: Invite(user_id: hubbot.bot.userID)
        )
        request.headers.add(name: "Authorization", value: "Bearer \(colleague.session.accessToken)")
        #expect(try await http.execute(request).status == 200)
        #expect(try await colleague.client.waitUntilJoined(hubbot.bot.userID, room: oldRoom))
        let fresh = try await colleague.say("\(hubbot.bot.name): a new question after you joined", in: oldRoom)
        let oldRoomReplies = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: oldRoom) {
            !$0.isEmpty
        }
        try await Task.sleep(for: .seconds(2))
        #expect(try await colleague.client.replies(from: hubbot.bot.userID, in: oldRoom).map(\.answers) == [fresh])
        #expect(oldRoomReplies.count == 1)
        _ = try await hubbot.stop()
    }

    @Test("malformed and odd events are skipped or handled, and HubBot goes on")
    func malformedEvents() async throws {
        let synapse = try SynapseEnvironment.require()
        let (hubbot, colleague, room) = try await HubBotProcess.startedWithDirectChat(synapse: synapse, http: http)

        let roomPath = room.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? room
        // Synapse checks m.room.message bodies, so the oddities come in other event types.
        let oddEvents = [
            ("m.reaction", #"{"m.relates_to": "not an object"}"#),
            ("m.reaction", #"{"m.relates_to": {"rel_type": 5, "event_id": [], "key": {"k": 1}}}"#),
            ("com.example.odd", #"{"body": 12345, "msgtype": ["m.text"]}"#),
            // Readable messages with a broken relation or mention list: the body is read, the field ignored.
            ("m.room.message", #"{"msgtype": "m.text", "body": "!status", "m.relates_to": "not an object"}"#),
            ("m.room.message", #"{"msgtype": "m.text", "body": "!help", "m.mentions": {"user_ids": "@x:y"}}"#),
            (
                "m.room.message",
                #"{"msgtype": "m.text", "body": "!status", "m.relates_to": {"m.in_reply_to": {"event_id": 7}}}"#
            ),
        ]
        var readable: [String] = []
        for (index, (type, content)) in oddEvents.enumerated() {
            var request = HTTPRequest(
                method: .put,
                url: "\(synapse.baseURL)/_matrix/client/v3/rooms/\(roomPath)/send/\(type)/odd\(index)",
                headers: [
                    "Authorization": "Bearer \(colleague.session.accessToken)", "Content-Type": "application/json",
                ]
            )
            request.body = Data(content.utf8)
            let response = try await http.execute(request)
            #expect(response.status == 200, "\(content): \(response.status) \(response.text)")
            struct Sent: Decodable { var event_id: String }
            if type == "m.room.message" { readable.append(try response.decode(Sent.self).event_id) }
        }
        let unicode = try await colleague.say("مرحبا 👩🏽‍💻 ze\u{200B}ro‑width e\u{301} \u{202E}reversed", in: room)
        let huge = try await colleague.say(String(repeating: "statistics ", count: 5000), in: room)
        let last = try await colleague.say("and a normal question at the end", in: room)

        let replies = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) {
            $0.contains { $0.answers == last }
        }
        #expect(replies.map(\.answers) == readable + [unicode, huge, last])
        #expect(hubbot.current?.isRunning == true)
        #expect(hubbot.output.contains("ignored malformed fields"), "\(hubbot.output)")
        _ = try await hubbot.stop()
    }

    @Test("in a room HubBot answers in the message's thread, by display name, mentioning the person")
    func threadInRoom() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        struct Name: Encodable { var displayname: String }
        let userPath = colleague.userID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        var rename = try HTTPRequest.json(
            .put,
            url: "\(synapse.baseURL)/_matrix/client/v3/profile/\(userPath)/displayname",
            body: Name(displayname: "Carol Example")
        )
        rename.headers.add(name: "Authorization", value: "Bearer \(colleague.session.accessToken)")
        #expect(try await http.execute(rename).status == 200)

        let room = try await colleague.client.createRoom(name: "Data hub", invite: [hubbot.bot.userID])
        #expect(try await colleague.client.waitUntilJoined(hubbot.bot.userID, room: room))
        _ = try await colleague.say("lunch anyone?", in: room)
        let question = try await colleague.say("\(hubbot.bot.name): who knows network graphs?", in: room)
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) { !$0.isEmpty }
        try await Task.sleep(for: .seconds(1))
        let replies = try await colleague.client.recentEvents(in: room).filter {
            $0.sender == hubbot.bot.userID && $0.type == "m.room.message"
        }
        #expect(replies.count == 1, "only the message addressed to HubBot is answered")
        let reply = try #require(replies.first)
        #expect(reply.content?.relatesTo?.relType == "m.thread")
        #expect(reply.content?.relatesTo?.eventID == question)
        #expect(reply.content?.mentions?.userIDs == [colleague.userID])
        #expect(reply.content?.body?.hasPrefix("Carol Example: ") == true, "\(reply.content?.body ?? "")")
        #expect(reply.content?.msgtype == "m.notice")
        _ = try await hubbot.stop()
    }

    @Test("encrypted messages with encryption off: HubBot says once, plainly, that it cannot read them and why")
    func encryptedRoom() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http, matrix: "  encryption: off")
        try await hubbot.start()
        let (colleague, room) = try await hubbot.directChat(synapse: synapse, http: http)
        let roomPath = room.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? room
        for index in 0..<2 {
            var request = HTTPRequest(
                method: .put,
                url: "\(synapse.baseURL)/_matrix/client/v3/rooms/\(roomPath)/send/m.room.encrypted/enc\(index)",
                headers: [
                    "Authorization": "Bearer \(colleague.session.accessToken)", "Content-Type": "application/json",
                ]
            )
            request.body = Data(
                #"{"algorithm":"m.megolm.v1.aes-sha2","ciphertext":"AwgAEn...","sender_key":"k","session_id":"s","device_id":"D"}"#
                    .utf8
            )
            #expect(try await http.execute(request).status == 200)
        }
        let marker = try await colleague.say("a plain message after the encrypted ones", in: room)
        _ = try await colleague.client.waitForReplies(from: hubbot.bot.userID, in: room) {
            $0.contains { $0.answers == marker }
        }
        let notices = try await colleague.client.recentEvents(in: room).filter {
            $0.sender == hubbot.bot.userID
                && $0.content?.body?.hasPrefix("I can't read encrypted messages here") == true
        }
        #expect(notices.count == 1)
        #expect(notices.first?.content?.body?.contains("`matrix.encryption`") == true)
        _ = try await hubbot.stop()
    }
}
