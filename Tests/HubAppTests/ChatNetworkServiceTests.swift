import Foundation
import HubCore
import HubStore
import Logging
import ServiceLifecycle
import Synchronization
import Testing

@testable import HubApp

/// A network that receives nothing until it is cancelled, and then ends the way a cut-short
/// sleep, request or database wait does: by throwing its cancellation.
final class CancelledReceiveTransport: ChatTransport {
    let network = ChatNetwork.matrix
    let receiving = Mutex(false)

    func signIn() async throws -> PersonID { PersonID("@hubbot:x") }
    func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {
        receiving.withLock { $0 = true }
        try await Task.sleep(for: .seconds(3600))
    }
    func displayName(of person: PersonID, in room: RoomID) async -> String? { nil }
    func perform(_ action: ChatAction, transactionID: String) async throws -> String? { nil }
}

struct SilentResponder: Responder {
    func respond(to event: ChatEvent) async throws -> Response { Response() }
}

@Suite("Chat network service: shutdown")
struct ChatNetworkServiceTests {
    @Test(
        "a graceful shutdown ends the group cleanly even when a part ends by throwing its cancellation",
        // A hang guard only: on a busy machine the suite's blocking script runs can starve this for minutes.
        .timeLimit(.minutes(10))
    )
    func cleanShutdown() async throws {
        // Which part ends first at shutdown is a race; ten rounds give the throwing one its chances.
        for _ in 1...10 {
            let transport = CancelledReceiveTransport()
            let service = ChatNetworkService(
                transport: transport,
                database: try HubDatabase.inMemory(),
                logger: Logger(label: "test"),
                makeResponder: { _ in SilentResponder() }
            )
            let group = ServiceGroup(services: [service], logger: Logger(label: "test"))
            let running = Task { try await group.run() }
            while !transport.receiving.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
            await group.triggerGracefulShutdown()
            await #expect(throws: Never.self) { try await running.value }
        }
    }
}
