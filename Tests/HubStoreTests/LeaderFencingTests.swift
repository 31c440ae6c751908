import Foundation
import HubCore
import HubPostgres
import HubStore
import Testing

/// Instances sharing PostgreSQL: one leads at a time, terms only grow, and a former leader's
/// writes are refused by the database once a newer term exists.
@Suite("PostgreSQL: leader lease and fenced writes", .enabled(if: StoreKind.available.contains(.postgres)))
struct LeaderFencingTests {
    func message(_ id: String) -> ChatEvent {
        ChatEvent(
            id: id,
            network: .matrix,
            room: RoomID("!r:localhost"),
            sender: PersonID("@carol:localhost"),
            kind: .message(text: "hello"),
            sentAt: Date()
        )
    }

    /// A lease no test outlives, where the test needs the leader to stay leader: at 30 s, beside
    /// `stress-ng --cpu 2` and a build, the second instance's first try came after it ran out.
    static let longLease = Duration.seconds(600)

    /// Two instances, `a` and `b`, on one fresh schema.
    func pair() async throws -> (a: PostgresHubDatabase, b: PostgresHubDatabase, close: @Sendable () async -> Void) {
        let first = try await StoreKind.postgres.open(holder: "a")
        let second = try await StoreKind.postgres.open(place: first.place, holder: "b")
        let a = try #require(first.store as? PostgresHubDatabase)
        let b = try #require(second.store as? PostgresHubDatabase)
        return (
            a, b,
            {
                await first.close(); await second.close()
            }
        )
    }

    @Test("one leads; the other's fenced writes are refused, naming the leader; adding work is not fenced")
    func oneLeads() async throws {
        let (a, b, close) = try await pair()
        defer { Task { await close() } }
        #expect(try await a.tryToLead(holder: "a", lease: Self.longLease) == 1)
        #expect(try await b.tryToLead(holder: "b", lease: Self.longLease) == nil)
        #expect(try await b.leader() == LeaderRow(holder: "a", term: 1, live: true))
        try await a.append([message("$1")], cursor: "s1", network: .matrix)
        await #expect(throws: HubStorageError.notLeader(term: nil, current: 1, holder: "a")) {
            try await b.append([message("$2")], cursor: "s2", network: .matrix)
        }
        await #expect(throws: HubStorageError.notLeader(term: nil, current: 1, holder: "a")) {
            try await b.setValue("x", for: "k")
        }
        try await b.enqueue([message("$3")])
        #expect(try await a.cursor(for: .matrix) == "s1", "the refused batch moved nothing")
        #expect(try await a.pendingInbox().map(\.event.id) == ["$1", "$3"])
    }

    @Test("after the lease runs out a standby takes a higher term; the old leader can no longer commit or renew")
    func takeoverFencesTheOldLeader() async throws {
        let (a, b, close) = try await pair()
        defer { Task { await close() } }
        #expect(try await a.tryToLead(holder: "a", lease: .milliseconds(300)) == 1)
        try await a.append([message("$1")], cursor: "s1", network: .matrix)
        let entry = try #require(try await a.pendingInbox().first)
        // `a` pauses (SIGSTOP, a long GC, a lost network) past its lease; `b` takes over.
        var term: Int64?
        for _ in 0..<100 where term == nil {
            term = try await b.tryToLead(holder: "b", lease: .seconds(30))
            if term == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(term == 2)
        // `a` wakes up and goes on where it was: every effect is refused.
        let refused = HubStorageError.notLeader(term: 1, current: 2, holder: "b")
        await #expect(throws: refused) {
            try await a.complete(entry, producing: [.send(ChatMessage(room: RoomID("!r"), text: "hi"))], now: Date())
        }
        await #expect(throws: refused) {
            try await a.append([message("$2")], cursor: "s2", network: .matrix)
        }
        #expect(try await a.renewLead(holder: "a", term: 1, lease: .seconds(30)) == false)
        #expect(try await b.depths().outboxPending == 0, "the old leader's reply was never queued")
        // The new leader handles the same event, once.
        try await b.complete(entry, producing: [.send(ChatMessage(room: RoomID("!r"), text: "hi"))], now: Date())
        #expect(try await b.depths().outboxPending == 1)
        #expect(try await b.cursor(for: .matrix) == "s1")
    }

    @Test("a leader that resigns hands over at once; terms never repeat")
    func resignHandsOver() async throws {
        let (a, b, close) = try await pair()
        defer { Task { await close() } }
        let first = try #require(try await a.tryToLead(holder: "a", lease: Self.longLease))
        #expect(try await a.renewLead(holder: "a", term: first, lease: Self.longLease))
        try await a.resign(holder: "a", term: first)
        let second = try #require(try await b.tryToLead(holder: "b", lease: Self.longLease))
        #expect(second == first + 1)
        #expect(try await a.leader() == LeaderRow(holder: "b", term: second, live: true))
        await #expect(throws: HubStorageError.self) { try await a.setValue("x", for: "k") }
        try await b.setValue("y", for: "k")
    }
}
