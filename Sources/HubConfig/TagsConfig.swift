import HubCore
import Yams

/// `Config/tags.yaml`: interest tags and hygiene categories. Loaded into the
/// core's ``HubCore/TagModel`` with file:line:column errors, like hubbot.yaml.
public enum TagsConfig {
    struct File: Decodable {
        var interests: [Interest]
        var hygiene: [Hygiene]
    }

    struct Interest: Decodable {
        var name: String
        var description: String
        var keywords: [String]
        var parent: String?
        var related: [String]?
        var examples: [String]?
    }

    struct Hygiene: Decodable {
        var name: String
        var description: String
        var keywords: [String]
        var route: String
        var priority: String?
        var examples: [String]?
    }

    static let schema: KeySchema = .mapping([
        "interests": .sequence(
            .mapping([
                "name": .value, "description": .value, "keywords": .value, "parent": .value, "related": .value,
                "examples": .value,
            ])
        ),
        "hygiene": .sequence(
            .mapping([
                "name": .value, "description": .value, "keywords": .value, "route": .value, "priority": .value,
                "examples": .value,
            ])
        ),
    ])

    public static func load(path: String, routes: Set<String>? = nil) throws(ConfigError) -> TagModel {
        let text = try ConfigLoader.readText(path)
        return try parse(text, file: path, routes: routes)
    }

    /// `routes`: the routes hubbot.yaml sends somewhere (with `default`), to check each category's route; nil skips it.
    public static func parse(_ yaml: String, file: String, routes: Set<String>? = nil) throws(ConfigError) -> TagModel {
        let parsed: File = try ConfigLoader.decode(File.self, from: yaml, file: file, schema: schema) { parsed in
            problems(in: parsed, routes: routes)
        }
        return TagModel(
            interests: parsed.interests.map {
                InterestTag(
                    name: $0.name,
                    description: $0.description,
                    keywords: $0.keywords,
                    parent: $0.parent,
                    related: $0.related ?? [],
                    examples: $0.examples ?? []
                )
            },
            hygiene: parsed.hygiene.map {
                HygieneCategory(
                    name: $0.name,
                    description: $0.description,
                    keywords: $0.keywords,
                    route: $0.route,
                    priority: $0.priority ?? "normal",
                    examples: $0.examples ?? []
                )
            }
        )
    }

    static let priorities = ["low", "normal", "high", "urgent"]

    /// Everything wrong with a tag file, each at its key (`interests.3.keywords`).
    static func problems(in file: File, routes: Set<String>?) -> [(key: String, message: String)] {
        var problems: [(key: String, message: String)] = []
        var owners: [String: String] = [:]  // tag name → where it is defined
        let entries: [(path: String, name: String, description: String, keywords: [String], examples: [String])] =
            file.interests.enumerated().map {
                ("interests.\($0)", $1.name, $1.description, $1.keywords, $1.examples ?? [])
            }
            + file.hygiene.enumerated().map {
                ("hygiene.\($0)", $1.name, $1.description, $1.keywords, $1.examples ?? [])
            }
        var exampleOwner: [String: String] = [:]  // an example sentence → the tag it is under
        var aliasOwner: [String: String] = [:]  // normalised keyword → tag
        for entry in entries {
            if entry.name.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) == nil {
                problems.append(
                    ("\(entry.path).name", "'\(entry.name)' must be lowercase words joined by '-', e.g. data-science")
                )
            }
            if let first = owners[entry.name] {
                problems.append(
                    ("\(entry.path).name", "'\(entry.name)' is defined twice (first at \(first)); rename one")
                )
            } else {
                owners[entry.name] = entry.path
            }
            if entry.description.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(
                    ("\(entry.path).description", "is empty; one sentence people will read when HubBot asks back")
                )
            }
            if entry.keywords.isEmpty {
                problems.append(
                    ("\(entry.path).keywords", "is empty; list the words and phrases that point to '\(entry.name)'")
                )
            }
            problems += exampleProblems(entry.examples, path: entry.path, name: entry.name, owners: &exampleOwner)
            var seen: Set<String> = []
            for keyword in entry.keywords {
                // As written (case and spacing aside): "forecast" and "forecasting" are two keywords.
                let normalised = keyword.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !TextNormalizer.tokens(keyword).words.isEmpty else {
                    problems.append(
                        ("\(entry.path).keywords", "'\(keyword)' has no letters or digits HubBot can match")
                    )
                    continue
                }
                if !seen.insert(normalised).inserted {
                    problems.append(("\(entry.path).keywords", "'\(keyword)' is listed twice for '\(entry.name)'"))
                } else if let other = aliasOwner[normalised], other != entry.name {
                    problems.append(
                        (
                            "\(entry.path).keywords",
                            "'\(keyword)' already points to '\(other)'; a keyword may point to one tag only"
                        )
                    )
                } else {
                    aliasOwner[normalised] = entry.name
                }
            }
        }
        let interests = Set(file.interests.map(\.name))
        var parents: [String: String] = [:]
        for (index, tag) in file.interests.enumerated() {
            if let parent = tag.parent {
                if parent == tag.name {
                    problems.append(("interests.\(index).parent", "'\(tag.name)' cannot be its own parent"))
                } else if !interests.contains(parent) {
                    let near = ConfigLoader.closest(to: parent, in: interests).map { "; did you mean '\($0)'?" } ?? ""
                    problems.append(("interests.\(index).parent", "'\(parent)' is not an interest tag\(near)"))
                } else {
                    parents[tag.name] = parent
                }
            }
            for related in tag.related ?? [] where !interests.contains(related) {
                let near = ConfigLoader.closest(to: related, in: interests).map { "; did you mean '\($0)'?" } ?? ""
                problems.append(("interests.\(index).related", "'\(related)' is not an interest tag\(near)"))
            }
        }
        for (index, tag) in file.interests.enumerated() {
            var seen: [String] = [tag.name]
            var current = parents[tag.name]
            while let parent = current {
                if parent == tag.name {
                    problems.append(
                        (
                            "interests.\(index).parent",
                            "parents go round in a circle: \((seen + [parent]).joined(separator: " → "))"
                        )
                    )
                    break
                }
                if seen.contains(parent) { break }
                seen.append(parent)
                current = parents[parent]
            }
        }
        for (index, category) in file.hygiene.enumerated() {
            if let priority = category.priority, !priorities.contains(priority) {
                problems.append(
                    ("hygiene.\(index).priority", "'\(priority)' is not one of \(priorities.joined(separator: ", "))")
                )
            }
            if let routes, !routes.contains(category.route), !routes.contains("default") {
                problems.append(
                    (
                        "hygiene.\(index).route",
                        "'\(category.route)' is not under tickets.routes in hubbot.yaml, and there is no 'default' route"
                    )
                )
            }
        }
        return problems
    }

    /// Example sentences: a few real sentences per tag, each under one tag only.
    static func exampleProblems(
        _ examples: [String],
        path: String,
        name: String,
        owners: inout [String: String]
    ) -> [(key: String, message: String)] {
        var problems: [(key: String, message: String)] = []
        if examples.count > maximumExamples {
            problems.append(
                (
                    "\(path).examples",
                    "has \(examples.count) sentences; keep at most \(maximumExamples), the most typical ones"
                )
            )
        }
        for example in examples {
            let normalised = example.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if TextNormalizer.tokens(example).words.count < 2 {
                problems.append(
                    ("\(path).examples", "'\(example)' is not a sentence; write one a colleague might send")
                )
            } else if example.count > 500 {
                problems.append(
                    ("\(path).examples", "an example is \(example.count) characters long; keep it under 500")
                )
            } else if let other = owners[normalised] {
                let what = other == name ? "is listed twice for '\(name)'" : "is already an example of '\(other)'"
                problems.append(("\(path).examples", "'\(example.prefix(60))' \(what)"))
            } else {
                owners[normalised] = name
            }
        }
        return problems
    }

    /// Enough to teach triage a tag's typical sentences, few enough to stay a config file.
    static let maximumExamples = 20
}
