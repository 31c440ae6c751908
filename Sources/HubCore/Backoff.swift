/// Capped exponential backoff with jitter, for reconnects and retries.
///
/// The n-th delay is drawn from [d/2, d] where d = min(cap, initial × 2ⁿ), so
/// many HubBots restarting together don't hammer a server in step, and a
/// long outage never means more than one try per `cap`.
public struct Backoff: Sendable, Equatable {
    public var initial: Duration
    public var cap: Duration
    /// Failures since the last success.
    public private(set) var attempt: Int = 0

    public init(initial: Duration = .milliseconds(500), cap: Duration = .seconds(60), attempt: Int = 0) {
        self.initial = initial
        self.cap = cap
        self.attempt = max(0, attempt)
    }

    /// The delay before the next try; counts one more failure.
    public mutating func nextDelay(using random: inout some RandomNumberGenerator) -> Duration {
        let ceiling = ceilingForAttempt(attempt)
        attempt += 1
        let half = ceiling / 2
        let jitterNanoseconds = Int64.random(in: 0...max(0, half.nanoseconds), using: &random)
        return half + .nanoseconds(jitterNanoseconds)
    }

    public mutating func nextDelay() -> Duration {
        var generator = SystemRandomNumberGenerator()
        return nextDelay(using: &generator)
    }

    /// Call after a success: the next failure starts small again.
    public mutating func reset() {
        attempt = 0
    }

    private func ceilingForAttempt(_ attempt: Int) -> Duration {
        // 2^32 × initial is beyond any sensible cap; stop doubling before overflow.
        let factor = Int64(1) << Int64(min(attempt, 32))
        let (product, overflow) = initial.nanoseconds.multipliedReportingOverflow(by: factor)
        return overflow ? cap : min(cap, .nanoseconds(product))
    }
}

extension Duration {
    /// The whole duration in nanoseconds, saturating at `Int64.max`.
    public var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : whole &+ attoseconds / 1_000_000_000
    }
}
