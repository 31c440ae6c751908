import IRCChat
import Testing

@Suite("TokenBucket")
struct TokenBucketTests {
    let start = ContinuousClock.now

    @Test("a full bucket allows the burst at once, then asks to wait one interval")
    func burstThenWait() {
        var bucket = TokenBucket(burst: 5, perSecond: 1, now: start)
        for _ in 0..<5 { #expect(bucket.take(now: start) == nil) }
        #expect(bucket.take(now: start) == .seconds(1))
    }

    @Test("a refused take takes nothing: asking again gives the same wait")
    func refusalTakesNothing() {
        var bucket = TokenBucket(burst: 1, perSecond: 1, now: start)
        #expect(bucket.take(now: start) == nil)
        #expect(bucket.take(now: start) == .seconds(1))
        #expect(bucket.take(now: start) == .seconds(1))
        #expect(bucket.take(now: start + .milliseconds(400)) == .milliseconds(600))
    }

    @Test("waiting exactly the returned time is enough, and sends then come one interval apart")
    func waitIsExact() {
        var bucket = TokenBucket(burst: 3, perSecond: 3, now: start)
        var now = start
        var sendTimes: [ContinuousClock.Instant] = []
        while sendTimes.count < 30 {
            if let wait = bucket.take(now: now) {
                now += wait
                #expect(bucket.take(now: now) == nil, "no token after waiting \(wait)")
            }
            sendTimes.append(now)
        }
        #expect(sendTimes.prefix(3).allSatisfy { $0 == start })
        let gaps = zip(sendTimes.dropFirst(3), sendTimes.dropFirst(2)).map { $0 - $1 }
        #expect(gaps.allSatisfy { $0 == bucket.interval })
        #expect(abs((bucket.interval - .microseconds(333_333)) / .microseconds(1)) < 1)
    }

    @Test("tokens come back at the configured rate")
    func refillRate() {
        var bucket = TokenBucket(burst: 4, perSecond: 2, now: start)
        for _ in 0..<4 { #expect(bucket.take(now: start) == nil) }
        let later = start + .seconds(1)
        #expect(bucket.take(now: later) == nil)
        #expect(bucket.take(now: later) == nil)
        #expect(bucket.take(now: later) == .milliseconds(500))
    }

    @Test("a partly refilled token gives the rest of the interval as the wait")
    func partialWait() {
        var bucket = TokenBucket(burst: 2, perSecond: 0.5, now: start)
        #expect(bucket.interval == .seconds(2))
        #expect(bucket.take(now: start) == nil)
        #expect(bucket.take(now: start) == nil)
        #expect(bucket.take(now: start + .milliseconds(500)) == .milliseconds(1500))
    }

    @Test("a long idle fills the bucket only up to the burst")
    func neverAboveBurst() {
        var bucket = TokenBucket(burst: 4, perSecond: 1, now: start)
        let later = start + .seconds(3600)
        for _ in 0..<4 { #expect(bucket.take(now: later) == nil) }
        #expect(bucket.take(now: later) == .seconds(1))
    }

    @Test("spacing sends one interval apart never runs dry")
    func steadyPace() {
        var bucket = TokenBucket(burst: 1, perSecond: 4, now: start)
        for step in 0..<100 {
            #expect(bucket.take(now: start + .milliseconds(250) * step) == nil)
        }
    }

    @Test("a burst below one counts as one")
    func minimumBurst() {
        var bucket = TokenBucket(burst: 0, perSecond: 1, now: start)
        #expect(bucket.burst == 1)
        #expect(bucket.take(now: start) == nil)
        #expect(bucket.take(now: start) == .seconds(1))
    }
}
