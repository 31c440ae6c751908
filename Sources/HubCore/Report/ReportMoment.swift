import Foundation

/// The start or end of a report's period as people write it: a time back from
/// now (`30m`, `24h`, `7d`), an ISO 8601 date (`2026-11-23`, midnight UTC) or an
/// ISO 8601 date and time (`2026-11-23T09:00:00Z`).
public enum ReportMoment {
    /// The moment `text` names, seen from `now`; nil when it names none.
    public static func parse(_ text: String, now: Date) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let back = HubCommand.duration(trimmed) { return now.addingTimeInterval(-back.seconds) }
        if let date = try? Date(trimmed, strategy: .iso8601) { return date }
        let dayOnly = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day()
        return try? Date(trimmed, strategy: dayOnly)
    }

    /// What `parse` accepts, for error messages.
    public static let forms = "a time back from now (30m, 24h, 7d) or an ISO date (2026-11-23 or 2026-11-23T09:00:00Z)"
}
