import HubConfig
import Testing

@Suite("tags.yaml is validated strictly, every problem at once with line and column")
struct TagsValidationTests {
    func problems(_ yaml: String, routes: Set<String>? = nil) -> [String] {
        do throws(ConfigError) {
            _ = try TagsConfig.parse(yaml, file: "tags.yaml", routes: routes)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("two entries without a description: both reported, named like every other finding (interests.1.description)")
    func everyMissingDescription() {
        let yaml = """
            interests:
              - name: a
                keywords: [x]
              - name: b
                keywords: [y]
            hygiene:
              - name: c
                description: d
                keywords: [z]
                route: r
            """
        let error = #expect(throws: ConfigError.self) { try TagsConfig.parse(yaml, file: "tags.yaml") }
        #expect(
            error?.issues.map(\.description) == [
                "tags.yaml:2:5: interests.0.description: missing; this key is required",
                "tags.yaml:4:5: interests.1.description: missing; this key is required",
            ]
        )
    }

    @Test("each mistake an admin can make is named at its place")
    func mistakes() {
        let found = problems(
            """
            interests:
              - name: statistics
                description: "Numbers"
                keywords: [stats, regression, regression]
                parent: r
              - name: r
                description: "The R language"
                keywords: [tidyverse]
                parent: statistics
                colour: blue
              - name: Data Science
                description: ""
                keywords: []
                related: [statistcs]
            hygiene:
              - name: printer
                description: "Printers"
                keywords: [stats, toner]
                route: workplace
                priority: critical
              - name: statistics
                description: "again"
                keywords: [x]
                route: default
            """,
            routes: ["identity"]
        )
        let expected = [
            "tags.yaml:10:5: interests.1.colour: unknown key",
            "tags.yaml:4:5: interests.0.keywords: 'regression' is listed twice for 'statistics'",
            "tags.yaml:11:5: interests.2.name: 'Data Science' must be lowercase words",
            "tags.yaml:12:5: interests.2.description: is empty",
            "tags.yaml:13:5: interests.2.keywords: is empty",
            "tags.yaml:14:5: interests.2.related: 'statistcs' is not an interest tag; did you mean 'statistics'?",
            "tags.yaml:5:5: interests.0.parent: parents go round in a circle: statistics → r → statistics",
            "tags.yaml:18:5: hygiene.0.keywords: 'stats' already points to 'statistics'",
            "tags.yaml:20:5: hygiene.0.priority: 'critical' is not one of low, normal, high, urgent",
            "tags.yaml:19:5: hygiene.0.route: 'workplace' is not under tickets.routes",
            "tags.yaml:21:5: hygiene.1.name: 'statistics' is defined twice (first at interests.0)",
        ]
        for line in expected {
            #expect(found.contains { $0.hasPrefix(line) }, "missing: \(line)\nfound:\n\(found.joined(separator: "\n"))")
        }
    }

    @Test("inflections are separate keywords, and the shipped file is clean")
    func shipped() throws {
        #expect(
            problems(
                """
                interests:
                  - name: forecasting
                    description: "Forecasts"
                    keywords: [forecast, forecasting, Forecasts]
                hygiene: []
                """
            ).isEmpty
        )
    }
}
