import Foundation
import HubCore
import HubStore
import Synchronization
import Testing

@Suite("The store (SQLite and PostgreSQL): inbox, outbox and state survive and never repeat")
struct HubDatabaseTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func message(_ id: String, _ text: String = "hello", room: String = "!r:localhost") -> ChatEvent {
        ChatEvent(
            id: id,
            network: .matrix,
            room: RoomID(room),
            sender: PersonID("@carol:localhost"),
            kind: .message(text: text),
            sentAt: now
        )
    }

    func reply(_ text: String, room: String = "!r:localhost") -> ChatAction {
        .send(ChatMessage(room: RoomID(room), text: text))
    }

    /// Transaction ids t1, t2, … so tests can name them.
    static func counter() -> @Sendable () -> String {
        let next = Counter()
        return { "t\(next.increment())" }
    }

    @Test("a batch is stored with its cursor; the same event twice is kept once", arguments: StoreKind.available)
    func appendDeduplicates(kind: StoreKind) async throws {
        try await kind.withStore { db in
            #expect(try await db.cursor(for: .matrix) == nil)
            try await db.append([message("$1"), message("$2")], cursor: "s1", network: .matrix)
            try await db.append([message("$2"), message("$3")], cursor: "s2", network: .matrix)
            #expect(try await db.cursor(for: .matrix) == "s2")
            #expect(try await db.cursor(for: .irc) == nil)
            #expect(try await db.pendingInbox().map(\.event.id) == ["$1", "$2", "$3"])
        }
    }

    @Test("completing an event queues its replies once, even when completed twice", arguments: StoreKind.available)
    func completeIsIdempotent(kind: StoreKind) async throws {
        try await kind.withStore(makeTransactionID: Self.counter()) { db in
            try await db.append([message("$1")], cursor: "s1", network: .matrix)
            let entry = try #require(try await db.pendingInbox().first)
            try await db.complete(entry, producing: [reply("one"), reply("two")], now: now)
            // A crash after the commit but before the caller noticed: handled again.
            try await db.complete(entry, producing: [reply("one"), reply("two")], now: now)
            #expect(try await db.pendingInbox().isEmpty)
            let depths = try await db.depths()
            #expect(depths.outboxPending == 2)

            let first = try #require(try await db.nextOutbox(network: .matrix))
            #expect(first.action == reply("one"))
            #expect(first.transactionID == "t1")
            try await db.markSent(first)
            let second = try #require(try await db.nextOutbox(network: .matrix))
            #expect(second.action == reply("two"))
            #expect(second.transactionID == "t2")
            try await db.markSent(second)
            #expect(try await db.nextOutbox(network: .matrix) == nil)
        }
    }

    @Test(
        "pruning removes handled events and sent messages past the cutoff; pending ones and offers stay",
        arguments: StoreKind.available
    )
    func pruneHandled(kind: StoreKind) async throws {
        try await kind.withStore(makeTransactionID: Self.counter()) { db in
            // The inbox stamps arrival with the wall clock: the whole test runs on it.
            let now = Date()
            try await db.append([message("$1"), message("$2"), message("$3")], cursor: "s1", network: .matrix)
            let entries = try await db.pendingInbox()
            let offer = ChatAction.send(
                ChatMessage(room: RoomID("!r:localhost"), text: "offer", correlation: "offer:1")
            )
            try await db.complete(entries[0], producing: [reply("one"), offer], now: now)
            try await db.complete(entries[1], producing: [reply("two")], now: now)
            try await db.markSent(try #require(try await db.nextOutbox(network: .matrix)))
            try await db.markSent(try #require(try await db.nextOutbox(network: .matrix)))

            // Nothing is old enough yet.
            #expect(try await db.pruneHandled(before: now.addingTimeInterval(-3600)) == (0, 0))
            let removed = try await db.pruneHandled(before: now.addingTimeInterval(60))
            #expect(removed == (2, 1), "two handled events; the sent reply, not the offer a reaction may refer to")
            #expect(try await db.pendingInbox().map(\.event.id) == ["$3"])
            #expect(try await db.depths().outboxPending == 1, "the unsent reply stays")
        }
    }

    @Test(
        "an event failing again and again is quarantined after N tries; the rest goes on",
        arguments: StoreKind.available
    )
    func quarantine(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.append([message("$bad"), message("$good")], cursor: "s1", network: .matrix)
            for attempt in 1...3 {
                let bad = try #require(try await db.pendingInbox().first { $0.event.id == "$bad" })
                #expect(bad.attempts == attempt - 1)
                let quarantined = try await db.recordFailure(bad, error: "boom", maxAttempts: 3)
                #expect(quarantined == (attempt == 3))
            }
            #expect(try await db.pendingInbox().map(\.event.id) == ["$good"])
            #expect(try await db.depths().inboxQuarantined == 1)
        }
    }

    @Test("a postponed action keeps its place and its transaction id", arguments: StoreKind.available)
    func postponeKeepsOrderAndTransactionID(kind: StoreKind) async throws {
        try await kind.withStore(makeTransactionID: Self.counter()) { db in
            try await db.append([message("$1"), message("$2")], cursor: "s1", network: .matrix)
            for entry in try await db.pendingInbox() {
                try await db.complete(entry, producing: [reply("re \(entry.event.id)")], now: now)
            }
            let first = try #require(try await db.nextOutbox(network: .matrix))
            try await db.postpone(first, until: now.addingTimeInterval(5), error: "429 M_LIMIT_EXCEEDED")
            let again = try #require(try await db.nextOutbox(network: .matrix))
            #expect(again.id == first.id)
            #expect(again.transactionID == first.transactionID)
            #expect(again.attempts == 1)
            #expect(again.notBefore == now.addingTimeInterval(5))
            try await db.markFailed(again, error: "M_FORBIDDEN")
            #expect(try await db.nextOutbox(network: .matrix)?.action == reply("re $2"))
            #expect(try await db.depths().outboxFailed == 1)
        }
    }

    @Test("everything survives closing and reopening the store", arguments: StoreKind.available)
    func survivesReopen(kind: StoreKind) async throws {
        let transactionID: String
        let first = try await kind.open()
        do {
            let db = first.store
            try await db.append([message("$1")], cursor: "s9", network: .matrix)
            let entry = try #require(try await db.pendingInbox().first)
            try await db.complete(entry, producing: [reply("hi")], now: now)
            try await db.setValue("f1", for: "matrix.filter")
            transactionID = try #require(try await db.nextOutbox(network: .matrix)).transactionID
        }
        await first.close()
        let again = try await kind.open(place: first.place)
        let reopened = again.store
        #expect(try await reopened.cursor(for: .matrix) == "s9")
        #expect(try await reopened.value(for: "matrix.filter") == "f1")
        #expect(try await reopened.nextOutbox(network: .matrix)?.transactionID == transactionID)
        await again.close()
        if kind == .sqlite {
            let attributes = try FileManager.default.attributesOfItem(atPath: first.place)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            try? FileManager.default.removeItem(atPath: first.place)
        }
    }
}

/// A thread-safe counter for deterministic ids.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int {
        value.withLock {
            $0 += 1; return $0
        }
    }
}

@Suite("One HubBot per database")
struct DatabaseLeaseTests {
    @Test("a second lease on the same database is refused, naming the holder; released, it can be taken again")
    func exclusive() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lease-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path + ".lock") }
        var first: DatabaseLease? = try DatabaseLease(database: path)
        #expect(first != nil)
        #expect {
            _ = try DatabaseLease(database: path)
        } throws: { error in
            guard case .held(let database, let holder) = error as? DatabaseLeaseError else { return false }
            return database == path && holder.hasPrefix("pid \(getpid()) on ")
                && "\(error)".hasPrefix("another HubBot is running on \(path) (pid ")
        }
        first = nil
        let again = try DatabaseLease(database: path)
        #expect(again.path == path + ".lock")
    }
}
