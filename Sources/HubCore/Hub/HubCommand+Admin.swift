import Foundation

/// Parsing the admin commands that change things: `!tag`, `!specialist set`, `!audit`.
extension HubCommand {
    /// More examples `!help <command>` shows after the first, each with what it does.
    static let moreExamples: [String: [MessageID]] = [
        "tag": [.helpMoreTagAlias, .helpMoreTagDescribe, .helpMoreTagRemove, .helpMoreTagChecked],
        "specialist": [.helpMoreSpecialistCapacity, .helpMoreSpecialistNone],
    ]

    static let tagUsage = Said(.usageTag)

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
                return .malformed(name: "tag", problem: Said(.usageTagQuotes, ["tag": "\(name)"]))
            }
            let keywords = keywordText.split(separator: ",").map { unquoted(String($0)).lowercased() }
                .filter { !$0.isEmpty }
            guard !keywords.isEmpty else {
                return .malformed(name: "tag", problem: Said(.usageTagKeywords, ["tag": "\(name)"]))
            }
            return .tag(.addInterest(name: name, description: description, keywords: keywords), confirmed: false)
        case "alias", "keyword":
            let keyword = unquoted(remainder).lowercased()
            guard !keyword.isEmpty else {
                return .malformed(name: "tag", problem: Said(.usageTagAlias, ["tag": "\(tag)"]))
            }
            return .tag(.addKeyword(tag: tag, keyword: keyword), confirmed: false)
        case "describe", "description":
            let description = unquoted(remainder)
            guard !description.isEmpty else {
                return .malformed(name: "tag", problem: Said(.usageTagDescribe))
            }
            return .tag(.describe(tag: tag, description: description), confirmed: false)
        case "remove", "rm", "delete":
            guard remainder.isEmpty || ["confirm", "yes"].contains(remainder.lowercased()) else {
                return .malformed(name: "tag", problem: Said(.usageTagRemove, ["tag": "\(tag)"]))
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

    static let specialistUsage = Said(.usageSpecialist)

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
                return .malformed(name: "specialist", problem: Said(.usageSpecialistTags, ["person": "\(person)"]))
            }
            return .setInterests(person: person, interests)
        case "capacity":
            guard words.count == 3, let count = Int(words[2]), (0...50).contains(count) else {
                return .malformed(name: "specialist", problem: Said(.usageSpecialistCapacity))
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
            return .malformed(name: "audit", problem: Said(.usageAudit))
        }
        return .audit(count: count)
    }

    /// `!examples`, `!examples 25`, `!examples remove 3`.
    static func parseExamples(_ words: [String]) -> HubCommand {
        guard let word = words.first else { return .examples(count: 10) }
        if ["remove", "rm", "forget", "delete"].contains(word.lowercased()) {
            guard words.count == 2, let number = requestNumber(words[1], optional: false) ?? nil else {
                return .malformed(name: "examples", problem: Said(.usageExamplesRemove))
            }
            return .removeExample(number)
        }
        guard words.count == 1, let count = Int(word), (1...200).contains(count) else {
            return .malformed(name: "examples", problem: Said(.usageExamples))
        }
        return .examples(count: count)
    }

    /// `#statistics:3 #r` → `["statistics": 3, "r": 2]`, or the problem with a strength.
    static func strengths(_ words: some Sequence<String>) -> (tags: [String: Int], problem: Said?) {
        var tags: [String: Int] = [:]
        for word in words {
            let parts = word.trimmingCharacters(in: CharacterSet(charactersIn: "#,")).split(separator: ":")
            guard let tag = parts.first.map({ $0.lowercased() }), !tag.isEmpty else { continue }
            if parts.count > 1 {
                guard let strength = Int(parts[1]), (1...3).contains(strength) else {
                    return ([:], Said(.usageStrength, ["tag": "\(tag)"]))
                }
                tags[tag] = strength
            } else {
                tags[tag] = 2
            }
        }
        return (tags, nil)
    }
}
