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
    case malformed(name: String, problem: String)

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

    /// Every command with its one-line usage, in the order `!help` lists them.
    public static let manual: [(name: String, usage: String, summary: String, example: String)] = [
        (
            "ask", "!ask <your question>", "ask the hub for people who know about something",
            "!ask who can help me compare survey results?"
        ),
        ("status", "!status", "your open requests", "!status"),
        ("cancel", "!cancel [request]", "withdraw a request (your latest if no number)", "!cancel 12"),
        ("rate", "!rate <request> <1-5> [comment]", "say how a conversation went", "!rate 12 5 really helpful"),
        (
            "interests", "!interests [add|remove] [#tag[:strength] …]", "show or change what you offer, strength 1–3",
            "!interests add #statistics:3 #r"
        ),
        ("free", "!free", "you may be offered requests again", "!free"),
        ("busy", "!busy [until 14:00 | for 2h]", "listed, but not offered requests", "!busy for 2h"),
        ("away", "!away [until 14:00 | for 2h]", "neither listed nor offered", "!away until 09:00"),
        ("capacity", "!capacity <n>", "most conversations you want open at once", "!capacity 2"),
        (
            "hours", "!hours <09:00-17:00> [time zone] [mon-fri] | !hours off", "when you may be offered requests",
            "!hours 09:00-17:00 Europe/Berlin mon-fri"
        ),
        ("accept", "!accept <request>", "take a request offered to you (or react ✅)", "!accept 12"),
        (
            "decline", "!decline <request> [reason | tell: note]",
            "pass on an offer (or react ❌); a reason stays with HubBot, `tell:` passes a note to the colleague",
            "!decline 12 tell: on holiday until Monday, try Bob"
        ),
        ("mine", "!mine", "your open offers and conversations", "!mine"),
        ("done", "!done <request>", "close a conversation", "!done 12"),
        ("help", "!help [command]", "this list, or one command in detail", "!help interests"),
        (
            "explain", "!explain <sentence>", "admins: the decision, its evidence and the candidates",
            "!explain the printer jams"
        ),
        ("reload", "!reload", "admins: read the tag config again (a bad one is refused)", "!reload"),
        ("stats", "!stats [7d | 24h | 30m]", "admins: how the hub served people lately, no names", "!stats 30d"),
        (
            "tag", "!tag add|alias|describe|remove #name …",
            "admins: change the tag file from chat (checked like a file edit, written back, audited)",
            "!tag add #quantum-computing \"Qubits and quantum algorithms.\" qubit, quantum computing"
        ),
        (
            "specialist", "!specialist set <person> interests #tag[:strength] … | capacity <n>",
            "admins: set someone else's interests or capacity",
            "!specialist set @bob:example.org interests #r:3 #python"
        ),
        (
            "audit", "!audit [n]", "admins: the latest admin changes (10 unless you say), accepted or refused",
            "!audit 20"
        ),
        (
            "retag", "!retag <request> #tag",
            "specialists: the tag a request you were offered really is; I read such sentences so from then on",
            "!retag 12 #python"
        ),
        (
            "examples", "!examples [n] | !examples remove <n>",
            "admins: sentences HubBot learned from colleagues' answers (10 unless you say); forget one",
            "!examples remove 3"
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
            return rest.isEmpty ? .malformed(name: name, problem: "write your question after !ask") : .ask(rest)
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
                ?? .malformed(name: name, problem: "write `!busy`, `!busy until 14:00` or `!busy for 2h`")
        case "away":
            return parseTime(words).map { .away(until: $0) }
                ?? .malformed(name: name, problem: "write `!away`, `!away until 09:00` or `!away for 3d`")
        case "capacity":
            guard let first = words.first, let number = Int(first), (0...50).contains(number) else {
                return .malformed(name: name, problem: "write a number from 0 to 50, e.g. `!capacity 2`")
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
            return rest.isEmpty ? .malformed(name: name, problem: "write the sentence after !explain") : .explain(rest)
        case "reload":
            return .reload
        case "stats", "report":
            guard let word = words.first else { return .stats(period: .seconds(7 * 86_400)) }
            guard words.count == 1, let period = duration(word) else {
                return .malformed(
                    name: "stats",
                    problem: "write `!stats` (the last 7 days) or a period such as `!stats 30d`"
                )
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
                return .malformed(name: name, problem: "write the request and the tag it is, e.g. `!retag 12 #python`")
            }
            return .retag(request: number, tag: tag.lowercased())
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
        .malformed(name: name, problem: "write the request's number, e.g. `!\(name) 12`")
    }

    static func parseRating(_ words: [String], name: String) -> HubCommand {
        let usage = HubCommand.malformed(
            name: name,
            problem: "write `!rate <request> <1-5> [comment]`, e.g. `!rate 12 5 thanks!`"
        )
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
                ? .malformed(name: "interests", problem: "name the tags to add, e.g. `!interests add #statistics:3 #r`")
                : .addInterests(added)
        case "remove", "rm", "-", "delete":
            let removed = tags.map {
                String($0.trimmingCharacters(in: CharacterSet(charactersIn: "#,")).split(separator: ":").first ?? "")
                    .lowercased()
            }.filter { !$0.isEmpty }
            return removed.isEmpty
                ? .malformed(name: "interests", problem: "name the tags to remove, e.g. `!interests remove #r`")
                : .removeInterests(removed)
        default:
            return .malformed(
                name: "interests",
                problem: "write `!interests`, `!interests add #tag:3 …` or `!interests remove #tag …`"
            )
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
        let usage = HubCommand.malformed(
            name: "hours",
            problem: "write `!hours 09:00-17:00 [time zone] [mon-fri]`, or `!hours off`"
        )
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
                return .malformed(
                    name: "hours",
                    problem: "`\(word)` is neither a time zone (like Europe/Berlin) nor days (like mon-fri)"
                )
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
