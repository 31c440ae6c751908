import Foundation
import HubCore
import HubStore
import Logging

/// Sends the chat outbox of one network in order, each action with the
/// transaction id it got when queued. Rate limits wait as long as the server
/// asks and never drop; network errors and 5xx back off with jitter; other
/// refusals are logged with the room and dropped.
struct ChatOutboxSender {
    let database: HubDatabase
    let transport: any ChatTransport
    let logger: Logger
    let newActions: Doorbell
    var clock: @Sendable () -> Date = Date.init

    init(database: HubDatabase, transport: any ChatTransport, logger: Logger, newActions: Doorbell) {
        self.database = database
        self.transport = transport
        self.logger = logger
        self.newActions = newActions
    }

    func run() async throws {
        var rings = newActions.rings.makeAsyncIterator()
        var backoff = Backoff(initial: .milliseconds(500), cap: .seconds(60))
        do {
            while !Task.isCancelled {
                guard let entry = try await database.nextOutbox(network: transport.network) else {
                    if await rings.next() == nil { return }
                    continue
                }
                let wait = entry.notBefore.timeIntervalSince(clock())
                if wait > 0 {
                    try? await Task.sleep(for: .milliseconds(Int64(wait * 1000)))
                    continue
                }
                try await send(entry, backoff: &backoff)
            }
        }
    }

    func send(_ entry: OutboxEntry, backoff: inout Backoff) async throws {
        let metadata: Logger.Metadata = [
            "chat.room_id": "\(entry.action.room)", "chat.transaction_id": "\(entry.transactionID)",
        ]
        do {
            let created = try await transport.perform(entry.action, transactionID: entry.transactionID)
            try await database.markSent(entry, resultID: entry.action.correlation == nil ? nil : created)
            backoff.reset()
        } catch let failure as ChatActionFailure {
            switch failure.disposition {
            case .retry(let after):
                let delay = after ?? backoff.nextDelay()
                logger.notice(
                    "sending postponed",
                    metadata: metadata.merging(["error": "\(failure)", "retry.in": "\(delay)"]) { $1 }
                )
                let seconds = Double(delay.nanoseconds) / 1e9
                try await database.postpone(entry, until: clock().addingTimeInterval(seconds), error: failure.message)
            case .drop:
                logger.error(
                    "the homeserver refused a message; dropped",
                    metadata: metadata.merging(["error": "\(failure)"]) { $1 }
                )
                try await database.markFailed(entry, error: failure.message)
            case .stop:
                logger.critical("sending stopped", metadata: metadata.merging(["error": "\(failure)"]) { $1 })
                throw failure
            }
        }
    }
}
