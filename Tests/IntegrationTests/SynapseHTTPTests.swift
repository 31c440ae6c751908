import CurlHTTP
import Foundation
import HubCore
import HubStore
import HubTestSupport
import Logging
import MatrixChat
import Testing

/// CurlHTTP and MatrixChat against a real Synapse started by Scripts/synapse.sh.
@Suite("Integration: CurlHTTP and MatrixChat against Synapse", .enabled(if: SynapseEnvironment.shouldRun))
struct SynapseHTTPTests {
    let http = HTTPClient()

    func makeTransport(_ synapse: SynapseEnvironment, token: String, state: HubDatabase) -> MatrixTransport {
        MatrixTransport(
            settings: .init(homeserver: synapse.baseURL, credential: .accessToken(token)),
            http: http,
            state: state,
            logger: Logger(label: "test")
        )
    }

    /// A transport signed in as `bot`, on a database of its own (or `state`).
    func signedIn(_ bot: FreshAccount, _ synapse: SynapseEnvironment, state: HubDatabase? = nil) async throws
        -> MatrixTransport
    {
        let transport = makeTransport(
            synapse,
            token: bot.session.accessToken,
            state: try state ?? HubDatabase.inMemory()
        )
        _ = try await transport.signIn()
        return transport
    }

    @Test("CurlHTTP registers, logs in, asks whoami and syncs")
    func registerLoginSync() async throws {
        let synapse = try SynapseEnvironment.require()
        let anonymous = MatrixClient(homeserver: synapse.baseURL, http: http)
        #expect(try await anonymous.versions().contains { $0.hasPrefix("v1.") })

        let user = SynapseEnvironment.uniqueUser("reg")
        let registered = try await anonymous.register(user: user, password: "\(user)-password")
        #expect(registered.userID == "@\(user):\(synapse.serverName)")

        let session = try await anonymous.login(user: user, password: "\(user)-password", deviceID: "HUBBOTTEST")
        #expect(session.deviceID == "HUBBOTTEST")
        let client = MatrixClient(homeserver: synapse.baseURL, accessToken: session.accessToken, http: http)
        let identity = try await client.whoAmI()
        #expect(identity.userID == registered.userID)
        #expect(identity.deviceID == "HUBBOTTEST")

        let first = try await client.sync(since: nil, timeout: .zero)
        #expect(!first.nextBatch.isEmpty)
        // A long-poll with nothing new returns after its timeout with a token, and nothing in it.
        let second = try await client.sync(since: first.nextBatch, timeout: .milliseconds(500))
        #expect(!second.nextBatch.isEmpty)
        #expect((second.rooms?.join ?? [:]).isEmpty && (second.rooms?.invite ?? [:]).isEmpty)
    }

    @Test("a wrong password is refused with M_FORBIDDEN, not retried")
    func wrongPassword() async throws {
        let synapse = try SynapseEnvironment.require()
        let account = try await FreshAccount("pw", on: synapse, http: http)
        let anonymous = MatrixClient(homeserver: synapse.baseURL, http: http)
        let error = await #expect(throws: MatrixError.self) {
            try await anonymous.login(user: account.name, password: "wrong-password")
        }
        #expect(error?.status == 403)
        #expect(error?.errcode == "M_FORBIDDEN")
        #expect(error?.isTransient == false)
    }

    @Test("MatrixTransport stores an invite and a colleague's message in the inbox, and stops at once when cancelled")
    func transportReceives() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("bot", on: synapse, http: http)
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let database = try HubDatabase.inMemory()
        let transport = makeTransport(synapse, token: bot.session.accessToken, state: database)
        #expect(try await transport.signIn() == PersonID(bot.userID))

        let stored = AsyncStream.makeStream(of: Void.self)
        let receiving = Task { try await transport.receive(into: database) { stored.continuation.yield() } }
        var batches = stored.stream.makeAsyncIterator()
        // Wait for the first (history-skipping) sync to store its cursor.
        for _ in 0..<100 where try await database.cursor(for: .matrix) == nil {
            try await Task.sleep(for: .milliseconds(50))
        }
        let room = try await colleague.client.createRoom(name: "Need help", invite: [bot.userID], isDirect: true)
        _ = await batches.next()
        let invite = try #require(try await database.pendingInbox().first)
        #expect(invite.event.kind == .invite)
        #expect(invite.event.room == RoomID(room))
        #expect(invite.event.isDirect)
        #expect(invite.event.sender == PersonID(colleague.userID))
        try await database.complete(invite, producing: [], now: Date())

        try await bot.client.join(room: room)
        let question = "who can help me map which teams talk to each other?"
        try await colleague.client.sendText(question, to: room, transactionID: "t1", notice: false)
        var message: InboxEntry?
        while message == nil, await batches.next() != nil {
            message = try await database.pendingInbox().first { $0.event.kind == .message(text: question) }
        }
        #expect(message?.event.sender == PersonID(colleague.userID))
        #expect(message?.event.room == RoomID(room))
        let health = await transport.intakeHealth()
        #expect(try #require(health.lastSuccess).timeIntervalSinceNow > -30)
        #expect(health.failures == 0)
        #expect(try await database.depths().inboxPending == 1)

        // HubBot's own reply coming back is a batch with nothing to handle: the sync goes on, but
        // the stored position does not move (it is stored at most every 30 s for such batches).
        let storedCursor = try await database.cursor(for: .matrix)
        let syncedBefore = try #require(await transport.intakeHealth().lastSuccess)
        _ = try await bot.client.sendText("on it", to: room, transactionID: "own-1")
        for _ in 0..<400 where await transport.intakeHealth().lastSuccess == syncedBefore {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(await transport.intakeHealth().lastSuccess != syncedBefore, "no sync after HubBot's own reply")
        #expect(try await database.cursor(for: .matrix) == storedCursor)
        // A colleague's next message is stored at once, with its position.
        try await colleague.client.sendText("thanks!", to: room, transactionID: "t2", notice: false)
        var thanks: InboxEntry?
        while thanks == nil, await batches.next() != nil {
            thanks = try await database.pendingInbox().first { $0.event.kind == .message(text: "thanks!") }
        }
        #expect(thanks != nil)
        #expect(try await database.cursor(for: .matrix) != storedCursor)

        // The transport is now in a 30 s long-poll; cancelling ends it, as a cancellation (not
        // as a finished poll or an error). How fast is for Benchmarks/; this only guards hangs.
        receiving.cancel()
        let ended = await result(of: receiving)
        #expect(ended != nil, "receiving did not end after it was cancelled")
        if case .failure(let error)? = ended { #expect(error is CancellationError, "\(error)") }
    }

    @Test("the same transaction id sent twice creates one message")
    func idempotentSend() async throws {
        let synapse = try SynapseEnvironment.require()
        let client = try await FreshAccount("tx", on: synapse, http: http).client
        let room = try await client.createRoom(name: "txn", invite: [])
        let first = try await client.sendText("hello once", to: room, transactionID: "txn-42")
        let second = try await client.sendText("hello once", to: room, transactionID: "txn-42")
        #expect(first == second)
    }

    @Test("an unknown access token fails sign-in with M_UNKNOWN_TOKEN")
    func unknownToken() async throws {
        let synapse = try SynapseEnvironment.require()
        let transport = makeTransport(synapse, token: "syt_not_a_real_token", state: try HubDatabase.inMemory())
        let error = await #expect(throws: MatrixError.self) { try await transport.signIn() }
        #expect(error?.isUnknownToken == true)
        #expect(error?.status == 401)
    }

    @Test("opening a room to introduce two people is idempotent: a retry finds the same room, one first message")
    func openRoomTwice() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("bot", on: synapse, http: http)
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let specialist = try await FreshAccount("specialist", on: synapse, http: http)
        let database = try HubDatabase.inMemory()
        let transport = try await signedIn(bot, synapse, state: database)
        let plan = RoomPlan(
            name: "Who talks to whom across teams?",
            invite: [PersonID(colleague.userID), PersonID(specialist.userID)],
            firstMessage: "Carol asked: who can help me map which teams talk to each other?"
        )
        let transactionID = "intro\(UUID().uuidString.prefix(8))"
        let action = ChatAction.openRoom(plan, origin: RoomID("!origin:localhost"))
        try await transport.perform(action, transactionID: transactionID)
        let room = try #require(try await transport.openedRoom(transactionID: transactionID))
        // As after a crash before the outbox noted success: the same action again.
        try await database.setValue(nil, for: "matrix.opened-room.\(transactionID)")
        try await transport.perform(action, transactionID: transactionID)
        #expect(try await transport.openedRoom(transactionID: transactionID) == room)

        let events = try await bot.client.recentEvents(in: room.rawValue)
        let invited = events.filter { $0.type == "m.room.member" && $0.content?.membership == "invite" }.compactMap(
            \.stateKey
        )
        #expect(Set(invited) == [colleague.userID, specialist.userID])
        #expect(events.filter { $0.content?.body == plan.firstMessage }.count == 1)
        #expect(events.contains { $0.type == "m.room.name" })
    }

    @Test("a retry that finds its room made but HubBot not in it yet joins first: the question is not lost")
    func openRoomFoundUnfinished() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("bot", on: synapse, http: http)
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let specialist = try await FreshAccount("specialist", on: synapse, http: http)
        let transport = try await signedIn(bot, synapse)
        let plan = RoomPlan(
            name: "Survey weights",
            invite: [PersonID(colleague.userID), PersonID(specialist.userID)],
            firstMessage: "Carol asked: how do I weight the staff survey?"
        )

        /// A room under the alias the action will use, as a crash mid-creation leaves it:
        /// it exists, HubBot's own join has not happened (here: it is only invited).
        func unfinishedRoom(_ transactionID: String, inviteBot: Bool) async throws {
            struct Create: Encodable {
                var room_alias_name: String
                var invite: [String]
                var preset = "private_chat"
            }
            var request = try HTTPRequest.json(
                .post,
                url: synapse.baseURL + "/_matrix/client/v3/createRoom",
                body: Create(room_alias_name: "hubbot-\(transactionID)", invite: inviteBot ? [bot.userID] : [])
            )
            request.headers.add(name: "Authorization", value: "Bearer \(specialist.session.accessToken)")
            #expect(try await http.execute(request).status == 200)
        }

        let transactionID = "intro\(UUID().uuidString.prefix(8))"
        try await unfinishedRoom(transactionID, inviteBot: true)
        try await transport.perform(.openRoom(plan, origin: RoomID("!origin:localhost")), transactionID: transactionID)
        let room = try #require(try await transport.openedRoom(transactionID: transactionID))
        let events = try await bot.client.recentEvents(in: room.rawValue)
        #expect(events.filter { $0.sender == bot.userID && $0.content?.body == plan.firstMessage }.count == 1)
        let invited = events.filter { $0.type == "m.room.member" && $0.content?.membership == "invite" }
        #expect(Set(invited.compactMap(\.stateKey)).isSuperset(of: [colleague.userID]))

        // Not even joinable yet: the outbox is told to try again, not to drop the introduction.
        let closed = "intro\(UUID().uuidString.prefix(8))"
        try await unfinishedRoom(closed, inviteBot: false)
        await #expect {
            try await transport.perform(.openRoom(plan, origin: RoomID("!origin:localhost")), transactionID: closed)
        } throws: { error in
            guard let failure = error as? ChatActionFailure, case .retry = failure.disposition else { return false }
            return true
        }
    }

    @Test("a reply longer than one event allows goes out in parts, in order, once each even when retried")
    func longReplySplit() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("bot", on: synapse, http: http)
        let transport = try await signedIn(bot, synapse)
        let room = try await bot.client.createRoom(name: "Long answers", invite: [])
        let text = (1...2_000).map { "line \($0) of a long list of unknown tags and their suggestions" }
            .joined(separator: "\n")
        #expect(text.utf8.count > 100_000)
        let action = ChatAction.send(ChatMessage(room: RoomID(room), text: text, html: "<p>\(text)</p>"))
        let first = try await transport.perform(action, transactionID: "long-1")
        // Retried after a crash: the same transaction ids, nothing new.
        #expect(try await transport.perform(action, transactionID: "long-1") == first)
        let parts = try await bot.client.recentEvents(in: room, limit: 50)
            .filter { $0.sender == bot.userID && $0.type == "m.room.message" }
            .reversed()
            .compactMap { $0.content?.body }
        #expect(parts.count == MessageContent.split(text).count)
        #expect(parts.count > 1)
        #expect(parts.joined(separator: "\n") == text)
    }

    @Test("password sign-in happens once: the session and the sync filter are stored and reused, same device")
    func passwordSessionReused() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("pwbot", on: synapse, http: http)
        let database = try HubDatabase.inMemory()
        func transport() -> MatrixTransport {
            MatrixTransport(
                settings: .init(
                    homeserver: synapse.baseURL,
                    credential: .password(user: bot.name, password: bot.password, deviceID: nil)
                ),
                http: http,
                state: database,
                logger: Logger(label: "test")
            )
        }
        #expect(try await transport().signIn() == PersonID(bot.userID))
        let session = try #require(try await database.value(for: "matrix.session"))
        let filter = try #require(try await database.value(for: "matrix.filter"))
        // A restart: no new login (the stored token still works), the same filter.
        #expect(try await transport().signIn() == PersonID(bot.userID))
        #expect(try await database.value(for: "matrix.session") == session)
        #expect(try await database.value(for: "matrix.filter") == filter)

        // The token is revoked (logout): HubBot logs in again, keeping its device.
        struct Stored: Decodable { var accessToken: String; var deviceID: String }
        let before = try JSONDecoder().decode(Stored.self, from: Data(session.utf8))
        var logout = HTTPRequest(method: .post, url: "\(synapse.baseURL)/_matrix/client/v3/logout")
        logout.headers.add(name: "Authorization", value: "Bearer \(before.accessToken)")
        logout.body = Data("{}".utf8)
        #expect(try await http.execute(logout).status == 200)
        #expect(try await transport().signIn() == PersonID(bot.userID))
        let after = try JSONDecoder().decode(
            Stored.self,
            from: Data(try #require(try await database.value(for: "matrix.session")).utf8)
        )
        #expect(after.deviceID == before.deviceID)
        #expect(after.accessToken != before.accessToken)
    }

    @Test("reactions and leaving a room, as outbox actions")
    func reactAndLeave() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("bot", on: synapse, http: http)
        let colleague = try await FreshAccount("colleague", on: synapse, http: http)
        let transport = try await signedIn(bot, synapse)
        let room = try await colleague.client.createRoom(name: "Offer", invite: [bot.userID])
        try await transport.perform(.join(room: RoomID(room)), transactionID: "j1")
        let offer = try await colleague.client.sendText(
            "an offer to accept",
            to: room,
            transactionID: "o1",
            notice: false
        )
        try await transport.perform(.react(room: RoomID(room), to: offer, key: "✅"), transactionID: "r1")
        try await transport.perform(.react(room: RoomID(room), to: offer, key: "✅"), transactionID: "r1")
        let reactions = try await colleague.client.recentEvents(in: room).filter {
            $0.type == "m.reaction" && $0.sender == bot.userID
        }
        #expect(reactions.count == 1)
        #expect(reactions.first?.content?.relatesTo?.key == "✅")
        #expect(reactions.first?.content?.relatesTo?.eventID == offer)

        try await transport.perform(.leave(room: RoomID(room)), transactionID: "l1")
        let left = try await colleague.client.recentEvents(in: room).contains {
            $0.type == "m.room.member" && $0.stateKey == bot.userID && $0.content?.membership == "leave"
        }
        #expect(left)
    }
}
