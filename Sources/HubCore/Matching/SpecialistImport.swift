import Foundation

/// Specialists given to the hub in bulk by an admin (`hubbot specialists import --apply`):
/// each listed person offers exactly the interests given, with the capacity and working hours
/// given (left as they are where a column is empty). Handled by the hub like a chat event,
/// so it is applied once, stored with its records, and each person whose profile changed is told.
public struct SpecialistImport: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var person: PersonID
        public var displayName: String?
        /// Tag → strength 1–3; empty means the person offers nothing (`none`).
        public var interests: [String: Int]
        public var capacity: Int?
        public var workingHours: WorkingHours?

        public init(
            person: PersonID,
            displayName: String? = nil,
            interests: [String: Int],
            capacity: Int? = nil,
            workingHours: WorkingHours? = nil
        ) {
            self.person = person
            self.displayName = displayName
            self.interests = interests
            self.capacity = capacity
            self.workingHours = workingHours
        }

        /// `specialist` as a directory sync leaves it: the directory's interests (`interests`)
        /// added where the person has neither the tag nor removed it themselves, the ones it gave
        /// before updated to its strength or, when it no longer lists them, removed; what the person
        /// set themselves (interests, strengths, capacity, hours) is kept. nil when the person is not a specialist and the directory gives nothing.
        public func syncedFromDirectory(to specialist: Specialist?, at now: Date) -> Specialist? {
            if specialist == nil, interests.isEmpty { return nil }
            var result =
                specialist ?? Specialist(id: person, displayName: displayName ?? person.rawValue, interests: [:])
            if let displayName { result.displayName = displayName }
            let declined = result.declinedFromDirectory ?? []
            var managed = result.fromDirectory ?? []
            for tag in managed where interests[tag] == nil {
                result.interests[tag] = nil
                result.interestsSince?[tag] = nil
                managed.remove(tag)
            }
            for (tag, strength) in interests where !declined.contains(tag) {
                if result.interests[tag] == nil {
                    result.offer(tag, strength: strength, at: now)
                    managed.insert(tag)
                } else if managed.contains(tag) {
                    result.interests[tag] = strength  // the directory's own: its strength follows
                }
            }
            result.fromDirectory = managed.isEmpty ? nil : managed
            return result
        }

        /// `specialist` as this entry leaves it.
        public func applied(to specialist: Specialist?, at now: Date) -> Specialist {
            var result =
                specialist ?? Specialist(id: person, displayName: displayName ?? person.rawValue, interests: [:])
            if let displayName { result.displayName = displayName }
            for tag in result.interests.keys where interests[tag] == nil {
                result.interests[tag] = nil
                result.interestsSince?[tag] = nil
            }
            for (tag, strength) in interests { result.offer(tag, strength: strength, at: now) }
            if let capacity { result.capacity = capacity }
            if let workingHours { result.workingHours = workingHours }
            return result
        }
    }

    /// The file it came from, as the admin named it.
    public var source: String
    /// Who ran the import (the operating-system user), for the audit log and the people told.
    public var admin: String
    public var entries: [Entry]
    /// A directory sync (`sync-ldap`): the entries are everyone the directory lists, each with
    /// the interests it gives; people it gave interests before and no longer lists lose those.
    /// nil for a file import, where each row says exactly what the person offers.
    public var directory: String?

    public init(source: String, admin: String, entries: [Entry], directory: String? = nil) {
        self.source = source
        self.admin = admin
        self.entries = entries
        self.directory = directory
    }

    /// One person the batch reaches: their profile before and after (equal when nothing changes).
    public struct Change: Sendable {
        public var entry: Entry
        public var before: Specialist?
        public var after: Specialist
        /// No longer listed by the directory: what it gave is taken back.
        public var leaving: Bool
        public var changes: Bool { after != before }
    }

    /// What the batch does to `specialists` (the hub's, or the database's for a dry run): a file
    /// import reaches the people it lists; a directory sync also everyone it gave interests
    /// before and no longer lists. People it would neither make nor touch are left out.
    public func changes(_ specialists: [Specialist], at now: Date) -> [Change] {
        let current = Dictionary(specialists.map { ($0.id, $0) }) { $1 }
        var reached = entries.map { (entry: $0, leaving: false) }
        if directory != nil {
            let listed = Set(entries.map(\.person))
            for specialist in specialists.sorted(by: { $0.id.rawValue < $1.id.rawValue })
            where !listed.contains(specialist.id) && !(specialist.fromDirectory ?? []).isEmpty {
                reached.append((Entry(person: specialist.id, interests: [:]), true))
            }
        }
        return reached.compactMap { entry, leaving in
            let before = current[entry.person]
            let after =
                directory == nil ? entry.applied(to: before, at: now) : entry.syncedFromDirectory(to: before, at: now)
            return after.map { Change(entry: entry, before: before, after: $0, leaving: leaving) }
        }
    }
}

/// Specialists as a CSV file, for `hubbot specialists import` and `export`: one person per
/// row, a header naming the columns (any order; `person` required):
///
///     person,name,interests,capacity,hours,time_zone
///     @ana:example.org,Ana,statistics:3 r python:2,3,09:00-17:00 mon-fri,Europe/Berlin
///
/// `interests` are tag names with an optional strength 1–3 (2 when left out), separated by
/// spaces, commas or semicolons, or `none`; `hours` is `09:00-17:00` with optional days
/// (`mon-fri`, `mon,wed`), or `off`. Empty cells leave what the person has.
public enum SpecialistCSV {
    public static let columns = ["person", "name", "interests", "capacity", "hours", "time_zone"]

    /// A problem in the file, where it is (1-based line and column).
    public struct Problem: Sendable, Hashable, Codable {
        public var line: Int
        public var column: Int
        public var message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// One cell with where it starts.
    struct Cell {
        var text: String
        var line: Int
        var column: Int
    }

    /// Reads the file; every row's problems are reported, and a row with any problem is not returned.
    public static func read(_ text: String, tags: TagModel, network: ChatNetwork) -> (
        entries: [(line: Int, entry: SpecialistImport.Entry)], problems: [Problem]
    ) {
        var problems: [Problem] = []
        let rows = cells(of: text, problems: &problems)
        guard let header = rows.first else {
            return (
                [],
                problems + [
                    Problem(
                        line: 1,
                        column: 1,
                        message:
                            "the file is empty; the first line names the columns: \(columns.joined(separator: ","))"
                    )
                ]
            )
        }
        var index: [String: Int] = [:]
        for (position, cell) in header.enumerated() {
            let name = cell.text.trimmingCharacters(in: .whitespaces).lowercased()
            if !columns.contains(name) {
                problems.append(
                    Problem(
                        line: cell.line,
                        column: cell.column,
                        message: "unknown column `\(cell.text)`; the columns are \(columns.joined(separator: ", "))"
                    )
                )
            } else if index[name] != nil {
                problems.append(Problem(line: cell.line, column: cell.column, message: "the column `\(name)` twice"))
            } else {
                index[name] = position
            }
        }
        guard index["person"] != nil else {
            return ([], problems + [Problem(line: 1, column: 1, message: "no `person` column in the first line")])
        }
        let known = Set(tags.interests.map(\.name))
        var seen: [PersonID: Int] = [:]
        var entries: [(line: Int, entry: SpecialistImport.Entry)] = []
        for row in rows.dropFirst() {
            guard let first = row.first else { continue }
            if row.count == 1, first.text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let before = problems.count
            func cell(_ name: String) -> Cell? {
                guard let position = index[name] else { return nil }
                return position < row.count
                    ? row[position] : Cell(text: "", line: first.line, column: (row.last?.column ?? 1) + 1)
            }
            func problem(_ cell: Cell, _ message: String) {
                problems.append(Problem(line: cell.line, column: cell.column, message: message))
            }
            if row.count > header.count, let extra = row.dropFirst(header.count).first {
                problem(extra, "more cells than the first line has columns (\(header.count))")
            }
            // The header check above guarantees a person column.
            let personCell = cell("person") ?? first
            let person = PersonID(personCell.text.trimmingCharacters(in: .whitespaces))
            if let message = personProblem(person.rawValue, network: network) {
                problem(personCell, message)
            } else if let earlier = seen[person] {
                problem(personCell, "\(person.rawValue) is listed twice (first on line \(earlier))")
            } else {
                seen[person] = personCell.line
            }
            var entry = SpecialistImport.Entry(person: person, interests: [:])
            if let name = cell("name"), !name.text.trimmingCharacters(in: .whitespaces).isEmpty {
                let clean = name.text.trimmingCharacters(in: .whitespaces)
                if clean.count > 100 || clean.contains(where: \.isNewline) {
                    problem(name, "a name is one line of at most 100 characters")
                } else {
                    entry.displayName = clean
                }
            }
            if let interests = cell("interests") {
                let words = interests.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\t" })
                    .map(String.init)
                if words.isEmpty {
                    problem(interests, "no interests: name tags (e.g. statistics:3 r), or write none")
                } else if words.map({ $0.lowercased() }) != ["none"] {
                    let (strengths, trouble) = HubCommand.strengths(words)
                    if let trouble {
                        problem(interests, trouble.english.replacingOccurrences(of: "`#", with: "`"))
                    }
                    let unknown = strengths.keys.filter { !known.contains($0) }.sorted()
                    if !unknown.isEmpty {
                        problem(
                            interests,
                            "unknown tag\(unknown.count == 1 ? "" : "s") \(unknown.map { "`\($0)`" }.joined(separator: ", ")) "
                                + "(not in the tag file)"
                        )
                    }
                    entry.interests = strengths
                }
            } else {
                problem(personCell, "no `interests` column: each row needs the person's interests")
            }
            if let capacity = cell("capacity"), !capacity.text.trimmingCharacters(in: .whitespaces).isEmpty {
                if let number = Int(capacity.text.trimmingCharacters(in: .whitespaces)), (0...50).contains(number) {
                    entry.capacity = number
                } else {
                    problem(capacity, "capacity is a whole number from 0 to 50")
                }
            }
            let zoneCell = cell("time_zone")
            let zone = zoneCell?.text.trimmingCharacters(in: .whitespaces) ?? ""
            if let zoneCell, !zone.isEmpty, TimeZone(identifier: zone) == nil {
                problem(zoneCell, "`\(zone)` is not a time zone (like Europe/Berlin or UTC)")
            }
            if let hours = cell("hours"), !hours.text.trimmingCharacters(in: .whitespaces).isEmpty {
                let words = hours.text.split(separator: " ").map(String.init)
                let withZone = words + (zone.isEmpty || TimeZone(identifier: zone) == nil ? [] : [zone])
                switch HubCommand.parseHours(withZone) {
                case .hours(let parsed?):
                    entry.workingHours = parsed
                case .hours(nil):
                    entry.workingHours = nil
                default:
                    problem(hours, "hours are like 09:00-17:00, optionally with days (09:00-17:00 mon-fri), or off")
                }
            } else if let zoneCell, !zone.isEmpty {
                problem(zoneCell, "a time zone without hours: give the hours too (e.g. 09:00-17:00)")
            }
            if problems.count == before { entries.append((first.line, entry)) }
        }
        return (entries, problems)
    }

    /// Why `person` cannot be a specialist's id on `network`, or nil.
    static func personProblem(_ person: String, network: ChatNetwork) -> String? {
        if person.isEmpty { return "no person: a Matrix id like @ana:example.org" }
        switch network {
        case .matrix:
            let parts = person.dropFirst().split(separator: ":", maxSplits: 1)
            guard person.hasPrefix("@"), parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                !person.contains(where: { $0.isWhitespace })
            else { return "`\(person)` is not a Matrix id (like @ana:example.org)" }
            return nil
        case .irc:
            guard !person.contains(where: { $0.isWhitespace || $0 == "," }), !person.hasPrefix("#") else {
                return "`\(person)` is not an IRC account or nick"
            }
            return nil
        }
    }

    /// The rows and cells of a CSV text (RFC 4180: quotes, doubled quotes, line breaks in quotes).
    static func cells(of text: String, problems: inout [Problem]) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = ""
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var quoted = false
        var afterQuote = false
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        func endField() {
            row.append(Cell(text: field, line: fieldLine, column: fieldColumn))
            field = ""
            afterQuote = false
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(character)
                }
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            switch character {
            case ",":
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\n", "\r\n", "\r":
                endField()
                rows.append(row)
                row = []
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty && !afterQuote:
                field = ""
                quoted = true
                column += 1
            default:
                if afterQuote, !character.isWhitespace {
                    problems.append(
                        Problem(line: line, column: column, message: "text after a closing quote; quote the whole cell")
                    )
                    afterQuote = false
                }
                field.append(character)
                column += 1
            }
        }
        if quoted {
            problems.append(
                Problem(line: fieldLine, column: fieldColumn, message: "a quote opened here is never closed")
            )
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }

    /// The specialists as CSV with the columns `read` takes, one row each, sorted by person.
    public static func write(_ specialists: [Specialist]) -> String {
        var lines = [columns.joined(separator: ",")]
        for specialist in specialists.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            let interests =
                specialist.interests.isEmpty
                ? "none"
                : specialist.interests.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")
            var hours = ""
            var zone = ""
            if let working = specialist.workingHours {
                hours = "\(clock(working.start))-\(clock(working.end)) \(days(working.days))"
                zone = working.timeZone
            }
            let cells = [
                specialist.id.rawValue, specialist.displayName, interests, "\(specialist.capacity)", hours, zone,
            ]
            lines.append(cells.map(ReportText.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func clock(_ minutes: Int) -> String {
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func days(_ days: Set<Int>) -> String {
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        // Runs of days as ranges: mon-fri, mon,wed-thu.
        var runs: [ClosedRange<Int>] = []
        for day in days.sorted() where (1...7).contains(day) {
            if let last = runs.last, last.upperBound == day - 1 {
                runs[runs.count - 1] = last.lowerBound...day
            } else {
                runs.append(day...day)
            }
        }
        return runs.map { run in
            run.count == 1 ? names[run.lowerBound - 1] : "\(names[run.lowerBound - 1])-\(names[run.upperBound - 1])"
        }.joined(separator: ",")
    }
}
