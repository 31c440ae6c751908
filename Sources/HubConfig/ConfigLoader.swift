import Foundation
import HubCore
import Yams

/// Reads and validates `hubbot.yaml`, reporting every problem at once with
/// file, line and column.
public enum ConfigLoader {
    /// Loads the file at `path`.
    public static func load(path: String) throws(ConfigError) -> HubBotConfig {
        let text = try readText(path)
        let config = try parse(text, file: path)
        // hub.tags naming this very file would be read as a tag file and refused only at `run`.
        let tags = URL(fileURLWithPath: config.tagsPath(relativeTo: path)).standardized.path
        if tags == URL(fileURLWithPath: path).standardized.path {
            var mark: Mark?
            if let root = try? Yams.compose(yaml: text) {
                mark = Self.mark(of: [AnyKey("hub"), AnyKey("tags")], in: root)
            }
            throw ConfigError(issues: [
                ConfigIssue(
                    file: path,
                    line: mark?.line ?? 1,
                    column: mark?.column ?? 1,
                    key: "hub.tags",
                    message: "names this file itself; it must name the tag file (e.g. tags.yaml beside it)"
                )
            ])
        }
        return config
    }

    static func readText(_ path: String) throws(ConfigError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(issues: [
                ConfigIssue(
                    file: path,
                    line: 0,
                    column: 0,
                    key: "",
                    message: "cannot read the file; check the path (see --config) and its permissions"
                )
            ])
        }
        return try text(of: Array(data), file: path)
    }

    /// The file's text when it is UTF-8; otherwise what is wrong with it, where.
    static func text(of bytes: [UInt8], file: String) throws(ConfigError) -> String {
        func refuse(_ message: String, at offset: Int) -> ConfigError {
            let (line, column) = position(ofByte: offset, in: bytes)
            return ConfigError(issues: [ConfigIssue(file: file, line: line, column: column, key: "", message: message)])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        {
            throw refuse("the file is UTF-16 (or UTF-32), not UTF-8; save it as UTF-8", at: 0)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw refuse("a NUL byte; the file is damaged or not text — remove it", at: nul)
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var decoder = UTF8()
        var iterator = bytes[start...].makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): start += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error:
                throw refuse(
                    "not valid UTF-8 (byte 0x\(String(bytes[start], radix: 16, uppercase: true))); save the file as UTF-8",
                    at: start
                )
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Line and column (from 1, in characters) of the byte at `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes.prefix(max(0, offset))
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    /// Parses config text; `file` is only used in messages.
    public static func parse(_ yaml: String, file: String) throws(ConfigError) -> HubBotConfig {
        try decode(HubBotConfig.self, from: yaml, file: file, schema: HubBotConfig.schema) { config in
            ConfigValidator.problems(in: config.resolvingPaths(relativeTo: file)).map { ($0.key, $0.message) }
        }.resolvingPaths(relativeTo: file)
    }

    /// Parses YAML into `Value`, reporting syntax errors, unknown keys, type
    /// errors and the `validate` findings together, each with line and column.
    static func decode<Value: Decodable>(
        _ type: Value.Type,
        from yaml: String,
        file: String,
        schema: KeySchema,
        validate: (Value) -> [(key: String, message: String)] = { _ in [] }
    ) throws(ConfigError) -> Value {
        func issue(_ mark: Mark?, _ key: String, _ message: String) -> ConfigIssue {
            ConfigIssue(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, key: key, message: message)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ConfigError(issues: [
                    ConfigIssue(
                        file: file,
                        line: 1,
                        column: 1,
                        key: "",
                        message: "the file is empty (or holds only comments)"
                    )
                ])
            }
            root = node
        } catch let error as ConfigError {
            throw error
        } catch let error as YamlError {
            throw ConfigError(issues: [syntaxIssue(error, yaml: yaml, file: file)])
        } catch {
            throw ConfigError(issues: [issue(nil, "", "cannot parse the YAML: \(error)")])
        }

        var issues = unknownKeys(in: root, schema: schema, path: []).map {
            issue($0.mark, $0.key, $0.message)
        }
        // The decoder stops at its first error. To report every missing key and wrong type at once,
        // each one found is reported, then patched over in a copy of the tree (a wrong value removed,
        // a missing one filled with a stand-in) and the copy decoded again.
        var patched = root
        // Decoding errors found so far, by key, with how many stand-ins were tried there.
        var attempts: [String: Int] = [:]
        var decoded: Value?
        for _ in 0..<100 {
            do {
                decoded = try YAMLDecoder().decode(Value.self, from: patched)
                break
            } catch let error as DecodingError {
                let (path, message) = describe(error)
                let key = dotted(path)
                let attempt = attempts[key, default: 0]
                if attempt == 0 { issues.append(issue(mark(of: path, in: root), key, message)) }
                attempts[key] = attempt + 1
                var missing = false
                if case .keyNotFound = error { missing = true }
                let removable = !missing && path.last?.intValue == nil
                let standIns: [Node?] = (removable ? [nil] : []) + Self.standIns
                guard attempt < standIns.count else { break }
                patched = replacing(path[...], in: patched, with: standIns[attempt])
            } catch {
                issues.append(issue(root.mark, "", "\(error)"))
                break
            }
        }
        // A file that decoded only with stand-ins is still refused: its errors were reported.
        guard attempts.isEmpty, let config = decoded else {
            throw ConfigError(issues: issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        for problem in validate(config) {
            let path = problem.key.split(separator: ".").map(String.init)
            issues.append(issue(mark(of: path.map { AnyKey($0) }, in: root), problem.key, problem.message))
        }
        guard issues.isEmpty else { throw ConfigError(issues: issues) }
        return config
    }

    /// One line with a position for every YAML error, never quoting the file (it may hold secrets).
    static func syntaxIssue(_ error: YamlError, yaml: String, file: String) -> ConfigIssue {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ConfigIssue(
                file: file,
                line: mark.line,
                column: mark.column,
                key: "",
                message: "YAML syntax: \(problem); check indentation and quoting here"
            )
        case .reader(let problem, let offset, let value, _):
            let (line, column) = position(ofByte: offset ?? 0, in: Array(yaml.utf8))
            let character = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return ConfigIssue(
                file: file,
                line: line,
                column: column,
                key: "",
                message: "YAML: \(problem)\(character); remove or replace it"
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let position =
                secondOccurrence(of: key, after: context.mark, in: yaml) ?? (context.mark.line, context.mark.column)
            return ConfigIssue(
                file: file,
                line: position.line,
                column: position.column,
                key: "",
                message: "duplicate key '\(key)'; each key may appear once here (delete one of them)"
            )
        default:
            let text = "\(error)".split(separator: "\n").first.map(String.init) ?? ""
            return ConfigIssue(file: file, line: 1, column: 1, key: "", message: "YAML: \(text.prefix(200))")
        }
    }

    /// Where `key` is written the second time in the mapping that starts near `mark`: the line a
    /// duplicate-key error should point at (Yams gives only the mapping's position).
    static func secondOccurrence(of key: String, after mark: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var seen: [Int: Int] = [:]  // indentation → occurrences of the key at it
        for (index, line) in lines.enumerated().dropFirst(max(0, mark.line - 2)) {
            let indentation = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indentation)
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            for quote in ["", "\"", "'"] where rest.hasPrefix(quote + key + quote) {
                let after = rest.dropFirst(key.count + 2 * quote.count).drop { $0 == " " }
                guard after.hasPrefix(":") else { continue }
                seen[indentation, default: 0] += 1
                if seen[indentation] == 2 { return (index + 1, indentation + 1) }
            }
        }
        return nil
    }

    private static func unknownKeys(in node: Node, schema: KeySchema, path: [String]) -> [(
        mark: Mark?, key: String, message: String
    )] {
        if case .sequence(let item) = schema {
            guard let items = node.sequence else {
                return [(node.mark, path.joined(separator: "."), "expected a list (lines starting with -)")]
            }
            return items.enumerated().flatMap { index, child in
                unknownKeys(in: child, schema: item, path: path + [String(index)])
            }
        }
        if case .entries(let entry) = schema {
            guard let mapping = node.mapping else {
                return [(node.mark, path.joined(separator: "."), "expected a mapping of names (name: …)")]
            }
            return mapping.flatMap { keyNode, value in
                unknownKeys(in: value, schema: entry, path: path + [keyNode.string ?? "?"])
            }
        }
        guard case .mapping(let allowed) = schema else { return [] }
        guard let mapping = node.mapping else {
            return [(node.mark, path.joined(separator: "."), "expected a mapping of keys (key: value)")]
        }
        var found: [(Mark?, String, String)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "?"
            let keyPath = path + [key]
            if let child = allowed[key] {
                found += unknownKeys(in: value, schema: child, path: keyPath)
            } else {
                let hint = closest(to: key, in: allowed.keys).map { "; did you mean '\($0)'?" } ?? ""
                let choices = allowed.keys.sorted().joined(separator: ", ")
                found.append((keyNode.mark, keyPath.joined(separator: "."), "unknown key\(hint) (allowed: \(choices))"))
            }
        }
        return found
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key], "missing; this key is required")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(readable(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(readable(type)), found nothing")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func readable(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: "a mapping of keys"
        }
    }

    /// Values tried in place of a missing or unreadable one, so decoding can go on past it.
    static var standIns: [Node?] {
        [Node("1"), Node("true"), .mapping(Node.Mapping([])), .sequence(Node.Sequence([]))]
    }

    /// A coding path as the validator names keys: `interests.0.name`.
    static func dotted(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    /// `node` with the value at `path` replaced, or removed when `replacement` is nil; a missing
    /// last key is added. Unchanged where the path leads nowhere.
    static func replacing(_ path: ArraySlice<any CodingKey>, in node: Node, with replacement: Node?) -> Node {
        guard let key = path.first else { return replacement ?? node }
        let rest = path.dropFirst()
        switch node {
        case .mapping(let mapping):
            var pairs = mapping.map { ($0.key, $0.value) }
            if let index = pairs.firstIndex(where: { $0.0.string == key.stringValue }) {
                if rest.isEmpty, replacement == nil {
                    pairs.remove(at: index)
                } else {
                    pairs[index].1 = replacing(rest, in: pairs[index].1, with: replacement)
                }
            } else if rest.isEmpty, let replacement {
                pairs.append((Node(key.stringValue), replacement))
            } else {
                return node
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(var items):
            guard let index = key.intValue, items.indices.contains(index) else { return node }
            if rest.isEmpty {
                guard let replacement else { return node }
                items[index] = replacement
            } else {
                items[index] = replacing(rest, in: items[index], with: replacement)
            }
            return .sequence(items)
        default:
            return rest.isEmpty ? (replacement ?? node) : node
        }
    }

    /// The mark of the deepest node along `path` (the key itself when it exists).
    private static func mark(of path: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        for key in path {
            // A list item: by its number.
            if let items = node.sequence, let index = key.intValue ?? Int(key.stringValue) {
                guard items.indices.contains(index) else { break }
                node = items[index]
                continue
            }
            guard let mapping = node.mapping else { break }
            guard let entry = mapping.first(where: { $0.key.string == key.stringValue }) else { break }
            if key.stringValue == path.last?.stringValue, key.intValue == nil { return entry.key.mark }
            node = entry.value
        }
        return node.mark
    }

    /// The allowed key nearest to a typo, if any is close.
    static func closest(to key: String, in candidates: some Sequence<String>) -> String? {
        candidates
            .map { ($0, EditDistance.between(key, $0)) }
            .filter { $0.1 <= max(2, key.count / 3) }
            .min { $0.1 < $1.1 }?.0
    }
}

/// A plain coding key built from a string, for locating validator findings.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
