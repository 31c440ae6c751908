import HubCore

/// What the demo's specialists share: one decision policy with one seeded random
/// generator (so "a request is declined at most once" holds across the cast), and
/// the moment every one of them is ready.
actor DemoDirector {
    let cast: [DemoSpecialist]
    private var policy: DemoDecisionPolicy
    private var random: SplitMix64
    private var confirmed: Set<String> = []
    private let report: @Sendable (DemoEvent) -> Void

    init(
        cast: [DemoSpecialist],
        policy: DemoDecisionPolicy,
        seed: UInt64,
        report: @escaping @Sendable (DemoEvent) -> Void
    ) {
        self.cast = cast
        self.policy = policy
        random = SplitMix64(seed: seed)
        self.report = report
    }

    func decide(_ offer: HubBotNotice.Offer, for specialist: DemoSpecialist) -> OfferDecision {
        policy.decide(offer, for: specialist, cast: cast, using: &random)
    }

    /// A draw from `range`, for greetings and the like, from the shared generator.
    func delay(_ range: ClosedRange<Duration>) -> Duration {
        DemoDecisionPolicy.draw(range, using: &random)
    }

    /// HubBot confirmed `specialist`'s interests; reports `ready` once all have been.
    func interestsConfirmed(_ specialist: DemoSpecialist) {
        let before = confirmed.count
        confirmed.insert(specialist.user)
        if confirmed.count == cast.count, before < cast.count {
            report(DemoEvent(.ready, detail: cast.map(\.user).joined(separator: ", ")))
        }
    }

    nonisolated func tell(_ event: DemoEvent) {
        report(event)
    }
}
