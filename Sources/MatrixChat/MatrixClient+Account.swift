import Crypto
import CurlHTTP

extension MatrixClient {
    /// The identity and device a successful login created or reused.
    public struct Session: Codable, Sendable, Equatable {
        public var userID: String
        public var accessToken: String
        public var deviceID: String

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case accessToken = "access_token"
            case deviceID = "device_id"
        }
    }

    public struct WhoAmI: Codable, Sendable {
        public var userID: String
        public var deviceID: String?

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case deviceID = "device_id"
        }
    }

    /// `GET /_matrix/client/versions`: answers without a token; a cheap liveness probe.
    public func versions(timeout: Duration? = nil) async throws -> [String] {
        struct Versions: Decodable { var versions: [String] }
        return try await call(.get, "/_matrix/client/versions", timeout: timeout, as: Versions.self).versions
    }

    /// `POST /login` with a password (`m.login.password`). Passing the stored
    /// `deviceID` keeps HubBot the same device across restarts.
    public func login(user: String, password: String, deviceID: String? = nil) async throws -> Session {
        struct Identifier: Encodable {
            var type = "m.id.user"
            var user: String
        }
        struct Login: Encodable {
            var type = "m.login.password"
            var identifier: Identifier
            var password: String
            var device_id: String?
            var initial_device_display_name = "HubBot"
        }
        let body = Login(identifier: Identifier(user: user), password: password, device_id: deviceID)
        return try await call(.post, "/_matrix/client/v3/login", body: body, as: Session.self)
    }

    /// `POST /logout`: the access token stops working (and its device is removed).
    public func logout() async throws {
        struct Answer: Decodable {}
        _ = try await call(.post, "/_matrix/client/v3/logout", body: [String: String](), as: Answer.self)
    }

    /// `GET /account/whoami`: checks the token and says whose it is.
    public func whoAmI() async throws -> WhoAmI {
        try await call(.get, "/_matrix/client/v3/account/whoami", as: WhoAmI.self)
    }

    /// `POST /register` with the dummy auth flow, for homeservers with open
    /// registration (tests and the local demo).
    public func register(user: String, password: String) async throws -> Session {
        struct Auth: Encodable {
            var type = "m.login.dummy"
            var session: String?
        }
        struct Challenge: Decodable { var session: String? }
        do {
            return try await call(
                .post,
                "/_matrix/client/v3/register",
                body: RegisterRequest(username: user, password: password, auth: Auth()),
                as: Session.self
            )
        } catch let error as MatrixError where error.status == 401 {
            // The first answer is the user-interactive auth challenge with a session id.
            let challenge = try await challengeSession(user: user, password: password)
            let body = RegisterRequest(username: user, password: password, auth: Auth(session: challenge))
            return try await call(.post, "/_matrix/client/v3/register", body: body, as: Session.self)
        }
    }

    /// `POST /register` with a registration token (`m.login.registration_token`), for homeservers
    /// that hand out tokens for new accounts (Synapse's `registration_requires_token`).
    public func register(user: String, password: String, registrationToken: String) async throws -> Session {
        struct Auth: Encodable {
            var type = "m.login.registration_token"
            var token: String
            var session: String?
        }
        let session = try await challengeSession(user: user, password: password)
        let body = RegisterRequest(
            username: user,
            password: password,
            auth: Auth(token: registrationToken, session: session)
        )
        return try await call(.post, "/_matrix/client/v3/register", body: body, as: Session.self)
    }

    /// Synapse's shared-secret registration (`/_synapse/admin/v1/register`): a nonce, then the
    /// account with an HMAC-SHA1 of nonce, user, password and "notadmin" under the secret from
    /// `registration_shared_secret`. Works even with registration closed.
    public func registerWithSharedSecret(user: String, password: String, sharedSecret: String) async throws
        -> Session
    {
        struct Nonce: Decodable { var nonce: String }
        struct Register: Encodable {
            var nonce: String
            var username: String
            var password: String
            var admin = false
            var mac: String
        }
        let nonce = try await call(.get, "/_synapse/admin/v1/register", as: Nonce.self).nonce
        let message = [nonce, user, password, "notadmin"].joined(separator: "\u{0}")
        let mac = HMAC<Insecure.SHA1>.authenticationCode(
            for: Array(message.utf8),
            using: SymmetricKey(data: Array(sharedSecret.utf8))
        )
        let hex = mac.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        let body = Register(nonce: nonce, username: user, password: password, mac: hex)
        return try await call(.post, "/_synapse/admin/v1/register", body: body, as: Session.self)
    }

    private func challengeSession(user: String, password: String) async throws -> String? {
        struct Bare: Encodable {
            var username: String
            var password: String
        }
        struct Challenge: Decodable { var session: String? }
        let request = try HTTPRequest.json(
            .post,
            url: homeserver + "/_matrix/client/v3/register",
            body: Bare(username: user, password: password)
        )
        let response = try await http.execute(request)
        return try? response.decode(Challenge.self).session
    }
}

/// The body of `POST /register` with one stage of user-interactive auth.
private struct RegisterRequest<Auth: Encodable>: Encodable {
    var username: String
    var password: String
    var auth: Auth
    var initial_device_display_name = "HubBot"
}
