/// Flood control for outgoing lines: up to `burst` at once, then `perSecond` on average.
///
/// Implemented as the generic cell rate algorithm (the token bucket's exact equivalent) on `Duration`, whose
/// integer arithmetic makes "wait the returned time, then take" always succeed. Pure: the caller passes the time.
/// IRC servers disconnect clients that send too fast (https://modern.ircdocs.horse/#flood-control).
public struct TokenBucket: Sendable {
    /// How many tokens a full bucket holds.
    public let burst: Int
    /// The time to earn one token back.
    public let interval: Duration
    /// How far ahead of now the schedule may run: a full bucket minus the token being taken.
    private let tolerance: Duration
    /// When the bucket would next be empty if every token were taken as soon as it came ("theoretical arrival").
    private var nextEmpty: ContinuousClock.Instant

    /// A full bucket. `burst` below 1 counts as 1; `perSecond` must be positive and finite.
    public init(burst: Int, perSecond: Double, now: ContinuousClock.Instant) {
        precondition(perSecond > 0 && perSecond.isFinite, "TokenBucket needs a positive, finite rate")
        self.burst = max(burst, 1)
        interval = .seconds(1 / perSecond)
        tolerance = interval * (self.burst - 1)
        nextEmpty = now
    }

    /// Takes one token if available at `now`; returns nil then, else the Duration to wait until one is available
    /// (and takes nothing).
    public mutating func take(now: ContinuousClock.Instant) -> Duration? {
        // An idle bucket fills up, never beyond `burst`: the schedule never starts in the past.
        let scheduled = max(nextEmpty, now)
        let ahead = scheduled - now
        if ahead > tolerance { return ahead - tolerance }
        nextEmpty = scheduled + interval
        return nil
    }
}
