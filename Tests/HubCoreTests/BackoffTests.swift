import HubCore
import Testing

@Suite("Backoff")
struct BackoffTests {
    @Test("delays double up to the cap, each within [half, full] of its ceiling")
    func doublesWithJitter() {
        var backoff = Backoff(initial: .seconds(1), cap: .seconds(30))
        var random = SplitMix64(seed: 7)
        let ceilings: [Duration] = [1, 2, 4, 8, 16, 30, 30, 30].map { .seconds($0) }
        for ceiling in ceilings {
            let delay = backoff.nextDelay(using: &random)
            #expect(delay >= ceiling / 2 && delay <= ceiling, "\(delay) outside [\(ceiling / 2), \(ceiling)]")
        }
        #expect(backoff.attempt == ceilings.count)
    }

    @Test("reset starts small again; huge attempt counts never overflow")
    func resetAndOverflow() {
        var backoff = Backoff(initial: .milliseconds(500), cap: .seconds(60))
        var random = SplitMix64(seed: 1)
        for _ in 0..<200 { _ = backoff.nextDelay(using: &random) }
        #expect(backoff.nextDelay(using: &random) <= .seconds(60))
        backoff.reset()
        #expect(backoff.nextDelay(using: &random) <= .milliseconds(500))
    }

    @Test("jitter spreads delays: two generators give different sequences")
    func jitterSpreads() {
        var a = Backoff(), b = Backoff()
        var ra = SplitMix64(seed: 1), rb = SplitMix64(seed: 2)
        let first = (0..<5).map { _ in a.nextDelay(using: &ra) }
        let second = (0..<5).map { _ in b.nextDelay(using: &rb) }
        #expect(first != second)
    }
}
