import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat

/// A newly registered account on the test homeserver, with a client signed in as it.
struct FreshAccount {
    var session: MatrixClient.Session
    var client: MatrixClient
    var name: String
    var password: String { "\(name)-password" }
    var userID: String { session.userID }

    /// Registers `role-xxxxxxxx` with the password `role-xxxxxxxx-password`.
    init(_ role: String, on synapse: SynapseEnvironment, http: HTTPClient) async throws {
        name = SynapseEnvironment.uniqueUser(role)
        let anonymous = MatrixClient(homeserver: synapse.baseURL, http: http)
        session = try await anonymous.register(user: name, password: "\(name)-password")
        client = MatrixClient(homeserver: synapse.baseURL, accessToken: session.accessToken, http: http)
    }
}

extension FreshAccount {
    /// Writes `text` (as a person does, not a notice) in `room`; returns the event id.
    @discardableResult
    func say(_ text: String, in room: String) async throws -> String {
        try await client.sendText(text, to: room, transactionID: UUID().uuidString, notice: false)
    }
}
