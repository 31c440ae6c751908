import Foundation
import HubStore
import Logging
import ServiceLifecycle
import Synchronization

/// One leader among the instances that share a database. A standby asks for the lead every
/// fifth of the lease; the leader renews it every third, and counts itself leader only until
/// `lease − margin` after the start of its last successful renewal, by its own monotonic clock.
/// That local deadline always comes before the database's (which starts later, at the renewal's
/// execution), so an instance that was paused (SIGSTOP, a stalled VM) stops acting before
/// anyone else may start. Whatever slips through is refused by the store's fenced writes.
public final class LeaderElection: Sendable {
    let store: any LeaderLeaseStore
    /// This instance's name in the leader row.
    public let holder: String
    let lease: Duration
    let logger: Logger
    private let state = Mutex(State())

    struct State {
        var term: Int64?
        var validUntil: ContinuousClock.Instant?
        /// The leader row as last seen (by a standby), for `/readyz`.
        var seen: LeaderRow?
    }

    /// What happens when the leader's services have not ended ``stepDownGrace`` after stepping
    /// down: the process exits (tests replace it).
    let stuckAfterSteppingDown: @Sendable () -> Void

    public init(
        store: any LeaderLeaseStore,
        holder: String,
        lease: Duration,
        logger: Logger,
        stuckAfterSteppingDown: @escaping @Sendable () -> Void = { exit(LeadershipLost.exitCode) }
    ) {
        self.store = store
        self.holder = holder
        self.lease = lease
        self.logger = logger
        self.stuckAfterSteppingDown = stuckAfterSteppingDown
    }

    /// The default instance name: host name and process id.
    public static var defaultHolder: String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }

    var margin: Duration { lease / 5 }

    /// How long the leader's services have to end after stepping down before the process exits.
    static let stepDownGrace = Duration.seconds(10)

    /// Waits as a standby until this instance leads; its term.
    public func waitForLeadership() async throws -> Int64 {
        while true {
            try Task.checkCancellation()
            let started = ContinuousClock.now
            do {
                if let term = try await store.tryToLead(holder: holder, lease: lease) {
                    state.withLock {
                        $0.term = term
                        $0.validUntil = started + lease - margin
                    }
                    logger.notice("leading", metadata: ["leader.term": "\(term)", "leader.holder": "\(holder)"])
                    HubMetrics.leadership(term: term, leading: true)
                    return term
                }
                let row = try await store.leader()
                let previous = state.withLock { state in
                    defer { state.seen = row }
                    return state.seen
                }
                // Said once per leader, not at every poll.
                if previous?.holder != row.holder || previous?.term != row.term {
                    logger.notice(
                        "standby",
                        metadata: ["leader.holder": "\(row.holder)", "leader.term": "\(row.term)"]
                    )
                }
                HubMetrics.leadership(term: row.term, leading: false)
            } catch let error where !(error is CancellationError) {
                logger.warning("cannot reach the shared database to ask for the lead", metadata: ["error": "\(error)"])
            }
            try await Task.sleep(for: lease / 5)
        }
    }

    /// Renews the lease of `term` until it is lost or the task is cancelled: throws
    /// ``LeadershipLost`` when a newer leader took over or when no renewal succeeded in time.
    public func keepLeading(term: Int64) async throws {
        while true {
            try await Task.sleep(for: lease / 3)
            let started = ContinuousClock.now
            let deadline = state.withLock { $0.validUntil } ?? started
            let answer: Bool?
            do {
                // A database that does not answer (down, cut off: the pool waits for a connection)
                // must not keep this instance from stepping down at its deadline.
                answer = try await Self.before(deadline) { [store, holder, lease] in
                    try await store.renewLead(holder: holder, term: term, lease: lease)
                }
            } catch let error where !(error is CancellationError) {
                if ContinuousClock.now >= deadline {
                    throw lost(term, "the lease could not be renewed in time (\(error))")
                }
                logger.warning("renewing the lease failed; trying again", metadata: ["error": "\(error)"])
                continue
            }
            guard let renewed = answer else {
                throw lost(term, "the lease could not be renewed in time (the shared database did not answer)")
            }
            guard renewed else { throw lost(term, "a newer leader took over") }
            // A renewal that returned after the local deadline came too late to count.
            guard ContinuousClock.now < deadline else { throw lost(term, "this instance was paused past its lease") }
            state.withLock { $0.validUntil = started + lease - margin }
            HubMetrics.leaseRenewed()
        }
    }

    /// What `operation` returns, or nil when `deadline` comes first. The operation is then
    /// cancelled but not waited for: a database call stuck on a dead connection must not hold
    /// the caller past its deadline.
    static func before<Value: Sendable>(
        _ deadline: ContinuousClock.Instant,
        _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value? {
        // The first of the two answers wins; the stream ends (nil) when the caller is cancelled.
        let (answers, answer) = AsyncStream.makeStream(
            of: Result<Value?, any Error>.self,
            bufferingPolicy: .bufferingOldest(1)
        )
        let work = Task {
            do { answer.yield(.success(try await operation())) } catch { answer.yield(.failure(error)) }
        }
        let timer = Task {
            try? await Task.sleep(until: deadline)
            answer.yield(.success(nil))
        }
        defer {
            work.cancel()
            timer.cancel()
            answer.finish()
        }
        var first = answers.makeAsyncIterator()
        guard let result = await first.next() else { throw CancellationError() }
        return try result.get()
    }

    private func lost(_ term: Int64, _ reason: String) -> LeadershipLost {
        state.withLock {
            $0.term = nil
            $0.validUntil = nil
        }
        HubMetrics.leadership(term: term, leading: false)
        logger.critical("stepping down", metadata: ["leader.term": "\(term)", "reason": "\(reason)"])
        // The leader's services end now; one stuck in a call to a database that does not answer
        // must not keep the process (which may no longer act) from leaving for its supervisor.
        let (logger, leave) = (logger, stuckAfterSteppingDown)
        Task.detached {
            try? await Task.sleep(for: Self.stepDownGrace)
            logger.critical("the leader's work did not end after stepping down; leaving now")
            leave()
        }
        return LeadershipLost(term: term, reason: reason)
    }

    /// Throws unless this instance leads now by its own clock: asked before every effect outside.
    public func checkLeading() throws {
        let (term, validUntil) = state.withLock { ($0.term, $0.validUntil) }
        guard let term, let validUntil else { throw LeadershipLost(term: nil, reason: "this instance does not lead") }
        guard ContinuousClock.now < validUntil else {
            throw LeadershipLost(term: term, reason: "the lease ran out before it was renewed")
        }
    }

    /// Ends the lease now (a clean shutdown), so a standby takes over without waiting for it.
    public func resign() async {
        guard
            let term = state.withLock({ state -> Int64? in
                defer {
                    state.term = nil
                    state.validUntil = nil
                }
                return state.term
            })
        else { return }
        do {
            try await store.resign(holder: holder, term: term)
            logger.notice("handed over the lead", metadata: ["leader.term": "\(term)"])
        } catch {
            logger.warning("could not hand over the lead; it runs out by itself", metadata: ["error": "\(error)"])
        }
    }

    /// Whether this instance leads, and who does when it does not (for `/readyz`).
    public var status: (leading: Bool, term: Int64?, seen: LeaderRow?) {
        state.withLock { ($0.term != nil, $0.term, $0.seen) }
    }
}

/// This instance no longer leads: it stops acting and exits, and its supervisor starts it again
/// as a standby.
public struct LeadershipLost: Error, CustomStringConvertible, Equatable {
    public var term: Int64?
    public var reason: String

    /// The process's exit status after stepping down (EX_TEMPFAIL): its supervisor starts it again.
    public static let exitCode: Int32 = 75

    public var description: String {
        if let term { "stepped down from leading (term \(term)): \(reason)" } else { "not leading: \(reason)" }
    }
}

/// Runs the leader's services only while this instance leads: as a standby it waits (and the
/// rest of the process, the HTTP listener, keeps answering); once it leads, the services run
/// beside the lease's renewal. A lost lease ends them all with ``LeadershipLost``; a graceful
/// shutdown drains them and hands the lead over.
struct LeaderOnly: Service {
    let election: LeaderElection
    let services: [ServiceGroupConfiguration.ServiceConfiguration]
    let logger: Logger

    func run() async throws {
        let term: Int64
        do {
            term = try await cancelWhenGracefulShutdown { try await election.waitForLeadership() }
        } catch is CancellationError {
            return  // shut down while standing by
        }
        let keeper = LeaseKeeper(election: election, term: term)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services + [.init(service: keeper)],
                logger: logger
            )
        )
        do {
            try await group.run()
        } catch {
            await election.resign()
            throw error
        }
        await election.resign()
    }

    /// Renews the lease while the leader's services run; a lost lease ends the group.
    struct LeaseKeeper: Service {
        let election: LeaderElection
        let term: Int64

        func run() async throws {
            do {
                try await cancelWhenGracefulShutdown { try await election.keepLeading(term: term) }
            } catch is CancellationError {
                // Shut down: the leader's services drain, then the lead is handed over.
            }
        }
    }
}
