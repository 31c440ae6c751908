import Foundation
import HubCore
import HubStore
import Logging
import PostgresNIO

extension PostgresHubDatabase {
    public func nextOutbox(network: ChatNetwork) async throws -> OutboxEntry? {
        try await outboxHeads(network: network, busy: [], limit: 1, lanes: false).first
    }

    public func outboxHeads(network: ChatNetwork, busy: Set<String>, limit: Int) async throws -> [OutboxEntry] {
        try await outboxHeads(network: network, busy: busy, limit: limit, lanes: true)
    }

    /// With `lanes`, the oldest pending action of each room; without, the oldest of the network.
    private func outboxHeads(network: ChatNetwork, busy: Set<String>, limit: Int, lanes: Bool) async throws
        -> [OutboxEntry]
    {
        let name = network.rawValue
        let count = Int64(limit + busy.count)
        let rows = try await read("reading the outbox") { connection in
            let query: PostgresQuery =
                lanes
                ? """
                SELECT id, transaction_id, action, attempts, not_before, room FROM outbox
                WHERE id IN (SELECT MIN(id) FROM outbox WHERE status = 'pending' AND network = \(name) GROUP BY room)
                ORDER BY id LIMIT \(count)
                """
                : """
                SELECT id, transaction_id, action, attempts, not_before, room FROM outbox
                WHERE status = 'pending' AND network = \(name) ORDER BY id LIMIT \(count)
                """
            var rows: [(Int64, String, Data, Int64, Double, String)] = []
            for try await row in try await connection.query(query, logger: logger).decode(
                (Int64, String, Data, Int64, Double, String).self
            ) {
                rows.append(row)
            }
            return rows
        }
        let decoder = JSONDecoder()
        return try rows.filter { !busy.contains($0.5) }.prefix(limit).map {
            id,
            transactionID,
            action,
            attempts,
            at,
            room in
            OutboxEntry(
                id: id,
                network: network,
                transactionID: transactionID,
                action: try decoder.decode(ChatAction.self, from: action),
                attempts: Int(attempts),
                notBefore: Date(timeIntervalSince1970: at),
                lane: room
            )
        }
    }

    public func markSent(_ entry: OutboxEntry, resultID: String?) async throws {
        try await transaction("marking a reply sent", fenced: true) { connection in
            try await connection.query(
                "UPDATE outbox SET status = 'sent', attempts = attempts + 1, result_id = \(resultID) WHERE id = \(entry.id)",
                logger: logger
            )
        }
    }

    public func correlation(ofSent eventID: String) async throws -> String? {
        try await read("looking up a sent message") { connection in
            try await Self.single(
                connection.query(
                    "SELECT correlation FROM outbox WHERE result_id = \(eventID) AND correlation IS NOT NULL LIMIT 1",
                    logger: logger
                ),
                as: String.self
            )
        }
    }

    public func markFailed(_ entry: OutboxEntry, error: String, news: ChatEvent?) async throws {
        let encoded = try news.map { ($0, try JSONEncoder().encode($0)) }
        try await transaction("giving up on a reply", fenced: true) { connection in
            try await connection.query(
                "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = \(error) WHERE id = \(entry.id)",
                logger: logger
            )
            if let (news, data) = encoded { try await insertInbox(news, encoded: data, connection: connection) }
        }
    }

    public func postpone(_ entry: OutboxEntry, until: Date, error: String) async throws {
        let at = until.timeIntervalSince1970
        try await transaction("postponing a reply", fenced: true) { connection in
            try await connection.query(
                "UPDATE outbox SET attempts = attempts + 1, not_before = \(at), last_error = \(error) WHERE id = \(entry.id)",
                logger: logger
            )
        }
    }

    public func depths() async throws -> QueueDepths {
        try await read("counting queues") { connection in
            var depths = QueueDepths(inboxPending: 0, inboxQuarantined: 0, outboxPending: 0, outboxFailed: 0)
            for try await (table, status, count) in try await connection.query(
                """
                SELECT 'inbox', status, COUNT(*) FROM inbox WHERE status IN ('pending', 'quarantined') GROUP BY status
                UNION ALL
                SELECT 'outbox', status, COUNT(*) FROM outbox WHERE status IN ('pending', 'failed') GROUP BY status
                """,
                logger: logger
            ).decode((String, String, Int64).self) {
                switch (table, status) {
                case ("inbox", "pending"): depths.inboxPending = Int(count)
                case ("inbox", _): depths.inboxQuarantined = Int(count)
                case ("outbox", "pending"): depths.outboxPending = Int(count)
                default: depths.outboxFailed = Int(count)
                }
            }
            return depths
        }
    }

    public func hubRecords() async throws -> [HubRecord] {
        let rows = try await read("reading hub records") { connection in
            var rows: [(String, String, Data)] = []
            for try await row in try await connection.query(
                "SELECT kind, key, value FROM records ORDER BY kind COLLATE \"C\", key COLLATE \"C\"",
                logger: logger
            ).decode((String, String, Data).self) {
                rows.append(row)
            }
            return rows
        }
        let decoder = JSONDecoder()
        return try rows.compactMap { kind, key, value in
            do {
                return try HubDatabase.decode(kind: kind, value: value, with: decoder)
            } catch {
                throw HubStoreError.unreadableRecord(kind: kind, key: key, underlying: "\(error)")
            }
        }
    }
}
