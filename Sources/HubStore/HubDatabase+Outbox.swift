import Foundation
import GRDB
import HubCore

/// An action waiting in the chat outbox.
public struct OutboxEntry: Sendable, Equatable {
    public var id: Int64
    public var network: ChatNetwork
    public var transactionID: String
    public var action: ChatAction
    public var attempts: Int
    /// Not to be tried before this time (rate limits, backoff).
    public var notBefore: Date
    /// The lane it waits in: its room (actions of one room go out one after another).
    public var lane: String

    public init(
        id: Int64,
        network: ChatNetwork,
        transactionID: String,
        action: ChatAction,
        attempts: Int,
        notBefore: Date,
        lane: String? = nil
    ) {
        self.id = id
        self.network = network
        self.transactionID = transactionID
        self.action = action
        self.attempts = attempts
        self.notBefore = notBefore
        self.lane = lane ?? action.room.rawValue
    }
}

/// How many things wait, for health checks and metrics.
public struct QueueDepths: Sendable, Equatable {
    public var inboxPending: Int
    public var inboxQuarantined: Int
    public var outboxPending: Int
    public var outboxFailed: Int

    public init(inboxPending: Int, inboxQuarantined: Int, outboxPending: Int, outboxFailed: Int) {
        self.inboxPending = inboxPending
        self.inboxQuarantined = inboxQuarantined
        self.outboxPending = outboxPending
        self.outboxFailed = outboxFailed
    }
}

extension HubDatabase {
    /// The oldest pending action of the network, due or not: actions go out in
    /// order, so a postponed one holds back those queued after it.
    public func nextOutbox(network: ChatNetwork) async throws -> OutboxEntry? {
        let row = try await writer.read { db in
            try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT id, transactionID, action, attempts, notBefore FROM outbox
                        WHERE status = 'pending' AND network = ? ORDER BY id LIMIT 1
                        """
                ),
                arguments: [network.rawValue]
            ).map { row -> (id: Int64, transactionID: String, action: Data, attempts: Int, notBefore: Double) in
                (row["id"], row["transactionID"], row["action"], row["attempts"], row["notBefore"])
            }
        }
        guard let row else { return nil }
        return OutboxEntry(
            id: row.id,
            network: network,
            transactionID: row.transactionID,
            action: try JSONDecoder().decode(ChatAction.self, from: row.action),
            attempts: row.attempts,
            notBefore: Date(timeIntervalSince1970: row.notBefore)
        )
    }

    /// The oldest pending action of each room (a room's next one waits for it),
    /// oldest first, due or not, leaving out rooms in `busy`. Rooms are
    /// independent lanes: a postponed or slow action holds back its room only.
    public func outboxHeads(network: ChatNetwork, busy: Set<String>, limit: Int) async throws -> [OutboxEntry] {
        let rows = try await writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT id, transactionID, action, attempts, notBefore, room FROM outbox
                        WHERE id IN (
                            SELECT MIN(id) FROM outbox WHERE status = 'pending' AND network = ? GROUP BY room
                        )
                        ORDER BY id LIMIT ?
                        """
                ),
                arguments: [network.rawValue, limit + busy.count]
            ).map {
                row -> (id: Int64, transactionID: String, action: Data, attempts: Int, notBefore: Double, room: String)
                in
                (row["id"], row["transactionID"], row["action"], row["attempts"], row["notBefore"], row["room"])
            }
        }
        let decoder = JSONDecoder()
        return try rows.filter { !busy.contains($0.room) }.prefix(limit).map { row in
            OutboxEntry(
                id: row.id,
                network: network,
                transactionID: row.transactionID,
                action: try decoder.decode(ChatAction.self, from: row.action),
                attempts: row.attempts,
                notBefore: Date(timeIntervalSince1970: row.notBefore),
                lane: row.room
            )
        }
    }

    /// Marks the action done; `resultID` is what it created (the event id of a
    /// message), so a later reaction to it can be traced to its correlation.
    public func markSent(_ entry: OutboxEntry, resultID: String?) async throws {
        try await writer.write { db in
            try db.execute(
                cached: "UPDATE outbox SET status = 'sent', attempts = attempts + 1, resultID = ? WHERE id = ?",
                arguments: [resultID, entry.id]
            )
        }
    }

    /// The correlation (`offer:12`) of the message HubBot sent as `eventID`, if it had one.
    public func correlation(ofSent eventID: String) async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(
                db.cachedStatement(
                    sql: "SELECT correlation FROM outbox WHERE resultID = ? AND correlation IS NOT NULL LIMIT 1"
                ),
                arguments: [eventID]
            )
        }
    }

    /// Gives up on an action after an error retrying cannot fix; `news`, when given, is put
    /// in the inbox in the same transaction (so that someone hears of it even across a crash).
    public func markFailed(_ entry: OutboxEntry, error: String, news: ChatEvent?) async throws {
        let encoded = try news.map { ($0, try JSONEncoder().encode($0)) }
        try await writer.write { db in
            try db.execute(
                cached: "UPDATE outbox SET status = 'failed', attempts = attempts + 1, lastError = ? WHERE id = ?",
                arguments: [error, entry.id]
            )
            if let (news, data) = encoded { try Self.insertInbox(news, encoded: data, db: db) }
        }
    }

    /// Keeps the action for a later try, not before `until`.
    public func postpone(_ entry: OutboxEntry, until: Date, error: String) async throws {
        try await writer.write { db in
            try db.execute(
                cached: "UPDATE outbox SET attempts = attempts + 1, notBefore = ?, lastError = ? WHERE id = ?",
                arguments: [until.timeIntervalSince1970, error, entry.id]
            )
        }
    }

    public func depths() async throws -> QueueDepths {
        try await writer.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db.cachedStatement(sql: sql)) ?? 0 }
            return QueueDepths(
                inboxPending: try count("SELECT COUNT(*) FROM inbox WHERE status = 'pending'"),
                inboxQuarantined: try count("SELECT COUNT(*) FROM inbox WHERE status = 'quarantined'"),
                outboxPending: try count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"),
                outboxFailed: try count("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")
            )
        }
    }
}
