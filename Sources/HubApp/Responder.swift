import HubCore

/// Decides what HubBot does about one chat event. Must be deterministic for
/// the same event and state: after a crash an event may be handled again, and
/// only its first result is kept.
public protocol Responder: Sendable {
    func respond(to event: ChatEvent) async throws -> [ChatAction]
}
