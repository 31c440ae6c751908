import Foundation
import HubCore
import Logging
import Olm

/// HubBot's device in end-to-end encrypted rooms: its keys, the Olm sessions it
/// shares room keys over, and the Megolm sessions it reads and writes rooms with.
/// See https://spec.matrix.org/latest/client-server-api/#end-to-end-encryption
///
/// Every secret lives pickled (encrypted with the pickle key) in the state store
/// and is written there before anything that depends on it leaves HubBot: the
/// account before its one-time keys are uploaded, an Olm session before a message
/// it encrypted is sent, a Megolm session (and its ratchet index) before the event
/// it encrypted is sent. A room key is stored before the sync batch that brought it
/// is committed, so a to-device message the homeserver delivers again after a crash
/// finds its key already there (decrypting it twice fails, and is skipped).
actor MatrixCrypto {
    static let olmAlgorithm = "m.olm.v1.curve25519-aes-sha2"
    static let megolmAlgorithm = "m.megolm.v1.aes-sha2"
    /// A room's Megolm session is replaced after this many messages or this long.
    static let rotationMessages = 100
    static let rotationAge: TimeInterval = 7 * 86_400
    /// An event whose key has not come: asked for after a minute, its sender told after two,
    /// a late key still read for an hour.
    static let askAfter: TimeInterval = 60
    static let tellAfter: TimeInterval = 120
    static let keepPendingFor: TimeInterval = 3_600

    nonisolated let userID: String
    nonisolated let deviceID: String
    nonisolated let identity: OlmAccount.IdentityKeys
    private let pickleKey: [UInt8]
    private let state: any StateStore
    private let logger: Logger
    private var account: OlmAccount
    private var published: Bool

    private var olmSessions: [String: [OlmSession]] = [:]
    private var inbound: [String: [InboundGroup]] = [:]
    private var outbound: [String: OutboundGroup] = [:]
    private var devices: [String: [String: Device]] = [:]
    /// Users whose device list changed since it was read, with how many changes were announced
    /// (a change announced while a query is under way keeps the user stale).
    private var deviceListChanges: [String: Int] = [:]
    /// The waiting list once the last processed batch is committed; see ``commitPending()``.
    private var proposedPending: [PendingEvent]?
    private var encryptedRooms: Set<String>
    private var plainRooms: Set<String> = []
    private var pending: [PendingEvent]
    private var busyRooms: Set<String> = []
    private var persistTail: Task<Void, any Error>?
    /// Whether this device reads its own account's messages (a chat app does; HubBot does not need to).
    private var readsOwnMessages = false

    func setReadsOwnMessages(_ value: Bool) { readsOwnMessages = value }

    /// One-time keys made but not uploaded yet.
    var unpublishedOneTimeKeyCount: Int { (try? account.unpublishedOneTimeKeys().count) ?? 0 }

    struct Device: Sendable, Hashable {
        var userID: String
        var deviceID: String
        var curve25519: String
        var ed25519: String
        var label: String { "\(userID)|\(deviceID)" }
    }

    final class InboundGroup {
        let session: MegolmInboundSession
        let stored: StoredInbound
        init(session: MegolmInboundSession, stored: StoredInbound) {
            self.session = session
            self.stored = stored
        }
    }

    final class OutboundGroup {
        let session: MegolmOutboundSession
        let createdAt: Date
        var messages: Int
        var sharedWith: Set<String>
        init(session: MegolmOutboundSession, createdAt: Date, messages: Int, sharedWith: Set<String>) {
            self.session = session
            self.createdAt = createdAt
            self.messages = messages
            self.sharedWith = sharedWith
        }
    }

    struct StoredAccount: Codable {
        var userID: String
        var deviceID: String
        var pickle: String
        var published: Bool
    }

    struct StoredInbound: Codable {
        var room: String
        /// Who gave HubBot the key (over Olm); empty for a forwarded key.
        var sender: String
        var senderKey: String
        var signingKey: String?
        var pickle: String
    }

    struct StoredOutbound: Codable {
        var pickle: String
        var createdAt: Date
        var messages: Int
        var sharedWith: [String]
    }

    /// An encrypted room event waiting for its key.
    struct PendingEvent: Codable, Sendable {
        var room: String
        var event: JSONValue
        var eventID: String
        var sender: String
        var sessionID: String
        var senderKey: String?
        var firstSeen: Date
        var askedAt: Date?
        var toldAt: Date?
    }

    static let accountKey = "crypto.account"
    static let roomsKey = "crypto.rooms"
    static let pendingKey = "crypto.pending"
    static func olmKey(_ curve: String) -> String { "crypto.olm.\(curve)" }
    static func inboundKey(_ room: String, _ session: String) -> String { "crypto.inbound.\(room).\(session)" }
    static func outboundKey(_ room: String) -> String { "crypto.outbound.\(room)" }
    static func indexKey(_ session: String, _ index: UInt32) -> String { "crypto.index.\(session).\(index)" }

    private init(
        userID: String,
        deviceID: String,
        account: OlmAccount,
        published: Bool,
        pickleKey: [UInt8],
        state: any StateStore,
        logger: Logger,
        encryptedRooms: Set<String>,
        pending: [PendingEvent]
    ) throws {
        self.userID = userID
        self.deviceID = deviceID
        self.account = account
        self.identity = try account.identityKeys()
        self.published = published
        self.pickleKey = pickleKey
        self.state = state
        self.logger = logger
        self.encryptedRooms = encryptedRooms
        self.pending = pending
    }

    /// HubBot's crypto state for this device, from the store, or new keys when there are none
    /// (or when they belong to another device: a device's keys cannot move).
    static func open(
        userID: String,
        deviceID: String,
        pickleKey: [UInt8],
        state: any StateStore,
        logger: Logger
    ) async throws -> MatrixCrypto {
        let decoder = JSONDecoder()
        var account: OlmAccount?
        var published = false
        if let text = try await state.value(for: accountKey) {
            let stored = try decoder.decode(StoredAccount.self, from: Data(text.utf8))
            if stored.userID == userID && stored.deviceID == deviceID {
                do {
                    account = try OlmAccount(pickle: stored.pickle, key: pickleKey)
                } catch {
                    throw MatrixCryptoError(
                        "the stored encryption keys cannot be read with the configured pickle key "
                            + "(matrix.pickle_key changed?): \(error)"
                    )
                }
                published = stored.published
            } else {
                logger.warning(
                    "HubBot signed in as another device than its encryption keys belong to: new keys are made",
                    metadata: ["matrix.device_id": "\(deviceID)", "matrix.old_device_id": "\(stored.deviceID)"]
                )
            }
        }
        let rooms = try await state.value(for: roomsKey).map { try decoder.decode([String].self, from: Data($0.utf8)) }
        let pending = try await state.value(for: pendingKey).map {
            try decoder.decode([PendingEvent].self, from: Data($0.utf8))
        }
        let crypto = try MatrixCrypto(
            userID: userID,
            deviceID: deviceID,
            account: try account ?? OlmAccount(),
            published: account == nil ? false : published,
            pickleKey: pickleKey,
            state: state,
            logger: logger,
            encryptedRooms: Set(rooms ?? []),
            pending: pending ?? []
        )
        return crypto
    }

    // MARK: Keys of this device

    /// Uploads the device keys (once per device) and any one-time or fallback keys not yet
    /// uploaded. Called before HubBot reports ready: a colleague who writes right after it
    /// joins shares the room key only with devices that exist then.
    func publishKeys(client: MatrixClient) async throws {
        if !published {
            try account.generateOneTimeKeys(account.maxOneTimeKeys / 2)
            try account.generateFallbackKey()
        }
        try await uploadUnpublished(client: client, withDeviceKeys: !published)
        published = true
        try await persist([(Self.accountKey, try accountRecord())])
        logger.info(
            "end-to-end encryption ready",
            metadata: ["matrix.device_id": "\(deviceID)", "matrix.device_ed25519": "\(identity.ed25519)"]
        )
    }

    private func accountRecord() throws -> String {
        let stored = StoredAccount(
            userID: userID,
            deviceID: deviceID,
            pickle: try account.pickle(key: pickleKey),
            published: published
        )
        return String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
    }

    /// The signed device keys object.
    private func deviceKeys() throws -> JSONValue {
        let unsigned: JSONValue = .object([
            "user_id": .string(userID),
            "device_id": .string(deviceID),
            "algorithms": .array([.string(Self.olmAlgorithm), .string(Self.megolmAlgorithm)]),
            "keys": .object([
                "curve25519:\(deviceID)": .string(identity.curve25519),
                "ed25519:\(deviceID)": .string(identity.ed25519),
            ]),
        ])
        return try signed(unsigned)
    }

    /// `object` with HubBot's device signature added.
    private func signed(_ object: JSONValue) throws -> JSONValue {
        guard case .object(var fields) = object else { return object }
        let signature = try account.sign(try object.signedText())
        fields["signatures"] = .object([userID: .object(["ed25519:\(deviceID)": .string(signature)])])
        return .object(fields)
    }

    /// Uploads what the account has not published. The account (holding the private halves)
    /// is stored first: a key the homeserver hands out is always one HubBot can use.
    private func uploadUnpublished(client: MatrixClient, withDeviceKeys: Bool) async throws {
        let oneTime = try account.unpublishedOneTimeKeys()
        let fallback = try account.unpublishedFallbackKey()
        guard withDeviceKeys || !oneTime.isEmpty || !fallback.isEmpty else { return }
        try await persist([(Self.accountKey, try accountRecord())])
        var oneTimeKeys: [String: JSONValue] = [:]
        for (id, key) in oneTime {
            oneTimeKeys["signed_curve25519:\(id)"] = try signed(.object(["key": .string(key)]))
        }
        var fallbackKeys: [String: JSONValue] = [:]
        for (id, key) in fallback {
            fallbackKeys["signed_curve25519:\(id)"] = try signed(
                .object(["key": .string(key), "fallback": .bool(true)])
            )
        }
        _ = try await client.uploadKeys(
            deviceKeys: withDeviceKeys ? try deviceKeys() : nil,
            oneTimeKeys: oneTimeKeys,
            fallbackKeys: fallbackKeys
        )
        account.markKeysAsPublished()
        try await persist([(Self.accountKey, try accountRecord())])
    }

    /// Keeps half the account's capacity of one-time keys on the homeserver, and a fallback key.
    private func topUpKeys(_ batch: SyncResponse, client: MatrixClient) async {
        // Keys made but not uploaded yet (a failed upload) count too: libolm keeps a limited
        // number and would drop old ones the homeserver may still hand out.
        let unpublished = (try? account.unpublishedOneTimeKeys().count) ?? 0
        let count = (batch.oneTimeKeyCounts?["signed_curve25519"] ?? 0) + unpublished
        let target = account.maxOneTimeKeys / 2
        let needsFallback = batch.unusedFallbackKeyTypes.map { !$0.contains("signed_curve25519") } ?? false
        guard count < target || needsFallback else { return }
        do {
            if count < target { try account.generateOneTimeKeys(target - count) }
            if needsFallback { try account.generateFallbackKey() }
            try await uploadUnpublished(client: client, withDeviceKeys: false)
            logger.debug("uploaded one-time keys", metadata: ["crypto.one_time_keys": "\(target - count)"])
        } catch {
            logger.warning(
                "could not upload one-time keys; trying after the next sync",
                metadata: ["error": "\(error)"]
            )
        }
    }

    // MARK: Receiving

    /// What a sync batch brought, decrypted.
    struct Intake: Sendable {
        var batch: SyncResponse
        /// Events from earlier batches whose keys came now, by room.
        var late: [(room: String, event: SyncResponse.RoomEvent)]
        /// Events whose keys never came: their senders are told.
        var undecryptable: [PendingEvent]
    }

    /// Reads a batch's encryption parts: device list changes, room keys (to-device, Olm),
    /// key counts; then decrypts its Megolm events in place. An event whose key has not
    /// come is taken out of the batch and kept (durably, before the batch is committed)
    /// until its key comes; call ``commitPending()`` once the batch is in the inbox.
    ///
    /// `history` (the very first sync) takes in keys only: the timeline before HubBot started is not read.
    /// Throws when the store fails: then the batch is fetched again, nothing of it taken in.
    func process(_ batch: SyncResponse, client: MatrixClient, history: Bool = false, now: Date = Date()) async throws
        -> Intake
    {
        var batch = batch
        for user in batch.deviceLists?.changed ?? [] where devices[user] != nil {
            deviceListChanges[user, default: 0] += 1
        }
        for user in batch.deviceLists?.left ?? [] {
            devices[user] = nil
            deviceListChanges[user] = nil
        }
        await noteEncryptedRooms(batch)
        noteMembershipChanges(batch)
        for event in batch.toDevice?.events?.elements ?? [] where event.type == "m.room.encrypted" {
            try await receiveToDevice(event, client: client)
        }
        await topUpKeys(batch, client: client)
        guard !history else { return Intake(batch: batch, late: [], undecryptable: []) }

        var waiting = pending
        for (roomID, room) in batch.rooms?.join ?? [:] {
            guard var timeline = room.timeline?.events?.elements, timeline.contains(where: Self.isEncrypted) else {
                continue
            }
            var kept: [SyncResponse.RoomEvent] = []
            // What came before HubBot joined is history it was never meant to read (and is not answered).
            let joined = timeline.lastIndex { SyncResponse.isOwnJoin($0, me: userID) } ?? -1
            for (index, event) in timeline.enumerated() {
                guard Self.isEncrypted(event), index > joined, readsOwnMessages || event.sender != userID else {
                    kept.append(event)
                    continue
                }
                switch try await decrypt(event, in: roomID) {
                case .decrypted(let plain):
                    kept.append(plain)
                case .missingKey(let sessionID):
                    guard let id = event.eventID, !waiting.contains(where: { $0.eventID == id }) else { continue }
                    waiting.append(
                        PendingEvent(
                            room: roomID,
                            event: Self.raw(event),
                            eventID: id,
                            sender: event.sender,
                            sessionID: sessionID,
                            senderKey: event.content?.senderKey,
                            firstSeen: now
                        )
                    )
                    logger.info(
                        "an encrypted message waits for its key",
                        metadata: ["matrix.room": "\(roomID)", "matrix.event_id": "\(id)"]
                    )
                case .rejected(let reason):
                    logger.warning(
                        "skipped an encrypted event",
                        metadata: [
                            "matrix.room": "\(roomID)", "matrix.event_id": "\(event.eventID ?? "-")",
                            "reason": "\(reason)",
                        ]
                    )
                }
            }
            timeline = kept
            batch.rooms?.join?[roomID]?.timeline?.events?.elements = timeline
        }
        // New waiting events are stored before the batch (and its position) is committed;
        // nothing leaves the list until then (``commitPending()``).
        if waiting.count != pending.count {
            try await persistPending(waiting)
            pending = waiting
        }
        var intake = Intake(batch: batch, late: [], undecryptable: [])
        proposedPending = try await retryPending(into: &intake, client: client, now: now)
        return intake
    }

    static func isEncrypted(_ event: SyncResponse.RoomEvent) -> Bool { event.type == "m.room.encrypted" }

    /// Forgets the waiting events that were read (or given up on) in the last batch, now that
    /// it is in the inbox. Until then a crash only makes them read again (the inbox keeps one).
    func commitPending() async throws {
        guard let proposed = proposedPending else { return }
        proposedPending = nil
        try await persistPending(proposed)
        pending = proposed
    }

    /// Tries every waiting event whose key is there now, asks for keys that are late and gives
    /// up on those that never came. Returns the list as it should be once the batch is committed,
    /// or nil when nothing changed.
    private func retryPending(into intake: inout Intake, client: MatrixClient, now: Date) async throws
        -> [PendingEvent]?
    {
        guard !pending.isEmpty else { return nil }
        var changed = false
        var still: [PendingEvent] = []
        for var waiting in pending {
            if try await !inboundGroups(room: waiting.room, session: waiting.sessionID).isEmpty,
                let event = try? JSONDecoder().decode(
                    SyncResponse.RoomEvent.self,
                    from: JSONEncoder().encode(waiting.event)
                ),
                case .decrypted(let plain) = try await decrypt(event, in: waiting.room)
            {
                intake.late.append((waiting.room, plain))
                changed = true
                continue
            }
            let age = now.timeIntervalSince(waiting.firstSeen)
            if age > Self.keepPendingFor {
                changed = true
                continue
            }
            if waiting.askedAt == nil && age >= Self.askAfter {
                await requestKey(for: waiting, client: client)
                waiting.askedAt = now
                changed = true
            }
            if waiting.toldAt == nil && age >= Self.tellAfter {
                intake.undecryptable.append(waiting)
                waiting.toldAt = now
                changed = true
            }
            still.append(waiting)
        }
        return changed ? still : nil
    }

    private func persistPending(_ list: [PendingEvent]) async throws {
        let text = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
        try await persist([(Self.pendingKey, text)])
    }

    /// Asks the sender's devices for a missing room key (`m.room_key_request`).
    private func requestKey(for waiting: PendingEvent, client: MatrixClient) async {
        var request: [String: JSONValue] = [
            "algorithm": .string(Self.megolmAlgorithm),
            "room_id": .string(waiting.room),
            "session_id": .string(waiting.sessionID),
        ]
        request["sender_key"] = waiting.senderKey.map(JSONValue.string)
        let body: JSONValue = .object([
            "action": .string("request"),
            "requesting_device_id": .string(deviceID),
            "request_id": .string("hubbot-\(waiting.sessionID.prefix(24))"),
            "body": .object(request),
        ])
        do {
            try await client.sendToDevice(
                "m.room_key_request",
                messages: [waiting.sender: ["*": body]],
                transactionID: "hubbot-keyreq-\(UUID().uuidString)"
            )
            logger.info("asked for a missing room key", metadata: ["matrix.event_id": "\(waiting.eventID)"])
        } catch {
            logger.warning("could not ask for a missing room key", metadata: ["error": "\(error)"])
        }
    }

    /// The raw form of an encrypted event, to keep while it waits for its key.
    static func raw(_ event: SyncResponse.RoomEvent) -> JSONValue {
        var content: [String: JSONValue] = [:]
        let fields = event.content
        content["algorithm"] = fields?.algorithm.map(JSONValue.string)
        content["ciphertext"] = fields?.ciphertext.map(JSONValue.string)
        content["session_id"] = fields?.sessionID.map(JSONValue.string)
        content["sender_key"] = fields?.senderKey.map(JSONValue.string)
        content["device_id"] = fields?.deviceID.map(JSONValue.string)
        if let relation = fields?.relatesTo, let value = try? JSONValue.encode(relation) {
            content["m.relates_to"] = value
        }
        var object: [String: JSONValue] = [
            "type": .string(event.type), "sender": .string(event.sender), "content": .object(content),
        ]
        object["event_id"] = event.eventID.map(JSONValue.string)
        object["origin_server_ts"] = event.originServerTS.map(JSONValue.integer)
        return .object(object)
    }

    /// Who is in each encrypted room HubBot wrote in (joined or invited), asked once and
    /// forgotten when sync shows a membership change there, so a reply costs no extra request.
    private var members: [String: [String]] = [:]

    private func membersAndInvitees(of room: String, client: MatrixClient) async throws -> [String] {
        if let known = members[room] { return known }
        let asked = try await client.membersAndInvitees(of: room)
        members[room] = asked
        return asked
    }

    /// Forgets a room's members (HubBot just invited someone there).
    func forgetMembers(of room: String) { members[room] = nil }

    /// Forgets the members of rooms where the batch shows a membership event (or a gap).
    private func noteMembershipChanges(_ batch: SyncResponse) {
        for (roomID, room) in batch.rooms?.join ?? [:] {
            let events = (room.state?.events?.elements ?? []) + (room.timeline?.events?.elements ?? [])
            if room.timeline?.limited == true || events.contains(where: { $0.type == "m.room.member" }) {
                members[roomID] = nil
            }
        }
        for room in (batch.rooms?.invite ?? [:]).keys { members[room] = nil }
    }

    /// Remembers which rooms are encrypted, from their state and timeline and from invites.
    private func noteEncryptedRooms(_ batch: SyncResponse) async {
        var found: [String] = []
        for (roomID, room) in batch.rooms?.join ?? [:] {
            let events = (room.state?.events?.elements ?? []) + (room.timeline?.events?.elements ?? [])
            if events.contains(where: { $0.type == "m.room.encryption" && $0.content?.algorithm != nil }) {
                found.append(roomID)
            }
        }
        for (roomID, room) in batch.rooms?.invite ?? [:] {
            let events = room.inviteState?.events?.elements ?? []
            if events.contains(where: { $0.type == "m.room.encryption" }) { found.append(roomID) }
        }
        for room in found { await markEncrypted(room) }
    }

    /// Records that `room` is encrypted (seen in its state, or HubBot made it so).
    func markEncrypted(_ room: String) async {
        plainRooms.remove(room)
        guard encryptedRooms.insert(room).inserted else { return }
        let list = (try? JSONEncoder().encode(encryptedRooms.sorted())) ?? Data("[]".utf8)
        try? await persist([(Self.roomsKey, String(decoding: list, as: UTF8.self))])
    }

    /// True when `room` is encrypted: from what sync showed, else asked once of the homeserver.
    func isEncrypted(_ room: String, client: MatrixClient) async throws -> Bool {
        if encryptedRooms.contains(room) { return true }
        if plainRooms.contains(room) { return false }
        if try await client.encryptionAlgorithm(of: room) != nil {
            await markEncrypted(room)
            return true
        }
        plainRooms.insert(room)
        return false
    }

    /// Decrypts an Olm to-device message and takes in the room key it carries, after checking
    /// that it came from a device of its sender (signed device keys) and was meant for this
    /// device. The advanced Olm session and the room key are stored together. A message that
    /// cannot be decrypted is skipped (after a crash the homeserver delivers the same messages
    /// again, and their keys were stored then); a store failure throws, and the session is
    /// read back from the store so the message can be decrypted again.
    private func receiveToDevice(_ event: SyncResponse.ToDeviceEvent, client: MatrixClient) async throws {
        guard let content = event.content, content.algorithm == Self.olmAlgorithm, let senderKey = content.senderKey,
            let mine = content.ciphertext?[identity.curve25519]
        else { return }
        do {
            let plaintext: String
            var changes: [(String, String?)]
            do {
                (plaintext, changes) = try await decryptOlm(type: mine.type, body: mine.body, from: senderKey)
            } catch let error where error is OlmError || error is MatrixCryptoError {
                logger.info(
                    "skipped an encrypted to-device message",
                    metadata: ["matrix.sender": "\(event.sender)", "reason": "\(error)"]
                )
                return
            }
            guard let payload = try? JSONDecoder().decode(JSONValue.self, from: Data(plaintext.utf8)),
                payload["sender"]?.string == event.sender, payload["recipient"]?.string == userID,
                payload["recipient_keys"]?["ed25519"]?.string == identity.ed25519,
                let type = payload["type"]?.string, let body = payload["content"]
            else {
                logger.warning(
                    "skipped a to-device message not meant for this device",
                    metadata: ["matrix.sender": "\(event.sender)"]
                )
                try await persist(changes)
                return
            }
            if type == "m.room_key" || type == "m.forwarded_room_key" {
                let forwarded = type == "m.forwarded_room_key"
                if let device = try await device(of: event.sender, curve25519: senderKey, client: client),
                    payload["keys"]?["ed25519"]?.string == device.ed25519,
                    !forwarded || body["sender_key"]?.string == senderKey
                {
                    changes += try await storeRoomKey(
                        body,
                        sender: event.sender,
                        senderKey: senderKey,
                        signingKey: device.ed25519,
                        forwarded: forwarded
                    )
                } else {
                    logger.warning(
                        "skipped a room key that did not come from a known device of its sender",
                        metadata: ["matrix.sender": "\(event.sender)"]
                    )
                }
            }
            try await persist(changes)
        } catch {
            // Back to what the store holds: the same message is decrypted again with the batch.
            olmSessions[senderKey] = nil
            try? await reloadAccount()
            throw error
        }
    }

    /// The device of `user` with this Curve25519 key, from signed device keys (asked again once
    /// when not known: a device that just logged in may not be in the cache yet).
    private func device(of user: String, curve25519: String, client: MatrixClient) async throws -> Device? {
        if let known = try await devices(of: [user], client: client).first(where: { $0.curve25519 == curve25519 }) {
            return known
        }
        deviceListChanges[user, default: 0] += 1
        return try await devices(of: [user], client: client).first { $0.curve25519 == curve25519 }
    }

    /// Decrypts an Olm message; returns the plaintext and the store changes that keep the
    /// session (and the account, when a one-time key was used) as they are now.
    private func decryptOlm(type: Int, body: String, from senderKey: String) async throws
        -> (String, [(String, String?)])
    {
        let sessions = try await olmSessions(with: senderKey)
        if type == 0, let session = sessions.first(where: { $0.matchesInbound(from: senderKey, preKeyMessage: body) }) {
            let text = try session.decrypt(type: type, body: body)
            return (text, try olmRecord(senderKey))
        }
        for session in sessions {
            guard let text = try? session.decrypt(type: type, body: body) else { continue }
            return (text, try olmRecord(senderKey))
        }
        guard type == 0 else { throw MatrixCryptoError("no Olm session with this device decrypts the message") }
        let session = try OlmSession(inboundFrom: account, theirIdentityKey: senderKey, preKeyMessage: body)
        try account.removeOneTimeKeys(usedBy: session)
        let text = try session.decrypt(type: type, body: body)
        olmSessions[senderKey, default: []].insert(session, at: 0)
        return (text, try olmRecord(senderKey) + [(Self.accountKey, try accountRecord())])
    }

    private func olmSessions(with curve: String) async throws -> [OlmSession] {
        if let known = olmSessions[curve] { return known }
        var sessions: [OlmSession] = []
        if let text = try await state.value(for: Self.olmKey(curve)) {
            let pickles = try JSONDecoder().decode([String].self, from: Data(text.utf8))
            sessions = try pickles.map { try OlmSession(pickle: $0, key: pickleKey) }
        }
        // Another call may have loaded (and advanced) them while this one waited for the store.
        if let known = olmSessions[curve] { return known }
        olmSessions[curve] = sessions
        return sessions
    }

    /// The store change that keeps the sessions with a device (the newest five).
    private func olmRecord(_ curve: String) throws -> [(String, String?)] {
        let sessions = Array((olmSessions[curve] ?? []).prefix(5))
        olmSessions[curve] = sessions
        let pickles = try sessions.map { try $0.pickle(key: pickleKey) }
        return [(Self.olmKey(curve), String(decoding: try JSONEncoder().encode(pickles), as: UTF8.self))]
    }

    private func persistOlm(_ curve: String) async throws {
        try await persist(try olmRecord(curve))
    }

    /// The account as stored, after a failure left the one in memory ahead of it.
    private func reloadAccount() async throws {
        guard let text = try await state.value(for: Self.accountKey) else { return }
        let stored = try JSONDecoder().decode(StoredAccount.self, from: Data(text.utf8))
        account = try OlmAccount(pickle: stored.pickle, key: pickleKey)
    }

    /// Takes in a room key from `sender`'s device `senderKey`; returns the store changes that keep
    /// it. Keys are kept per sender: another member who sends the same session as their own
    /// (they may hold it from earlier) never replaces or hides the real sender's copy. A copy
    /// that reads from an earlier index replaces only the same sender's. A forwarded key is
    /// taken only for an event that waits for it.
    func storeRoomKey(
        _ body: JSONValue,
        sender: String,
        senderKey: String,
        signingKey: String?,
        forwarded: Bool
    ) async throws -> [(String, String?)] {
        guard body["algorithm"]?.string == Self.megolmAlgorithm, let room = body["room_id"]?.string,
            let sessionID = body["session_id"]?.string, let key = body["session_key"]?.string
        else { return [] }
        if forwarded && !pending.contains(where: { $0.sessionID == sessionID && $0.room == room }) { return [] }
        let session: MegolmInboundSession
        do {
            session = forwarded ? try MegolmInboundSession(exportedKey: key) : try MegolmInboundSession(sessionKey: key)
            guard session.id == sessionID else { throw MatrixCryptoError("the key's session id does not match") }
        } catch {
            logger.warning("skipped a room key", metadata: ["matrix.room": "\(room)", "error": "\(error)"])
            return []
        }
        var groups = try await inboundGroups(room: room, session: sessionID)
        let stored = StoredInbound(
            room: room,
            sender: sender,
            senderKey: senderKey,
            signingKey: signingKey,
            pickle: try session.pickle(key: pickleKey)
        )
        let group = InboundGroup(session: session, stored: stored)
        if let index = groups.firstIndex(where: { $0.stored.sender == sender && $0.stored.senderKey == senderKey }) {
            guard session.firstKnownIndex < groups[index].session.firstKnownIndex else { return [] }
            groups[index] = group
        } else {
            groups.append(group)
        }
        let storageKey = Self.inboundKey(room, sessionID)
        inbound[storageKey] = groups
        logger.debug("stored a room key", metadata: ["matrix.room": "\(room)", "matrix.sender": "\(sender)"])
        let text = String(decoding: try JSONEncoder().encode(groups.map(\.stored)), as: UTF8.self)
        return [(storageKey, text)]
    }

    /// Every copy of a room's session HubBot holds, one per sender that sent it.
    private func inboundGroups(room: String, session: String) async throws -> [InboundGroup] {
        let key = Self.inboundKey(room, session)
        if let known = inbound[key] { return known }
        guard let text = try await state.value(for: key) else { return [] }
        let stored = try JSONDecoder().decode([StoredInbound].self, from: Data(text.utf8))
        let groups = try stored.map {
            InboundGroup(session: try MegolmInboundSession(pickle: $0.pickle, key: pickleKey), stored: $0)
        }
        if let known = inbound[key] { return known }
        inbound[key] = groups
        return groups
    }

    enum Decryption {
        case decrypted(SyncResponse.RoomEvent)
        case missingKey(sessionID: String)
        case rejected(String)
    }

    /// Decrypts a Megolm room event with the key its sender sent (a key from anyone else does
    /// not count: the event waits for the sender's); checks that the ratchet index was not
    /// used by another event (a replay) and that the plaintext names this room. Throws when the
    /// store fails (the batch is read again).
    func decrypt(_ event: SyncResponse.RoomEvent, in room: String) async throws -> Decryption {
        guard let content = event.content, content.algorithm == Self.megolmAlgorithm,
            let ciphertext = content.ciphertext, let sessionID = content.sessionID, let eventID = event.eventID
        else { return .rejected("not a Megolm event HubBot can read") }
        let groups = try await inboundGroups(room: room, session: sessionID)
        guard
            let group = groups.first(where: {
                $0.stored.sender == event.sender && (content.senderKey ?? $0.stored.senderKey) == $0.stored.senderKey
            })
        else { return .missingKey(sessionID: sessionID) }
        let decrypted: (plaintext: String, index: UInt32)
        do {
            decrypted = try group.session.decrypt(ciphertext)
        } catch let error as OlmError where error.isUnknownMessageIndex {
            return .missingKey(sessionID: sessionID)
        } catch {
            return .rejected("\(error)")
        }
        let indexKey = Self.indexKey(sessionID, decrypted.index)
        if let seen = try await state.value(for: indexKey) {
            if seen != eventID { return .rejected("replayed ratchet index \(decrypted.index) (first seen in \(seen))") }
        } else {
            try await persist([(indexKey, eventID)])
        }
        guard let payload = try? JSONDecoder().decode(JSONValue.self, from: Data(decrypted.plaintext.utf8)),
            payload["room_id"]?.string == room, let type = payload["type"]?.string, let inner = payload["content"],
            var innerContent = try? JSONDecoder().decode(SyncResponse.Content.self, from: JSONEncoder().encode(inner))
        else { return .rejected("the plaintext is not an event for this room") }
        var plain = event
        plain.type = type
        if innerContent.relatesTo == nil { innerContent.relatesTo = content.relatesTo }
        plain.content = innerContent
        return .decrypted(plain)
    }

    // MARK: Sending

    /// The content of an `m.room.encrypted` event carrying `type`/`content` for `room`.
    /// First the room's Megolm session is shared (over Olm) with every device of every
    /// member and invitee that does not have it yet; a new session replaces it after a
    /// member left, after ``rotationMessages`` messages or ``rotationAge``.
    func encrypt(type: String, content: JSONValue, room: String, client: MatrixClient, now: Date = Date())
        async throws -> JSONValue
    {
        while busyRooms.contains(room) { try await Task.sleep(for: .milliseconds(20)) }
        busyRooms.insert(room)
        defer { busyRooms.remove(room) }

        let members = try await membersAndInvitees(of: room, client: client)
        let targets = try await devices(of: members, client: client).filter {
            !($0.userID == userID && $0.deviceID == deviceID)
        }
        let labels = Set(targets.map(\.label))
        var group = try await outboundGroup(room: room)
        if let current = group,
            current.messages >= Self.rotationMessages || now.timeIntervalSince(current.createdAt) >= Self.rotationAge
                || !current.sharedWith.isSubset(of: labels)
        {
            logger.debug("new room key for a room", metadata: ["matrix.room": "\(room)"])
            group = nil
        }
        let active: OutboundGroup
        if let group {
            active = group
        } else {
            active = OutboundGroup(session: try MegolmOutboundSession(), createdAt: now, messages: 0, sharedWith: [])
            if readsOwnMessages {
                // A chat app shows its person's own messages: it keeps the key of its own session too.
                let own: JSONValue = .object([
                    "algorithm": .string(Self.megolmAlgorithm), "room_id": .string(room),
                    "session_id": .string(active.session.id), "session_key": .string(try active.session.sessionKey()),
                ])
                try await persist(
                    try await storeRoomKey(
                        own,
                        sender: userID,
                        senderKey: identity.curve25519,
                        signingKey: identity.ed25519,
                        forwarded: false
                    )
                )
            }
        }
        outbound[room] = active
        let missing = targets.filter { !active.sharedWith.contains($0.label) }
        if !missing.isEmpty {
            try await persistOutbound(room)
            try await share(active, room: room, with: missing, client: client)
        }
        let plaintext = try JSONValue.canonical(
            JSONValue.object(["type": .string(type), "content": content, "room_id": .string(room)])
        )
        let ciphertext = try active.session.encrypt(plaintext)
        active.messages += 1
        try await persistOutbound(room)
        var encrypted: [String: JSONValue] = [
            "algorithm": .string(Self.megolmAlgorithm),
            "sender_key": .string(identity.curve25519),
            "ciphertext": .string(ciphertext),
            "session_id": .string(active.session.id),
            "device_id": .string(deviceID),
        ]
        // Relations stay readable to the homeserver (threads, replies, reactions), as the spec says.
        if let relation = content["m.relates_to"] { encrypted["m.relates_to"] = relation }
        return .object(encrypted)
    }

    private func outboundGroup(room: String) async throws -> OutboundGroup? {
        if let known = outbound[room] { return known }
        guard let text = try await state.value(for: Self.outboundKey(room)) else { return nil }
        let stored = try JSONDecoder().decode(StoredOutbound.self, from: Data(text.utf8))
        let group = OutboundGroup(
            session: try MegolmOutboundSession(pickle: stored.pickle, key: pickleKey),
            createdAt: stored.createdAt,
            messages: stored.messages,
            sharedWith: Set(stored.sharedWith)
        )
        outbound[room] = group
        return group
    }

    private func persistOutbound(_ room: String) async throws {
        guard let group = outbound[room] else { return }
        let stored = StoredOutbound(
            pickle: try group.session.pickle(key: pickleKey),
            createdAt: group.createdAt,
            messages: group.messages,
            sharedWith: group.sharedWith.sorted()
        )
        try await persist([(Self.outboundKey(room), String(decoding: try JSONEncoder().encode(stored), as: UTF8.self))])
    }

    /// Sends the room key to `devices` over Olm (claiming a one-time key where there is no
    /// session yet). A device without keys to claim is left out and logged.
    private func share(_ group: OutboundGroup, room: String, with targets: [Device], client: MatrixClient) async throws
    {
        var withoutSession: [String: [String]] = [:]
        for device in targets where try await olmSessions(with: device.curve25519).isEmpty {
            withoutSession[device.userID, default: []].append(device.deviceID)
        }
        if !withoutSession.isEmpty {
            let claimed = try await client.claimKeys(withoutSession)
            for device in targets where withoutSession[device.userID]?.contains(device.deviceID) == true {
                guard let (_, signedKey) = claimed[device.userID]?[device.deviceID]?.first,
                    let key = signedKey["key"]?.string,
                    let signature = signedKey["signatures"]?[device.userID]?["ed25519:\(device.deviceID)"]?.string,
                    OlmSignature.verify(signature, of: try signedKey.signedText(), by: device.ed25519)
                else {
                    logger.warning(
                        "could not share a room key: the device has no valid one-time key",
                        metadata: ["matrix.user": "\(device.userID)", "matrix.device": "\(device.deviceID)"]
                    )
                    continue
                }
                let session = try OlmSession(
                    outboundFrom: account,
                    theirIdentityKey: device.curve25519,
                    theirOneTimeKey: key
                )
                olmSessions[device.curve25519, default: []].insert(session, at: 0)
            }
        }
        let sessionKey = try group.session.sessionKey()
        var messages: [String: [String: JSONValue]] = [:]
        var sent: [Device] = []
        for device in targets {
            guard let session = olmSessions[device.curve25519]?.first else { continue }
            let payload: JSONValue = .object([
                "type": .string("m.room_key"),
                "content": .object([
                    "algorithm": .string(Self.megolmAlgorithm),
                    "room_id": .string(room),
                    "session_id": .string(group.session.id),
                    "session_key": .string(sessionKey),
                ]),
                "sender": .string(userID),
                "sender_device": .string(deviceID),
                "keys": .object(["ed25519": .string(identity.ed25519)]),
                "recipient": .string(device.userID),
                "recipient_keys": .object(["ed25519": .string(device.ed25519)]),
            ])
            let message = try session.encrypt(try JSONValue.canonical(payload))
            messages[device.userID, default: [:]][device.deviceID] = .object([
                "algorithm": .string(Self.olmAlgorithm),
                "sender_key": .string(identity.curve25519),
                "ciphertext": .object([
                    device.curve25519: .object(["type": .integer(Int64(message.type)), "body": .string(message.body)])
                ]),
            ])
            try await persistOlm(device.curve25519)
            sent.append(device)
        }
        guard !messages.isEmpty else { return }
        try await client.sendToDevice(
            "m.room.encrypted",
            messages: messages,
            transactionID: "hubbot-key-\(UUID().uuidString)"
        )
        group.sharedWith.formUnion(sent.map(\.label))
        try await persistOutbound(room)
        logger.debug("shared a room key", metadata: ["matrix.room": "\(room)", "crypto.devices": "\(sent.count)"])
    }

    /// The devices of `users` with valid self-signed keys, asked of the homeserver when not known
    /// or changed since. A device whose Ed25519 key changed under the same id is not trusted.
    func devices(of users: [String], client: MatrixClient) async throws -> [Device] {
        let unknown = Set(users).filter { devices[$0] == nil || deviceListChanges[$0] != nil }
        if !unknown.isEmpty {
            let changesBefore = deviceListChanges
            let answer = try await client.queryKeys(unknown.sorted())
            // A user the answer leaves out (their server did not answer) is asked again next time.
            for user in unknown where answer[user] != nil {
                var found: [String: Device] = [:]
                for (id, keys) in answer[user] ?? [:] {
                    guard keys["user_id"]?.string == user, keys["device_id"]?.string == id,
                        let curve = keys["keys"]?["curve25519:\(id)"]?.string,
                        let ed = keys["keys"]?["ed25519:\(id)"]?.string,
                        let signature = keys["signatures"]?[user]?["ed25519:\(id)"]?.string,
                        OlmSignature.verify(signature, of: try keys.signedText(), by: ed)
                    else { continue }
                    if let known = devices[user]?[id], known.ed25519 != ed {
                        logger.warning(
                            "a device's signing key changed: it gets no room keys",
                            metadata: ["matrix.user": "\(user)", "matrix.device": "\(id)"]
                        )
                        found[id] = known
                        continue
                    }
                    found[id] = Device(userID: user, deviceID: id, curve25519: curve, ed25519: ed)
                }
                devices[user] = found
                if deviceListChanges[user] == changesBefore[user] { deviceListChanges[user] = nil }
            }
        }
        return users.flatMap { (devices[$0] ?? [:]).values.sorted { $0.deviceID < $1.deviceID } }
    }

    /// True when `person` has a device that can receive room keys (then HubBot opens encrypted rooms with them).
    func hasDevices(_ person: String, client: MatrixClient) async -> Bool {
        (try? await devices(of: [person], client: client).isEmpty == false) ?? false
    }

    // MARK: Store

    /// Writes `changes` in one transaction, after every earlier write: the values are taken
    /// in the actor's order, so the store never goes back to an older pickle.
    func persist(_ changes: [(String, String?)]) async throws {
        guard !changes.isEmpty else { return }
        let previous = persistTail
        let state = self.state
        let values = changes.map { (key: $0.0, value: $0.1) }
        let task = Task {
            _ = try? await previous?.value
            try await state.setValues(values)
        }
        persistTail = task
        try await task.value
    }
}

/// End-to-end encryption failed, with what to do about it; never with key material.
struct MatrixCryptoError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
