/// What `hubbot chat` has seen so far: HubBot's messages, for pacing a script, and
/// which of the texts it was told to wait for have appeared.
actor ChatMonitor {
    private let bot: String
    private(set) var fromBot = 0
    private(set) var lastFromBot: ContinuousClock.Instant?
    /// Texts still to appear, in any message from anyone.
    private(set) var awaited: [String]

    init(bot: String, awaiting: [String]) {
        self.bot = bot
        awaited = awaiting
    }

    func saw(_ line: ChatLine) {
        if line.kind == .message, line.sender == bot {
            fromBot += 1
            lastFromBot = .now
        }
        awaited.removeAll { line.body.localizedCaseInsensitiveContains($0) }
    }

    /// Where a wait for HubBot's answer stands now.
    func state(of wait: ReplyWait) -> ReplyWait.State {
        wait.state(seen: fromBot, lastArrival: lastFromBot, now: .now)
    }
}
