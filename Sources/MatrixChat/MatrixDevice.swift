import Foundation
import HubCore
import Logging

/// An encrypting chat app's device for the people of HubBot's demo (`hubbot chat`, the demo
/// specialists): the same ``MatrixCrypto`` HubBot uses, with its keys in memory, so each run
/// is a new device of the account (a demo device lives one run).
public struct MatrixDevice: Sendable {
    public let client: MatrixClient
    let crypto: MatrixCrypto

    /// A new device for a fresh login (`session` must be a device nobody has keys for).
    public static func start(client: MatrixClient, session: MatrixClient.Session, logger: Logger) async throws
        -> MatrixDevice
    {
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let crypto = try await MatrixCrypto.open(
            userID: session.userID,
            deviceID: session.deviceID,
            pickleKey: key,
            state: InMemoryState(),
            logger: logger
        )
        await crypto.setReadsOwnMessages(true)
        try await crypto.publishKeys(client: client)
        return MatrixDevice(client: client, crypto: crypto)
    }

    /// The batch with its encrypted events decrypted in place, and the events of earlier
    /// batches whose keys came now added to their room's timeline. `history` (the first
    /// sync) takes in keys only.
    public func read(_ batch: SyncResponse, history: Bool = false) async throws -> SyncResponse {
        let intake = try await crypto.process(batch, client: client, history: history)
        try await crypto.commitPending()
        var read = intake.batch
        for (room, event) in intake.late {
            if read.rooms == nil { read.rooms = SyncResponse.Rooms() }
            if read.rooms?.join == nil { read.rooms?.join = [:] }
            var joined = read.rooms?.join?[room] ?? SyncResponse.JoinedRoom()
            var events = joined.timeline?.events?.elements ?? []
            events.append(event)
            joined.timeline = SyncResponse.Timeline(events: LossyArray(elements: events, skipped: 0))
            read.rooms?.join?[room] = joined
        }
        return read
    }

    /// Sends a text message, encrypted when the room is.
    @discardableResult
    public func send(_ text: String, to room: String, transactionID: String, notice: Bool = false) async throws
        -> String
    {
        let content = MessageContent(text: text, notice: notice)
        guard try await crypto.isEncrypted(room, client: client) else {
            return try await client.send(content, to: room, transactionID: transactionID)
        }
        let encrypted = try await crypto.encrypt(
            type: "m.room.message",
            content: try JSONValue.encode(content),
            room: room,
            client: client
        )
        return try await client.sendEvent(
            "m.room.encrypted",
            content: encrypted,
            to: room,
            transactionID: transactionID
        )
    }

    /// Records a room this device made encrypted, so its first message is encrypted without asking.
    public func markEncrypted(_ room: String) async { await crypto.markEncrypted(room) }
}

/// State kept in memory only.
actor InMemoryState: StateStore {
    private var values: [String: String] = [:]
    func value(for key: String) async throws -> String? { values[key] }
    func setValue(_ value: String?, for key: String) async throws { values[key] = value }
}
