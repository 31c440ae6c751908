import Foundation
import HubCore

/// Everything HubBot keeps durably: the chat inbox with each network's sync position, the chat
/// outbox, the hub's records, ticket deliveries and small named state (which holds the Matrix
/// crypto state). Two implementations keep the same promises and pass the same test suite:
/// ``HubDatabase`` (SQLite, the embedded default) and `PostgresHubDatabase` (shared by
/// instances that elect a leader).
///
/// Writes with an effect outside HubBot (moving a sync position, committing a handled event,
/// marking a reply sent, recording a delivery attempt) may be *fenced*: a store that belongs to
/// a leader refuses them with ``HubStorageError/notLeader(term:current:holder:)`` once a newer
/// leader exists. Adding work to the inbox (``enqueue(_:)``) is never fenced: any process may
/// leave work for whoever leads.
public protocol HubStorage: ChatInbox, StateStore {
    // Inbox.
    /// The oldest events still to handle, in arrival order.
    func pendingInbox(limit: Int) async throws -> [InboxEntry]
    /// Marks the event handled and queues what handling it produced, with the hub records it
    /// changed and the ticket deliveries of new faults, in one transaction (idempotent).
    func complete(_ entry: InboxEntry, producing actions: [ChatAction], records: [HubRecord], now: Date) async throws
    /// Adds events HubBot makes itself to the inbox, once each; does not move a cursor.
    func enqueue(_ events: [ChatEvent]) async throws
    /// Records a failed attempt; true when the event was quarantined after `maxAttempts`.
    @discardableResult
    func recordFailure(_ entry: InboxEntry, error: String, maxAttempts: Int) async throws -> Bool
    /// Removes handled events and sent messages older than `date` (see ``HubDatabase/handledRetention``).
    @discardableResult
    func pruneHandled(before date: Date) async throws -> (inbox: Int, outbox: Int)

    // Outbox.
    /// The oldest pending action of the network, due or not.
    func nextOutbox(network: ChatNetwork) async throws -> OutboxEntry?
    /// The oldest pending action of each room, oldest first, leaving out rooms in `busy`.
    func outboxHeads(network: ChatNetwork, busy: Set<String>, limit: Int) async throws -> [OutboxEntry]
    func markSent(_ entry: OutboxEntry, resultID: String?) async throws
    /// The correlation (`offer:12`) of the message HubBot sent as `eventID`, if it had one.
    func correlation(ofSent eventID: String) async throws -> String?
    func markFailed(_ entry: OutboxEntry, error: String, news: ChatEvent?) async throws
    func postpone(_ entry: OutboxEntry, until: Date, error: String) async throws
    func depths() async throws -> QueueDepths

    // Hub records.
    /// Every stored hub record, to rebuild the hub at start.
    func hubRecords() async throws -> [HubRecord]

    // Ticket deliveries.
    func dueDeliveries(now: Date, limit: Int) async throws -> [Delivery]
    func nextDeliveryDue() async throws -> Date?
    func deliveriesToPoll(before: Date, limit: Int) async throws -> [Delivery]
    func delivery(of faultID: String) async throws -> Delivery?
    func recordDelivered(_ faultID: String, ticket: TicketReceipt, news: ChatEvent, now: Date) async throws
    func reschedule(
        _ faultID: String,
        at date: Date,
        error: String,
        mayHaveArrived: Bool,
        countsAsAttempt: Bool,
        now: Date
    ) async throws
    func noteMayHaveArrived(_ faultID: String) async throws
    func expeditePending(now: Date) async throws
    func hold(_ faultIDs: [String], until: Date, reason: String) async throws
    func recordDead(_ faultID: String, reason: String, news: ChatEvent) async throws
    func recordPolled(_ faultID: String, at date: Date, closedNews: ChatEvent?) async throws
    func deliveryCounts() async throws -> DeliveryCounts
    /// pending, delivered, closed or dead; nil when the fault has no delivery.
    func deliveryStatus(_ faultID: String) async throws -> String?
}

extension HubStorage {
    /// Where the network's intake stopped: kept in the state, written with each batch by ``append(_:cursor:network:)``.
    public func cursor(for network: ChatNetwork) async throws -> String? {
        try await value(for: network.cursorKey)
    }

    public func pendingInbox() async throws -> [InboxEntry] { try await pendingInbox(limit: 50) }

    public func complete(_ entry: InboxEntry, producing actions: [ChatAction], now: Date) async throws {
        try await complete(entry, producing: actions, records: [], now: now)
    }

    public func outboxHeads(network: ChatNetwork, limit: Int) async throws -> [OutboxEntry] {
        try await outboxHeads(network: network, busy: [], limit: limit)
    }

    public func markSent(_ entry: OutboxEntry) async throws { try await markSent(entry, resultID: nil) }

    public func markFailed(_ entry: OutboxEntry, error: String) async throws {
        try await markFailed(entry, error: error, news: nil)
    }

    public func dueDeliveries(now: Date) async throws -> [Delivery] { try await dueDeliveries(now: now, limit: 20) }

    public func deliveriesToPoll(before: Date) async throws -> [Delivery] {
        try await deliveriesToPoll(before: before, limit: 20)
    }

    public func reschedule(_ faultID: String, at date: Date, error: String, mayHaveArrived: Bool, now: Date)
        async throws
    {
        try await reschedule(
            faultID,
            at: date,
            error: error,
            mayHaveArrived: mayHaveArrived,
            countsAsAttempt: true,
            now: now
        )
    }

    /// How the hub served people over `[since, until)`, from the stored records:
    /// what `hubbot report` prints. Only reads.
    public func report(since: Date, until: Date) async throws -> HubReport {
        HubReport(records: try await hubRecords(), since: since, until: until)
    }
}

// What every store decides the same way, whatever its SQL.

extension ChatNetwork {
    /// The state key of the network's sync position.
    public var cursorKey: String { "\(rawValue).cursor" }
}

extension HubRecord {
    /// The id of a fault reported just now: it is queued for the ticket system in the transaction
    /// that records it. Nil for any other record (a fault already on its way, a request…).
    public var faultToDeliver: String? {
        guard case .fault(let fault) = self, fault.state == .reported else { return nil }
        return fault.id
    }
}

extension InboxEntry {
    /// The entry's attempts after one more failure, and whether it is then quarantined (kept,
    /// never retried) so that one bad event cannot stop the hub.
    public func afterFailure(maxAttempts: Int) -> (attempts: Int, quarantined: Bool) {
        (attempts + 1, attempts + 1 >= maxAttempts)
    }
}

/// An error of a store that could not reach its database (a server down, restarting or cut
/// off). The same operation may succeed later: the leader's services wait and try again
/// instead of stopping (and an instance that cannot renew its lease steps down by itself).
public protocol DatabaseReachability: Error {
    var isUnreachable: Bool { get }
}

/// Whether `error` says the database could not be reached (and trying again later may work).
public func isDatabaseUnreachable(_ error: any Error) -> Bool {
    (error as? any DatabaseReachability)?.isUnreachable == true
}

/// A write refused by the store.
public enum HubStorageError: Error, CustomStringConvertible, Equatable {
    /// This instance's leadership ended: a newer leader (`current`) exists, or none was held.
    case notLeader(term: Int64?, current: Int64, holder: String)

    public var description: String {
        switch self {
        case .notLeader(let term, let current, let holder):
            if let term {
                "refused: this instance led in term \(term), but \(holder) leads now (term \(current))"
            } else {
                "refused: this instance does not lead (\(holder) leads, term \(current))"
            }
        }
    }
}
