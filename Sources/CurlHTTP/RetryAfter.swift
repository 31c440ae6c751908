import Foundation

/// Parses the `Retry-After` header (RFC 9110 §10.2.3): either a number of
/// seconds or an HTTP-date in any of the three formats of RFC 9110 §5.6.7.
public enum RetryAfter {
    /// The delay the header asks for, measured from `now`; zero for a date in
    /// the past, nil when the value is not valid.
    public static func delay(from value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.utf8.first, (0x30...0x39).contains(first) {
            guard trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let seconds = Int64(trimmed) else {
                return nil
            }
            return .seconds(seconds)
        }
        guard let date = httpDate(trimmed) else { return nil }
        let interval = date.timeIntervalSince(now)
        return interval <= 0 ? .zero : .milliseconds(Int64((interval * 1000).rounded()))
    }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), an obsolete
    /// RFC 850 date (`Sunday, 06-Nov-94 08:49:37 GMT`) or an asctime date
    /// (`Sun Nov  6 08:49:37 1994`).
    public static func httpDate(_ text: String) -> Date? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let day: Int
        let month: Int
        var year: Int
        let time: String
        switch tokens.count {
        case 6 where tokens[5] == "GMT":  // IMF-fixdate
            guard let d = Int(tokens[1]), let m = monthNumber(tokens[2]), let y = Int(tokens[3]) else { return nil }
            (day, month, year, time) = (d, m, y, tokens[4])
        case 4 where tokens[3] == "GMT":  // RFC 850
            let parts = tokens[1].split(separator: "-")
            guard parts.count == 3, let d = Int(parts[0]), let m = monthNumber(String(parts[1])), let y = Int(parts[2])
            else { return nil }
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            (day, month, year, time) = (d, m, y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y, tokens[2])
        case 5:  // asctime
            guard let m = monthNumber(tokens[1]), let d = Int(tokens[2]), let y = Int(tokens[4]) else { return nil }
            (day, month, year, time) = (d, m, y, tokens[3])
        default:
            return nil
        }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (1...31).contains(day), (0...23).contains(clock[0]), (0...59).contains(clock[1]),
            (0...60).contains(clock[2]), year >= 1970
        else { return nil }
        year = max(year, 1970)
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ name: String) -> Int? {
        months.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
