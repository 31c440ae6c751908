import Foundation

/// Parsing the admin commands that change things: `!tag`, `!specialist set`, `!audit`.
extension HubCommand {
    /// More examples `!help <command>` shows after the first, each with what it does.
    static let moreExamples: [String: [String]] = [
        "tag": [
            "`!tag alias #quantum-computing quantum annealing` adds a keyword or phrase",
            "`!tag describe #quantum-computing Qubits, quantum algorithms and what they are good for.` "
                + "replaces the description",
            "`!tag remove #quantum-computing` removes it; when people hold it I say how many and ask for "
                + "`!tag remove #quantum-computing confirm`",
            "Every change is checked like an edit of the tag file (a failing one is refused with the problems), "
                + "written back to the file and listed in `!audit`.",
        ],
        "specialist": [
            "`!specialist set @bob:example.org capacity 2` sets how many conversations Bob takes at once",
            "`!specialist set Bob interests none` clears them (a name HubBot knows works too); Bob is told",
        ],
    ]

    static let tagUsage =
        "write `!tag add #name \"description\" keyword, keyword …`, `!tag alias #name word or phrase`, "
        + "`!tag describe #name new description` or `!tag remove #name`; `!help tag` has examples"

    /// `add #name "description" a, b`, `alias #name phrase`, `describe #name text`, `remove #name [confirm]`.
    static func parseTag(_ rest: String) -> HubCommand {
        let verb = String(rest.prefix { !$0.isWhitespace }).lowercased()
        let afterVerb = rest.dropFirst(verb.count).drop(while: \.isWhitespace)
        let nameWord = afterVerb.prefix { !$0.isWhitespace }
        let name = nameWord.trimmingCharacters(in: CharacterSet(charactersIn: "#,:"))
        let remainder = afterVerb.dropFirst(nameWord.count).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return .malformed(name: "tag", problem: tagUsage) }
        // Names are looked up as colleagues write hashtags; a new one is kept as written, for the check to judge.
        let tag = name.lowercased()
        switch verb {
        case "add", "new", "create":
            guard let (description, keywordText) = quotedPrefix(remainder) else {
                return .malformed(
                    name: "tag",
                    problem: "put the description in quotes, then the keywords separated by commas, e.g. "
                        + "`!tag add #\(name) \"What it is about.\" keyword, another phrase`"
                )
            }
            let keywords = keywordText.split(separator: ",").map { unquoted(String($0)).lowercased() }
                .filter { !$0.isEmpty }
            guard !keywords.isEmpty else {
                return .malformed(
                    name: "tag",
                    problem:
                        "after the description, list the words and phrases that point to #\(name), separated by commas"
                )
            }
            return .tag(.addInterest(name: name, description: description, keywords: keywords), confirmed: false)
        case "alias", "keyword":
            let keyword = unquoted(remainder).lowercased()
            guard !keyword.isEmpty else {
                return .malformed(
                    name: "tag",
                    problem: "write the word or phrase after the tag, e.g. `!tag alias #\(tag) qubit`"
                )
            }
            return .tag(.addKeyword(tag: tag, keyword: keyword), confirmed: false)
        case "describe", "description":
            let description = unquoted(remainder)
            guard !description.isEmpty else {
                return .malformed(name: "tag", problem: "write the new description after the tag")
            }
            return .tag(.describe(tag: tag, description: description), confirmed: false)
        case "remove", "rm", "delete":
            guard remainder.isEmpty || ["confirm", "yes"].contains(remainder.lowercased()) else {
                return .malformed(name: "tag", problem: "write `!tag remove #\(tag)`, then `confirm` if I ask")
            }
            return .tag(.remove(tag: tag), confirmed: !remainder.isEmpty)
        default:
            return .malformed(name: "tag", problem: tagUsage)
        }
    }

    static let openingQuotes: Set<Character> = ["\"", "“", "„"]
    static let closingQuotes: Set<Character> = ["\"", "”", "“"]

    /// `"text" rest` → (text, rest), with straight or typographic quotes (chat clients change them).
    static func quotedPrefix(_ text: String) -> (String, String)? {
        guard let first = text.first, openingQuotes.contains(first) else { return nil }
        let body = text.dropFirst()
        guard let close = body.firstIndex(where: { closingQuotes.contains($0) }) else { return nil }
        let quoted = body[..<close].trimmingCharacters(in: .whitespaces)
        guard !quoted.isEmpty else { return nil }
        return (quoted, String(body[body.index(after: close)...]))
    }

    /// The text without surrounding whitespace or one pair of quotes.
    static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let (inner, rest) = quotedPrefix(trimmed), rest.trimmingCharacters(in: .whitespaces).isEmpty {
            return inner
        }
        return trimmed
    }

    static let specialistUsage =
        "write `!specialist set <person> interests #tag[:strength] …` or `!specialist set <person> capacity <n>`"

    /// `set <person> interests #a #b:3 | none`, `set <person> capacity 2` (`set` may be left out).
    static func parseSpecialist(_ words: [String]) -> HubCommand {
        let words = words.first?.lowercased() == "set" ? Array(words.dropFirst()) : words
        guard words.count >= 2 else { return .malformed(name: "specialist", problem: specialistUsage) }
        let person = words[0]
        switch words[1].lowercased() {
        case "interests", "interest", "tags":
            let tags = words.dropFirst(2)
            if tags.count == 1, tags.first?.lowercased() == "none" { return .setInterests(person: person, [:]) }
            let (interests, problem) = strengths(tags)
            if let problem { return .malformed(name: "specialist", problem: problem) }
            guard !interests.isEmpty else {
                return .malformed(
                    name: "specialist",
                    problem: "name the tags, e.g. `!specialist set \(person) interests #r:3`, or `none`"
                )
            }
            return .setInterests(person: person, interests)
        case "capacity":
            guard words.count == 3, let count = Int(words[2]), (0...50).contains(count) else {
                return .malformed(name: "specialist", problem: "capacity is a number from 0 to 50")
            }
            return .setCapacity(person: person, count)
        default:
            return .malformed(name: "specialist", problem: specialistUsage)
        }
    }

    /// `!audit` (10) or `!audit 25`.
    static func parseAudit(_ words: [String]) -> HubCommand {
        guard let word = words.first else { return .audit(count: 10) }
        guard words.count == 1, let count = Int(word), (1...200).contains(count) else {
            return .malformed(
                name: "audit",
                problem: "write `!audit` (the latest 10) or a number up to 200, e.g. `!audit 25`"
            )
        }
        return .audit(count: count)
    }

    /// `!examples`, `!examples 25`, `!examples remove 3`.
    static func parseExamples(_ words: [String]) -> HubCommand {
        guard let word = words.first else { return .examples(count: 10) }
        if ["remove", "rm", "forget", "delete"].contains(word.lowercased()) {
            guard words.count == 2, let number = requestNumber(words[1], optional: false) ?? nil else {
                return .malformed(name: "examples", problem: "write `!examples remove 3`; `!examples` lists them")
            }
            return .removeExample(number)
        }
        guard words.count == 1, let count = Int(word), (1...200).contains(count) else {
            return .malformed(
                name: "examples",
                problem: "write `!examples` (the latest 10), a number up to 200, or `!examples remove 3`"
            )
        }
        return .examples(count: count)
    }

    /// `#statistics:3 #r` → `["statistics": 3, "r": 2]`, or the problem with a strength.
    static func strengths(_ words: some Sequence<String>) -> (tags: [String: Int], problem: String?) {
        var tags: [String: Int] = [:]
        for word in words {
            let parts = word.trimmingCharacters(in: CharacterSet(charactersIn: "#,")).split(separator: ":")
            guard let tag = parts.first.map({ $0.lowercased() }), !tag.isEmpty else { continue }
            if parts.count > 1 {
                guard let strength = Int(parts[1]), (1...3).contains(strength) else {
                    return ([:], "a strength is 1, 2 or 3, e.g. `#\(tag):3`")
                }
                tags[tag] = strength
            } else {
                tags[tag] = 2
            }
        }
        return (tags, nil)
    }
}
