import COlm

/// A one-to-one Olm session with another device (used to send it room keys).
/// Not thread-safe: keep it inside one actor.
public final class OlmSession {
    let memory: UnsafeMutableRawPointer
    let pointer: OpaquePointer

    private init() {
        memory = .allocate(byteCount: olm_session_size(), alignment: 16)
        pointer = olm_session(memory)
    }

    deinit {
        olm_clear_session(pointer)
        memory.deallocate()
    }

    /// A session we start, with the other device's identity key and one of its one-time keys.
    public convenience init(outboundFrom account: OlmAccount, theirIdentityKey: String, theirOneTimeKey: String)
        throws
    {
        self.init()
        let length = olm_create_outbound_session_random_length(pointer)
        try withBytes(theirIdentityKey) { identity, identityLength in
            try withBytes(theirOneTimeKey) { oneTime, oneTimeLength in
                try withRandom(length) { random, randomLength in
                    try check(
                        olm_create_outbound_session(
                            pointer,
                            account.pointer,
                            identity,
                            identityLength,
                            oneTime,
                            oneTimeLength,
                            random,
                            randomLength
                        ),
                        "create outbound session"
                    )
                }
            }
        }
    }

    /// A session another device started, from its first (pre-key) message. The caller then
    /// removes the used one-time key from the account and decrypts the message with this session.
    public convenience init(inboundFrom account: OlmAccount, theirIdentityKey: String, preKeyMessage: String) throws {
        self.init()
        try withBytes(theirIdentityKey) { identity, identityLength in
            try withScratch(preKeyMessage) { message, messageLength in
                try check(
                    olm_create_inbound_session_from(
                        pointer,
                        account.pointer,
                        identity,
                        identityLength,
                        message,
                        messageLength
                    ),
                    "create inbound session"
                )
            }
        }
    }

    public convenience init(pickle: String, key: [UInt8]) throws {
        self.init()
        try withScratch(pickle) { text, length in
            try check(olm_unpickle_session(pointer, key, key.count, text, length), "unpickle session")
        }
    }

    public func pickle(key: [UInt8]) throws -> String {
        try output(length: olm_pickle_session_length(pointer)) { buffer, length in
            try check(olm_pickle_session(pointer, key, key.count, buffer, length), "pickle session")
        }
    }

    public var id: String {
        (try? output(length: olm_session_id_length(pointer)) { buffer, length in
            try check(olm_session_id(pointer, buffer, length), "session id")
        }) ?? ""
    }

    /// True when this session was started by `theirIdentityKey` with this pre-key message.
    public func matchesInbound(from theirIdentityKey: String, preKeyMessage: String) -> Bool {
        withBytes(theirIdentityKey) { identity, identityLength in
            withScratch(preKeyMessage) { message, messageLength in
                olm_matches_inbound_session_from(pointer, identity, identityLength, message, messageLength) == 1
            }
        }
    }

    /// Encrypts `plaintext`; returns the message type (0 pre-key, 1 normal) and the base64 body.
    public func encrypt(_ plaintext: String) throws -> (type: Int, body: String) {
        let type = olm_encrypt_message_type(pointer)
        try check(type, "encrypt")
        let plainLength = plaintext.utf8.count
        let body = try withBytes(plaintext) { text, textLength in
            try withRandom(olm_encrypt_random_length(pointer)) { random, randomLength in
                try output(length: olm_encrypt_message_length(pointer, plainLength)) { buffer, length in
                    try check(
                        olm_encrypt(pointer, text, textLength, random, randomLength, buffer, length),
                        "encrypt"
                    )
                }
            }
        }
        return (type, body)
    }

    /// Decrypts a message of `type` (0 pre-key, 1 normal); advances the session.
    public func decrypt(type: Int, body: String) throws -> String {
        let maximum = try withScratch(body) { message, length in
            try check(olm_decrypt_max_plaintext_length(pointer, type, message, length), "decrypt")
        }
        return try withScratch(body) { message, messageLength in
            try output(length: maximum) { buffer, length in
                try check(olm_decrypt(pointer, type, message, messageLength, buffer, length), "decrypt")
            }
        }
    }

    @discardableResult
    func check(_ result: Int, _ operation: String) throws -> Int {
        guard result == olmFailure else { return result }
        throw OlmError(operation: operation, code: String(cString: olm_session_last_error(pointer)))
    }
}
