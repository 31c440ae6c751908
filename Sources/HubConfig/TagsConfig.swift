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
    }

    struct Hygiene: Decodable {
        var name: String
        var description: String
        var keywords: [String]
        var route: String
        var priority: String?
    }

    static let schema: KeySchema = .mapping([
        "interests": .value, "hygiene": .value,
    ])

    public static func load(path: String) throws(ConfigError) -> TagModel {
        let text = try ConfigLoader.readText(path)
        return try parse(text, file: path)
    }

    public static func parse(_ yaml: String, file: String) throws(ConfigError) -> TagModel {
        let parsed: File = try ConfigLoader.decode(File.self, from: yaml, file: file, schema: schema)
        return TagModel(
            interests: parsed.interests.map {
                InterestTag(
                    name: $0.name,
                    description: $0.description,
                    keywords: $0.keywords,
                    parent: $0.parent,
                    related: $0.related ?? []
                )
            },
            hygiene: parsed.hygiene.map {
                HygieneCategory(
                    name: $0.name,
                    description: $0.description,
                    keywords: $0.keywords,
                    route: $0.route,
                    priority: $0.priority ?? "normal"
                )
            }
        )
    }
}
