import Foundation
import IRCChat
import Testing

@Suite("Warnings about bad server lines: once per kind a minute")
struct WarningThrottleTests {
    @Test("1,000 bad lines of one kind in a minute are one warning; the next one counts the rest")
    func oncePerKind() {
        var throttle = WarningThrottle(interval: 60)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var logged = 0
        for second in 0..<1000 {
            if throttle.admit("missing command", now: start.addingTimeInterval(Double(second) * 0.05)).log {
                logged += 1
            }
        }
        #expect(logged == 1)
        #expect(throttle.admit("empty line", now: start).log, "another kind is logged at once")
        let next = throttle.admit("missing command", now: start.addingTimeInterval(61))
        #expect(next.log && next.held == 999)
    }

    @Test("the kind of a parse error leaves out the quoted detail")
    func kinds() {
        #expect(WarningThrottle.kind(of: IRCParseError("invalid command \"12x\"")) == "invalid command")
        #expect(WarningThrottle.kind(of: IRCParseError("empty line")) == "empty line")
    }
}
