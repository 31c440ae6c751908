import Foundation

/// A person who offers their interests to the hub.
public struct Specialist: Sendable, Hashable, Codable {
    public var id: PersonID
    public var displayName: String
    /// Interest tag → strength, 1 (curious) to 3 (expert).
    public var interests: [String: Int]
    /// Most conversations they want open at once.
    public var capacity: Int
    public var availability: Availability
    public var workingHours: WorkingHours?
    /// When each interest was first offered, for reports ("new interests this week");
    /// absent in records written before HubBot kept it.
    public var interestsSince: [String: Date]?
    /// Interests a directory sync (`hubbot specialists sync-ldap`) gave and still manages: the next
    /// sync removes them when the directory no longer lists them. What the person added
    /// themselves is never here.
    public var fromDirectory: Set<String>?
    /// Interests the directory gives that the person removed themselves: a sync does not add them again.
    public var declinedFromDirectory: Set<String>?

    public init(
        id: PersonID,
        displayName: String,
        interests: [String: Int],
        capacity: Int = 3,
        availability: Availability = .free,
        workingHours: WorkingHours? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.interests = interests
        self.capacity = capacity
        self.availability = availability
        self.workingHours = workingHours
    }
}

/// What a specialist said about their time.
public enum Availability: Sendable, Hashable, Codable {
    case free
    /// Listed, but not offered new requests, until the given time (or until they say `!free`).
    case busy(until: Date?)
    /// Neither listed nor offered until the given time.
    case away(until: Date?)
}

/// When a specialist works, in their own time zone.
public struct WorkingHours: Sendable, Hashable, Codable {
    /// An IANA time zone, e.g. `Europe/Berlin`.
    public var timeZone: String
    /// Minutes after midnight.
    public var start: Int
    public var end: Int
    /// ISO weekdays, 1 = Monday … 7 = Sunday.
    public var days: Set<Int>

    public init(timeZone: String, start: Int, end: Int, days: Set<Int> = [1, 2, 3, 4, 5]) {
        self.timeZone = timeZone
        self.start = start
        self.end = end
        self.days = days
    }

    /// True when `date` falls inside these hours. An unknown time zone counts as always working.
    public func contains(_ date: Date) -> Bool {
        guard let zone = TimeZone(identifier: timeZone) else { return true }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        guard let weekday = parts.weekday, let hour = parts.hour, let minute = parts.minute else { return true }
        let isoWeekday = weekday == 1 ? 7 : weekday - 1
        let minutes = hour * 60 + minute
        return days.contains(isoWeekday) && minutes >= start && minutes < end
    }
}
