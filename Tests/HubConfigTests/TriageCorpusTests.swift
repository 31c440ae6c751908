import Foundation
import HubConfig
import HubCore
import Testing

/// The shipped tag config against the labelled corpus in Tests/Fixtures: the
/// quality bar colleagues rely on (an idea must not become a ticket).
@Suite("Triage quality on the labelled corpus with Config/tags.yaml")
struct TriageCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("Config/tags.yaml loads: at least 15 interests and 10 fault categories, every parent and related tag exists")
    func shippedTags() throws {
        let model = try TagsConfig.load(path: Self.root.appendingPathComponent("Config/tags.yaml").path)
        #expect(model.interests.count >= 15)
        #expect(model.hygiene.count >= 10)
        let names = Set(model.interests.map(\.name))
        for tag in model.interests {
            #expect(tag.parent.map(names.contains) ?? true, "\(tag.name): unknown parent")
            #expect(tag.related.allSatisfy(names.contains), "\(tag.name): unknown related tag")
            #expect(!tag.keywords.isEmpty, "\(tag.name): no keywords")
        }
    }

    @Test("accuracy ≥ 90%, hygiene precision ≥ 95%, top-3 tag recall ≥ 90%")
    func corpus() throws {
        let model = try TagsConfig.load(path: Self.root.appendingPathComponent("Config/tags.yaml").path)
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/triage-corpus.tsv"),
            encoding: .utf8
        )
        let samples = TriageEvaluation.samples(fromTSV: text)
        #expect(samples.count >= 200)
        let report = TriageEvaluation(triage: Triage(model: model), samples: samples)
        let misses = report.misses.map { "\($0.expected) ← \($0.got): \($0.message)" }.joined(separator: "\n")
        #expect(report.accuracy >= 0.90, "accuracy \(report.accuracy)\n\(misses)")
        #expect(report.hygienePrecision >= 0.95, "hygiene precision \(report.hygienePrecision)\n\(misses)")
        #expect(report.top3TagRecall >= 0.90, "top-3 tag recall \(report.top3TagRecall)\n\(misses)")
        #expect(report.hygieneRecall >= 0.85, "hygiene recall \(report.hygieneRecall)\n\(misses)")
    }
}
