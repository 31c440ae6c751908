import Foundation

/// Who leads, as the leader row says.
public struct LeaderRow: Sendable, Equatable {
    public init(holder: String, term: Int64, live: Bool) {
        self.holder = holder
        self.term = term
        self.live = live
    }

    public var holder: String
    public var term: Int64
    /// Whether the lease is still running (by the database's clock).
    public var live: Bool
}

/// A shared store where instances take turns leading: one leader row (holder, term, expiry).
/// A term is never reused: each new leader's is one higher, and the store's fenced writes
/// (see ``HubStorage``) carry the term of the instance that makes them.
public protocol LeaderLeaseStore: Sendable {
    /// Takes the lead when no live lease exists; the new term, or nil when someone else leads.
    func tryToLead(holder: String, lease: Duration) async throws -> Int64?
    /// Extends the lease of `term`; false when it is no longer this holder's.
    func renewLead(holder: String, term: Int64, lease: Duration) async throws -> Bool
    /// Ends the lease of `term` now, so that a standby takes over without waiting.
    func resign(holder: String, term: Int64) async throws
    /// The leader row now.
    func leader() async throws -> LeaderRow
}
