/// When a scripted `hubbot chat` may send its next line: once HubBot has answered
/// the last one and then stayed quiet for `settle` (it often answers in two
/// messages), or when `timeout` has passed without an answer.
public struct ReplyWait: Sendable {
    /// How many messages from HubBot had arrived when the line was sent.
    public var seenBefore: Int
    public var sentAt: ContinuousClock.Instant
    public var settle: Duration
    public var timeout: Duration

    public init(seenBefore: Int, sentAt: ContinuousClock.Instant, settle: Duration, timeout: Duration) {
        self.seenBefore = seenBefore
        self.sentAt = sentAt
        self.settle = settle
        self.timeout = timeout
    }

    public enum State: Sendable, Equatable {
        case waiting
        case answered
        case timedOut
    }

    /// Where the wait stands, given HubBot's message count and its last message's arrival.
    public func state(seen: Int, lastArrival: ContinuousClock.Instant?, now: ContinuousClock.Instant) -> State {
        if seen > seenBefore, let lastArrival, now - lastArrival >= settle {
            return .answered
        }
        return now - sentAt >= timeout ? .timedOut : .waiting
    }
}
