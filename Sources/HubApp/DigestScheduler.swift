import Foundation
import HubCore
import HubStore
import Logging
import ServiceLifecycle

/// Raises the weekly digest: wakes each minute and, once the week's due moment
/// has passed, puts `digest:<ISO week>` into the inbox, where the hub handles it
/// in order with chat events. The inbox stores an id once, so the digest is
/// posted once per week, across restarts too.
struct DigestScheduler: Service {
    let schedule: DigestSchedule
    let network: ChatNetwork
    let database: HubDatabase
    let logger: Logger
    /// Rung after an event was stored, to wake the inbox processor.
    let stored: @Sendable () -> Void
    var clock: @Sendable () -> Date = Date.init
    var interval: Duration = .seconds(60)

    init(
        schedule: DigestSchedule,
        network: ChatNetwork,
        database: HubDatabase,
        logger: Logger,
        stored: @escaping @Sendable () -> Void
    ) {
        self.schedule = schedule
        self.network = network
        self.database = database
        self.logger = logger
        self.stored = stored
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var raised: String?
            while !Task.isCancelled {
                raised = await tick(lastRaised: raised)
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Raises the latest due digest unless this scheduler already did; returns the
    /// id of the last one raised. Raising one the inbox has seen does nothing.
    func tick(lastRaised: String?) async -> String? {
        let event = schedule.event(now: clock(), network: network)
        guard event.id != lastRaised else { return lastRaised }
        do {
            try await database.enqueue([event])
            stored()
            logger.debug("digest raised (the inbox ignores one it has seen)", metadata: ["digest.id": "\(event.id)"])
            return event.id
        } catch {
            logger.warning(
                "cannot raise the digest yet; trying again in a minute",
                metadata: ["digest.id": "\(event.id)", "error": "\(error)"]
            )
            return lastRaised
        }
    }
}
