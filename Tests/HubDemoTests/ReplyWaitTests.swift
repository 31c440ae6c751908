import Testing

@testable import HubDemo

@Suite("Chat pacing: waiting for HubBot's answer to a scripted line")
struct ReplyWaitTests {
    @Test(
        "answered once a new message is followed by quiet; timed out without one",
        arguments: [
            // (messages since the line, ms since the last one, ms since the line was sent, expected)
            (0, nil, 500, ReplyWait.State.waiting),
            (0, nil, 30_000, .timedOut),
            (1, 200, 300, .waiting),
            (1, 1_500, 1_600, .answered),
            (2, 1_600, 40_000, .answered),
            (1, 100, 40_000, .timedOut),
        ] as [(Int, Int?, Int, ReplyWait.State)]
    )
    func states(newMessages: Int, sinceLast: Int?, sinceSent: Int, expected: ReplyWait.State) {
        let now = ContinuousClock.now
        let wait = ReplyWait(
            seenBefore: 3,
            sentAt: now - .milliseconds(sinceSent),
            settle: .milliseconds(1500),
            timeout: .seconds(30)
        )
        let last = sinceLast.map { now - .milliseconds($0) }
        #expect(wait.state(seen: 3 + newMessages, lastArrival: last, now: now) == expected)
    }
}
