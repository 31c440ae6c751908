import Foundation
import HubCore
import HubStore
import Logging
import Synchronization

/// Sends the chat outbox of one network, each action with the transaction id
/// it got when queued. Rooms are lanes: a room's actions go out in order, one
/// at a time, while as many rooms as the server takes are served at once (a
/// ``SendWindow`` up to `maxInFlight`), so one busy or rate-limited room does
/// not hold back the others. Rate limits wait as long as the server asks and
/// never drop; network errors and 5xx back off with jitter; other refusals are
/// logged with the room and dropped.
struct ChatOutboxSender {
    let database: any HubStorage
    let transport: any ChatTransport
    let logger: Logger
    let newActions: Doorbell
    /// Rung when a given-up message was reported to the inbox (for the admins).
    let undelivered: Doorbell?
    var clock: @Sendable () -> Date = Date.init
    /// The most rooms in flight at once (the window's ceiling).
    var maxInFlight = 64
    /// Rooms in flight at the start, before the window has learnt what the server takes.
    var initialInFlight = 8
    /// Asked right before each action leaves: throws when this instance may no longer act (a
    /// leader whose lease ran out); the action then stays queued for the next leader.
    var mayAct: @Sendable () throws -> Void = {}

    init(
        database: any HubStorage,
        transport: any ChatTransport,
        logger: Logger,
        newActions: Doorbell,
        undelivered: Doorbell? = nil
    ) {
        self.undelivered = undelivered
        self.database = database
        self.transport = transport
        self.logger = logger
        self.newActions = newActions
    }

    /// What the lanes share while sending.
    private final class Lanes: Sendable {
        let busy = Mutex<Set<String>>([])
        let window: Mutex<SendWindow>
        let backoff = Mutex(Backoff(initial: .milliseconds(500), cap: .seconds(60)))
        /// When a sleeper will wake the loop for a postponed action, if one is waiting.
        let wakeAt = Mutex<Date?>(nil)

        init(window: SendWindow) { self.window = Mutex(window) }
    }

    func run() async throws {
        let lanes = Lanes(window: SendWindow(initial: initialInFlight, ceiling: maxInFlight))
        let (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask {
                for await _ in newActions.rings { wake.yield() }
                wake.finish()
            }
            wake.yield()
            for await _ in wakeups {
                if Task.isCancelled { break }
                let busy = lanes.busy.withLock { $0 }
                let free = lanes.window.withLock { $0.permits } - busy.count
                guard free > 0 else { continue }
                let heads: [OutboxEntry]
                do {
                    heads = try await database.outboxHeads(network: transport.network, busy: busy, limit: free)
                } catch let error where isDatabaseUnreachable(error) {
                    await waitForDatabase(after: error, logger: logger)
                    wake.yield()
                    continue
                }
                let now = clock()
                var earliest: Date?
                for entry in heads {
                    if entry.notBefore > now {
                        earliest = min(earliest ?? entry.notBefore, entry.notBefore)
                        continue
                    }
                    lanes.busy.withLock { _ = $0.insert(entry.lane) }
                    group.addTask {
                        defer {
                            lanes.busy.withLock { _ = $0.remove(entry.lane) }
                            wake.yield()
                        }
                        var backoff = lanes.backoff.withLock { $0 }
                        let started = ContinuousClock.now
                        let outcome: SendOutcome
                        do {
                            outcome = try await send(entry, backoff: &backoff)
                        } catch let error where isDatabaseUnreachable(error) {
                            // The action stays queued (a message the homeserver already has keeps
                            // its transaction id); its lane is tried again once the database answers.
                            await waitForDatabase(after: error, logger: logger)
                            return
                        }
                        lanes.backoff.withLock { $0 = backoff }
                        let inFlight = lanes.busy.withLock { $0.count }
                        let permits = lanes.window.withLock { window in
                            switch outcome {
                            case .answered: window.answered(after: .now - started, inFlight: inFlight)
                            case .postponed: window.postponed()
                            }
                            return window.permits
                        }
                        HubMetrics.sendWindow(transport.network, permits)
                    }
                }
                if let earliest { scheduleWake(at: earliest, lanes: lanes, wake: wake, group: &group) }
            }
            group.cancelAll()
        }
    }

    /// Wakes the loop when the earliest postponed action is due (one sleeper at a time).
    private func scheduleWake(
        at date: Date,
        lanes: Lanes,
        wake: AsyncStream<Void>.Continuation,
        group: inout ThrowingDiscardingTaskGroup<any Error>
    ) {
        let sooner = lanes.wakeAt.withLock { current -> Bool in
            guard current.map({ date < $0 }) ?? true else { return false }
            current = date
            return true
        }
        guard sooner else { return }
        let clock = clock
        group.addTask {
            let wait = date.timeIntervalSince(clock())
            if wait > 0 { try? await Task.sleep(for: .milliseconds(Int64(wait * 1000) + 1)) }
            lanes.wakeAt.withLock { if $0 == date { $0 = nil } }
            wake.yield()
        }
    }

    /// The inbox event telling the admins that `entry` was given up, for messages
    /// and introductions; nil for other actions and for such notices themselves.
    static func deliveryFailure(_ entry: OutboxEntry, reason: String, now: Date) -> ChatEvent? {
        let beginning: String
        switch entry.action {
        case .send(let message) where message.correlation != Hub.deliveryFailureCorrelation:
            beginning = message.text
        case .sendDirect(let message) where message.correlation != Hub.deliveryFailureCorrelation:
            beginning = message.text
        case .openRoom(let plan, _):
            beginning = "an introduction room: " + plan.name
        default:
            return nil
        }
        return ChatEvent(
            id: "undelivered:\(entry.transactionID)",
            network: entry.network,
            room: entry.action.room,
            sender: PersonID("hubbot:outbox"),
            kind: .deliveryFailed(room: entry.action.room, reason: reason, beginning: String(beginning.prefix(200))),
            sentAt: now
        )
    }

    /// What a send told about the server's load.
    enum SendOutcome { case answered, postponed }

    @discardableResult
    func send(_ entry: OutboxEntry, backoff: inout Backoff) async throws -> SendOutcome {
        let metadata: Logger.Metadata = [
            "chat.room_id": "\(entry.action.room)", "chat.transaction_id": "\(entry.transactionID)",
        ]
        try mayAct()
        do {
            let created = try await transport.perform(entry.action, transactionID: entry.transactionID)
            try await database.markSent(entry, resultID: entry.action.correlation == nil ? nil : created)
            backoff.reset()
            switch entry.action {
            case .send, .sendDirect: HubMetrics.messageOut(entry.network)
            default: break
            }
            return .answered
        } catch let failure as ChatActionFailure {
            switch failure.disposition {
            case .retry(let after):
                let delay = after ?? backoff.nextDelay()
                logger.notice(
                    "sending postponed",
                    metadata: metadata.merging(["error": "\(failure)", "retry.in": "\(delay)"]) { $1 }
                )
                let seconds = Double(delay.nanoseconds) / 1e9
                try await database.postpone(entry, until: clock().addingTimeInterval(seconds), error: failure.message)
                return .postponed
            case .drop:
                logger.error(
                    "the chat server refused a message; dropped",
                    metadata: metadata.merging(["error": "\(failure)"]) { $1 }
                )
                // Never given up silently: the admins hear of it (unless this was such a notice itself).
                let news = Self.deliveryFailure(entry, reason: failure.message, now: clock())
                try await database.markFailed(entry, error: failure.message, news: news)
                if news != nil { undelivered?.ring() }
                return .answered
            case .stop:
                logger.critical("sending stopped", metadata: metadata.merging(["error": "\(failure)"]) { $1 })
                throw failure
            }
        }
    }
}
