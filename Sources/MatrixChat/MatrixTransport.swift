import CurlHTTP
import HubCore
import Logging

/// HubBot on Matrix: signs in and long-polls `/sync`, turning each batch into
/// ``HubCore/ChatEvent``s.
///
/// This first version keeps the sync token in memory: on start it skips
/// history, so only messages sent while it runs are seen. The durable inbox
/// (nothing lost across restarts) builds on this.
public final class MatrixTransport: ChatTransport {
    public enum Credential: Sendable {
        case accessToken(String)
        case password(user: String, password: String, deviceID: String?)
    }

    public struct Settings: Sendable {
        public var homeserver: String
        public var credential: Credential
        /// How long the homeserver holds a `/sync` open when nothing happens.
        public var longPoll: Duration = .seconds(30)
        public var backoff = Backoff(initial: .milliseconds(500), cap: .seconds(60))

        public init(homeserver: String, credential: Credential) {
            self.homeserver = homeserver
            self.credential = credential
        }
    }

    public let network = ChatNetwork.matrix
    private let settings: Settings
    private let http: HTTPClient
    private let logger: Logger
    private let session = SessionBox()

    public init(settings: Settings, http: HTTPClient, logger: Logger) {
        self.settings = settings
        self.http = http
        self.logger = logger
    }

    public func signIn() async throws -> PersonID {
        var client = MatrixClient(homeserver: settings.homeserver, http: http)
        switch settings.credential {
        case .accessToken(let token):
            client.accessToken = token
        case .password(let user, let password, let deviceID):
            let created = try await client.login(user: user, password: password, deviceID: deviceID)
            client.accessToken = created.accessToken
        }
        let identity = try await client.whoAmI()
        await session.set(client, userID: identity.userID)
        logger.info(
            "signed in to Matrix",
            metadata: ["matrix.user_id": "\(identity.userID)", "matrix.device_id": "\(identity.deviceID ?? "-")"]
        )
        return PersonID(identity.userID)
    }

    public func receive(_ handle: @escaping @Sendable (ChatEvent) async throws -> Void) async throws {
        guard let (client, me) = await session.current else {
            throw MatrixError(operation: "sync", status: 0, errcode: nil, message: "signIn() must succeed first")
        }
        var backoff = settings.backoff
        // First sync: no long-poll, and its events are history we don't replay.
        var since = try await client.sync(since: nil, timeout: .zero).nextBatch
        logger.info("waiting for messages", metadata: ["matrix.homeserver": "\(settings.homeserver)"])
        while !Task.isCancelled {
            do {
                let batch = try await client.sync(since: since, timeout: settings.longPoll)
                let events = batch.chatEvents(me: me)
                if !events.isEmpty {
                    logger.debug("sync batch", metadata: ["matrix.events": "\(events.count)"])
                }
                for event in events { try await handle(event) }
                since = batch.nextBatch
                backoff.reset()
            } catch let error as MatrixError where error.isUnknownToken {
                logger.critical("the homeserver refused HubBot's access token", metadata: ["error": "\(error)"])
                throw error
            } catch is CancellationError {
                return
            } catch {
                let delay = (error as? MatrixError)?.retryAfter ?? backoff.nextDelay()
                logger.warning("sync failed; retrying", metadata: ["error": "\(error)", "retry.in": "\(delay)"])
                try? await Task.sleep(for: delay)
            }
        }
    }

    /// The signed-in client, set once by `signIn()`.
    private actor SessionBox {
        var current: (client: MatrixClient, userID: String)?
        func set(_ client: MatrixClient, userID: String) { current = (client, userID) }
    }
}
