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
    let database: any HubStorage
    let logger: Logger
    /// Rung after an event was stored, to wake the inbox processor.
    let stored: @Sendable () -> Void
    var clock: @Sendable () -> Date = Date.init
    var interval: Duration = .seconds(60)

    init(
        schedule: DigestSchedule,
        network: ChatNetwork,
        database: any HubStorage,
        logger: Logger,
        stored: @escaping @Sendable () -> Void
    ) {
        self.schedule = schedule
        self.network = network
        self.database = database
        self.logger = logger
        self.stored = stored
    }

    /// How late after its due moment a start still posts that week's digest (a restart
    /// around the due time).
    static let lateStartGrace: TimeInterval = 3600
    /// Where the scheduler notes, each minute, that HubBot is running.
    static let aliveKey = "digest.alive"

    func run() async throws {
        let started = clock()
        let alive = try? await database.value(for: Self.aliveKey).flatMap(Double.init)
        let previouslyAlive = alive.map { Date(timeIntervalSince1970: $0) }
        await cancelWhenGracefulShutdown {
            var raised: String?
            while !Task.isCancelled {
                raised = await tick(lastRaised: raised, runningSince: started, previouslyAlive: previouslyAlive)
                try? await database.setValue(String(clock().timeIntervalSince1970), for: Self.aliveKey)
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Raises the latest due digest unless this scheduler already did; returns the id of
    /// the last one raised. Raising one the inbox has seen does nothing.
    ///
    /// A week's digest is posted when HubBot was running in that week: at its due moment
    /// (or started shortly after it), or in the seven days before it and down since
    /// (`previouslyAlive`, the last minute an earlier run was seen). A first start, or one
    /// after weeks away, posts nothing for the weeks it missed.
    func tick(lastRaised: String?, runningSince: Date = .distantPast, previouslyAlive: Date? = nil) async -> String? {
        let now = clock()
        let due = schedule.lastDue(atOrBefore: now)
        let ranThen = due >= runningSince.addingTimeInterval(-Self.lateStartGrace)
        let ranThatWeek = previouslyAlive.map { $0 >= due.addingTimeInterval(-7 * 86_400) } ?? false
        guard ranThen || ranThatWeek else { return lastRaised }
        let event = schedule.event(now: now, network: network)
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
