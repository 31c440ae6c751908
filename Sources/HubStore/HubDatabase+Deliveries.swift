import Foundation
import GRDB
import HubCore

/// A fault on its way to the ticket system.
public struct Delivery: Sendable, Equatable {
    public var fault: HygieneFault
    public var attempts: Int
    public var firstTriedAt: Date?
    public var nextAttemptAt: Date
    /// An earlier try may have reached the ticket system (the answer was lost):
    /// look for the ticket before creating another.
    public var mayHaveArrived: Bool
    public var ticket: TicketReceipt?

    public init(
        fault: HygieneFault,
        attempts: Int,
        firstTriedAt: Date?,
        nextAttemptAt: Date,
        mayHaveArrived: Bool,
        ticket: TicketReceipt?
    ) {
        self.fault = fault
        self.attempts = attempts
        self.firstTriedAt = firstTriedAt
        self.nextAttemptAt = nextAttemptAt
        self.mayHaveArrived = mayHaveArrived
        self.ticket = ticket
    }
}

/// Where deliveries stand, for health and metrics.
public struct DeliveryCounts: Sendable, Equatable {
    public var pending = 0
    public var delivered = 0
    public var dead = 0
    /// The oldest undelivered fault's creation time.
    public var oldestPending: Date?

    public init() {}
}

extension HubDatabase {
    /// Pending deliveries due by `now`, oldest first, with their faults.
    public func dueDeliveries(now: Date, limit: Int) async throws -> [Delivery] {
        try await deliveries(
            sql: """
                SELECT d.*, r.value AS fault FROM deliveries d JOIN records r ON r.kind = 'fault' AND r.key = d.faultID
                WHERE d.status = 'pending' AND d.nextAttemptAt <= ? ORDER BY d.nextAttemptAt, d.faultID LIMIT ?
                """,
            arguments: [now.timeIntervalSince1970, limit]
        )
    }

    /// When the next pending delivery is due, if any.
    public func nextDeliveryDue() async throws -> Date? {
        try await writer.read { db in
            try Double.fetchOne(
                db.cachedStatement(sql: "SELECT MIN(nextAttemptAt) FROM deliveries WHERE status = 'pending'")
            )
            .map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// Delivered tickets to ask about (not closed yet, not asked since `before`).
    public func deliveriesToPoll(before: Date, limit: Int) async throws -> [Delivery] {
        try await deliveries(
            sql: """
                SELECT d.*, r.value AS fault FROM deliveries d JOIN records r ON r.kind = 'fault' AND r.key = d.faultID
                WHERE d.status = 'delivered' AND d.ticketID IS NOT NULL AND COALESCE(d.polledAt, 0) < ?
                ORDER BY COALESCE(d.polledAt, 0) LIMIT ?
                """,
            arguments: [before.timeIntervalSince1970, limit]
        )
    }

    /// The delivery of one fault, if it has one.
    public func delivery(of faultID: String) async throws -> Delivery? {
        try await deliveries(
            sql: """
                SELECT d.*, r.value AS fault FROM deliveries d JOIN records r ON r.kind = 'fault' AND r.key = d.faultID
                WHERE d.faultID = ?
                """,
            arguments: [faultID]
        ).first
    }

    private func deliveries(sql: String, arguments: StatementArguments) async throws -> [Delivery] {
        try await writer.read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { row in
                let faultData: Data = row["fault"]
                let ticketID: String? = row["ticketID"]
                let firstTried: Double? = row["firstTriedAt"]
                return Delivery(
                    fault: try decoder.decode(HygieneFault.self, from: faultData),
                    attempts: row["attempts"],
                    firstTriedAt: firstTried.map(Date.init(timeIntervalSince1970:)),
                    nextAttemptAt: Date(timeIntervalSince1970: row["nextAttemptAt"]),
                    mayHaveArrived: row["mayHaveArrived"],
                    ticket: ticketID.map { TicketReceipt(id: $0, url: row["ticketURL"]) }
                )
            }
        }
    }

    /// The ticket exists: the delivery is done, and the hub hears the news in the
    /// same transaction (as an inbox event, handled once).
    public func recordDelivered(_ faultID: String, ticket: TicketReceipt, news: ChatEvent, now: Date) async throws {
        let encoded = try JSONEncoder().encode(news)
        try await writer.write { db in
            try db.execute(
                cached: """
                    UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, ticketID = ?, ticketURL = ?,
                        lastError = NULL, firstTriedAt = COALESCE(firstTriedAt, ?) WHERE faultID = ?
                    """,
                arguments: [ticket.id, ticket.url, now.timeIntervalSince1970, faultID]
            )
            try Self.insertInbox(news, encoded: encoded, db: db)
        }
    }

    /// Another try later. `mayHaveArrived`: the request may have reached the ticket system.
    public func reschedule(
        _ faultID: String,
        at date: Date,
        error: String,
        mayHaveArrived: Bool,
        countsAsAttempt: Bool,
        now: Date
    ) async throws {
        try await writer.write { db in
            try db.execute(
                cached: """
                    UPDATE deliveries SET attempts = attempts + ?, nextAttemptAt = ?, lastError = ?,
                        mayHaveArrived = MAX(mayHaveArrived, ?), firstTriedAt = COALESCE(firstTriedAt, ?)
                    WHERE faultID = ?
                    """,
                arguments: [
                    countsAsAttempt ? 1 : 0, date.timeIntervalSince1970, error, mayHaveArrived ? 1 : 0,
                    // A try that was not made (the breaker held it) does not start the horizon.
                    countsAsAttempt ? now.timeIntervalSince1970 : nil, faultID,
                ]
            )
        }
    }

    /// A request for this fault is about to leave: until it is answered, a ticket may exist.
    public func noteMayHaveArrived(_ faultID: String) async throws {
        try await writer.write { db in
            try db.execute(cached: "UPDATE deliveries SET mayHaveArrived = 1 WHERE faultID = ?", arguments: [faultID])
        }
    }

    /// Makes every pending delivery due now (an endpoint recovered).
    public func expeditePending(now: Date) async throws {
        try await writer.write { db in
            try db.execute(
                cached: "UPDATE deliveries SET nextAttemptAt = ? WHERE status = 'pending' AND nextAttemptAt > ?",
                arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970]
            )
        }
    }

    /// Makes pending deliveries wait until `until` without counting a try (an open circuit).
    public func hold(_ faultIDs: [String], until: Date, reason: String) async throws {
        try await writer.write { db in
            for id in faultIDs {
                try db.execute(
                    cached:
                        "UPDATE deliveries SET nextAttemptAt = ?, lastError = ? WHERE faultID = ? AND status = 'pending'",
                    arguments: [until.timeIntervalSince1970, reason, id]
                )
            }
        }
    }

    /// Gives up on a delivery (kept as a dead letter), telling the hub in the same transaction.
    public func recordDead(_ faultID: String, reason: String, news: ChatEvent) async throws {
        let encoded = try JSONEncoder().encode(news)
        try await writer.write { db in
            try db.execute(
                cached:
                    "UPDATE deliveries SET status = 'dead', attempts = attempts + 1, lastError = ? WHERE faultID = ?",
                arguments: [reason, faultID]
            )
            try Self.insertInbox(news, encoded: encoded, db: db)
        }
    }

    /// The ticket was asked about; `closedNews` when it is closed.
    public func recordPolled(_ faultID: String, at date: Date, closedNews: ChatEvent?) async throws {
        let encoded = try closedNews.map { try JSONEncoder().encode($0) }
        try await writer.write { db in
            let status = closedNews == nil ? "delivered" : "closed"
            try db.execute(
                cached: "UPDATE deliveries SET polledAt = ?, status = ? WHERE faultID = ?",
                arguments: [date.timeIntervalSince1970, status, faultID]
            )
            if let closedNews, let encoded { try Self.insertInbox(closedNews, encoded: encoded, db: db) }
        }
    }

    public func deliveryCounts() async throws -> DeliveryCounts {
        try await writer.read { db in
            var counts = DeliveryCounts()
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status")
            ) {
                let status: String = row["status"]
                let count: Int = row["n"]
                switch status {
                case "pending": counts.pending = count
                case "dead": counts.dead = count
                default: counts.delivered += count
                }
            }
            counts.oldestPending = try Double.fetchOne(
                db.cachedStatement(sql: "SELECT MIN(createdAt) FROM deliveries WHERE status = 'pending'")
            ).map(Date.init(timeIntervalSince1970:))
            return counts
        }
    }
}

extension HubDatabase {
    /// pending, delivered, closed or dead; nil when the fault has no delivery.
    public func deliveryStatus(_ faultID: String) async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(
                db.cachedStatement(sql: "SELECT status FROM deliveries WHERE faultID = ?"),
                arguments: [faultID]
            )
        }
    }
}
