import Foundation

extension Hub {
    /// How the hub served people over `[since, until)`, from what it holds in memory.
    public func report(since: Date, until: Date) -> HubReport {
        HubReport(
            requests: requests.values,
            faults: faults.values,
            specialists: directory.specialists,
            since: since,
            until: until
        )
    }

    /// The weekly digest, in the digest room; nothing when none is configured.
    mutating func postDigest(since: Date, until: Date) {
        guard let room = settings.digestRoom else { return }
        actions.append(.send(ChatMessage(room: room, text: report(since: since, until: until).digest)))
    }
}
