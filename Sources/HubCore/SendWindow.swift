/// How many rooms the chat outbox serves at once: as many as the server takes. Like TCP's
/// congestion window: while the window is in use and answers come back quickly it grows (by one
/// per answer at first, then by one per window of answers); a rate limit or a failure halves it,
/// and answers that take far longer than the quickest recent ones shrink it by a quarter —
/// each at most once per window of answers, so one burst of refusals is one cut. Never below
/// one, never above the configured ceiling. Pure: the caller measures each send's latency.
public struct SendWindow: Sendable, Equatable {
    public let ceiling: Int
    /// The window, fractional so it can grow by 1/window per answer.
    public private(set) var size: Double
    /// Growing by one per answer (true) until the first sign of trouble.
    public private(set) var slowStart = true
    /// The quickest recent answer in seconds, creeping up slowly so a server that got slower is
    /// re-learnt.
    public private(set) var baseline: Double?
    /// The recent answers' latency in seconds, smoothed.
    public private(set) var smoothed: Double?
    /// Answers since the window was last cut (saturating at the ceiling: enough to cut again).
    private var answersSinceCut: Int

    /// Latency counts as grown when the smoothed latency is this many times the baseline…
    static let slowFactor = 4.0
    /// … and at least this many seconds above it. Generous on purpose: a homeserver persists
    /// events of many rooms in one batch, so more sends in flight is more replies a second, and
    /// answers slow down with the queue at the server well before it is overwhelmed.
    static let slowMargin = 0.5

    public init(initial: Int = 8, ceiling: Int) {
        self.ceiling = max(1, ceiling)
        size = Double(min(max(1, initial), self.ceiling))
        answersSinceCut = self.ceiling
    }

    /// How many sends may be in flight now.
    public var permits: Int { min(ceiling, max(1, Int(size))) }

    /// A send was answered after `latency`, with `inFlight` sends (this one included) under way
    /// when it finished.
    public mutating func answered(after latency: Duration, inFlight: Int) {
        answersSinceCut = min(answersSinceCut + 1, ceiling)
        let seconds =
            Double(latency.components.seconds) + Double(latency.components.attoseconds) / 1e18
        let quickest = baseline.map { min($0 + (seconds - $0) * 0.01, seconds) } ?? seconds
        baseline = quickest
        let average = smoothed.map { $0 * 0.8 + seconds * 0.2 } ?? seconds
        smoothed = average
        if average > quickest * Self.slowFactor, average - quickest > Self.slowMargin {
            cut(to: size * 0.75)
            return
        }
        // Only a window in use says anything about what the server takes (at least half of it, as
        // RFC 7661 has it for TCP: between answers, freed slots wait a moment to be refilled).
        guard inFlight * 2 >= permits else { return }
        size = min(Double(ceiling), size + (slowStart ? 1 : 1 / size))
    }

    /// A send was put off — the server said "too many" (429), failed (5xx) or could not be
    /// reached: the window halves.
    public mutating func postponed() { cut(to: size / 2) }

    private mutating func cut(to smaller: Double) {
        slowStart = false
        guard answersSinceCut >= permits else { return }
        answersSinceCut = 0
        size = max(1, smaller)
        // The next judgement of latency starts from the quickest answers again.
        smoothed = baseline
    }
}
