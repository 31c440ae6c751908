import Foundation
import Logging

extension MatrixTransport {
    /// The most events read back into one room's gap in one batch. A room with
    /// more than that since HubBot last read it (days of a bridged channel)
    /// keeps only the newest, and says so in the log.
    static let gapLimit = 10_000

    /// Fills the gaps of a `/sync` batch: when more happened in a room than the
    /// timeline holds (`limited`), the events between `since` and the timeline
    /// are paged back with `/messages` and put in front of it, in order, so that
    /// nothing said while HubBot was down or busy is missed.
    ///
    /// A transient failure throws, so the batch is fetched again (its position is
    /// not stored yet); a room HubBot may no longer read is logged and left as is.
    func fillGaps(in batch: inout SyncResponse, since: String, client: MatrixClient) async throws {
        guard let joined = batch.rooms?.join else { return }
        for (roomID, room) in joined.sorted(by: { $0.key < $1.key }) {
            guard let timeline = room.timeline, timeline.limited == true, let start = timeline.prevBatch else {
                continue
            }
            var older: [SyncResponse.RoomEvent] = []
            var malformed = 0
            var from: String? = start
            do {
                while let token = from, older.count < Self.gapLimit {
                    let page = try await client.eventsBefore(token, until: since, in: roomID)
                    if page.events.elements.isEmpty, page.events.skipped == 0 { break }
                    older += page.events.elements
                    malformed += page.events.skipped
                    from = page.end
                }
            } catch let error as MatrixError where !error.isTransient && !error.isUnknownToken {
                logger.warning(
                    "could not read back a gap in a room; events in it are skipped",
                    metadata: ["matrix.room_id": "\(roomID)", "error": "\(error)"]
                )
                continue
            }
            if older.count >= Self.gapLimit {
                logger.warning(
                    "a room's gap is larger than HubBot reads back; the oldest events in it are skipped",
                    metadata: ["matrix.room_id": "\(roomID)", "matrix.gap_limit": "\(Self.gapLimit)"]
                )
            }
            var events = timeline.events ?? LossyArray(elements: [], skipped: 0)
            events.elements = older.reversed() + events.elements
            events.skipped += malformed
            batch.rooms?.join?[roomID]?.timeline?.events = events
            logger.debug(
                "filled a gap",
                metadata: ["matrix.room_id": "\(roomID)", "matrix.gap_events": "\(older.count)"]
            )
        }
    }
}
