import Foundation
import HubCore

extension MatrixTransport {
    /// The session HubBot keeps after a password login, so later starts reuse
    /// the token and stay the same device.
    struct StoredSession: Codable {
        var userID: String
        var accessToken: String
        var deviceID: String
    }

    static let sessionKey = "matrix.session"
    static let filterKey = "matrix.filter"

    /// A client with a valid token and whose it is.
    func authenticate() async throws -> (MatrixClient, MatrixClient.WhoAmI) {
        var client = MatrixClient(homeserver: settings.homeserver, http: http)
        switch settings.credential {
        case .accessToken(let token):
            client.accessToken = token
            return (client, try await client.whoAmI())
        case .password(let user, let password, let configuredDevice):
            var deviceID = configuredDevice
            if let text = try await state.value(for: Self.sessionKey),
                let stored = try? JSONDecoder().decode(StoredSession.self, from: Data(text.utf8))
            {
                deviceID = configuredDevice ?? stored.deviceID
                client.accessToken = stored.accessToken
                do {
                    return (client, try await client.whoAmI())
                } catch let error as MatrixError where error.isUnknownToken {
                    logger.notice("the stored Matrix session has expired; logging in again with the same device")
                }
            }
            let created = try await MatrixClient(homeserver: settings.homeserver, http: http)
                .login(user: user, password: password, deviceID: deviceID)
            let stored = StoredSession(
                userID: created.userID,
                accessToken: created.accessToken,
                deviceID: created.deviceID
            )
            try await state.setValue(
                String(decoding: try JSONEncoder().encode(stored), as: UTF8.self),
                for: Self.sessionKey
            )
            client.accessToken = created.accessToken
            return (client, try await client.whoAmI())
        }
    }

    /// The id of HubBot's server-side sync filter: created once, stored, and
    /// created again only when the filter's definition changes.
    func storedFilter(client: MatrixClient, userID: String) async throws -> String {
        let definition = MatrixClient.syncFilter
        let tag = "\(userID)|\(definition.hashValueStable)"
        if let stored = try await state.value(for: Self.filterKey), stored.hasPrefix(tag + "|") {
            return String(stored.dropFirst(tag.count + 1))
        }
        let id = try await client.createFilter(definition, for: userID)
        try await state.setValue("\(tag)|\(id)", for: Self.filterKey)
        return id
    }
}

extension String {
    /// FNV-1a, stable across runs (Swift's `hashValue` is seeded per process).
    var hashValueStable: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
