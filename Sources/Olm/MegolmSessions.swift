import COlm

/// The sending side of a room's Megolm session: one ratchet, shared with every
/// device in the room. Not thread-safe: keep it inside one actor.
public final class MegolmOutboundSession {
    let memory: UnsafeMutableRawPointer
    let pointer: OpaquePointer

    private init(empty: Void) {
        memory = .allocate(byteCount: olm_outbound_group_session_size(), alignment: 16)
        pointer = olm_outbound_group_session(memory)
    }

    deinit {
        olm_clear_outbound_group_session(pointer)
        memory.deallocate()
    }

    /// A new session with a random ratchet.
    public convenience init() throws {
        self.init(empty: ())
        let length = olm_init_outbound_group_session_random_length(pointer)
        try withRandom(length) { random, randomLength in
            try check(
                olm_init_outbound_group_session(pointer, random.assumingMemoryBound(to: UInt8.self), randomLength),
                "create group session"
            )
        }
    }

    public convenience init(pickle: String, key: [UInt8]) throws {
        self.init(empty: ())
        try withScratch(pickle) { text, length in
            try check(olm_unpickle_outbound_group_session(pointer, key, key.count, text, length), "unpickle")
        }
    }

    public func pickle(key: [UInt8]) throws -> String {
        try output(length: olm_pickle_outbound_group_session_length(pointer)) { buffer, length in
            try check(olm_pickle_outbound_group_session(pointer, key, key.count, buffer, length), "pickle")
        }
    }

    public var id: String {
        (try? output(length: olm_outbound_group_session_id_length(pointer)) { buffer, length in
            try check(
                olm_outbound_group_session_id(pointer, buffer.assumingMemoryBound(to: UInt8.self), length),
                "session id"
            )
        }) ?? ""
    }

    /// The index the next message will have.
    public var messageIndex: UInt32 { olm_outbound_group_session_message_index(pointer) }

    /// The key at the current index, for `m.room_key` (a device given it reads from here on).
    public func sessionKey() throws -> String {
        try output(length: olm_outbound_group_session_key_length(pointer)) { buffer, length in
            try check(
                olm_outbound_group_session_key(pointer, buffer.assumingMemoryBound(to: UInt8.self), length),
                "session key"
            )
        }
    }

    /// Encrypts `plaintext` and advances the ratchet; base64 ciphertext.
    public func encrypt(_ plaintext: String) throws -> String {
        let plainLength = plaintext.utf8.count
        return try withBytes(plaintext) { text, textLength in
            try output(length: olm_group_encrypt_message_length(pointer, plainLength)) { buffer, length in
                try check(
                    olm_group_encrypt(
                        pointer,
                        text.assumingMemoryBound(to: UInt8.self),
                        textLength,
                        buffer.assumingMemoryBound(to: UInt8.self),
                        length
                    ),
                    "group encrypt"
                )
            }
        }
    }

    @discardableResult
    func check(_ result: Int, _ operation: String) throws -> Int {
        guard result == olmFailure else { return result }
        throw OlmError(operation: operation, code: String(cString: olm_outbound_group_session_last_error(pointer)))
    }
}

/// The receiving side of someone's Megolm session in a room.
public final class MegolmInboundSession {
    let memory: UnsafeMutableRawPointer
    let pointer: OpaquePointer

    private init(empty: Void) {
        memory = .allocate(byteCount: olm_inbound_group_session_size(), alignment: 16)
        pointer = olm_inbound_group_session(memory)
    }

    deinit {
        olm_clear_inbound_group_session(pointer)
        memory.deallocate()
    }

    /// From an `m.room_key`'s `session_key` (signed by the sender's session).
    public convenience init(sessionKey: String) throws {
        self.init(empty: ())
        try withScratch(sessionKey) { key, length in
            try check(
                olm_init_inbound_group_session(pointer, key.assumingMemoryBound(to: UInt8.self), length),
                "create inbound group session"
            )
        }
    }

    /// From an exported key (`m.forwarded_room_key`'s `session_key`).
    public convenience init(exportedKey: String) throws {
        self.init(empty: ())
        try withScratch(exportedKey) { key, length in
            try check(
                olm_import_inbound_group_session(pointer, key.assumingMemoryBound(to: UInt8.self), length),
                "import inbound group session"
            )
        }
    }

    public convenience init(pickle: String, key: [UInt8]) throws {
        self.init(empty: ())
        try withScratch(pickle) { text, length in
            try check(olm_unpickle_inbound_group_session(pointer, key, key.count, text, length), "unpickle")
        }
    }

    public func pickle(key: [UInt8]) throws -> String {
        try output(length: olm_pickle_inbound_group_session_length(pointer)) { buffer, length in
            try check(olm_pickle_inbound_group_session(pointer, key, key.count, buffer, length), "pickle")
        }
    }

    public var id: String {
        (try? output(length: olm_inbound_group_session_id_length(pointer)) { buffer, length in
            try check(
                olm_inbound_group_session_id(pointer, buffer.assumingMemoryBound(to: UInt8.self), length),
                "session id"
            )
        }) ?? ""
    }

    /// The first message index this session can decrypt.
    public var firstKnownIndex: UInt32 { olm_inbound_group_session_first_known_index(pointer) }

    /// Decrypts a Megolm ciphertext; returns the plaintext and the message's ratchet index
    /// (the caller checks it against replays).
    public func decrypt(_ ciphertext: String) throws -> (plaintext: String, index: UInt32) {
        let maximum = try withScratch(ciphertext) { message, length in
            try check(
                olm_group_decrypt_max_plaintext_length(pointer, message.assumingMemoryBound(to: UInt8.self), length),
                "group decrypt"
            )
        }
        var index: UInt32 = 0
        let plaintext = try withScratch(ciphertext) { message, messageLength in
            try output(length: maximum) { buffer, length in
                try check(
                    olm_group_decrypt(
                        pointer,
                        message.assumingMemoryBound(to: UInt8.self),
                        messageLength,
                        buffer.assumingMemoryBound(to: UInt8.self),
                        length,
                        &index
                    ),
                    "group decrypt"
                )
            }
        }
        return (plaintext, index)
    }

    @discardableResult
    func check(_ result: Int, _ operation: String) throws -> Int {
        guard result == olmFailure else { return result }
        throw OlmError(operation: operation, code: String(cString: olm_inbound_group_session_last_error(pointer)))
    }
}

/// Signature checks (Ed25519), with no key of our own.
public enum OlmSignature {
    /// True when `signature` (base64) is `key`'s (base64 Ed25519) signature of `message`.
    public static func verify(_ signature: String, of message: String, by key: String) -> Bool {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: olm_utility_size(), alignment: 16)
        defer { memory.deallocate() }
        let utility = olm_utility(memory)
        defer { olm_clear_utility(utility) }
        return withBytes(key) { keyBytes, keyLength in
            withBytes(message) { messageBytes, messageLength in
                withScratch(signature) { signatureBytes, signatureLength in
                    olm_ed25519_verify(
                        utility,
                        keyBytes,
                        keyLength,
                        messageBytes,
                        messageLength,
                        signatureBytes,
                        signatureLength
                    ) != olmFailure
                }
            }
        }
    }
}
