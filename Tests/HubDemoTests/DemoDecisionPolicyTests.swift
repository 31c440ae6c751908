import HubCore
import Testing

@testable import HubDemo

@Suite("Demo decisions: specialists mostly accept, sometimes decline, never strand a story")
struct DemoDecisionPolicyTests {
    let alice = DemoSpecialist(user: "alice", password: "", interests: ["#statistics:3", "#r"])
    let bob = DemoSpecialist(user: "bob", password: "", interests: ["#statistics:2", "#python"])
    let erin = DemoSpecialist(user: "erin", password: "", interests: ["#gis-mapping:3"])
    var cast: [DemoSpecialist] { [alice, bob, erin] }

    @Test("with decline rate 0 everyone accepts, after 2 to 5 seconds")
    func alwaysAccept() {
        var policy = DemoDecisionPolicy(declineRate: 0)
        var random = SplitMix64(seed: 1)
        for request in 1...50 {
            let decision = policy.decide(
                .init(request: request, tags: ["statistics"]),
                for: alice,
                cast: cast,
                using: &random
            )
            #expect(decision.answer == .accept)
            #expect(decision.command == "!accept \(request)")
            #expect((Duration.seconds(2)...Duration.seconds(5)).contains(decision.delay))
        }
    }

    @Test("a request is declined at most once across the cast, so the next person accepts")
    func declineOnce() {
        var policy = DemoDecisionPolicy(declineRate: 1)
        var random = SplitMix64(seed: 2)
        let offer = HubBotNotice.Offer(request: 9, tags: ["statistics"])
        let first = policy.decide(offer, for: alice, cast: cast, using: &random)
        guard case .decline(let reason) = first.answer else {
            Issue.record("expected a decline, got \(first.answer)")
            return
        }
        #expect(DemoDecisionPolicy.reasons.contains(reason))
        #expect(first.command == "!decline 9 \(reason)")
        #expect(policy.decide(offer, for: bob, cast: cast, using: &random).answer == .accept)
    }

    @Test("nobody declines what no other demo specialist could take, nor an offer whose tags are unknown")
    func lastHope() {
        var policy = DemoDecisionPolicy(declineRate: 1)
        var random = SplitMix64(seed: 3)
        #expect(
            policy.decide(.init(request: 1, tags: ["gis-mapping"]), for: erin, cast: cast, using: &random).answer
                == .accept
        )
        #expect(policy.decide(.init(request: 2, tags: []), for: alice, cast: cast, using: &random).answer == .accept)
    }

    @Test("the same seed gives the same answers; the rate is roughly kept")
    func seeded() {
        func run(seed: UInt64) -> [OfferDecision] {
            var policy = DemoDecisionPolicy(declineRate: 0.25)
            var random = SplitMix64(seed: seed)
            return (1...400).map {
                policy.decide(.init(request: $0, tags: ["statistics"]), for: alice, cast: cast, using: &random)
            }
        }
        let first = run(seed: 42)
        #expect(first == run(seed: 42))
        #expect(first != run(seed: 43))
        let declines = first.filter { $0.answer != .accept }.count
        #expect((60...140).contains(declines), "\(declines) of 400 declined at a rate of 0.25")
    }
}
