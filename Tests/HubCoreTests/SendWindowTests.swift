import HubCore
import Testing

@Suite("The outbox's send window: as many rooms as the server takes")
struct SendWindowTests {
    let quick = Duration.milliseconds(20)

    @Test("a full window grows by one per answer until the first trouble, never past the ceiling")
    func slowStart() {
        var window = SendWindow(initial: 8, ceiling: 20)
        for _ in 0..<8 { window.answered(after: quick, inFlight: window.permits) }
        #expect(window.permits == 16)
        for _ in 0..<50 { window.answered(after: quick, inFlight: window.permits) }
        #expect(window.permits == 20)
    }

    @Test("a window the load does not fill does not grow (nothing learnt about the server)")
    func idleDoesNotGrow() {
        var window = SendWindow(initial: 8, ceiling: 64)
        for _ in 0..<100 { window.answered(after: quick, inFlight: 3) }
        #expect(window.permits == 8)
        // Half in use counts as in use: 4 of 8 grows it to 9, then 4 of 9 no longer does.
        for _ in 0..<4 { window.answered(after: quick, inFlight: 4) }
        #expect(window.permits == 9)
        for _ in 0..<100 { window.answered(after: quick, inFlight: 6) }
        #expect(window.permits == 13, "6 in use: grows until that is less than half")
    }

    @Test("a rate limit halves the window once per window of answers; then it grows by one per window")
    func halvesThenGrowsSlowly() {
        var window = SendWindow(initial: 32, ceiling: 64)
        // A burst: every send in flight is refused at once; one cut, not 32.
        for _ in 0..<32 { window.postponed() }
        #expect(window.permits == 16)
        #expect(!window.slowStart)
        for _ in 0..<16 { window.answered(after: quick, inFlight: window.permits) }
        #expect(window.permits == 16 || window.permits == 17)
        for _ in 0..<40 { window.answered(after: quick, inFlight: window.permits) }
        #expect(window.permits >= 18 && window.permits <= 19)
        // The next refusal, a window later, cuts again.
        window.postponed()
        #expect(window.permits <= 10)
    }

    @Test("never below one, whatever the server says")
    func floor() {
        var window = SendWindow(initial: 4, ceiling: 64)
        for _ in 0..<100 {
            window.postponed()
            window.answered(after: quick, inFlight: 1)
        }
        #expect(window.permits >= 1)
        let alone = SendWindow(initial: 8, ceiling: 1)
        #expect(alone.permits == 1)
    }

    @Test("answers far slower than the quickest recent ones shrink the window; ordinary jitter does not")
    func latency() {
        var window = SendWindow(initial: 16, ceiling: 64)
        for _ in 0..<8 { window.answered(after: quick, inFlight: 1) }
        // Jitter of a few times a quick answer, well under half a second: no cut.
        for index in 0..<20 { window.answered(after: .milliseconds(index.isMultiple(of: 2) ? 20 : 90), inFlight: 1) }
        #expect(window.permits == 16)
        // Seconds per answer where 20 ms was usual: the server is drowning.
        for _ in 0..<20 { window.answered(after: .seconds(3), inFlight: 1) }
        #expect(window.permits < 16)
        #expect(!window.slowStart)
    }
}
