import Crypto
import Foundation

/// Signatures per the Standard Webhooks spec: `webhook-id`, `webhook-timestamp`
/// (Unix seconds) and `webhook-signature`, a space-separated list of
/// `v1,<base64 HMAC-SHA256(secret, "id.timestamp.body")>`, one per secret, so a
/// receiver can rotate secrets without losing a message.
public enum WebhookSignature {
    /// The three headers for a message. Secrets are `whsec_<base64>`; any other
    /// string is used as its UTF-8 bytes.
    public static func headers(id: String, timestamp: Date, body: Data, secrets: [String]) -> [String: String] {
        let seconds = String(Int(timestamp.timeIntervalSince1970))
        var headers = ["webhook-id": id, "webhook-timestamp": seconds]
        guard !secrets.isEmpty else { return headers }
        let signed = Data("\(id).\(seconds).".utf8) + body
        headers["webhook-signature"] = secrets.map { secret in
            let mac = HMAC<SHA256>.authenticationCode(for: signed, using: key(secret))
            return "v1," + Data(mac).base64EncodedString()
        }.joined(separator: " ")
        return headers
    }

    /// True when one of the signatures in `header` matches one of the secrets (for tests and receivers).
    public static func verify(header: String, id: String, timestamp: String, body: Data, secrets: [String]) -> Bool {
        let signed = Data("\(id).\(timestamp).".utf8) + body
        let offered = header.split(separator: " ").compactMap { part -> Data? in
            guard part.hasPrefix("v1,") else { return nil }
            return Data(base64Encoded: String(part.dropFirst(3)))
        }
        return secrets.contains { secret in
            offered.contains { HMAC<SHA256>.isValidAuthenticationCode($0, authenticating: signed, using: key(secret)) }
        }
    }

    static func key(_ secret: String) -> SymmetricKey {
        if secret.hasPrefix("whsec_"), let bytes = Data(base64Encoded: String(secret.dropFirst(6))) {
            return SymmetricKey(data: bytes)
        }
        return SymmetricKey(data: Data(secret.utf8))
    }
}
