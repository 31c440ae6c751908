import Foundation

extension HubReport {
    /// A few lines for an admin's `!stats`: the figures, no names.
    public var summary: String {
        var lines = ["Hub figures, \(ReportText.day(since)) – \(ReportText.day(until)) UTC:"]
        let share = requests.foundShare.map { " (\(ReportText.percent($0)))" } ?? ""
        lines.append(
            "• Requests: \(requests.total)\(Self.tagList(requests.perTag)); "
                + "\(requests.foundSomeone) found someone\(share), \(requests.unmet) unmet, "
                + "\(requests.stillOpen) open"
        )
        lines.append("• Time to first human: \(ReportText.spread(timeToFirstHuman))")
        let average = ratings.average.map { ", average \(ReportText.average($0))/5" } ?? ""
        lines.append("• Ratings: \(ratings.count)\(average)")
        let categories = faults.perCategory.prefix(5).map { "\($0.category) \($0.reported)" }
        lines.append(
            "• Faults: \(faults.reported)\(categories.isEmpty ? "" : " (\(categories.joined(separator: ", ")))"); "
                + "to ticket \(ReportText.spread(faults.delivery))"
        )
        let gaps = unmetDemand.prefix(5).map { "#\($0.tag) \($0.total)" }
        lines.append("• Unmet demand: \(gaps.isEmpty ? "none" : gaps.joined(separator: ", "))")
        if !newInterests.isEmpty {
            lines.append("• New interests: " + newInterests.prefix(8).map { "#\($0.tag)" }.joined(separator: " "))
        }
        lines.append("`hubbot report` gives the full report (markdown, csv or json).")
        return lines.joined(separator: "\n")
    }

    /// The weekly digest for the hub's room: what went well, thanks, and where the
    /// hub could grow. It celebrates the hub as a whole, never naming or ranking anyone.
    public var digest: String {
        var lines = [
            "🌱 The hub's week, \(ReportText.day(since, withTime: false)) to \(ReportText.day(until, withTime: false))"
        ]
        if requests.peopleHelped > 0 {
            lines.append(
                "• \(ReportText.count(requests.peopleHelped, "colleague")) found someone to talk to, "
                    + "and \(ReportText.count(requests.specialistsHelping, "specialist")) lent a hand. Thank you all!"
            )
        } else if requests.total > 0 {
            lines.append(
                "• \(ReportText.count(requests.total, "request")) came in; none has found someone yet."
            )
        } else {
            lines.append("• A quiet week: no requests for specialists. What could the hub help with next?")
        }
        if let average = ratings.average {
            let kind = ratings.withComment > 0 ? ", \(ratings.withComment) with kind words" : ""
            lines.append(
                "• \(ReportText.count(ratings.count, "thank-you")) came back as ratings, "
                    + "\(ReportText.average(average)) of 5 on average\(kind)."
            )
        }
        if let median = timeToFirstHuman.median {
            lines.append("• Half of those who found someone had a person answer within \(ReportText.duration(median)).")
        }
        if !newInterests.isEmpty {
            lines.append("• New interests on offer: " + newInterests.map { "#\($0.tag)" }.joined(separator: " ") + ".")
        }
        if !unmetDemand.isEmpty {
            let gaps = unmetDemand.prefix(5).map { gap in
                let why = gap.noSpecialist >= gap.nobodyFree ? "nobody offers it yet" : "nobody was free"
                return "#\(gap.tag) (asked \(gap.total)×, \(why))"
            }
            lines.append(
                "• Where the hub could grow: \(gaps.joined(separator: ", ")). Know about one? `!interests add`"
            )
        }
        if faults.reported > 0 {
            let speed = faults.delivery.median.map { "; tickets were open within \(ReportText.duration($0)) (median)" }
            lines.append("• IT support got \(ReportText.count(faults.reported, "fault")) to look at\(speed ?? "").")
        }
        return lines.joined(separator: "\n")
    }

    /// ` (#statistics 5, #r 3)`, or nothing.
    private static func tagList(_ counts: [TagCount]) -> String {
        counts.isEmpty ? "" : " (" + counts.prefix(5).map { "#\($0.tag) \($0.count)" }.joined(separator: ", ") + ")"
    }
}
