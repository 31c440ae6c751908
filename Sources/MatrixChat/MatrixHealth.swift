import Foundation

/// How Matrix intake and sending are doing, for readiness checks and metrics.
public struct MatrixHealth: Sendable, Equatable {
    /// When the last `/sync` succeeded; nil before the first.
    public var lastSync: Date?
    public var syncFailures: Int = 0
    /// Failed syncs since the last good one.
    public var consecutiveFailures: Int = 0
    public var rateLimited: Int = 0

    /// Seconds since the last successful sync, or nil before the first.
    public func secondsSinceSync(now: Date) -> Double? {
        lastSync.map { now.timeIntervalSince($0) }
    }
}

/// The signed-in state of a transport, shared by intake and sending.
struct SignedIn: Sendable {
    var client: MatrixClient
    var userID: String
    var filterID: String
}

actor SessionBox {
    private var signedIn: SignedIn?
    private(set) var health = MatrixHealth()

    func set(_ value: SignedIn) { signedIn = value }

    func require() throws -> SignedIn {
        guard let signedIn else {
            throw MatrixError(operation: "sync", status: 0, errcode: nil, message: "signIn() must succeed first")
        }
        return signedIn
    }

    private var names: [String: (name: String, until: Date)] = [:]

    func cachedName(_ key: String) -> String? {
        guard let entry = names[key], entry.until > Date() else { return nil }
        return entry.name
    }

    func cacheName(_ name: String, for key: String) {
        if names.count > 10_000 { names.removeAll() }
        names[key] = (name, Date().addingTimeInterval(600))
    }

    /// HubBot's direct chats: person → room, and the rooms themselves.
    private(set) var directRooms: [String: String] = [:]
    private(set) var directRoomIDs: Set<String> = []

    func setDirectRooms(_ rooms: [String: String]) {
        directRooms = rooms
        directRoomIDs = Set(rooms.values)
    }

    func addDirectRoom(_ room: String, with person: String) {
        directRooms[person] = room
        directRoomIDs.insert(room)
    }

    func recordSync() {
        health.lastSync = Date()
        health.consecutiveFailures = 0
    }

    func recordSyncFailure() {
        health.syncFailures += 1
        health.consecutiveFailures += 1
    }
    func recordRateLimit() { health.rateLimited += 1 }
}
