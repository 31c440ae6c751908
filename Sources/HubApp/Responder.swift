import Foundation
import HubCore

/// What handling one event produced: actions for the chat outbox, and the
/// records to store with them in one transaction.
public struct Response: Sendable {
    public var actions: [ChatAction]
    public var records: [HubRecord]
    /// What to count once the response is stored.
    public var notes: [HubNote]

    public init(actions: [ChatAction] = [], records: [HubRecord] = [], notes: [HubNote] = []) {
        self.actions = actions
        self.records = records
        self.notes = notes
    }
}

/// Decides what HubBot does about one chat event. Must be deterministic for
/// the same event and state: after a crash an event may be handled again, and
/// only its first result is kept.
public protocol Responder: Sendable {
    func respond(to event: ChatEvent) async throws -> Response

    /// The last response could not be stored: forget what it changed.
    func discardLastResponse() async throws

    /// The last response is stored: what it asks of the app outside the hub may happen now.
    func responseStored() async

    /// Events due by `now` that the responder raises itself (offer deadlines).
    func dueEvents(now: Date, network: ChatNetwork) async -> [ChatEvent]
}

extension Responder {
    public func discardLastResponse() async throws {}
    public func responseStored() async {}
    public func dueEvents(now: Date, network: ChatNetwork) async -> [ChatEvent] { [] }
}
