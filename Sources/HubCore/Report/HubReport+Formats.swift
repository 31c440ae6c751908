import Foundation

/// How a ``HubReport`` is written out.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For people: headings, sentences and tables.
    case markdown
    /// For spreadsheets: one figure per row, `section,item,metric,value`.
    case csv
    /// For programs: stable snake_case keys, sorted; dates in ISO 8601, durations in seconds.
    case json
}

extension HubReport {
    /// The report in `format`, ending with a newline.
    public func rendered(as format: ReportFormat) throws -> String {
        switch format {
        case .markdown: markdown
        case .csv: csv
        case .json: try json + "\n"
        }
    }

    /// The encoder behind the JSON format; ``jsonDecoder`` reads it back.
    public static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static var jsonDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Pretty, with sorted keys: the same report always prints the same bytes.
    public var json: String {
        get throws { String(decoding: try Self.jsonEncoder.encode(self), as: UTF8.self) }
    }

    /// One figure per row under the header `section,item,metric,value`; `item` is a tag,
    /// a category or a score where the figure belongs to one, else empty. Missing
    /// figures (a median without values) are empty cells.
    public var csv: String {
        var rows: [[String]] = [["section", "item", "metric", "value"]]
        func add(_ section: String, _ item: String, _ metric: String, _ value: Double?) {
            rows.append([section, item, metric, value.map(ReportText.number) ?? ""])
        }
        func add(_ section: String, _ item: String, _ metric: String, _ value: Int) {
            add(section, item, metric, Double(value))
        }
        func add(_ section: String, _ item: String, _ spread: Spread, prefix: String = "") {
            add(section, item, prefix + "count", spread.count)
            add(section, item, prefix + "median_seconds", spread.median)
            add(section, item, prefix + "p90_seconds", spread.p90)
        }
        rows.append(["period", "", "since", ReportText.iso(since)])
        rows.append(["period", "", "until", ReportText.iso(until)])
        add("requests", "", "total", requests.total)
        add("requests", "", "found_someone", requests.foundSomeone)
        add("requests", "", "found_share", requests.foundShare)
        add("requests", "", "unmet", requests.unmet)
        add("requests", "", "withdrawn", requests.withdrawn)
        add("requests", "", "still_open", requests.stillOpen)
        add("requests", "", "people_helped", requests.peopleHelped)
        add("requests", "", "specialists_helping", requests.specialistsHelping)
        for entry in requests.perTag { add("requests", entry.tag, "count", entry.count) }
        add("time_to_first_human", "", timeToFirstHuman)
        add("ratings", "", "count", ratings.count)
        add("ratings", "", "average", ratings.average)
        add("ratings", "", "with_comment", ratings.withComment)
        for (index, count) in ratings.scores.enumerated() { add("ratings", "\(index + 1)", "count", count) }
        add("faults", "", "reported", faults.reported)
        add("faults", "", "grouped", faults.grouped)
        add("faults", "", faults.delivery, prefix: "delivery_")
        for category in faults.perCategory {
            add("faults", category.category, "reported", category.reported)
            add("faults", category.category, "filed", category.filed)
            add("faults", category.category, "fixed", category.fixed)
            add("faults", category.category, "failed", category.failed)
            add("faults", category.category, category.delivery, prefix: "delivery_")
        }
        for entry in unmetDemand {
            add("unmet_demand", entry.tag, "no_specialist", entry.noSpecialist)
            add("unmet_demand", entry.tag, "nobody_free", entry.nobodyFree)
        }
        for entry in newInterests { add("new_interests", entry.tag, "count", entry.count) }
        return rows.map { $0.map(ReportText.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

/// How figures read, in every format.
enum ReportText {
    /// `12`, `0.75`, `4.667`: whole numbers without a fraction, others with up to three digits.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.3f", value).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { ",\"\n\r".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `2026-11-23 09:00`, in UTC.
    static func day(_ date: Date, withTime: Bool = true) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .gmt
        formatter.dateFormat = withTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// `45 s`, `12 min`, `3 h 5 min`, `2 d 4 h`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        let minutes = (total + 30) / 60
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 24 * 60 {
            return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
        }
        let hours = (minutes + 30) / 60
        return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// `4.6`.
    static func average(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// "median 10 min, p90 1 h", or "no figures yet".
    static func spread(_ spread: HubReport.Spread) -> String {
        guard let median = spread.median, let p90 = spread.p90 else { return "no figures yet" }
        return "median \(duration(median)), p90 \(duration(p90))"
    }

    /// `1 request`, `2 requests`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }
}
