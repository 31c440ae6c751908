import CurlHTTP
import Foundation
import HubCore
import HubStore
import Logging
import MatrixChat
import ServiceLifecycle

/// Runs one chat network end to end: signs in, then receives into the inbox,
/// handles inbox events, and sends the chat outbox, side by side until shutdown.
///
/// Sign-in failures that may pass (homeserver down, 5xx, rate limits) are
/// retried with backoff; refused credentials stop HubBot with a clear error.
public struct ChatNetworkService: Service {
    let transport: any ChatTransport
    let database: any HubStorage
    let logger: Logger
    let makeResponder: @Sendable (PersonID) async throws -> any Responder
    /// The most rooms the outbox sends to at once.
    let maxRoomsInFlight: Int
    /// Rung when new events are in the inbox (from the network, timers or the ticket desk).
    let newEvents = Doorbell()
    /// Asked before each action leaves (see ``ChatOutboxSender/mayAct``).
    public var mayAct: @Sendable () throws -> Void = {}

    public init(
        transport: any ChatTransport,
        database: any HubStorage,
        logger: Logger,
        maxRoomsInFlight: Int = 64,
        makeResponder: @escaping @Sendable (PersonID) async throws -> any Responder
    ) {
        self.maxRoomsInFlight = maxRoomsInFlight
        self.transport = transport
        self.database = database
        self.logger = logger
        self.makeResponder = makeResponder
    }

    public func run() async throws {
        do {
            try await runUntilShutdown()
        } catch let error where Task.isShuttingDownGracefully {
            // A part that ends by throwing its cancellation at shutdown (a sleep, a request or a
            // database wait cut short) has not failed. Passed on, the service group would end
            // with an error: exit status 1 after a clean SIGTERM.
            logger.debug("stopping", metadata: ["error": "\(error)"])
        }
        logger.info("stopped", metadata: ["chat.network": "\(transport.network)"])
    }

    private func runUntilShutdown() async throws {
        try await cancelWhenGracefulShutdown {
            guard let me = try await signInPatiently() else { return }
            let newActions = Doorbell()
            let responder = try await makeResponder(me)
            let processor = InboxProcessor(
                database: database,
                responder: responder,
                logger: logger,
                newEvents: newEvents,
                newActions: newActions
            )
            var outbox = ChatOutboxSender(
                database: database,
                transport: transport,
                logger: logger,
                newActions: newActions,
                undelivered: newEvents
            )
            outbox.maxInFlight = maxRoomsInFlight
            outbox.mayAct = mayAct
            outbox.initialInFlight = min(outbox.initialInFlight, maxRoomsInFlight)
            let sender = outbox
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await transport.receive(into: database) { newEvents.ring() } }
                group.addTask { try await processor.run() }
                group.addTask { try await sender.run() }
                group.addTask { try await raiseDueEvents(from: responder) { newEvents.ring() } }
                // The first to end (an error, or cancellation at shutdown) ends the others.
                try await group.next()
                group.cancelAll()
            }
        }
    }

    /// Once a second, puts the responder's due events (offer deadlines) into
    /// the inbox, so they are handled in order with chat events, exactly once.
    private func raiseDueEvents(from responder: any Responder, stored: @Sendable () -> Void) async throws {
        while !Task.isCancelled {
            let due = await responder.dueEvents(now: Date(), network: transport.network)
            if !due.isEmpty {
                do {
                    try await database.enqueue(due)
                    stored()
                } catch let error where isDatabaseUnreachable(error) {
                    // Still due after the wait: the same events (the same ids) are raised again.
                    await waitForDatabase(after: error, logger: logger)
                    continue
                }
            }
            try? await Task.sleep(for: .seconds(1))
        }
    }

    /// Signs in, retrying transient failures; nil when cancelled first.
    private func signInPatiently() async throws -> PersonID? {
        var backoff = Backoff(initial: .seconds(1), cap: .seconds(30))
        while !Task.isCancelled {
            do {
                return try await transport.signIn()
            } catch let error as MatrixError where !error.isTransient {
                throw SignInRefused(network: transport.network, underlying: error)
            } catch let error as any ChatConnectionFailure where error.isPermanent {
                // A refused SASL login or an untrusted certificate: say so and stop, never loop.
                throw error
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
