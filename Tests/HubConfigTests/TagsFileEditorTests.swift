import Foundation
import HubConfig
import HubCore
import Testing

/// Chat edits of the tag file change only the lines they are about, in the
/// file's own style, and the result still passes the check.
@Suite("TagsFileEditor edits tags.yaml as text, keeping it readable")
struct TagsFileEditorTests {
    static let shipped: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Config/tags.yaml"), encoding: .utf8)) ?? ""
    }()

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines removed and inserted, in file order.
    static func diff(_ before: String, _ after: String) -> (removed: [String], inserted: [String]) {
        var removed: [String] = []
        var inserted: [String] = []
        for change in lines(after).difference(from: lines(before)) {
            switch change {
            case .remove(_, let line, _): removed.append(line)
            case .insert(_, let line, _): inserted.append(line)
            }
        }
        return (removed, inserted)
    }

    static func comments(_ text: String) -> [String] {
        lines(text).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
    }

    func edited(_ edit: TagEdit, _ text: String = shipped) throws -> (text: String, tags: TagModel) {
        let result = try TagsFileEditor.applying(edit, to: text)
        return (result, try TagsConfig.parse(result, file: "tags.yaml"))
    }

    @Test("the shipped file is there to edit")
    func shippedFile() throws {
        #expect(Self.lines(Self.shipped).count > 300)
        #expect(try TagsConfig.parse(Self.shipped, file: "tags.yaml").interest(named: "quantum-computing") == nil)
    }

    @Test("a new interest goes after the last one, spaced and indented like its neighbours; nothing else changes")
    func addInterest() throws {
        let (text, tags) = try edited(
            .addInterest(
                name: "quantum-computing",
                description: "Qubits and quantum algorithms: what they are good for.",
                keywords: ["qubit", "quantum computing", "yes", "c#"]
            )
        )
        let added = try #require(tags.interest(named: "quantum-computing"))
        #expect(added.keywords == ["qubit", "quantum computing", "yes", "c#"])
        #expect(added.description == "Qubits and quantum algorithms: what they are good for.")
        #expect(tags.interests.last?.name == "quantum-computing" && tags.interests.count == 25)
        let diff = Self.diff(Self.shipped, text)
        #expect(diff.removed.isEmpty)
        // One blank line and the entry (the diff may place the blank line before or after it).
        #expect(diff.inserted.filter(\.isEmpty).count == 1)
        #expect(
            diff.inserted.filter { !$0.isEmpty } == [
                "  - name: quantum-computing",
                "    description: \"Qubits and quantum algorithms: what they are good for.\"",
                "    keywords: [qubit, \"quantum computing\", \"yes\", \"c#\"]",
                "    parent: null",
            ]
        )
        // Right after innovation-workshops, before the hygiene section's comments.
        let lines = Self.lines(text)
        let at = try #require(lines.firstIndex(of: "  - name: quantum-computing"))
        #expect(lines[at - 2].hasPrefix("    related: [ux-research, project-management"))
        #expect(lines[at + 5].hasPrefix("# ------"))
        #expect(Self.comments(text) == Self.comments(Self.shipped))
    }

    @Test("a keyword joins a flow list at its end, for interests and fault categories alike")
    func addKeywordFlow() throws {
        let (text, tags) = try edited(.addKeyword(tag: "statistics", keyword: "p value"))
        #expect(tags.interest(named: "statistics")?.keywords.last == "p value")
        let diff = Self.diff(Self.shipped, text)
        #expect(diff.removed.count == 1 && diff.inserted.count == 1)
        #expect(diff.removed.first?.hasPrefix("    keywords: [statistics, statistical") == true)
        #expect(diff.inserted.first == diff.removed.first?.dropLast().appending(", \"p value\"]"))

        let (printer, faults) = try edited(.addKeyword(tag: "printer", keyword: "drucker kaputt"))
        #expect(faults.hygieneCategory(named: "printer")?.keywords.last == "drucker kaputt")
        #expect(Self.diff(Self.shipped, printer).inserted.count == 1)
        #expect(Self.comments(printer) == Self.comments(Self.shipped))
    }

    static let blockStyle = """
        interests:
          # Numbers people.
          - name: statistics
            description: Numbers and tests   # plain, no quotes
            keywords:
              - stats
              - regression   # the common one
            parent: null

          - name: r
            description: "The R language"
            keywords:
            - tidyverse
            parent: statistics
        hygiene:
          - name: printer
            description: "Printers"
            keywords: [
              printer, toner,
              ]
            route: workplace
        """

    @Test("a keyword joins a block list as one more `- ` line at the items' indent, or a wrapped flow list")
    func addKeywordBlock() throws {
        let (text, tags) = try edited(.addKeyword(tag: "statistics", keyword: "anova"), Self.blockStyle)
        #expect(tags.interest(named: "statistics")?.keywords == ["stats", "regression", "anova"])
        #expect(Self.diff(Self.blockStyle, text) == ([], ["      - anova"]))
        let (sameIndent, rTags) = try edited(.addKeyword(tag: "r", keyword: "ggplot2"), Self.blockStyle)
        #expect(rTags.interest(named: "r")?.keywords == ["tidyverse", "ggplot2"])
        #expect(Self.diff(Self.blockStyle, sameIndent) == ([], ["    - ggplot2"]))
        let (wrapped, faults) = try edited(.addKeyword(tag: "printer", keyword: "paper jam"), Self.blockStyle)
        #expect(faults.hygieneCategory(named: "printer")?.keywords == ["printer", "toner", "paper jam"])
        #expect(
            Self.diff(Self.blockStyle, wrapped) == (["      printer, toner,"], ["      printer, toner, \"paper jam\""])
        )
    }

    @Test("a new interest in a block-style file gets block-style keywords")
    func addInterestBlock() throws {
        let (text, tags) = try edited(
            .addInterest(name: "python", description: "Python", keywords: ["pandas", "numpy"]),
            Self.blockStyle
        )
        #expect(tags.interest(named: "python")?.keywords == ["pandas", "numpy"])
        #expect(
            Self.diff(Self.blockStyle, text).inserted == [
                "", "  - name: python", "    description: \"Python\"", "    keywords:", "    - pandas", "    - numpy",
                "    parent: null",
            ]
        )
    }

    @Test("a description is replaced on its line, quoted and escaped; a comment after it stays")
    func describe() throws {
        let description = #"Who talks to whom, "really" \ and why"#
        let (text, tags) = try edited(.describe(tag: "social-network-analysis", description: description))
        #expect(tags.interest(named: "social-network-analysis")?.description == description)
        let diff = Self.diff(Self.shipped, text)
        #expect(diff.removed.count == 1)
        #expect(diff.inserted == [#"    description: "Who talks to whom, \"really\" \\ and why""#])

        let (plain, _) = try edited(.describe(tag: "statistics", description: "Numbers"), Self.blockStyle)
        #expect(
            Self.diff(Self.blockStyle, plain)
                == (
                    ["    description: Numbers and tests   # plain, no quotes"],
                    ["    description: \"Numbers\" # plain, no quotes"]
                )
        )
    }

    @Test("a removed entry takes its own comments and one blank line with it; the rest stays")
    func remove() throws {
        let (text, tags) = try edited(.remove(tag: "social-network-analysis"))
        #expect(tags.interest(named: "social-network-analysis") == nil && tags.interests.count == 23)
        let diff = Self.diff(Self.shipped, text)
        #expect(diff.inserted.isEmpty)
        #expect(diff.removed.count == 6)
        #expect(diff.removed.filter(\.isEmpty).count == 1 && diff.removed.contains("  - name: social-network-analysis"))
        let lines = Self.lines(text)
        let next = try #require(lines.firstIndex(of: "  - name: open-source"))
        #expect(
            lines[next - 1].isEmpty && lines[next - 2].hasPrefix("    related: [statistics, data-science, spreadsheets")
        )
        #expect(Self.comments(text) == Self.comments(Self.shipped))

        // devops-ci has a comment of its own above it, which goes too; others point to it, so the check fails.
        let withComment = try TagsFileEditor.applying(.remove(tag: "devops-ci"), to: Self.shipped)
        let removed = Self.diff(Self.shipped, withComment).removed
        #expect(removed.contains("  # The stemmer reads \"docker\" as \"dock\", so Docker and laptop docks share that"))
        #expect(removed.count == 1 + 3 + 5)
        #expect(throws: ConfigError.self) { try TagsConfig.parse(withComment, file: "tags.yaml") }

        // The last fault category at the end of the file.
        let (last, faults) = try edited(.remove(tag: "mobile-device"))
        #expect(faults.hygieneCategory(named: "mobile-device") == nil)
        #expect(last.hasSuffix("    priority: normal\n"))
        #expect(Self.diff(Self.shipped, last).removed.count == 6)
    }

    @Test("an edit the file can't take is a problem, and the text is left as it was")
    func problems() {
        var editor = TagsFileEditor(text: Self.shipped)
        #expect(throws: TagsFileEditor.Problem("the tag file has no entry named 'quantum'")) {
            try editor.apply(.addKeyword(tag: "quantum", keyword: "qubit"))
        }
        #expect(editor.text == Self.shipped)
        #expect(throws: TagsFileEditor.Problem.self) {
            try TagsFileEditor.applying(.addInterest(name: "x", description: "d", keywords: ["k"]), to: "hygiene: []\n")
        }
    }
}
