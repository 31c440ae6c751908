import COlm
import Foundation

/// A device's long-term identity: its Curve25519 and Ed25519 keys and its one-time keys.
/// Not thread-safe: keep it inside one actor.
/// See https://gitlab.matrix.org/matrix-org/olm/-/blob/master/docs/olm.md
public final class OlmAccount {
    let memory: UnsafeMutableRawPointer
    let pointer: OpaquePointer

    private init() {
        memory = .allocate(byteCount: olm_account_size(), alignment: 16)
        pointer = olm_account(memory)
    }

    deinit {
        olm_clear_account(pointer)
        memory.deallocate()
    }

    /// A new account with fresh identity keys.
    public convenience init(newWithRandomKeys: Void = ()) throws {
        self.init()
        let length = olm_create_account_random_length(pointer)
        try withRandom(length) { try check(olm_create_account(pointer, $0, $1), "create account") }
    }

    /// An account from ``pickle(key:)``'s text.
    public convenience init(pickle: String, key: [UInt8]) throws {
        self.init()
        try withScratch(pickle) { text, length in
            try check(olm_unpickle_account(pointer, key, key.count, text, length), "unpickle account")
        }
    }

    /// The account encrypted with `key`, as base64 text.
    public func pickle(key: [UInt8]) throws -> String {
        try output(length: olm_pickle_account_length(pointer)) { buffer, length in
            try check(olm_pickle_account(pointer, key, key.count, buffer, length), "pickle account")
        }
    }

    public struct IdentityKeys: Decodable, Sendable, Equatable {
        public var curve25519: String
        public var ed25519: String
    }

    public func identityKeys() throws -> IdentityKeys {
        let json = try output(length: olm_account_identity_keys_length(pointer)) { buffer, length in
            try check(olm_account_identity_keys(pointer, buffer, length), "identity keys")
        }
        return try JSONDecoder().decode(IdentityKeys.self, from: Data(json.utf8))
    }

    /// The Ed25519 signature of `message` by this account, base64.
    public func sign(_ message: String) throws -> String {
        try withBytes(message) { text, textLength in
            try output(length: olm_account_signature_length(pointer)) { buffer, length in
                try check(olm_account_sign(pointer, text, textLength, buffer, length), "sign")
            }
        }
    }

    /// How many one-time keys the account can hold.
    public var maxOneTimeKeys: Int { olm_account_max_number_of_one_time_keys(pointer) }

    /// Makes `count` new one-time keys (unpublished until ``markKeysAsPublished()``).
    public func generateOneTimeKeys(_ count: Int) throws {
        let length = olm_account_generate_one_time_keys_random_length(pointer, count)
        try withRandom(length) {
            try check(olm_account_generate_one_time_keys(pointer, count, $0, $1), "generate one-time keys")
        }
    }

    /// The unpublished one-time keys: key id → Curve25519 public key.
    public func unpublishedOneTimeKeys() throws -> [String: String] {
        try keyMap(length: olm_account_one_time_keys_length(pointer)) { buffer, length in
            olm_account_one_time_keys(pointer, buffer, length)
        }
    }

    /// Makes a new fallback key (used when the one-time keys run out); the previous one stays usable a while.
    public func generateFallbackKey() throws {
        let length = olm_account_generate_fallback_key_random_length(pointer)
        try withRandom(length) {
            try check(olm_account_generate_fallback_key(pointer, $0, $1), "generate fallback key")
        }
    }

    /// The unpublished fallback key, if any: key id → public key.
    public func unpublishedFallbackKey() throws -> [String: String] {
        try keyMap(length: olm_account_unpublished_fallback_key_length(pointer)) { buffer, length in
            olm_account_unpublished_fallback_key(pointer, buffer, length)
        }
    }

    /// Marks every current one-time and fallback key as uploaded.
    public func markKeysAsPublished() {
        _ = olm_account_mark_keys_as_published(pointer)
    }

    /// Forgets the one-time key a new inbound session used, so it is never used twice.
    public func removeOneTimeKeys(usedBy session: OlmSession) throws {
        try check(olm_remove_one_time_keys(pointer, session.pointer), "remove one-time keys")
    }

    private func keyMap(length: Int, _ write: (UnsafeMutableRawPointer, Int) -> Int) throws -> [String: String] {
        struct Keys: Decodable { var curve25519: [String: String] }
        let json = try output(length: length) { buffer, length in try check(write(buffer, length), "list keys") }
        return try JSONDecoder().decode(Keys.self, from: Data(json.utf8)).curve25519
    }

    @discardableResult
    func check(_ result: Int, _ operation: String) throws -> Int {
        guard result == olmFailure else { return result }
        throw OlmError(operation: operation, code: String(cString: olm_account_last_error(pointer)))
    }
}
