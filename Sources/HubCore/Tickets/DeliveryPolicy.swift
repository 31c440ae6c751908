import Foundation

/// What to do after one attempt to deliver a fault to a ticket system.
public struct DeliveryPolicy: Sendable, Hashable {
    /// How long HubBot keeps trying before the fault goes to the dead letters.
    public var horizon: Duration = .seconds(72 * 3600)
    public var initialDelay: Duration = .seconds(5)
    public var maximumDelay: Duration = .seconds(30 * 60)

    public init() {}

    public enum Verdict: Sendable, Hashable {
        case delivered
        /// Try again after the delay (the server's `Retry-After` when it gave one).
        case retry(after: Duration)
        /// Retrying cannot help (a 4xx other than 408/429), or the horizon has passed.
        case deadLetter(reason: String)
        /// 410 Gone: the endpoint no longer takes faults; the route is switched off.
        case routeGone(reason: String)
    }

    /// The verdict for an HTTP answer (`status`) or a network failure (`status` nil)
    /// on the `attempt`-th try (0-based) of a fault first tried at `firstTried`.
    public func verdict(
        status: Int?,
        retryAfter: Duration?,
        attempt: Int,
        firstTried: Date,
        now: Date,
        detail: String,
        random: inout some RandomNumberGenerator
    ) -> Verdict {
        if let status, (200..<300).contains(status) { return .delivered }
        if status == 410 { return .routeGone(reason: "the ticket system answered 410 Gone: \(detail)") }
        // 409: an Idempotency-Key receiver is still working on the first try with this key
        // (IETF draft): wait, then ask again with the same key (or look the ticket up).
        let transient = status.map { [408, 409, 425, 429].contains($0) || (500..<600).contains($0) } ?? true
        guard transient else {
            return .deadLetter(reason: "the ticket system refused it (HTTP \(status ?? 0)): \(detail)")
        }
        var backoff = Backoff(initial: initialDelay, cap: maximumDelay, attempt: attempt)
        let delay = retryAfter.map { min($0, maximumDelay * 4) } ?? backoff.nextDelay(using: &random)
        let giveUpAt = firstTried.addingTimeInterval(horizon.seconds)
        if now.addingTimeInterval(delay.seconds) > giveUpAt {
            return .deadLetter(reason: "no success within \(Int(horizon.seconds / 3600)) h; last: \(detail)")
        }
        return .retry(after: delay)
    }
}

/// Protects a ticket endpoint that keeps failing: after `threshold` failures in
/// a row it opens, and while open lets one probe through per `openFor`.
public struct CircuitBreaker: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        case closed(failures: Int)
        case open(until: Date)
        /// One probe is under way; its result closes or reopens the breaker.
        case probing
    }

    public var threshold = 5
    public var openFor: Duration = .seconds(60)
    public private(set) var state: State = .closed(failures: 0)

    public init(threshold: Int = 5, openFor: Duration = .seconds(60)) {
        self.threshold = threshold
        self.openFor = openFor
    }

    /// Whether a request may go now; when it may and the breaker was open, it is the probe.
    public mutating func allows(now: Date) -> Bool {
        switch state {
        case .closed: return true
        case .probing: return false
        case .open(let until):
            guard now >= until else { return false }
            state = .probing
            return true
        }
    }

    /// When the next request may go, if not now.
    public func blockedUntil(now: Date) -> Date? {
        switch state {
        case .closed: nil
        case .probing: now.addingTimeInterval(1)
        case .open(let until): until > now ? until : nil
        }
    }

    public mutating func record(success: Bool, now: Date) {
        if success {
            state = .closed(failures: 0)
            return
        }
        switch state {
        case .closed(let failures):
            state =
                failures + 1 >= threshold
                ? .open(until: now.addingTimeInterval(openFor.seconds)) : .closed(failures: failures + 1)
        case .probing, .open:
            state = .open(until: now.addingTimeInterval(openFor.seconds))
        }
    }
}
