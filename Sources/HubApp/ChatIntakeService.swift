import CurlHTTP
import HubCore
import Logging
import MatrixChat
import ServiceLifecycle

/// Signs in to one chat network and receives its events until shutdown.
///
/// Sign-in failures that may pass (homeserver down, 5xx, rate limits) are
/// retried with backoff; refused credentials stop HubBot with a clear error.
public struct ChatIntakeService: Service {
    let transport: any ChatTransport
    let logger: Logger
    let handle: @Sendable (ChatEvent) async throws -> Void

    public init(
        transport: any ChatTransport,
        logger: Logger,
        handle: @escaping @Sendable (ChatEvent) async throws -> Void
    ) {
        self.transport = transport
        self.logger = logger
        self.handle = handle
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            guard try await signInPatiently() != nil else { return }
            try await transport.receive(handle)
        }
        logger.info("stopped receiving", metadata: ["chat.network": "\(transport.network)"])
    }

    /// Signs in, retrying transient failures; nil when cancelled first.
    private func signInPatiently() async throws -> PersonID? {
        var backoff = Backoff(initial: .seconds(1), cap: .seconds(30))
        while !Task.isCancelled {
            do {
                return try await transport.signIn()
            } catch let error as MatrixError where !error.isTransient {
                throw SignInRefused(network: transport.network, underlying: error)
            } catch let error as HTTPClientError where !error.isTransient && error.kind != .shutdown {
                // A TLS or URL problem is a configuration problem: retrying cannot fix it.
                throw error
            } catch is CancellationError {
                return nil
            } catch {
                let delay = (error as? MatrixError)?.retryAfter ?? backoff.nextDelay()
                logger.warning(
                    "cannot sign in yet; retrying",
                    metadata: ["chat.network": "\(transport.network)", "error": "\(error)", "retry.in": "\(delay)"]
                )
                try? await Task.sleep(for: delay)
            }
        }
        return nil
    }
}

/// The chat network refused HubBot's credentials; retrying cannot help.
public struct SignInRefused: Error, CustomStringConvertible {
    public var network: ChatNetwork
    public var underlying: MatrixError

    public var description: String {
        let advice =
            if underlying.isUnknownToken {
                "the access token is unknown or revoked; create a new one and update the secret matrix.access_token refers to"
            } else if underlying.status == 403 {
                "check matrix.user and the password secret in the config"
            } else {
                "check that matrix.homeserver is the homeserver's client-server API URL"
            }
        return "\(network) refused HubBot's sign-in (\(underlying.errcode ?? "HTTP \(underlying.status)"): "
            + "\(underlying.message)); \(advice)"
    }
}
