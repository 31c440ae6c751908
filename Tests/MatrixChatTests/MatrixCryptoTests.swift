import Foundation
import HubCore
import Logging
import Olm
import Testing

@testable import MatrixChat

/// A state store in memory.
actor MemoryStateStore: StateStore {
    var values: [String: String] = [:]
    func value(for key: String) async throws -> String? { values[key] }
    func setValue(_ value: String?, for key: String) async throws { values[key] = value }
}

@Suite("Matrix encryption: what HubBot accepts as decrypted")
struct MatrixCryptoTests {
    let room = "!room:example.org"
    let pickleKey = Array("a pickle key of thirty-two bytes".utf8)
    /// A homeserver that is never reached (the tests here do not upload keys).
    let client = MatrixClient(homeserver: "http://127.0.0.1:9", http: .init())

    func open(_ store: MemoryStateStore) async throws -> MatrixCrypto {
        try await MatrixCrypto.open(
            userID: "@hubbot:example.org",
            deviceID: "HUBBOT",
            pickleKey: pickleKey,
            state: store,
            logger: Logger(label: "test")
        )
    }

    /// A Megolm event as Carol's app sends it, with `payload` inside.
    func event(_ id: String, from sender: String, session: MegolmOutboundSession, payload: String) throws
        -> SyncResponse.RoomEvent
    {
        let object: JSONValue = .object([
            "type": .string("m.room.encrypted"), "sender": .string(sender), "event_id": .string(id),
            "origin_server_ts": .integer(1_700_000_000_000),
            "content": .object([
                "algorithm": .string(MatrixCrypto.megolmAlgorithm), "ciphertext": .string(try session.encrypt(payload)),
                "session_id": .string(session.id), "sender_key": .string("CAROLCURVE"), "device_id": .string("PHONE"),
            ]),
        ])
        return try JSONDecoder().decode(SyncResponse.RoomEvent.self, from: JSONEncoder().encode(object))
    }

    func message(_ text: String, room: String) -> String {
        #"{"type":"m.room.message","room_id":"\#(room)","content":{"msgtype":"m.text","body":"\#(text)"}}"#
    }

    func keyFromCarol(_ crypto: MatrixCrypto, _ session: MegolmOutboundSession) async throws {
        try await key(from: "@carol:example.org", curve: "CAROLCURVE", crypto, session)
    }

    func key(from sender: String, curve: String, _ crypto: MatrixCrypto, _ session: MegolmOutboundSession)
        async throws
    {
        let body: JSONValue = .object([
            "algorithm": .string(MatrixCrypto.megolmAlgorithm), "room_id": .string(room),
            "session_id": .string(session.id), "session_key": .string(try session.sessionKey()),
        ])
        let changes = try await crypto.storeRoomKey(
            body,
            sender: sender,
            senderKey: curve,
            signingKey: nil,
            forwarded: false
        )
        #expect(!changes.isEmpty)
        try await crypto.persist(changes)
    }

    @Test("a message from the key's sender is read; a replayed index, another sender, another room are refused")
    func checks() async throws {
        let store = MemoryStateStore()
        let crypto = try await open(store)
        let session = try MegolmOutboundSession()
        try await keyFromCarol(crypto, session)

        let first = try event("$1", from: "@carol:example.org", session: session, payload: message("hello", room: room))
        guard case .decrypted(let plain) = try await crypto.decrypt(first, in: room) else {
            Issue.record("Carol's message was not read")
            return
        }
        #expect(plain.type == "m.room.message")
        #expect(plain.content?.body == "hello")
        // The same event again (a sync delivered twice) is fine; its index under another id is a replay.
        guard case .decrypted = try await crypto.decrypt(first, in: room) else {
            Issue.record("the same event twice must decrypt")
            return
        }
        var replay = first
        replay.eventID = "$evil"
        guard case .rejected = try await crypto.decrypt(replay, in: room) else {
            Issue.record("a replayed ratchet index was accepted")
            return
        }
        // Mallory cannot send with Carol's session: her event waits for a key of her own, which never comes.
        let forged = try event("$2", from: "@mallory:example.org", session: session, payload: message("hi", room: room))
        guard case .missingKey = try await crypto.decrypt(forged, in: room) else {
            Issue.record("an event from another sender with Carol's key was read")
            return
        }
        // A plaintext naming another room is refused (an event moved between rooms).
        let moved = try event(
            "$3",
            from: "@carol:example.org",
            session: session,
            payload: message("x", room: "!other:x")
        )
        guard case .rejected = try await crypto.decrypt(moved, in: room) else {
            Issue.record("a plaintext for another room was accepted")
            return
        }
        // A session HubBot has no key for waits for it.
        let unknown = try MegolmOutboundSession()
        let early = try event("$4", from: "@carol:example.org", session: unknown, payload: message("later", room: room))
        guard case .missingKey(let id) = try await crypto.decrypt(early, in: room), id == unknown.id else {
            Issue.record("an event without its key must wait for it")
            return
        }
    }

    @Test("a member who sends another's room key as their own neither hides nor replaces the real sender's")
    func keyClaimedByAnother() async throws {
        let crypto = try await open(MemoryStateStore())
        let session = try MegolmOutboundSession()
        // Mallory got Carol's key earlier (she was in the room) and sends it to HubBot first, as hers.
        try await key(from: "@mallory:example.org", curve: "MALLORYCURVE", crypto, session)
        try await keyFromCarol(crypto, session)
        let fromCarol = try event(
            "$1",
            from: "@carol:example.org",
            session: session,
            payload: message("hi", room: room)
        )
        guard case .decrypted(let plain) = try await crypto.decrypt(fromCarol, in: room) else {
            Issue.record("Carol's message was hidden by Mallory's copy of her key")
            return
        }
        #expect(plain.sender == "@carol:example.org")
    }

    @Test("room keys and replay marks survive a restart; no key is stored in clear")
    func restart() async throws {
        let store = MemoryStateStore()
        let session = try MegolmOutboundSession()
        let identity: OlmAccount.IdentityKeys
        do {
            let crypto = try await open(store)
            identity = crypto.identity
            try await keyFromCarol(crypto, session)
            _ = try await crypto.decrypt(
                try event("$1", from: "@carol:example.org", session: session, payload: message("a", room: room)),
                in: room
            )
        }
        let again = try await open(store)
        let second = try event("$2", from: "@carol:example.org", session: session, payload: message("b", room: room))
        guard case .decrypted(let plain) = try await again.decrypt(second, in: room) else {
            Issue.record("the room key was lost in the restart")
            return
        }
        #expect(plain.content?.body == "b")
        #expect(await store.values.keys.contains { $0.hasPrefix("crypto.index.") })
        #expect(!identity.curve25519.isEmpty)
        // No pickle in the store shows a key in clear.
        let stored = await store.values.values.joined()
        #expect(!stored.contains(try session.sessionKey()))
    }

    @Test("a stored account is HubBot's identity again; with another pickle key HubBot refuses to start")
    func storedAccount() async throws {
        let store = MemoryStateStore()
        let account = try OlmAccount()
        let stored = MatrixCrypto.StoredAccount(
            userID: "@hubbot:example.org",
            deviceID: "HUBBOT",
            pickle: try account.pickle(key: pickleKey),
            published: true
        )
        try await store.setValue(
            String(decoding: try JSONEncoder().encode(stored), as: UTF8.self),
            for: "crypto.account"
        )
        #expect(try await open(store).identity == account.identityKeys())
        await #expect(throws: MatrixCryptoError.self) {
            try await MatrixCrypto.open(
                userID: "@hubbot:example.org",
                deviceID: "HUBBOT",
                pickleKey: Array("another key, also long enough".utf8),
                state: store,
                logger: Logger(label: "test")
            )
        }
        // Another device gets new keys (a device's identity cannot move).
        let other = try await MatrixCrypto.open(
            userID: "@hubbot:example.org",
            deviceID: "NEWDEVICE",
            pickleKey: pickleKey,
            state: store,
            logger: Logger(label: "test")
        )
        #expect(other.identity != (try account.identityKeys()))
    }

    @Test(
        "one-time keys: a failed upload is not followed by more keys on top (libolm would drop ones the server holds)"
    )
    func oneTimeKeyAccounting() async throws {
        let store = MemoryStateStore()
        let crypto = try await open(store)
        let empty = try JSONDecoder().decode(
            SyncResponse.self,
            from: Data(#"{"next_batch":"s1","device_one_time_keys_count":{"signed_curve25519":0}}"#.utf8)
        )
        _ = try await crypto.process(empty, client: client)
        let made = await crypto.unpublishedOneTimeKeyCount
        #expect(made == 50, "half of libolm's 100: \(made)")
        // The homeserver was not reached: the keys wait, stored with the account, and the next sync adds none.
        #expect(await store.values["crypto.account"] != nil)
        _ = try await crypto.process(empty, client: client)
        #expect(await crypto.unpublishedOneTimeKeyCount == made)
    }

    @Test("the sync fields of encryption are read, and a broken one does not hide the batch")
    func syncFields() throws {
        let json = #"""
            {"next_batch":"s2","to_device":{"events":[{"type":"m.room.encrypted","sender":"@c:x",
             "content":{"algorithm":"m.olm.v1.curve25519-aes-sha2","sender_key":"K",
             "ciphertext":{"MINE":{"type":0,"body":"abc"}}}}]},
             "device_lists":{"changed":["@c:x"],"left":["@d:x"]},
             "device_one_time_keys_count":{"signed_curve25519":12},
             "device_unused_fallback_key_types":["signed_curve25519"]}
            """#
        let sync = try JSONDecoder().decode(SyncResponse.self, from: Data(json.utf8))
        #expect(sync.toDevice?.events?.elements.first?.content?.ciphertext?["MINE"]?.body == "abc")
        #expect(sync.deviceLists?.changed == ["@c:x"])
        #expect(sync.oneTimeKeyCounts?["signed_curve25519"] == 12)
        #expect(sync.unusedFallbackKeyTypes == ["signed_curve25519"])
        let broken = #"{"next_batch":"s3","device_one_time_keys_count":"lots","device_lists":7}"#
        let read = try JSONDecoder().decode(SyncResponse.self, from: Data(broken.utf8))
        #expect(read.nextBatch == "s3")
        #expect(read.oneTimeKeyCounts == nil)
    }

    @Test("the text a signature covers: canonical, without signatures and unsigned")
    func signedText() throws {
        let object = try JSONDecoder().decode(
            JSONValue.self,
            from: Data(#"{"b":1,"a":{"z":"ü","y":[true,null]},"signatures":{"x":"y"},"unsigned":{"age":3}}"#.utf8)
        )
        #expect(try object.signedText() == #"{"a":{"y":[true,null],"z":"ü"},"b":1}"#)
        let account = try OlmAccount()
        let signature = try account.sign(try object.signedText())
        #expect(OlmSignature.verify(signature, of: try object.signedText(), by: try account.identityKeys().ed25519))
    }
}
