import Foundation

/// Lets a warning through once per kind per interval and counts what it held back, so a
/// server sending thousands of bad lines costs a log line a minute, not thousands.
/// Pure: the caller passes the time.
public struct WarningThrottle: Sendable {
    public let interval: TimeInterval
    private var lastLogged: [String: Date] = [:]
    private var held: [String: Int] = [:]

    public init(interval: TimeInterval = 60) {
        self.interval = interval
    }

    /// Whether to log a warning of `kind` at `now`; when it is, how many of that kind were
    /// held back since the last one.
    public mutating func admit(_ kind: String, now: Date) -> (log: Bool, held: Int) {
        if let last = lastLogged[kind], now.timeIntervalSince(last) < interval {
            held[kind, default: 0] += 1
            return (false, 0)
        }
        if lastLogged.count > 256 { lastLogged.removeAll() }
        lastLogged[kind] = now
        let count = held.removeValue(forKey: kind) ?? 0
        return (true, count)
    }

    /// The kind of a parse error: its reason up to any quoted detail (`invalid command "X"` → `invalid command`).
    public static func kind(of error: any Error) -> String {
        let text = (error as? IRCParseError)?.reason ?? "\(error)"
        return String(text.prefix { $0 != "\"" }).trimmingCharacters(in: .whitespaces)
    }
}
