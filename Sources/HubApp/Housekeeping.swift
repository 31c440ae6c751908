import Foundation
import HubStore
import Logging
import ServiceLifecycle

/// Keeps the database from growing with every line ever said: once at start and then every
/// hour, handled chat events and sent messages older than ``HubDatabase/handledRetention``
/// are removed (on every network; what is pending, failed or still referred to stays).
struct Housekeeping: Service {
    let database: any HubStorage
    let logger: Logger
    var clock: @Sendable () -> Date = Date.init
    var interval: Duration = .seconds(3600)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await prune()
                try? await Task.sleep(for: interval)
            }
        }
    }

    func prune() async {
        do {
            let removed = try await database.pruneHandled(
                before: clock().addingTimeInterval(-HubDatabase.handledRetention)
            )
            if removed.inbox + removed.outbox > 0 {
                logger.info(
                    "removed handled events and sent messages past their retention",
                    metadata: ["db.inbox_removed": "\(removed.inbox)", "db.outbox_removed": "\(removed.outbox)"]
                )
            }
        } catch {
            logger.warning("could not prune the database; trying again in an hour", metadata: ["error": "\(error)"])
        }
    }
}

/// Rings the inbox's doorbell every few seconds, for events another process stored (an admin's
/// `hubbot specialists import --apply` while HubBot runs): the processor then looks at the
/// inbox, which costs one indexed read when there is nothing new.
struct InboxWatch: Service {
    var interval: Duration = .seconds(5)
    let ring: @Sendable () -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                ring()
            }
        }
    }
}
