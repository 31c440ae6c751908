import CurlHTTP
import Foundation
import HubCore
import HubTestSupport
import Logging
import MatrixChat
import Testing

/// CurlHTTP and MatrixChat against a real Synapse started by Scripts/synapse.sh.
@Suite("Integration: CurlHTTP and MatrixChat against Synapse", .enabled(if: SynapseEnvironment.shouldRun))
struct SynapseHTTPTests {
    let http = HTTPClient()

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
        // A long-poll with nothing new returns after its timeout with a new token.
        let started = ContinuousClock.now
        let second = try await client.sync(since: first.nextBatch, timeout: .milliseconds(500))
        #expect(!second.nextBatch.isEmpty)
        #expect(ContinuousClock.now - started >= .milliseconds(400))
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

    @Test("MatrixTransport receives an invite and a colleague's message, and stops at once when cancelled")
    func transportReceives() async throws {
        let synapse = try SynapseEnvironment.require()
        let bot = try await FreshAccount("bot", on: synapse, http: http).session
        let colleagueAccount = try await FreshAccount("colleague", on: synapse, http: http)
        let colleagueSession = colleagueAccount.session
        let colleague = colleagueAccount.client

        let transport = MatrixTransport(
            settings: .init(homeserver: synapse.baseURL, credential: .accessToken(bot.accessToken)),
            http: http,
            logger: Logger(label: "test")
        )
        #expect(try await transport.signIn() == PersonID(bot.userID))

        let received = AsyncStream.makeStream(of: ChatEvent.self)
        let receiving = Task {
            try await transport.receive { event in received.continuation.yield(event) }
        }
        // Let the first (history-skipping) sync pass before anything happens.
        try await Task.sleep(for: .milliseconds(700))
        let room = try await colleague.createRoom(name: "Need help", invite: [bot.userID], isDirect: true)

        var events = received.stream.makeAsyncIterator()
        let invite = try #require(await events.next())
        #expect(invite.kind == .invite)
        #expect(invite.room == RoomID(room))
        #expect(invite.sender == PersonID(colleagueSession.userID))

        let botClient = MatrixClient(homeserver: synapse.baseURL, accessToken: bot.accessToken, http: http)
        try await botClient.join(room: room)
        try await colleague.sendText(
            "who can help me map which teams talk to each other?",
            to: room,
            transactionID: "t1",
            notice: false
        )
        var message: ChatEvent?
        while message == nil, let next = await events.next() {
            if case .message = next.kind { message = next }
        }
        #expect(message?.kind == .message(text: "who can help me map which teams talk to each other?"))
        #expect(message?.sender == PersonID(colleagueSession.userID))
        #expect(message?.room == RoomID(room))

        // The transport is now in a 30 s long-poll; cancelling must end it promptly.
        let cancelledAt = ContinuousClock.now
        receiving.cancel()
        _ = await receiving.result
        #expect(ContinuousClock.now - cancelledAt < .seconds(3))
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
        let transport = MatrixTransport(
            settings: .init(homeserver: synapse.baseURL, credential: .accessToken("syt_not_a_real_token")),
            http: http,
            logger: Logger(label: "test")
        )
        let error = await #expect(throws: MatrixError.self) { try await transport.signIn() }
        #expect(error?.isUnknownToken == true)
        #expect(error?.status == 401)
    }
}
