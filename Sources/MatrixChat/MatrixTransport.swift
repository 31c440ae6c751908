import CurlHTTP
import Foundation
import HubCore
import Logging

/// HubBot on Matrix: signs in, long-polls `/sync` into the durable inbox and
/// performs outgoing actions with stable transaction ids.
///
/// Intake is at-least-once and replay-free: each batch's events and its
/// `next_batch` are stored in one transaction before the next poll; the very
/// first start skips history; a restart resumes where the last batch ended.
public final class MatrixTransport: ChatTransport {
    public enum Credential: Sendable {
        case accessToken(String)
        case password(user: String, password: String, deviceID: String?)
    }

    public struct Settings: Sendable {
        public var homeserver: String
        public var credential: Credential
        /// How long the homeserver holds a `/sync` open when nothing happens.
        public var longPoll: Duration = .seconds(30)
        public var backoff = Backoff(initial: .milliseconds(500), cap: .seconds(30))
        /// The key HubBot's encryption keys are stored encrypted with; nil turns end-to-end
        /// encryption off (then HubBot says once per encrypted room that it cannot read it).
        public var pickleKey: [UInt8]?

        public init(homeserver: String, credential: Credential, pickleKey: [UInt8]? = nil) {
            self.homeserver = homeserver
            self.credential = credential
            self.pickleKey = pickleKey
        }
    }

    public let network = ChatNetwork.matrix
    let settings: Settings
    let http: HTTPClient
    let state: any StateStore
    let logger: Logger
    let session = SessionBox()

    public init(settings: Settings, http: HTTPClient, state: any StateStore, logger: Logger) {
        self.settings = settings
        self.http = http
        self.state = state
        self.logger = logger
    }

    public func signIn() async throws -> PersonID {
        let (client, identity) = try await authenticate()
        try await claimAccount(client: client, userID: identity.userID)
        let filterID = try await storedFilter(client: client, userID: identity.userID)
        let (crypto, problem) = try await openCrypto(client: client, identity: identity)
        await session.set(
            SignedIn(
                client: client,
                userID: identity.userID,
                filterID: filterID,
                crypto: crypto,
                encryptionProblem: problem ?? SyncResponse.encryptionOff
            )
        )
        // The homeserver just answered: intake counts as healthy until the first long poll says otherwise.
        await session.recordSync()
        if let stored = try await state.value(for: Self.directRoomsKey),
            let rooms = try? JSONDecoder().decode([String: String].self, from: Data(stored.utf8))
        {
            await session.setDirectRooms(rooms)
        }
        logger.info(
            "signed in to Matrix",
            metadata: ["matrix.user_id": "\(identity.userID)", "matrix.device_id": "\(identity.deviceID ?? "-")"]
        )
        return PersonID(identity.userID)
    }

    public func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {
        let signedIn = try await session.require()
        let client = signedIn.client
        var backoff = settings.backoff
        var since = try await inbox.cursor(for: .matrix)
        // Read now: giving the account up at the end must not need the database (it may be gone).
        let instance = try await instanceID()
        // The first sync of each run is a request the homeserver has not answered before.
        var filter = MatrixClient.syncFilter(nonce: UUID().uuidString)
        // Said once the position is known (operators and tests take it as "ready").
        let waiting = {
            self.logger.info("waiting for messages", metadata: ["matrix.homeserver": "\(self.settings.homeserver)"])
        }
        if since != nil { waiting() }
        let clock = ContinuousClock()
        var cursorStoredAt: ContinuousClock.Instant?
        while !Task.isCancelled {
            do {
                // Inside the retry loop: a first sync that times out on a busy homeserver is tried again.
                guard let position = since else {
                    // Any error here is retried like a long poll's (a cancellation ends the loop and
                    // gives the account up, as a clean stop does).
                    since = try await skipHistory(signedIn: signedIn, filter: filter, into: inbox, stored: stored)
                    await session.recordSync()
                    backoff.reset()
                    waiting()
                    continue
                }
                var batch = try await client.sync(since: position, timeout: settings.longPoll, filter: filter)
                try await fillGaps(in: &batch, since: position, client: client)
                let carriesKeys =
                    batch.toDevice?.events?.elements.isEmpty == false
                    || batch.deviceLists?.changed?.isEmpty == false || batch.deviceLists?.left?.isEmpty == false
                var events: [ChatEvent]
                if let crypto = signedIn.crypto {
                    let intake = try await crypto.process(batch, client: client)
                    batch = intake.batch
                    events = batch.chatEvents(me: signedIn.userID) + intake.chatEvents
                } else {
                    events = batch.chatEvents(me: signedIn.userID)
                    for index in events.indices
                    where events[index].kind == .unreadable(reason: SyncResponse.encryptionOff) {
                        events[index].kind = .unreadable(reason: signedIn.encryptionProblem)
                    }
                }
                // One look at HubBot's direct chats per batch, not one per event.
                let direct = await session.directRoomIDs
                for index in events.indices where direct.contains(events[index].room.rawValue) {
                    events[index].isDirect = true
                }
                if batch.malformedEventCount > 0 {
                    logger.warning(
                        "skipped malformed events",
                        metadata: ["matrix.malformed": "\(batch.malformedEventCount)"]
                    )
                }
                let brokenFields = batch.eventsWithMalformedFields
                if brokenFields > 0 {
                    logger.warning(
                        "ignored malformed fields in events (the rest of each event is read)",
                        metadata: ["matrix.malformed_fields": "\(brokenFields)"]
                    )
                }
                // A batch with nothing to handle (HubBot's own replies coming back, mostly) only
                // moves the position: it is stored at most every ``quietCursorInterval``, since
                // reading such a stretch again after a crash finds nothing new. Batches with
                // events or encryption keys are stored at once.
                let now = clock.now
                if !events.isEmpty || carriesKeys
                    || cursorStoredAt.map({ now - $0 >= Self.quietCursorInterval }) ?? true
                {
                    try await inbox.append(events, cursor: batch.nextBatch, network: .matrix)
                    cursorStoredAt = now
                }
                try await signedIn.crypto?.commitPending()
                since = batch.nextBatch
                filter = signedIn.filterID
                await session.recordSync()
                backoff.reset()
                if !events.isEmpty { stored() }
                try await keepClaim(client: client, userID: signedIn.userID)
            } catch let conflict as InstanceConflict {
                logger.critical("\(conflict)")
                throw conflict
            } catch let error as MatrixError where error.isUnknownToken {
                logger.critical("the homeserver refused HubBot's access token", metadata: ["error": "\(error)"])
                throw error
            } catch is CancellationError {
                break
            } catch {
                await session.recordSyncFailure()
                if let asked = (error as? MatrixError)?.retryAfter {
                    logger.warning("sync failed; retrying", metadata: ["error": "\(error)", "retry.in": "\(asked)"])
                    try? await Task.sleep(for: asked)
                } else {
                    let delay = backoff.nextDelay()
                    logger.warning("sync failed; retrying", metadata: ["error": "\(error)", "retry.in": "\(delay)"])
                    await waitForHomeserver(upTo: delay, client: client)
                }
            }
        }
        // A clean stop gives the account up, so a HubBot on another database may start at once.
        let userID = signedIn.userID
        await Task { await self.releaseClaim(client: client, userID: userID, instance: instance) }.value
    }

    /// The first start ever: takes the current position and skips the history before it.
    /// Invitations waiting from before are not history (HubBot still answers them), and
    /// room keys sent to HubBot's device before now are kept (the history they open is
    /// not read). Returns the position to sync from.
    func skipHistory(
        signedIn: SignedIn,
        filter: String,
        into inbox: any ChatInbox,
        stored: @Sendable () -> Void
    ) async throws -> String {
        var first = try await signedIn.client.sync(since: nil, timeout: .zero, filter: filter)
        if let crypto = signedIn.crypto {
            first = try await crypto.process(first, client: signedIn.client, history: true).batch
        }
        let invites = first.chatEvents(me: signedIn.userID).filter { $0.kind == .invite }
        try await inbox.append(invites, cursor: first.nextBatch, network: .matrix)
        if !invites.isEmpty { stored() }
        logger.info("first start: history before now is skipped")
        return first.nextBatch
    }

    /// How long the sync position may go unstored while batches bring nothing to handle.
    static let quietCursorInterval = Duration.seconds(30)

    /// How often a failing homeserver is asked whether it answers again.
    static let probeInterval = Duration.seconds(2)

    /// Waits out a sync backoff, but asks the homeserver (`/versions`, cheap and
    /// unauthenticated) every ``probeInterval`` whether it is back, and ends the
    /// wait as soon as it is: after an outage HubBot answers within seconds of
    /// the server's return, not after a backoff that grew while it was away.
    func waitForHomeserver(upTo delay: Duration, client: MatrixClient) async {
        let clock = ContinuousClock()
        let deadline = clock.now + delay
        while !Task.isCancelled {
            let left = deadline - clock.now
            guard left > .zero else { return }
            try? await Task.sleep(for: min(left, Self.probeInterval))
            guard deadline - clock.now > .zero else { return }
            if (try? await client.versions(timeout: Self.probeInterval)) != nil {
                logger.info("the homeserver answers again; syncing now")
                return
            }
        }
    }

    @discardableResult
    public func perform(_ action: ChatAction, transactionID: String) async throws -> String? {
        let client = try await session.require().client
        do {
            switch action {
            case .send(let message):
                return try await send(content(of: message), to: message.room.rawValue, transactionID: transactionID)
            case .sendDirect(let message):
                let room = try await directRoom(with: message.to, transactionID: transactionID)
                let content = MessageContent(text: message.text, html: message.html)
                return try await send(content, to: room, transactionID: transactionID)
            case .join(let room):
                return try await client.join(room: room.rawValue)
            case .leave(let room):
                try await client.leave(room: room.rawValue)
                return nil
            case .react(let room, let target, let key):
                if let crypto = try await session.require().crypto,
                    try await crypto.isEncrypted(room.rawValue, client: client)
                {
                    let content = MatrixClient.reaction(key, to: target)
                    return try await sendEncrypted(
                        "m.reaction",
                        content,
                        room: room.rawValue,
                        crypto: crypto,
                        transactionID: transactionID
                    )
                }
                return try await client.react(key, to: target, in: room.rawValue, transactionID: transactionID)
            case .openRoom(let plan, _):
                let room = try await openRoom(plan, transactionID: transactionID)
                try await state.setValue(room, for: Self.openedRoomKey(transactionID))
                return room
            case .invite(let room, let people):
                for person in people { try await client.invite(person.rawValue, to: room.rawValue) }
                await (try? session.require())?.crypto?.forgetMembers(of: room.rawValue)
                return nil
            case .markDirect(let room, let person):
                let me = try await session.require().userID
                try await client.markDirect(room: room.rawValue, with: person.rawValue, me: me)
                return nil
            }
        } catch let error as MatrixError {
            if error.isRateLimited { await session.recordRateLimit() }
            throw ChatActionFailure(Self.disposition(of: error, for: action), "\(error) (room \(action.room))")
        } catch let error as HTTPClientError {
            throw ChatActionFailure(.retry(after: nil), "\(error) (room \(action.room))")
        }
    }

    /// Sends a message, as several when it is too long for one event (each
    /// part with its own transaction id derived from the action's, so a retry
    /// repeats none); returns the first part's event id.
    private func send(_ content: MessageContent, to room: String, transactionID: String) async throws -> String {
        let parts = MessageContent.split(content.body)
        let htmlBytes = content.formattedBody?.utf8.count ?? 0
        guard parts.count > 1 || content.body.utf8.count + htmlBytes > 2 * MessageContent.maximumBodyBytes else {
            return try await sendOne(content, to: room, transactionID: transactionID)
        }
        var first = content
        first.body = parts[0]
        first.format = nil
        first.formattedBody = nil
        let eventID = try await sendOne(first, to: room, transactionID: transactionID)
        for (index, part) in parts.enumerated().dropFirst() {
            let rest = MessageContent(text: part, notice: content.msgtype == "m.notice")
            try await sendOne(rest, to: room, transactionID: "\(transactionID).part\(index)")
        }
        return eventID
    }

    /// One `m.room.message`, encrypted when the room is: never plaintext into an encrypted room.
    @discardableResult
    private func sendOne(_ content: MessageContent, to room: String, transactionID: String) async throws -> String {
        let signedIn = try await session.require()
        if let crypto = signedIn.crypto, try await crypto.isEncrypted(room, client: signedIn.client) {
            let value = try JSONValue.encode(content)
            return try await sendEncrypted(
                "m.room.message",
                value,
                room: room,
                crypto: crypto,
                transactionID: transactionID
            )
        }
        return try await signedIn.client.send(content, to: room, transactionID: transactionID)
    }

    /// Encrypts `content` for the room's members' devices and sends it as `m.room.encrypted`. A retry
    /// with the same transaction id encrypts again, and the homeserver keeps the first copy.
    private func sendEncrypted(
        _ type: String,
        _ content: JSONValue,
        room: String,
        crypto: MatrixCrypto,
        transactionID: String
    ) async throws -> String {
        let client = try await session.require().client
        let encrypted = try await crypto.encrypt(type: type, content: content, room: room, client: client)
        return try await client.sendEvent(
            "m.room.encrypted",
            content: encrypted,
            to: room,
            transactionID: transactionID
        )
    }

    /// Creates the room for a plan (encrypted when HubBot's encryption is on and an invitee
    /// has a device that can read it) and sends its first message, encrypted if the room is.
    private func openRoom(_ plan: RoomPlan, transactionID: String) async throws -> String {
        let signedIn = try await session.require()
        var bare = plan
        bare.firstMessage = nil
        let encrypted = try await shouldEncrypt(with: plan.invite)
        let room = try await signedIn.client.openRoom(
            bare,
            transactionID: transactionID,
            serverName: serverName(),
            encrypted: encrypted
        )
        if encrypted { await signedIn.crypto?.markEncrypted(room) }
        if let first = plan.firstMessage {
            try await sendOne(
                MessageContent(text: first, notice: true),
                to: room,
                transactionID: "\(transactionID).first"
            )
        }
        return room
    }

    /// Whether a room HubBot opens with `people` is encrypted: when its encryption is on and one of
    /// them has a device with keys, as Element decides for a new direct chat.
    private func shouldEncrypt(with people: [PersonID]) async throws -> Bool {
        let signedIn = try await session.require()
        guard let crypto = signedIn.crypto else { return false }
        for person in people where await crypto.hasDevices(person.rawValue, client: signedIn.client) { return true }
        return false
    }

    private func content(of message: ChatMessage) -> MessageContent {
        MessageContent(
            text: message.text,
            html: message.html,
            mentions: message.mentions.map(\.rawValue),
            replyTo: message.replyTo,
            threadRoot: message.threadRoot
        )
    }

    /// HubBot's direct chat with `person`, opened (once, even across a crash:
    /// the room's alias comes from the transaction id) when there is none yet.
    func directRoom(with person: PersonID, transactionID: String) async throws -> String {
        if let known = await session.directRooms[person.rawValue] { return known }
        let signedIn = try await session.require()
        let encrypted = try await shouldEncrypt(with: [person])
        let room = try await signedIn.client.openRoom(
            RoomPlan(name: "", invite: [person]),
            transactionID: "\(transactionID)-dm",
            serverName: serverName(),
            isDirect: true,
            encrypted: encrypted
        )
        if encrypted { await signedIn.crypto?.markEncrypted(room) }
        try await signedIn.client.markDirect(room: room, with: person.rawValue, me: signedIn.userID)
        await session.addDirectRoom(room, with: person.rawValue)
        let all = await session.directRooms
        let encoded = String(decoding: try JSONEncoder().encode(all), as: UTF8.self)
        try await state.setValue(encoded, for: Self.directRoomsKey)
        return room
    }

    static let directRoomsKey = "matrix.direct-rooms"

    /// Names are cached for ten minutes: asking the homeserver for every message
    /// would add a round trip to each reply.
    public func displayName(of person: PersonID, in room: RoomID) async -> String? {
        let key = "\(room)\u{0}\(person)"
        if let cached = await session.cachedName(key) { return cached }
        guard let client = try? await session.require().client,
            let name = try? await client.displayName(of: person.rawValue, in: room.rawValue)
        else { return nil }
        await session.cacheName(name, for: key)
        return name
    }

    public func accountExists(_ person: PersonID) async -> Bool? {
        guard let client = try? await session.require().client else { return nil }
        return await client.accountExists(person.rawValue)
    }

    /// The room an `.openRoom` action with this transaction id created, once it has.
    public func openedRoom(transactionID: String) async throws -> RoomID? {
        try await state.value(for: Self.openedRoomKey(transactionID)).map(RoomID.init(rawValue:))
    }

    static func openedRoomKey(_ transactionID: String) -> String { "matrix.opened-room.\(transactionID)" }

    /// HubBot's homeserver name, from its user id.
    func serverName() async throws -> String {
        let me = try await session.require().userID
        return me.firstIndex(of: ":").map { String(me[me.index(after: $0)...]) } ?? "localhost"
    }

    /// What the outbox should do after a Matrix error.
    static func disposition(of error: MatrixError, for action: ChatAction) -> ChatActionFailure.Disposition {
        if error.isUnknownToken { return .stop }
        if error.isTransient { return .retry(after: error.retryAfter) }
        // A room HubBot made moments ago (by an earlier try) refuses it until the homeserver
        // has finished setting the room up: try again rather than lose the introduction.
        if case .openRoom = action, error.status == 403 { return .retry(after: .seconds(1)) }
        return .drop
    }

    /// Intake health for readiness checks and metrics: the last good `/sync`, failed syncs, 429s.
    public func intakeHealth() async -> IntakeHealth {
        await session.health
    }
}
