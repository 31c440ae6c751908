import Foundation
import HubCore
import Yams

/// The admin's wording: `messages.<lang>.yaml` beside the tag file, each a map from a message
/// id to its text (``MessageTemplate`` syntax), overriding what HubBot ships in that language.
///
/// ```yaml
/// welcome.direct: "Hi {name}! I'm HubBot, the front door of Acme's IT hub. …"
/// offers.asked: "{count, plural, one {I've asked {names}.} other {I've asked {names}; the first to accept wins.}}"
/// ```
///
/// Checked with file:line:column: unknown ids (with the nearest known), template syntax,
/// placeholders the message does not have, placeholders left out, and plural cases.
public enum MessagesConfig {
    /// `messages.<lang>.yaml` for each language HubBot speaks, in the folder of `tagsPath`.
    public static func paths(nextTo tagsPath: String) -> [(language: ChatLanguage, path: String)] {
        let folder = (tagsPath as NSString).deletingLastPathComponent
        return ChatLanguage.allCases.map { language in
            (language, (folder.isEmpty ? "" : folder + "/") + "messages.\(language.rawValue).yaml")
        }
    }

    /// The catalogue with every override file that exists next to the tag file; all their
    /// problems together when any is wrong (then nothing is taken).
    public static func load(nextTo tagsPath: String) throws(ConfigError) -> MessageCatalogue {
        var overrides: [ChatLanguage: [MessageID: MessageTemplate]] = [:]
        var issues: [ConfigIssue] = []
        for (language, path) in paths(nextTo: tagsPath) where FileManager.default.fileExists(atPath: path) {
            do throws(ConfigError) {
                overrides[language] = try parse(try ConfigLoader.readText(path), file: path, language: language)
            } catch {
                issues += error.issues
            }
        }
        guard issues.isEmpty else { throw ConfigError(issues: issues) }
        return MessageCatalogue(overrides: overrides)
    }

    /// `text` as a YAML double-quoted scalar, as `hubbot messages export` writes each message.
    public static func yamlQuoted(_ text: String) -> String {
        YAMLText.quoted(text)
    }

    /// The overrides in one file.
    public static func load(path: String, language: ChatLanguage) throws(ConfigError) -> [MessageID: MessageTemplate] {
        try parse(try ConfigLoader.readText(path), file: path, language: language)
    }

    /// The overrides in one file's text.
    public static func parse(_ yaml: String, file: String, language: ChatLanguage) throws(ConfigError)
        -> [MessageID: MessageTemplate]
    {
        func issue(_ mark: Mark?, _ key: String, _ message: String) -> ConfigIssue {
            ConfigIssue(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, key: key, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigError(issues: [ConfigLoader.syntaxIssue(error, yaml: yaml, file: file)])
        } catch {
            throw ConfigError(issues: [issue(nil, "", "cannot parse the YAML: \(error)")])
        }
        guard let root else { return [:] }  // empty or only comments: nothing overridden
        guard let mapping = root.mapping else {
            throw ConfigError(issues: [
                issue(root.mark, "", "write one `message.id: \"text\"` per line (see `hubbot messages export`)")
            ])
        }
        var templates: [MessageID: MessageTemplate] = [:]
        var issues: [ConfigIssue] = []
        let known = MessageID.allCases.map(\.rawValue)
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let id = MessageID(rawValue: key) else {
                let near = ConfigLoader.closest(to: key, in: known).map { "; did you mean `\($0)`?" } ?? ""
                issues.append(
                    issue(keyNode.mark, key, "no message has this id\(near) (`hubbot messages export` lists them)")
                )
                continue
            }
            guard let scalar = valueNode.scalar, valueNode.tag.description != "tag:yaml.org,2002:null" else {
                issues.append(
                    issue(valueNode.mark, key, "the text must be one string (in quotes if it has `: ` or `#`)")
                )
                continue
            }
            let text = scalar.string
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                issues.append(issue(valueNode.mark, key, "the text is empty; remove the line to keep HubBot's wording"))
                continue
            }
            let template: MessageTemplate
            do throws(MessageTemplate.SyntaxError) {
                template = try MessageTemplate(text)
            } catch {
                issues.append(issue(valueNode.mark, key, "\(error.problem) (at character \(error.offset + 1))"))
                continue
            }
            issues += problems(template, of: id, language: language).map { issue(valueNode.mark, key, $0) }
            templates[id] = template
        }
        guard issues.isEmpty else { throw ConfigError(issues: issues) }
        return templates
    }

    /// What makes `template` unfit to say `id`: placeholders the message has not (they would
    /// show as `{name}`), placeholders left out, plural choices without the cases the
    /// language needs or on a value that is no number.
    public static func problems(_ template: MessageTemplate, of id: MessageID, language: ChatLanguage) -> [String] {
        guard let reference = try? MessageTemplate(id.english) else { return [] }
        var problems: [String] = []
        let expected = reference.placeholders
        let used = template.placeholders
        let unknown = used.subtracting(expected).sorted()
        let missing = expected.subtracting(used).sorted()
        let list = { (names: [String]) in names.map { "{\($0)}" }.joined(separator: ", ") }
        if !unknown.isEmpty {
            let offered = expected.isEmpty ? "it has none" : "it has \(list(expected.sorted()))"
            problems.append(
                "\(list(unknown)) \(unknown.count == 1 ? "is" : "are") not a value of this message (\(offered))"
            )
        }
        if !missing.isEmpty {
            problems.append(
                "\(list(missing)) \(missing.count == 1 ? "is" : "are") left out; every value must be said (write it where it fits)"
            )
        }
        let counted = Set(reference.pluralCases.keys)
        for (name, cases) in template.pluralCases {
            if !counted.contains(name), expected.contains(name) {
                let numbers =
                    counted.isEmpty
                    ? "this message counts nothing" : "it counts {\(counted.sorted().joined(separator: "}, {"))}"
                problems.append("{\(name), plural, …} chooses on a value that is not a count (\(numbers))")
            }
            let needed = Set(["one", "other"]).subtracting(cases)
            if !needed.isEmpty {
                problems.append(
                    "{\(name), plural, …} needs \(needed.sorted().map { "`\($0) {…}`" }.joined(separator: " and ")) in \(language.ownName)"
                )
            }
        }
        // Markup opened must be closed, or the rest of the message turns into code or bold.
        let source = template.source
        if source.filter({ $0 == "`" }).count % 2 == 1 {
            problems.append("a backtick is not closed: commands go between two backticks")
        }
        if source.components(separatedBy: "**").count % 2 == 0 {
            problems.append("a `**` is not closed: bold text goes between two `**`")
        }
        return problems
    }
}
