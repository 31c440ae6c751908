import Foundation

extension HubReport {
    /// The report for people: a few sentences per section and small tables.
    public var markdown: String {
        var lines = [
            "# How the hub served people", "",
            "\(ReportText.day(since)) – \(ReportText.day(until)) UTC", "",
        ]
        lines += requestLines + ratingLines + faultLines + unmetLines + interestLines
        return lines.joined(separator: "\n") + "\n"
    }

    private var requestLines: [String] {
        var lines = ["## Requests", ""]
        guard requests.total > 0 else { return lines + ["No requests in this period.", ""] }
        let share = requests.foundShare.map { " (\(ReportText.percent($0)))" } ?? ""
        lines.append(
            "\(ReportText.count(requests.total, "request")): \(requests.foundSomeone) found someone\(share), "
                + "\(requests.unmet) could not be met yet, \(requests.withdrawn) withdrawn, "
                + "\(requests.stillOpen) still open."
        )
        lines.append(
            "\(ReportText.count(requests.peopleHelped, "colleague")) found help from "
                + "\(ReportText.count(requests.specialistsHelping, "specialist"))."
        )
        lines.append(
            "Time to first human (from the request to an accepted offer): \(ReportText.spread(timeToFirstHuman))."
        )
        lines += ["", "| Tag | Requests |", "| --- | ---: |"]
        lines += requests.perTag.map { "| #\($0.tag) | \($0.count) |" }
        return lines + [""]
    }

    private var ratingLines: [String] {
        var lines = ["## Ratings", ""]
        guard let average = ratings.average else { return lines + ["No ratings in this period.", ""] }
        lines.append(
            "\(ReportText.count(ratings.count, "rating")), on average \(ReportText.average(average)) of 5; "
                + "\(ratings.withComment) came with a comment (comments stay private)."
        )
        lines += ["", "| Score | Ratings |", "| --- | ---: |"]
        for score in (1...5).reversed() {
            let label = score == 5 ? "5 (or 👍)" : score == 1 ? "1 (or 👎)" : "\(score)"
            lines.append("| \(label) | \(ratings.scores[score - 1]) |")
        }
        return lines + [""]
    }

    private var faultLines: [String] {
        var lines = ["## Faults for IT support", ""]
        guard faults.reported > 0 else { return lines + ["No faults reported in this period.", ""] }
        lines.append(
            "\(ReportText.count(faults.reported, "fault")) reported (\(faults.grouped) added to an earlier "
                + "report of the same fault). From report to ticket: \(ReportText.spread(faults.delivery))."
        )
        lines += [
            "", "| Category | Reported | Filed | Fixed | Failed | Median to ticket | p90 to ticket |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for category in faults.perCategory {
            let median = category.delivery.median.map(ReportText.duration) ?? "–"
            let p90 = category.delivery.p90.map(ReportText.duration) ?? "–"
            lines.append(
                "| \(category.category) | \(category.reported) | \(category.filed) | \(category.fixed) | "
                    + "\(category.failed) | \(median) | \(p90) |"
            )
        }
        return lines + [""]
    }

    private var unmetLines: [String] {
        var lines = ["## Unmet demand", ""]
        guard !unmetDemand.isEmpty else { return lines + ["Every request found people who know about it.", ""] }
        lines.append("Tags colleagues asked about when nobody could take the request: where the hub could grow.")
        lines += ["", "| Tag | Nobody offers it | Nobody was free |", "| --- | ---: | ---: |"]
        lines += unmetDemand.map { "| #\($0.tag) | \($0.noSpecialist) | \($0.nobodyFree) |" }
        return lines + [""]
    }

    private var interestLines: [String] {
        var lines = ["## New interests", ""]
        guard !newInterests.isEmpty else { return lines + ["No new interests offered in this period."] }
        lines += ["| Tag | Specialists who began to offer it |", "| --- | ---: |"]
        lines += newInterests.map { "| #\($0.tag) | \($0.count) |" }
        return lines
    }
}
