import Foundation
import GRDB
import HubCore

/// An inbox event waiting to be handled.
public struct InboxEntry: Sendable, Equatable {
    public var id: Int64
    public var event: ChatEvent
    public var attempts: Int

    public init(id: Int64, event: ChatEvent, attempts: Int) {
        self.id = id
        self.event = event
        self.attempts = attempts
    }
}

extension HubDatabase: HubStorage {
    public func append(_ events: [ChatEvent], cursor: String, network: ChatNetwork) async throws {
        let encoder = JSONEncoder()
        let encoded = try events.map { ($0, try encoder.encode($0)) }
        try await writer.write { db in
            for (event, data) in encoded { try Self.insertInbox(event, encoded: data, db: db) }
            try db.execute(
                cached:
                    "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [network.cursorKey, cursor]
            )
        }
    }

    /// The oldest events still to handle, in arrival order.
    public func pendingInbox(limit: Int) async throws -> [InboxEntry] {
        let rows = try await writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: "SELECT id, event, attempts FROM inbox WHERE status = 'pending' ORDER BY id LIMIT ?"
                ),
                arguments: [limit]
            ).map { row -> (id: Int64, event: Data, attempts: Int) in (row["id"], row["event"], row["attempts"]) }
        }
        let decoder = JSONDecoder()
        return try rows.map { row in
            InboxEntry(id: row.id, event: try decoder.decode(ChatEvent.self, from: row.event), attempts: row.attempts)
        }
    }

    /// Marks the event handled and queues what handling it produced, in one
    /// transaction. Queuing again for the same event adds nothing: each
    /// action is keyed by the event and its position.
    ///
    /// `records` are the hub records handling the event changed: they are
    /// stored in the same transaction, so after a crash the hub's state and
    /// what it said always agree.
    public func complete(
        _ entry: InboxEntry,
        producing actions: [ChatAction],
        records: [HubRecord],
        now: Date
    ) async throws {
        let encoder = JSONEncoder()
        let encoded = try actions.map { try encoder.encode($0) }
        let transactionIDs = actions.map { _ in makeTransactionID() }
        let stored = try records.map { ($0.kind, $0.key, try Self.encode($0, with: encoder)) }
        try await writer.write { db in
            for (position, action) in encoded.enumerated() {
                try db.execute(
                    cached: """
                        INSERT OR IGNORE INTO outbox
                            (network, causeID, position, transactionID, action, createdAt, notBefore, correlation, room)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        entry.event.network.rawValue, entry.event.id, position, transactionIDs[position], action,
                        now.timeIntervalSince1970, now.timeIntervalSince1970, actions[position].correlation,
                        actions[position].room.rawValue,
                    ]
                )
            }
            for (kind, key, value) in stored {
                try db.execute(
                    cached: """
                        INSERT INTO records (kind, key, value, updatedAt) VALUES (?, ?, ?, ?)
                        ON CONFLICT(kind, key) DO UPDATE SET value = excluded.value, updatedAt = excluded.updatedAt
                        """,
                    arguments: [kind, key, value, now.timeIntervalSince1970]
                )
            }
            // A new fault is queued for the ticket system in the same transaction that records it.
            for faultID in records.compactMap(\.faultToDeliver) {
                try db.execute(
                    cached: "INSERT OR IGNORE INTO deliveries (faultID, createdAt, nextAttemptAt) VALUES (?, ?, ?)",
                    arguments: [faultID, now.timeIntervalSince1970, now.timeIntervalSince1970]
                )
            }
            try db.execute(cached: "UPDATE inbox SET status = 'done' WHERE id = ?", arguments: [entry.id])
        }
    }

    /// Adds events HubBot makes itself (offer deadlines) to the inbox, once
    /// each: the same id twice is stored once. Does not move the network's cursor.
    public func enqueue(_ events: [ChatEvent]) async throws {
        let encoder = JSONEncoder()
        let encoded = try events.map { ($0, try encoder.encode($0)) }
        try await writer.write { db in
            for (event, data) in encoded { try Self.insertInbox(event, encoded: data, db: db) }
        }
    }

    /// Stores one event in the inbox unless an event with its id is there already.
    static func insertInbox(_ event: ChatEvent, encoded: Data, db: Database) throws {
        try db.execute(
            cached: "INSERT OR IGNORE INTO inbox (network, eventID, event, receivedAt) VALUES (?, ?, ?, ?)",
            arguments: [event.network.rawValue, event.id, encoded, Date().timeIntervalSince1970]
        )
    }

    /// Records a failed attempt; after `maxAttempts` the event is quarantined
    /// (kept, never retried) so one bad event cannot stop the hub.
    /// - Returns: true when the event was quarantined.
    @discardableResult
    public func recordFailure(_ entry: InboxEntry, error: String, maxAttempts: Int) async throws -> Bool {
        let (attempts, quarantined) = entry.afterFailure(maxAttempts: maxAttempts)
        try await writer.write { db in
            try db.execute(
                cached: "UPDATE inbox SET attempts = ?, status = ?, lastError = ? WHERE id = ?",
                arguments: [attempts, quarantined ? "quarantined" : "pending", error, entry.id]
            )
        }
        return quarantined
    }
}

extension HubDatabase {
    /// How long handled chat events and sent messages are kept (to recognise one the network
    /// delivers again) before ``pruneHandled(before:)`` removes them.
    public static let handledRetention: TimeInterval = 30 * 86_400

    /// Removes inbox events handled before `date` and outbox actions sent before it, on every
    /// network, so the database does not grow with every line ever said in a channel. Kept:
    /// whatever is still pending, quarantined or failed (the admins' to look at), and sent
    /// messages a later reaction may refer to (an offer, a rating question).
    @discardableResult
    public func pruneHandled(before date: Date) async throws -> (inbox: Int, outbox: Int) {
        try await writer.write { db in
            try db.execute(
                cached: "DELETE FROM inbox WHERE status = 'done' AND receivedAt < ?",
                arguments: [date.timeIntervalSince1970]
            )
            let inbox = db.changesCount
            try db.execute(
                cached: "DELETE FROM outbox WHERE status = 'sent' AND correlation IS NULL AND createdAt < ?",
                arguments: [date.timeIntervalSince1970]
            )
            return (inbox, db.changesCount)
        }
    }
}
