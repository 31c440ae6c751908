import Foundation
import HubCore
import HubStore
import Logging

/// Handles inbox events in arrival order: asks the responder what to do and
/// stores the resulting actions in the chat outbox in the same transaction
/// that marks the event handled. An event that keeps failing is quarantined
/// after `maxAttempts` so the others go on.
struct InboxProcessor {
    let database: any HubStorage
    let responder: any Responder
    let logger: Logger
    let newEvents: Doorbell
    let newActions: Doorbell
    var maxAttempts = 5
    var clock: @Sendable () -> Date = Date.init

    init(database: any HubStorage, responder: any Responder, logger: Logger, newEvents: Doorbell, newActions: Doorbell)
    {
        self.database = database
        self.responder = responder
        self.logger = logger
        self.newEvents = newEvents
        self.newActions = newActions
    }

    func run() async throws {
        var rings = newEvents.rings.makeAsyncIterator()
        do {
            while !Task.isCancelled {
                let page: (count: Int, failed: Bool)
                do {
                    page = try await processPage()
                } catch let error where isDatabaseUnreachable(error) {
                    await waitForDatabase(after: error, logger: logger)
                    continue
                }
                if page.failed {
                    try? await Task.sleep(for: .seconds(1))
                } else if page.count < Self.pageSize, await rings.next() == nil {
                    return
                }
            }
        }
    }

    static let pageSize = 50

    /// Handles the oldest pending events; says how many there were and whether any failed.
    func processPage() async throws -> (count: Int, failed: Bool) {
        let entries = try await database.pendingInbox(limit: Self.pageSize)
        var failed = false
        for entry in entries where !Task.isCancelled {
            if try await !handle(entry) { failed = true }
        }
        return (entries.count, failed)
    }

    private func handle(_ entry: InboxEntry) async throws -> Bool {
        let metadata: Logger.Metadata = ["chat.event_id": "\(entry.event.id)", "chat.room_id": "\(entry.event.room)"]
        do {
            let response = try await responder.respond(to: entry.event)
            let actions = response.actions
            do {
                try await database.complete(entry, producing: actions, records: response.records, now: clock())
            } catch {
                try await responder.discardLastResponse()
                throw error
            }
            await responder.responseStored()
            if !actions.isEmpty { newActions.ring() }
            HubMetrics.record(response.notes)
            if case .message = entry.event.kind { HubMetrics.messageIn(entry.event.network) }
            // Messages and reactions are the bulk: debug. Invites and membership are rare and worth seeing.
            let level: Logger.Level =
                switch entry.event.kind {
                case .message, .reaction: .debug
                default: .info
                }
            logger.log(
                level: level,
                "event handled",
                metadata: metadata.merging([
                    "chat.kind": "\(entry.event.kind.label)", "hub.actions": "\(actions.count)",
                ]) {
                    $1
                }
            )
            return true
        } catch is CancellationError {
            throw CancellationError()
        } catch let error where isDatabaseUnreachable(error) {
            // Not the event's fault: it is not counted as a failed attempt.
            throw error
        } catch {
            let quarantined = try await database.recordFailure(entry, error: "\(error)", maxAttempts: maxAttempts)
            if quarantined {
                logger.error(
                    "event quarantined after repeated failures",
                    metadata: metadata.merging(["error": "\(error)"]) { $1 }
                )
            } else {
                logger.warning("event failed; will retry", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            }
            return false
        }
    }
}
