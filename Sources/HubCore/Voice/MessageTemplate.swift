/// One message's wording: text with named placeholders (`{name}`) and plural choices in
/// the ICU MessageFormat style (`{count, plural, one {# request} other {# requests}}`,
/// `#` standing for the number, unless a hashtag follows: `#{tag}`, `#python`). `{{` writes a
/// brace, and `}}` does outside plural choices. Markup HubBot renders per
/// network: `` `code` `` for commands, `**bold**`, and lines starting with `1. ` or `• `
/// for lists.
public struct MessageTemplate: Sendable, Hashable {
    indirect enum Node: Sendable, Hashable {
        case text(String)
        case value(String)
        /// `#` inside a plural case: the number chosen on.
        case number
        case plural(String, cases: [String: [Node]])
    }

    let nodes: [Node]
    public let source: String

    /// A template with a problem (an unclosed brace, a plural without `other`…), and where.
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// Characters into the template.
        public var offset: Int
        public var problem: String
        public var description: String { problem }
    }

    public init(_ source: String) throws(SyntaxError) {
        var parser = Parser(characters: Array(source))
        nodes = try parser.nodes(inPlural: false)
        if parser.position < parser.characters.count {
            throw SyntaxError(offset: parser.position, problem: "a `}` closes nothing; write `}}` for a brace")
        }
        self.source = source
    }

    /// The placeholders the template uses.
    public var placeholders: Set<String> {
        func collect(_ nodes: [Node]) -> Set<String> {
            nodes.reduce(into: Set<String>()) { names, node in
                switch node {
                case .value(let name): names.insert(name)
                case .plural(let name, let cases):
                    names.insert(name)
                    for body in cases.values { names.formUnion(collect(body)) }
                case .text, .number: break
                }
            }
        }
        return collect(nodes)
    }

    /// The plural choices' keys (`one`, `other`, `=0`), per placeholder.
    public var pluralCases: [String: Set<String>] {
        func collect(_ nodes: [Node], into result: inout [String: Set<String>]) {
            for case .plural(let name, let cases) in nodes {
                result[name, default: []].formUnion(cases.keys)
                for body in cases.values { collect(body, into: &result) }
            }
        }
        var result: [String: Set<String>] = [:]
        collect(nodes, into: &result)
        return result
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        mutating func nodes(inPlural: Bool) throws(SyntaxError) -> [Node] {
            var result: [Node] = []
            var text = ""
            func flush() {
                if !text.isEmpty { result.append(.text(text)) }
                text = ""
            }
            while position < characters.count {
                let character = characters[position]
                if character == "{", peek(1) == "{" {
                    text.append("{")
                    position += 2
                } else if character == "}", peek(1) == "}", !inPlural {
                    text.append("}")
                    position += 2
                } else if character == "{" {
                    flush()
                    result.append(try placeholder())
                } else if character == "}" {
                    break
                } else if character == "#", inPlural, !(peek(1).map { $0 == "{" || $0.isLetter } ?? false) {
                    // `#` is the number; `#{tag}` or `#python` is a hashtag.
                    flush()
                    result.append(.number)
                    position += 1
                } else {
                    text.append(character)
                    position += 1
                }
            }
            flush()
            return result
        }

        func peek(_ ahead: Int) -> Character? {
            position + ahead < characters.count ? characters[position + ahead] : nil
        }

        mutating func placeholder() throws(SyntaxError) -> Node {
            let start = position
            position += 1
            let name = word()
            guard !name.isEmpty else {
                throw SyntaxError(
                    offset: start,
                    problem: "a `{` must start a placeholder such as `{name}`; write `{{` for a brace"
                )
            }
            skipSpaces()
            if peek(0) == "}" {
                position += 1
                return .value(name)
            }
            guard peek(0) == "," else {
                throw SyntaxError(offset: position, problem: "`{\(name)` is not closed with `}`")
            }
            position += 1
            skipSpaces()
            let kind = word()
            guard kind == "plural" else {
                throw SyntaxError(
                    offset: position,
                    problem: "only `{\(name), plural, …}` choices are known, not `\(kind)`"
                )
            }
            skipSpaces()
            guard peek(0) == "," else {
                throw SyntaxError(offset: position, problem: "write `{\(name), plural, one {…} other {…}}`")
            }
            position += 1
            var cases: [String: [Node]] = [:]
            while true {
                skipSpaces()
                if peek(0) == "}" {
                    position += 1
                    break
                }
                let keyStart = position
                let key =
                    (peek(0) == "=" ? "=" : "")
                    + {
                        if peek(0) == "=" { position += 1 }
                        return word()
                    }()
                guard !key.isEmpty, key != "=" else {
                    throw SyntaxError(offset: keyStart, problem: "`{\(name), plural, …}` is not closed with `}`")
                }
                if key.hasPrefix("=") ? Int(key.dropFirst()) == nil : !ChatLanguage.pluralCategories.contains(key) {
                    throw SyntaxError(
                        offset: keyStart,
                        problem: "`\(key)` is no plural case: use one, other (zero, two, few, many) or =N"
                    )
                }
                skipSpaces()
                guard peek(0) == "{" else {
                    throw SyntaxError(offset: position, problem: "the plural case `\(key)` needs its text in braces")
                }
                position += 1
                let body = try nodes(inPlural: true)
                guard peek(0) == "}" else {
                    throw SyntaxError(offset: keyStart, problem: "the plural case `\(key)` is not closed with `}`")
                }
                position += 1
                cases[key] = body
            }
            guard cases["other"] != nil else {
                throw SyntaxError(offset: start, problem: "`{\(name), plural, …}` needs an `other {…}` case")
            }
            return .plural(name, cases: cases)
        }

        mutating func word() -> String {
            var result = ""
            while let character = peek(0), character.isLetter || character.isNumber || character == "_" {
                result.append(character)
                position += 1
            }
            return result
        }

        mutating func skipSpaces() {
            while let character = peek(0), character.isWhitespace { position += 1 }
        }
    }
}
