import Foundation

/// A language HubBot speaks: it has a full catalogue of HubBot's messages.
public enum ChatLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case english = "en"
    case german = "de"
    case french = "fr"
    case spanish = "es"
    case dutch = "nl"

    /// `de`, `DE`, `de-AT`, `de_CH` → German; nil for a language HubBot does not speak.
    public init?(code: String) {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: base)
    }

    /// The language's own name, as `!language` lists it.
    public var ownName: String {
        switch self {
        case .english: "English"
        case .german: "Deutsch"
        case .french: "français"
        case .spanish: "español"
        case .dutch: "Nederlands"
        }
    }

    /// The CLDR plural category of `count`: the five languages need only `one` and `other`
    /// (French counts 0 as `one`, like 1).
    public func pluralCategory(_ count: Int) -> String {
        switch self {
        case .french: (count == 0 || count == 1) ? "one" : "other"
        default: count == 1 ? "one" : "other"
        }
    }

    /// The plural categories a template may use in this language (besides `=N` exact matches).
    public static let pluralCategories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    /// "a, b and c" in this language.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and: String =
            switch self {
            case .english: "and"
            case .german: "und"
            case .french: "et"
            case .spanish: "y"
            case .dutch: "en"
            }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items[items.count - 1]
    }

    /// Opening and closing quotation marks for a colleague's words.
    public var quotes: (open: String, close: String) {
        switch self {
        case .english, .dutch: ("“", "”")
        case .german: ("„", "“")
        case .french: ("« ", " »")
        case .spanish: ("«", "»")
        }
    }

    var locale: Locale { Locale(identifier: rawValue) }

    /// "Fri 17:00 CET" in this language, in `zone`.
    public func clock(_ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = zone
        formatter.dateFormat = "EEE HH:mm"
        return formatter.string(from: date) + " " + (zone.abbreviation(for: date) ?? zone.identifier)
    }

    /// ISO weekdays (1 = Monday) as "Mon–Fri" or "Mon, Wed" in this language.
    public func days(_ days: Set<Int>) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = locale
        // Foundation's symbols start on Sunday.
        let names = (1...7).map { iso in calendar.shortWeekdaySymbols[iso % 7] }
        let sorted = days.sorted()
        if let first = sorted.first, let last = sorted.last, sorted.count == last - first + 1, sorted.count > 2 {
            return "\(names[first - 1])–\(names[last - 1])"
        }
        return sorted.map { names[$0 - 1] }.joined(separator: ", ")
    }
}
