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
        // Joined first (nothing changes when HubBot is in it): an invitation that came just
        // before would otherwise make the post fail and the week's digest be lost.
        actions.append(.join(room: room))
        let digest = report(since: since, until: until).digestWords
        actions.append(.send(message(digest, in: room, language: settings.language)))
    }
}
