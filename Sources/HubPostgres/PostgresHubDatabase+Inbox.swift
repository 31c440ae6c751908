import Foundation
import HubCore
import HubStore
import Logging
import PostgresNIO

extension PostgresHubDatabase {
    public func append(_ events: [ChatEvent], cursor: String, network: ChatNetwork) async throws {
        let encoder = JSONEncoder()
        let encoded = try events.map { ($0, try encoder.encode($0)) }
        try await transaction("storing a \(network) batch", fenced: true) { connection in
            for (event, data) in encoded { try await insertInbox(event, encoded: data, connection: connection) }
            try await Self.setState(network.cursorKey, cursor, connection: connection, logger: logger)
        }
    }

    public func pendingInbox(limit: Int) async throws -> [InboxEntry] {
        let rows = try await read("reading the inbox") { connection in
            var rows: [(Int64, Data, Int64)] = []
            let limit = Int64(limit)
            for try await row in try await connection.query(
                "SELECT id, event, attempts FROM inbox WHERE status = 'pending' ORDER BY id LIMIT \(limit)",
                logger: logger
            ).decode((Int64, Data, Int64).self) {
                rows.append(row)
            }
            return rows
        }
        let decoder = JSONDecoder()
        return try rows.map { id, event, attempts in
            InboxEntry(id: id, event: try decoder.decode(ChatEvent.self, from: event), attempts: Int(attempts))
        }
    }

    public func complete(
        _ entry: InboxEntry,
        producing actions: [ChatAction],
        records: [HubRecord],
        now: Date
    ) async throws {
        let encoder = JSONEncoder()
        let encoded = try actions.map { try encoder.encode($0) }
        let transactionIDs = actions.map { _ in makeTransactionID() }
        let stored = try records.map { ($0.kind, $0.key, try HubDatabase.encode($0, with: encoder)) }
        let at = now.timeIntervalSince1970
        let network = entry.event.network.rawValue
        let cause = entry.event.id
        try await transaction("committing a handled event", fenced: true) { connection in
            for (index, action) in encoded.enumerated() {
                let position = Int64(index)
                let transactionID = transactionIDs[index]
                let correlation = actions[index].correlation
                let room = actions[index].room.rawValue
                try await connection.query(
                    """
                    INSERT INTO outbox
                        (network, cause_id, position, transaction_id, action, created_at, not_before, correlation, room)
                    VALUES (\(network), \(cause), \(position), \(transactionID), \(action), \(at), \(at),
                        \(correlation), \(room))
                    ON CONFLICT DO NOTHING
                    """,
                    logger: logger
                )
            }
            for (kind, key, value) in stored {
                try await connection.query(
                    """
                    INSERT INTO records (kind, key, value, updated_at) VALUES (\(kind), \(key), \(value), \(at))
                    ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                    """,
                    logger: logger
                )
            }
            for faultID in records.compactMap(\.faultToDeliver) {
                try await connection.query(
                    """
                    INSERT INTO deliveries (fault_id, created_at, next_attempt_at) VALUES (\(faultID), \(at), \(at))
                    ON CONFLICT DO NOTHING
                    """,
                    logger: logger
                )
            }
            try await connection.query("UPDATE inbox SET status = 'done' WHERE id = \(entry.id)", logger: logger)
        }
    }

    public func enqueue(_ events: [ChatEvent]) async throws {
        let encoder = JSONEncoder()
        let encoded = try events.map { ($0, try encoder.encode($0)) }
        try await transaction("adding to the inbox") { connection in
            for (event, data) in encoded { try await insertInbox(event, encoded: data, connection: connection) }
        }
    }

    func insertInbox(_ event: ChatEvent, encoded: Data, connection: PostgresConnection) async throws {
        let network = event.network.rawValue
        let id = event.id
        let at = Date().timeIntervalSince1970
        try await connection.query(
            """
            INSERT INTO inbox (network, event_id, event, received_at) VALUES (\(network), \(id), \(encoded), \(at))
            ON CONFLICT DO NOTHING
            """,
            logger: logger
        )
    }

    @discardableResult
    public func recordFailure(_ entry: InboxEntry, error: String, maxAttempts: Int) async throws -> Bool {
        let (attempts, quarantined) = entry.afterFailure(maxAttempts: maxAttempts)
        let (count, status) = (Int64(attempts), quarantined ? "quarantined" : "pending")
        try await transaction("recording a failed event", fenced: true) { connection in
            try await connection.query(
                "UPDATE inbox SET attempts = \(count), status = \(status), last_error = \(error) WHERE id = \(entry.id)",
                logger: logger
            )
        }
        return quarantined
    }

    @discardableResult
    public func pruneHandled(before date: Date) async throws -> (inbox: Int, outbox: Int) {
        let before = date.timeIntervalSince1970
        return try await transaction("pruning handled events", fenced: true) { connection in
            let inbox = try await Self.count(
                connection.query(
                    """
                    WITH gone AS (DELETE FROM inbox WHERE status = 'done' AND received_at < \(before) RETURNING 1)
                    SELECT COUNT(*) FROM gone
                    """,
                    logger: logger
                )
            )
            let outbox = try await Self.count(
                connection.query(
                    """
                    WITH gone AS (DELETE FROM outbox WHERE status = 'sent' AND correlation IS NULL
                        AND created_at < \(before) RETURNING 1)
                    SELECT COUNT(*) FROM gone
                    """,
                    logger: logger
                )
            )
            return (inbox, outbox)
        }
    }

    /// The one number a `SELECT COUNT(*)` (or any one-integer query) returns.
    static func count(_ rows: PostgresRowSequence) async throws -> Int {
        Int(try await single(rows, as: Int64?.self).flatMap { $0 } ?? 0)
    }

    /// The one value a query returns (its one column of its one row); nil when it returns no row.
    static func single<Value: PostgresDecodable & Sendable>(_ rows: PostgresRowSequence, as type: Value.Type)
        async throws
        -> Value?
    {
        var value: Value?
        // Read to the end: the connection is free for the next query only then.
        for try await found in rows.decode(Value.self) { value = found }
        return value
    }
}
