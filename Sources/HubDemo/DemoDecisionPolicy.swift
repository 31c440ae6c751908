/// How the demo's specialists answer offers: mostly they accept; sometimes one declines
/// with a reason, so the newcomer sees HubBot move on. A decline never leaves a story
/// unfinished: a request is declined at most once across the whole cast, and only when
/// another demo specialist offers one of its tags too.
public struct DemoDecisionPolicy: Sendable {
    /// The chance of declining an offer that may be declined, 0 to 1.
    public var declineRate: Double
    /// The range the thinking time is drawn from.
    public var delay: ClosedRange<Duration>
    /// Requests one of the cast has already declined.
    public private(set) var declined: Set<Int> = []

    /// Reasons people give for passing, written after `!decline N`.
    public static let reasons = [
        "I'm in workshops all day, sorry",
        "on a deadline this week; someone else will be quicker",
        "not really my corner of it, better ask someone else",
        "I'm off tomorrow and this needs more than a day",
    ]

    public init(declineRate: Double = 0.25, delay: ClosedRange<Duration> = .seconds(2)...(.seconds(5))) {
        self.declineRate = min(max(declineRate, 0), 1)
        self.delay = delay
    }

    /// The answer to `offer` made to `specialist`, drawing from `random`.
    public mutating func decide(
        _ offer: HubBotNotice.Offer,
        for specialist: DemoSpecialist,
        cast: [DemoSpecialist],
        using random: inout some RandomNumberGenerator
    ) -> OfferDecision {
        let wait = Self.draw(delay, using: &random)
        let others = cast.filter { $0.user != specialist.user && !$0.tagNames.isDisjoint(with: offer.tags) }
        // An offer whose tags the text doesn't name could be anyone's last hope: always accepted.
        let mayDecline = !offer.tags.isEmpty && !others.isEmpty && !declined.contains(offer.request)
        // Draw every time, so one specialist's answers don't change another's sequence of chances.
        let roll = Double.random(in: 0..<1, using: &random)
        let reason = Self.reasons.randomElement(using: &random) ?? "not this time"
        guard mayDecline, roll < declineRate else {
            return OfferDecision(request: offer.request, answer: .accept, delay: wait)
        }
        declined.insert(offer.request)
        return OfferDecision(request: offer.request, answer: .decline(reason: reason), delay: wait)
    }

    /// A duration drawn evenly from `range`, to the millisecond.
    static func draw(_ range: ClosedRange<Duration>, using random: inout some RandomNumberGenerator) -> Duration {
        let low = range.lowerBound.milliseconds
        let high = range.upperBound.milliseconds
        return .milliseconds(low >= high ? low : Int64.random(in: low...high, using: &random))
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
