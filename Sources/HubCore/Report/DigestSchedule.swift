import Foundation

/// When the weekly digest is due: a weekday and an hour, in UTC. Each week has
/// one due moment and one id (`digest:2026-W48`, its ISO week), so the digest
/// raised as an inbox event is handled once per week however often it is raised,
/// across restarts too: the inbox keeps an id it has seen.
public struct DigestSchedule: Sendable, Hashable {
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int
    /// 0–23, in `timeZone`.
    public var hour: Int
    /// Where the weekday and hour are meant (UTC unless configured); summer time is followed.
    public var timeZone: TimeZone

    public init(weekday: Int = 1, hour: Int = 9, timeZone: TimeZone = .gmt) {
        self.weekday = weekday
        self.hour = hour
        self.timeZone = timeZone
    }

    /// `monday` … `sunday` → 1 … 7.
    public static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static var calendar: Calendar { calendar(in: .gmt) }

    private static func calendar(in timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The latest due moment at or before `now`.
    public func lastDue(atOrBefore now: Date) -> Date {
        let calendar = Self.calendar(in: timeZone)
        let today = calendar.startOfDay(for: now)
        let foundationWeekday = calendar.component(.weekday, from: now)  // 1 = Sunday
        let isoWeekday = foundationWeekday == 1 ? 7 : foundationWeekday - 1
        let daysBack = (isoWeekday - weekday + 7) % 7
        let due = moment(daysFrom: today, -daysBack, calendar)
        return due <= now ? due : moment(daysFrom: today, -daysBack - 7, calendar)
    }

    /// The next due moment after `now`.
    public func nextDue(after now: Date) -> Date {
        let calendar = Self.calendar(in: timeZone)
        let last = calendar.startOfDay(for: lastDue(atOrBefore: now))
        return moment(daysFrom: last, 7, calendar)
    }

    /// `hour` o'clock local time, `days` days from the start of a day.
    private func moment(daysFrom day: Date, _ days: Int, _ calendar: Calendar) -> Date {
        let date = calendar.date(byAdding: .day, value: days, to: day) ?? day.addingTimeInterval(Double(days) * 86_400)
        return calendar.date(bySettingHour: hour, minute: 0, second: 0, of: date)
            ?? date.addingTimeInterval(Double(hour) * 3600)
    }

    /// `2026-W48`: the ISO week of a due moment.
    public static func weekID(of date: Date) -> String {
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        let week = parts.weekOfYear ?? 0
        return "\(parts.yearForWeekOfYear ?? 0)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The digest event for the latest due moment at or before `now`: covers the
    /// seven days before that moment.
    public func event(now: Date, network: ChatNetwork) -> ChatEvent {
        let due = lastDue(atOrBefore: now)
        return ChatEvent.own(
            "digest",
            id: "digest:\(Self.weekID(of: due))",
            kind: .digestDue(since: due.addingTimeInterval(-7 * 86_400), until: due),
            network: network,
            at: due
        )
    }
}
