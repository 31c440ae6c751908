import Foundation

/// A `!command` someone wrote to HubBot, parsed. Plain sentences are not
/// commands: they are questions for the hub (or answers to its last question).
public enum HubCommand: Sendable, Hashable {
    case ask(String)
    case status
    case cancel(request: Int?)
    case rate(request: Int?, score: Int, comment: String?)
    case interests
    case addInterests([String: Int])
    case removeInterests([String])
    case free
    case busy(until: TimeSpec?)
    case away(until: TimeSpec?)
    case capacity(Int)
    case hours(WorkingHours?)
    case accept(request: Int?)
    case decline(request: Int?, reason: String?)
    case mine
    case done(request: Int?)
    case help(topic: String?)
    /// The language HubBot speaks with the person: a code (`de`), `auto`, or nil to show it.
    case language(String?)
    /// Admins: why HubBot would answer a sentence the way it does.
    case explain(String)
    /// Admins: read the tag config again.
    case reload
    /// Admins: the hub's figures over the last `period`.
    case stats(period: Duration)
    /// Admins: change the tag file (`!tag add|alias|describe|remove`); a removal
    /// of a tag people hold needs `confirmed`.
    case tag(TagEdit, confirmed: Bool)
    /// Admins: set someone else's interests (tag → strength), as written (an id or a name).
    case setInterests(person: String, [String: Int])
    /// Admins: set someone else's capacity.
    case setCapacity(person: String, Int)
    /// Admins: the latest `count` admin changes.
    case audit(count: Int)
    /// Admins: the latest `count` sentences triage learned in chat.
    case examples(count: Int)
    /// Admins: forget a learned sentence.
    case removeExample(Int)
    /// A specialist (offered the request) or an admin says which tag a request really is.
    case retag(request: Int, tag: String)
    /// A command HubBot does not know, with the nearest it does.
    case unknown(name: String, suggestion: String?)
    /// A known command written wrongly, with what HubBot expected.
    case malformed(name: String, problem: Said)

    /// "until 14:00" or "for 2h".
    public enum TimeSpec: Sendable, Hashable {
        case clock(hour: Int, minute: Int)
        case duration(Duration)

        /// The moment meant, seen from `now` in `zone`: a clock time already past means tomorrow.
        public func date(after now: Date, in zone: TimeZone) -> Date {
            switch self {
            case .duration(let duration):
                return now.addingTimeInterval(duration.seconds)
            case .clock(let hour, let minute):
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                let today =
                    calendar.date(bySettingHour: hour, minute: minute, second: 0, of: now) ?? now
                return today > now ? today : today.addingTimeInterval(86_400)
            }
        }
    }

    /// Who a command is for: `!help` lists a colleague's commands to everyone, and adds the
    /// specialist's and the admin's to those who are.
    public enum Role: Sendable, Hashable, Comparable {
        case colleague, specialist, admin
    }

    /// A command as `!help` shows it: usage and example are commands (the same in every
    /// language), the summary is in the catalogue.
    public struct ManualEntry: Sendable {
        public var name: String
        public var usage: String
        public var role: Role
        public var summary: MessageID
        public var example: String
    }

    /// Every command, in the order `!help` lists them.
    public static let manual: [ManualEntry] = [
        ManualEntry(
            name: "ask",
            usage: "!ask <your question>",
            role: .colleague,
            summary: .helpAsk,
            example: "!ask who can help me compare survey results?"
        ),
        ManualEntry(name: "status", usage: "!status", role: .colleague, summary: .helpStatus, example: "!status"),
        ManualEntry(
            name: "cancel",
            usage: "!cancel [request]",
            role: .colleague,
            summary: .helpCancel,
            example: "!cancel 12"
        ),
        ManualEntry(
            name: "rate",
            usage: "!rate <request> <1-5> [comment]",
            role: .colleague,
            summary: .helpRate,
            example: "!rate 12 5 really helpful"
        ),
        ManualEntry(
            name: "interests",
            usage: "!interests [add|remove] [#tag[:strength] …]",
            role: .colleague,
            summary: .helpInterests,
            example: "!interests add #statistics:3 #r"
        ),
        ManualEntry(name: "free", usage: "!free", role: .specialist, summary: .helpFree, example: "!free"),
        ManualEntry(
            name: "busy",
            usage: "!busy [until 14:00 | for 2h]",
            role: .specialist,
            summary: .helpBusy,
            example: "!busy for 2h"
        ),
        ManualEntry(
            name: "away",
            usage: "!away [until 14:00 | for 2h]",
            role: .specialist,
            summary: .helpAway,
            example: "!away until 09:00"
        ),
        ManualEntry(
            name: "capacity",
            usage: "!capacity <n>",
            role: .specialist,
            summary: .helpCapacity,
            example: "!capacity 2"
        ),
        ManualEntry(
            name: "hours",
            usage: "!hours <09:00-17:00> [time zone] [mon-fri] | !hours off",
            role: .specialist,
            summary: .helpHours,
            example: "!hours 09:00-17:00 Europe/Berlin mon-fri"
        ),
        ManualEntry(
            name: "accept",
            usage: "!accept <request>",
            role: .specialist,
            summary: .helpAccept,
            example: "!accept 12"
        ),
        ManualEntry(
            name: "decline",
            usage: "!decline <request> [reason | tell: note]",
            role: .specialist,
            summary: .helpDecline,
            example: "!decline 12 tell: on holiday until Monday, try Bob"
        ),
        ManualEntry(name: "mine", usage: "!mine", role: .specialist, summary: .helpMine, example: "!mine"),
        ManualEntry(name: "done", usage: "!done <request>", role: .specialist, summary: .helpDone, example: "!done 12"),
        ManualEntry(
            name: "help",
            usage: "!help [command]",
            role: .colleague,
            summary: .helpHelp,
            example: "!help interests"
        ),
        ManualEntry(
            name: "language",
            usage: "!language [en|de|fr|es|nl|auto]",
            role: .colleague,
            summary: .helpLanguage,
            example: "!language de"
        ),
        ManualEntry(
            name: "explain",
            usage: "!explain <sentence>",
            role: .admin,
            summary: .helpExplain,
            example: "!explain the printer jams"
        ),
        ManualEntry(name: "reload", usage: "!reload", role: .admin, summary: .helpReload, example: "!reload"),
        ManualEntry(
            name: "stats",
            usage: "!stats [7d | 24h | 30m]",
            role: .admin,
            summary: .helpStats,
            example: "!stats 30d"
        ),
        ManualEntry(
            name: "tag",
            usage: "!tag add|alias|describe|remove #name …",
            role: .admin,
            summary: .helpTag,
            example: "!tag add #quantum-computing \"Qubits and quantum algorithms.\" qubit, quantum computing"
        ),
        ManualEntry(
            name: "specialist",
            usage: "!specialist set <person> interests #tag[:strength] … | capacity <n>",
            role: .admin,
            summary: .helpSpecialist,
            example: "!specialist set @bob:example.org interests #r:3 #python"
        ),
        ManualEntry(name: "audit", usage: "!audit [n]", role: .admin, summary: .helpAudit, example: "!audit 20"),
        ManualEntry(
            name: "retag",
            usage: "!retag <request> #tag",
            role: .specialist,
            summary: .helpRetag,
            example: "!retag 12 #python"
        ),
        ManualEntry(
            name: "examples",
            usage: "!examples [n] | !examples remove <n>",
            role: .admin,
            summary: .helpExamples,
            example: "!examples remove 3"
        ),
    ]

    public static var names: [String] { manual.map(\.name) }

    /// Parses `text` when it starts with `!`; nil for a plain sentence.
    public static func parse(_ text: String) -> HubCommand? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("!"), trimmed.count > 1 else { return nil }
        let body = trimmed.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace }).lowercased()
        let rest = body.dropFirst(name.count).trimmingCharacters(in: .whitespacesAndNewlines)
        let words = rest.split(whereSeparator: \.isWhitespace).map(String.init)
        switch name {
        case "ask":
            return rest.isEmpty ? .malformed(name: name, problem: Said(.usageAsk)) : .ask(rest)
        case "status", "requests": return .status
        case "cancel", "withdraw":
            return requestNumber(words.first, optional: true).map { .cancel(request: $0) }
                ?? malformedNumber(name)
        case "rate":
            return parseRating(words, name: name)
        case "interests", "interest", "tags":
            return parseInterests(words)
        case "free", "available", "back": return .free
        case "busy":
            return parseTime(words).map { .busy(until: $0) }
                ?? .malformed(name: name, problem: Said(.usageBusy))
        case "away":
            return parseTime(words).map { .away(until: $0) }
                ?? .malformed(name: name, problem: Said(.usageAway))
        case "capacity":
            guard let first = words.first, let number = Int(first), (0...50).contains(number) else {
                return .malformed(name: name, problem: Said(.usageCapacity))
            }
            return .capacity(number)
        case "hours":
            return parseHours(words)
        case "accept", "take":
            return requestNumber(words.first, optional: true).map { .accept(request: $0) }
                ?? malformedNumber(name)
        case "decline", "pass":
            // "!decline 12 on holiday", or with one open offer "!decline on holiday".
            let number = words.first.flatMap { requestNumber($0, optional: false) ?? nil }
            let reason = number == nil ? rest : words.dropFirst().joined(separator: " ")
            return .decline(request: number, reason: reason.isEmpty ? nil : reason)
        case "mine", "conversations": return .mine
        case "done", "close", "finished":
            return requestNumber(words.first, optional: true).map { .done(request: $0) }
                ?? malformedNumber(name)
        case "explain", "why":
            return rest.isEmpty ? .malformed(name: name, problem: Said(.usageExplain)) : .explain(rest)
        case "reload":
            return .reload
        case "stats", "report":
            guard let word = words.first else { return .stats(period: .seconds(7 * 86_400)) }
            guard words.count == 1, let period = duration(word) else {
                return .malformed(name: "stats", problem: Said(.usageStats))
            }
            return .stats(period: period)
        case "tag":
            return parseTag(rest)
        case "specialist":
            return parseSpecialist(words)
        case "audit":
            return parseAudit(words)
        case "examples", "learned":
            return parseExamples(words)
        case "retag":
            // The tag with or without its `#` (IRC shows `#python` as a channel, so HubBot writes it without).
            let tag = words.count == 2 ? words[1].trimmingCharacters(in: CharacterSet(charactersIn: "#")) : ""
            guard words.count == 2, let number = requestNumber(words[0], optional: false) ?? nil,
                tag.first.map({ $0.isLetter || $0.isNumber }) == true, Int(tag) == nil
            else {
                return .malformed(name: name, problem: Said(.usageRetag))
            }
            return .retag(request: number, tag: tag.lowercased())
        case "language", "lang", "sprache", "langue", "idioma", "taal":
            guard words.count <= 1 else { return .malformed(name: "language", problem: Said(.usageLanguage)) }
            guard let code = words.first?.lowercased() else { return .language(nil) }
            guard code == "auto" || ChatLanguage(code: code) != nil else {
                return .malformed(name: "language", problem: Said(.usageLanguage))
            }
            return .language(code)
        case "help", "h", "?", "commands":
            return .help(
                topic: words.first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "!")).lowercased() }
            )
        default:
            return .unknown(name: name, suggestion: suggestion(for: name))
        }
    }

    /// The known command nearest to a misspelt one, if it is near enough.
    public static func suggestion(for name: String) -> String? {
        let scored = names.map { ($0, EditDistance.between(name, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= (best.count >= 4 ? 2 : 1) else {
            return names.first { $0.hasPrefix(name) && name.count >= 2 }
        }
        return best
    }

    /// `12`, `#12` → 12. `optional`: a missing number is fine (nil inside); a wrong one is not (nil outside).
    static func requestNumber(_ word: String?, optional: Bool) -> Int?? {
        guard let word else { return optional ? .some(nil) : nil }
        let digits = word.hasPrefix("#") ? String(word.dropFirst()) : word
        guard let number = Int(digits), number > 0 else { return nil }
        return .some(number)
    }

    static func malformedNumber(_ name: String) -> HubCommand {
        .malformed(name: name, problem: Said(.usageNumber, ["command": "\(name)"]))
    }

    static func parseRating(_ words: [String], name: String) -> HubCommand {
        let usage = HubCommand.malformed(name: name, problem: Said(.usageRate))
        if words.count >= 2, case .some(let number?) = requestNumber(words[0], optional: false),
            let score = ratingScore(words[1])
        {
            return .rate(request: number, score: score, comment: comment(words.dropFirst(2)))
        }
        if let first = words.first, let score = ratingScore(first) {
            return .rate(request: nil, score: score, comment: comment(words.dropFirst()))
        }
        guard words.count >= 2, case .some(let number?) = requestNumber(words[0], optional: false),
            let score = ratingScore(words[1])
        else { return usage }
        return .rate(request: number, score: score, comment: comment(words.dropFirst(2)))
    }

    /// 1…5, or 👍 (5) and 👎 (1).
    public static func ratingScore(_ word: String) -> Int? {
        let trimmed = word.trimmingCharacters(in: .whitespacesAndNewlines)
        if ["👍", "+1", "👍️"].contains(trimmed) || trimmed.hasPrefix("👍") { return 5 }
        if ["👎", "-1"].contains(trimmed) || trimmed.hasPrefix("👎") { return 1 }
        let digits = trimmed.hasSuffix("/5") ? String(trimmed.dropLast(2)) : trimmed
        guard let score = Int(digits), (1...5).contains(score) else { return nil }
        return score
    }

    private static func comment(_ words: ArraySlice<String>) -> String? {
        words.isEmpty ? nil : words.joined(separator: " ")
    }

    static func parseInterests(_ words: [String]) -> HubCommand {
        guard let verb = words.first?.lowercased() else { return .interests }
        let tags = words.dropFirst()
        switch verb {
        case "add", "+", "set":
            let (added, problem) = strengths(tags)
            if let problem { return .malformed(name: "interests", problem: problem) }
            return added.isEmpty
                ? .malformed(name: "interests", problem: Said(.usageInterestsAdd))
                : .addInterests(added)
        case "remove", "rm", "-", "delete":
            let removed = tags.map {
                String($0.trimmingCharacters(in: CharacterSet(charactersIn: "#,")).split(separator: ":").first ?? "")
                    .lowercased()
            }.filter { !$0.isEmpty }
            return removed.isEmpty
                ? .malformed(name: "interests", problem: Said(.usageInterestsRemove))
                : .removeInterests(removed)
        default:
            return .malformed(name: "interests", problem: Said(.usageInterests))
        }
    }

    /// Nothing → `.some(nil)`; "until 14:00" / "for 2h" → the time; anything else → nil.
    static func parseTime(_ words: [String]) -> TimeSpec?? {
        guard let first = words.first?.lowercased() else { return .some(nil) }
        guard words.count == 2 else { return nil }
        switch first {
        case "until", "till", "til":
            return clock(words[1]).map { .some(.clock(hour: $0.hour, minute: $0.minute)) }
        case "for":
            return duration(words[1]).map { .some(.duration($0)) }
        default:
            return nil
        }
    }

    static func clock(_ word: String) -> (hour: Int, minute: Int)? {
        let parts = word.split(separator: ":")
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        return (hour, minute)
    }

    /// `30m`, `2h`, `3d`.
    static func duration(_ word: String) -> Duration? {
        let lowered = word.lowercased()
        guard let unit = lowered.last, let amount = Int(lowered.dropLast()), amount > 0 else { return nil }
        switch unit {
        case "m": return .seconds(amount * 60)
        case "h": return .seconds(amount * 3600)
        case "d": return .seconds(amount * 86_400)
        default: return nil
        }
    }

    static func parseHours(_ words: [String]) -> HubCommand {
        let usage = HubCommand.malformed(name: "hours", problem: Said(.usageHours))
        guard let span = words.first else { return usage }
        if ["off", "none", "any"].contains(span.lowercased()) { return .hours(nil) }
        let ends = span.split(separator: "-").map(String.init)
        guard ends.count == 2, let start = clock(ends[0]), let end = clock(ends[1]) else { return usage }
        var zone = "UTC"
        var days: Set<Int> = [1, 2, 3, 4, 5]
        for word in words.dropFirst() {
            if let range = weekdays(word) {
                days = range
            } else if TimeZone(identifier: word) != nil {
                zone = word
            } else {
                return .malformed(name: "hours", problem: Said(.usageHoursWord, ["word": "\(word)"]))
            }
        }
        return .hours(
            WorkingHours(
                timeZone: zone,
                start: start.hour * 60 + start.minute,
                end: end.hour * 60 + end.minute,
                days: days
            )
        )
    }

    /// `mon-fri`, `sat`, `mon,wed,fri` → ISO weekdays.
    static func weekdays(_ word: String) -> Set<Int>? {
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        func day(_ text: Substring) -> Int? { names.firstIndex(of: String(text.prefix(3)).lowercased()).map { $0 + 1 } }
        var days: Set<Int> = []
        for part in word.split(separator: ",") {
            let ends = part.split(separator: "-")
            if ends.count == 2, let from = day(ends[0]), let to = day(ends[1]), from <= to {
                days.formUnion(from...to)
            } else if ends.count == 1, let single = day(ends[0]) {
                days.insert(single)
            } else {
                return nil
            }
        }
        return days.isEmpty ? nil : days
    }
}
