import Foundation
import HubCore
import HubStore
import Logging
import PostgresNIO

extension PostgresHubDatabase {
    private static let deliveryColumns = """
        SELECT d.attempts, d.first_tried_at, d.next_attempt_at, d.may_have_arrived, d.ticket_id, d.ticket_url,
            r.value FROM deliveries d JOIN records r ON r.kind = 'fault' AND r.key = d.fault_id
        """

    public func dueDeliveries(now: Date, limit: Int) async throws -> [Delivery] {
        let at = now.timeIntervalSince1970
        let limit = Int64(limit)
        return try await deliveries(
            """
            \(unescaped: Self.deliveryColumns)
            WHERE d.status = 'pending' AND d.next_attempt_at <= \(at)
            ORDER BY d.next_attempt_at, d.fault_id COLLATE "C" LIMIT \(limit)
            """
        )
    }

    public func nextDeliveryDue() async throws -> Date? {
        try await read("reading deliveries") { connection in
            try await Self.single(
                connection.query(
                    "SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending'",
                    logger: logger
                ),
                as: Double?.self
            ).flatMap { $0 }.map(Date.init(timeIntervalSince1970:))
        }
    }

    public func deliveriesToPoll(before: Date, limit: Int) async throws -> [Delivery] {
        let at = before.timeIntervalSince1970
        let limit = Int64(limit)
        return try await deliveries(
            """
            \(unescaped: Self.deliveryColumns)
            WHERE d.status = 'delivered' AND d.ticket_id IS NOT NULL AND COALESCE(d.polled_at, 0) < \(at)
            ORDER BY COALESCE(d.polled_at, 0) LIMIT \(limit)
            """
        )
    }

    public func delivery(of faultID: String) async throws -> Delivery? {
        try await deliveries("\(unescaped: Self.deliveryColumns) WHERE d.fault_id = \(faultID)").first
    }

    private func deliveries(_ query: PostgresQuery) async throws -> [Delivery] {
        let rows = try await read("reading deliveries") { connection in
            var rows: [(Int64, Double?, Double, Bool, String?, String?, Data)] = []
            for try await row in try await connection.query(query, logger: logger).decode(
                (Int64, Double?, Double, Bool, String?, String?, Data).self
            ) {
                rows.append(row)
            }
            return rows
        }
        let decoder = JSONDecoder()
        return try rows.map { attempts, firstTried, next, mayHaveArrived, ticketID, ticketURL, fault in
            Delivery(
                fault: try decoder.decode(HygieneFault.self, from: fault),
                attempts: Int(attempts),
                firstTriedAt: firstTried.map(Date.init(timeIntervalSince1970:)),
                nextAttemptAt: Date(timeIntervalSince1970: next),
                mayHaveArrived: mayHaveArrived,
                ticket: ticketID.map { TicketReceipt(id: $0, url: ticketURL) }
            )
        }
    }

    public func recordDelivered(_ faultID: String, ticket: TicketReceipt, news: ChatEvent, now: Date) async throws {
        let encoded = try JSONEncoder().encode(news)
        let at = now.timeIntervalSince1970
        try await transaction("recording a delivered fault", fenced: true) { connection in
            try await connection.query(
                """
                UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, ticket_id = \(ticket.id),
                    ticket_url = \(ticket.url), last_error = NULL, first_tried_at = COALESCE(first_tried_at, \(at))
                WHERE fault_id = \(faultID)
                """,
                logger: logger
            )
            try await insertInbox(news, encoded: encoded, connection: connection)
        }
    }

    public func reschedule(
        _ faultID: String,
        at date: Date,
        error: String,
        mayHaveArrived: Bool,
        countsAsAttempt: Bool,
        now: Date
    ) async throws {
        let attempts: Int64 = countsAsAttempt ? 1 : 0
        let next = date.timeIntervalSince1970
        // A try that was not made (the breaker held it) does not start the horizon.
        let tried: Double? = countsAsAttempt ? now.timeIntervalSince1970 : nil
        try await transaction("rescheduling a delivery", fenced: true) { connection in
            try await connection.query(
                """
                UPDATE deliveries SET attempts = attempts + \(attempts), next_attempt_at = \(next),
                    last_error = \(error), may_have_arrived = may_have_arrived OR \(mayHaveArrived),
                    first_tried_at = COALESCE(first_tried_at, \(tried))
                WHERE fault_id = \(faultID)
                """,
                logger: logger
            )
        }
    }

    public func noteMayHaveArrived(_ faultID: String) async throws {
        try await transaction("noting a delivery attempt", fenced: true) { connection in
            try await connection.query(
                "UPDATE deliveries SET may_have_arrived = TRUE WHERE fault_id = \(faultID)",
                logger: logger
            )
        }
    }

    public func expeditePending(now: Date) async throws {
        let at = now.timeIntervalSince1970
        try await transaction("expediting deliveries", fenced: true) { connection in
            try await connection.query(
                "UPDATE deliveries SET next_attempt_at = \(at) WHERE status = 'pending' AND next_attempt_at > \(at)",
                logger: logger
            )
        }
    }

    public func hold(_ faultIDs: [String], until: Date, reason: String) async throws {
        let at = until.timeIntervalSince1970
        try await transaction("holding deliveries", fenced: true) { connection in
            try await connection.query(
                """
                UPDATE deliveries SET next_attempt_at = \(at), last_error = \(reason)
                WHERE fault_id = ANY(\(faultIDs)) AND status = 'pending'
                """,
                logger: logger
            )
        }
    }

    public func recordDead(_ faultID: String, reason: String, news: ChatEvent) async throws {
        let encoded = try JSONEncoder().encode(news)
        try await transaction("recording a dead delivery", fenced: true) { connection in
            try await connection.query(
                """
                UPDATE deliveries SET status = 'dead', attempts = attempts + 1, last_error = \(reason)
                WHERE fault_id = \(faultID)
                """,
                logger: logger
            )
            try await insertInbox(news, encoded: encoded, connection: connection)
        }
    }

    public func recordPolled(_ faultID: String, at date: Date, closedNews: ChatEvent?) async throws {
        let encoded = try closedNews.map { ($0, try JSONEncoder().encode($0)) }
        let status = closedNews == nil ? "delivered" : "closed"
        let at = date.timeIntervalSince1970
        try await transaction("recording a ticket poll", fenced: true) { connection in
            try await connection.query(
                "UPDATE deliveries SET polled_at = \(at), status = \(status) WHERE fault_id = \(faultID)",
                logger: logger
            )
            if let (news, data) = encoded { try await insertInbox(news, encoded: data, connection: connection) }
        }
    }

    public func deliveryCounts() async throws -> DeliveryCounts {
        try await read("counting deliveries") { connection in
            var counts = DeliveryCounts()
            for try await (status, count, oldest) in try await connection.query(
                "SELECT status, COUNT(*), MIN(created_at) FROM deliveries GROUP BY status",
                logger: logger
            ).decode((String, Int64, Double?).self) {
                switch status {
                case "pending":
                    counts.pending = Int(count)
                    counts.oldestPending = oldest.map(Date.init(timeIntervalSince1970:))
                case "dead": counts.dead = Int(count)
                default: counts.delivered += Int(count)
                }
            }
            return counts
        }
    }

    public func deliveryStatus(_ faultID: String) async throws -> String? {
        try await read("reading a delivery") { connection in
            try await Self.single(
                connection.query("SELECT status FROM deliveries WHERE fault_id = \(faultID)", logger: logger),
                as: String.self
            )
        }
    }
}
