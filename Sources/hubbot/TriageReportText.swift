import Foundation
import HubCore

/// `hubbot triage --evaluate` as text: the figures, then per language, per category,
/// the confusion matrices and the misread messages.
struct TriageReportText {
    let report: TriageEvaluation

    init(_ report: TriageEvaluation) { self.report = report }

    var text: String {
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        let overall = report.overall
        line("samples:            \(overall.samples)")
        line("label accuracy:     \(percent(overall.accuracy))   (a fault counts only in its category)")
        line("kind accuracy:      \(percent(overall.kindAccuracy))   (fault, request or unclear)")
        let inCategory = "   in the right category: "
        line("fault precision:    \(percent(overall.faultPrecision))\(inCategory)\(percent(overall.hygienePrecision))")
        line("fault recall:       \(percent(overall.faultRecall))\(inCategory)\(percent(overall.hygieneRecall))")
        line("top-3 tag recall:   \(percent(overall.top3TagRecall))")
        line("unclear precision:  \(percent(overall.unclearPrecision))")
        line("non-English:        \(percent(report.nonEnglish.accuracy)) of \(report.nonEnglish.samples)")
        line("would confirm:      \(report.confirmations)")
        func table(_ title: String, _ rows: [String: TriageEvaluation.Figures]) {
            line()
            line(title.padding(toLength: 26, withPad: " ", startingAt: 0) + "   n  accuracy  f-prec  f-recall  top-3")
            for (name, figures) in rows.sorted(by: { $0.key < $1.key }) {
                line(
                    "  " + name.padding(toLength: 24, withPad: " ", startingAt: 0)
                        + String(format: "%4d", figures.samples) + "  " + percent(figures.accuracy) + "  "
                        + percent(figures.hygienePrecision) + "   " + percent(figures.hygieneRecall) + "  "
                        + percent(figures.top3TagRecall)
                )
            }
        }
        table("by language", report.byLanguage)
        table("by category", report.byCategory)
        line()
        line("labels (expected → given)     hygiene  specialist  unclear")
        for expected in ["hygiene", "specialist", "unclear"] {
            let row = report.confusion[expected] ?? [:]
            line(
                "  " + expected.padding(toLength: 26, withPad: " ", startingAt: 0)
                    + String(format: "%9d %11d %8d", row["hygiene"] ?? 0, row["specialist"] ?? 0, row["unclear"] ?? 0)
            )
        }
        let wrongFaults = report.faultConfusion.sorted { $0.key < $1.key }.compactMap { category, given in
            let others = given.filter { $0.key != category }.sorted { $0.value > $1.value }
            return others.isEmpty
                ? nil : "  \(category): " + others.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if !wrongFaults.isEmpty {
            line()
            line("faults read otherwise (category: given count)")
            wrongFaults.forEach { line($0) }
        }
        if !report.misses.isEmpty {
            line()
            line("misread (\(report.misses.count)):")
            for miss in report.misses {
                line("  [\(miss.language)] expected \(miss.expected), got \(miss.got): \(miss.message)")
            }
        }
        return out
    }
}
