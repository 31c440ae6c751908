import Foundation
import Olm
import Testing

@Suite("Olm and Megolm through libolm")
struct OlmTests {
    let key = Array("a pickle key of thirty-two bytes".utf8)

    @Test("an account survives pickling; a wrong pickle key is refused")
    func accountPickle() throws {
        let account = try OlmAccount()
        let pickled = try account.pickle(key: key)
        let restored = try OlmAccount(pickle: pickled, key: key)
        #expect(try restored.identityKeys() == account.identityKeys())
        #expect(throws: OlmError.self) { try OlmAccount(pickle: pickled, key: Array("another key".utf8)) }
    }

    @Test("a signature verifies with the account's Ed25519 key and fails for other text")
    func signatures() throws {
        let account = try OlmAccount()
        let keys = try account.identityKeys()
        let signature = try account.sign(#"{"a":1}"#)
        #expect(OlmSignature.verify(signature, of: #"{"a":1}"#, by: keys.ed25519))
        #expect(!OlmSignature.verify(signature, of: #"{"a":2}"#, by: keys.ed25519))
    }

    @Test("one-time keys are unpublished until marked, and a used one is removed")
    func oneTimeKeys() throws {
        let bob = try OlmAccount()
        try bob.generateOneTimeKeys(3)
        let keys = try bob.unpublishedOneTimeKeys()
        #expect(keys.count == 3)
        bob.markKeysAsPublished()
        #expect(try bob.unpublishedOneTimeKeys().isEmpty)
        #expect(bob.maxOneTimeKeys >= 50)

        let alice = try OlmAccount()
        let session = try OlmSession(
            outboundFrom: alice,
            theirIdentityKey: try bob.identityKeys().curve25519,
            theirOneTimeKey: keys.values.first!
        )
        let first = try session.encrypt("hello bob")
        #expect(first.type == 0)
        let aliceCurve = try alice.identityKeys().curve25519
        let inbound = try OlmSession(inboundFrom: bob, theirIdentityKey: aliceCurve, preKeyMessage: first.body)
        #expect(inbound.matchesInbound(from: aliceCurve, preKeyMessage: first.body))
        try bob.removeOneTimeKeys(usedBy: inbound)
        #expect(try inbound.decrypt(type: first.type, body: first.body) == "hello bob")
        // The same key cannot start a second session: it was removed.
        #expect(throws: OlmError.self) {
            try OlmSession(inboundFrom: bob, theirIdentityKey: aliceCurve, preKeyMessage: first.body)
        }
        // Decrypting the same message twice fails (the ratchet moved on).
        #expect(throws: OlmError.self) { try inbound.decrypt(type: first.type, body: first.body) }

        let reply = try inbound.encrypt("hello alice")
        #expect(try session.decrypt(type: reply.type, body: reply.body) == "hello alice")
        let restored = try OlmSession(pickle: try session.pickle(key: key), key: key)
        #expect(restored.id == session.id)
    }

    @Test("Megolm: the receiver reads from the index it was given, with the index returned")
    func megolm() throws {
        let outbound = try MegolmOutboundSession()
        let early = try outbound.encrypt("before the key was shared")
        let sessionKey = try outbound.sessionKey()
        #expect(outbound.messageIndex == 1)
        let message = try outbound.encrypt("after")
        let inbound = try MegolmInboundSession(sessionKey: sessionKey)
        #expect(inbound.id == outbound.id)
        #expect(inbound.firstKnownIndex == 1)
        let decrypted = try inbound.decrypt(message)
        #expect(decrypted.plaintext == "after")
        #expect(decrypted.index == 1)
        // The same message again gives the same index: the caller's replay check decides.
        #expect(try inbound.decrypt(message).index == 1)
        let error = #expect(throws: OlmError.self) { try inbound.decrypt(early) }
        #expect(error?.isUnknownMessageIndex == true)

        let restoredOut = try MegolmOutboundSession(pickle: try outbound.pickle(key: key), key: key)
        #expect(restoredOut.messageIndex == 2)
        let restoredIn = try MegolmInboundSession(pickle: try inbound.pickle(key: key), key: key)
        #expect(try restoredIn.decrypt(try restoredOut.encrypt("third")).plaintext == "third")
    }

    @Test("a fallback key is made and published")
    func fallbackKey() throws {
        let account = try OlmAccount()
        try account.generateFallbackKey()
        #expect(try account.unpublishedFallbackKey().count == 1)
        account.markKeysAsPublished()
        #expect(try account.unpublishedFallbackKey().isEmpty)
    }
}
