import Foundation
import HubStore
import Synchronization
import Testing

@testable import HubApp

/// A lease store whose renewals never answer (a database gone silent).
final class SilentLeaseStore: LeaderLeaseStore {
    let renewals = Mutex(0)

    func tryToLead(holder: String, lease: Duration) async throws -> Int64? { 1 }

    func renewLead(holder: String, term: Int64, lease: Duration) async throws -> Bool {
        renewals.withLock { $0 += 1 }
        // Ignores cancellation, as a call stuck on a dead connection can.
        try? await Task.sleep(for: .seconds(600))
        return true
    }

    func resign(holder: String, term: Int64) async throws {}

    func leader() async throws -> LeaderRow { LeaderRow(holder: "a", term: 1, live: true) }
}

@Suite("The leader election's deadlines")
struct LeaderElectionTests {
    @Test("before(deadline): the answer when it comes first; nil at the deadline, without waiting for the operation")
    func answersOrGivesUp() async throws {
        let quick = try await LeaderElection.before(.now + .seconds(600)) { 42 }
        #expect(quick == 42)
        // A generous hang guard: the point is that this returns at all while the operation sleeps on.
        let stuck = try await LeaderElection.before(.now + .milliseconds(50)) {
            try? await Task.sleep(for: .seconds(600))
            return 1
        }
        #expect(stuck == nil)
        struct Refused: Error {}
        await #expect(throws: Refused.self) {
            _ = try await LeaderElection.before(.now + .seconds(600)) { () async throws -> Int in throw Refused() }
        }
    }

    @Test("a leader whose database stops answering steps down at its own deadline", .timeLimit(.minutes(10)))
    func silentDatabaseMeansSteppingDown() async throws {
        let store = SilentLeaseStore()
        let election = LeaderElection(
            store: store,
            holder: "a",
            lease: .seconds(1),
            logger: .init(label: "test"),
            stuckAfterSteppingDown: {}
        )
        let term = try await election.waitForLeadership()
        #expect(term == 1)
        try election.checkLeading()
        await #expect(throws: LeadershipLost.self) { try await election.keepLeading(term: term) }
        #expect(throws: LeadershipLost.self) { try election.checkLeading() }
        #expect(store.renewals.withLock { $0 } == 1, "it stopped waiting for the one renewal that never answered")
    }
}
