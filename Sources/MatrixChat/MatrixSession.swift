import Foundation
import HubCore

/// The signed-in state of a transport, shared by intake and sending.
struct SignedIn: Sendable {
    var client: MatrixClient
    var userID: String
    var filterID: String
    /// HubBot's end-to-end encryption; nil when it is turned off or could not start.
    var crypto: MatrixCrypto?
    /// Why HubBot cannot read encrypted rooms, when `crypto` is nil (said once per room).
    var encryptionProblem = SyncResponse.encryptionOff
}

actor SessionBox {
    private var signedIn: SignedIn?
    private(set) var health = IntakeHealth()

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
        health.lastSuccess = Date()
        health.consecutiveFailures = 0
    }

    func recordSyncFailure() {
        health.failures += 1
        health.consecutiveFailures += 1
    }
    func recordRateLimit() { health.rateLimited += 1 }

    /// When this instance last renewed its claim on the account.
    private(set) var claimRenewedAt: Date?
    func claimRenewed(at date: Date) { claimRenewedAt = date }
}
