import Foundation

extension HubReport {
    /// A few lines for an admin's `!stats`: the figures, no names.
    public var summaryWords: Said {
        var lines = [
            Said(
                .statsHeading,
                ["from": .text(ReportText.day(since)), "to": .text(ReportText.day(until))]
            )
        ]
        let share = requests.foundShare.map { " (\(ReportText.percent($0)))" } ?? ""
        lines.append(
            Said(
                .statsRequests,
                [
                    "total": .number(requests.total), "tags": .text(Self.tagList(requests.perTag)),
                    "found": .number(requests.foundSomeone), "share": .text(share), "unmet": .number(requests.unmet),
                    "open": .number(requests.stillOpen),
                ]
            )
        )
        lines.append(Said(.statsFirstHuman, ["spread": .phrase(Self.spread(timeToFirstHuman))]))
        lines.append(
            ratings.average.map {
                Said(.statsRatingsAverage, ["count": .number(ratings.count), "average": .text(ReportText.average($0))])
            } ?? Said(.statsRatings, ["count": .number(ratings.count)])
        )
        let categories = faults.perCategory.prefix(5).map { "\($0.category) \($0.reported)" }
        lines.append(
            Said(
                .statsFaults,
                [
                    "count": .number(faults.reported),
                    "categories": .text(categories.isEmpty ? "" : " (\(categories.joined(separator: ", ")))"),
                    "spread": .phrase(Self.spread(faults.delivery)),
                ]
            )
        )
        let gaps = unmetDemand.prefix(5).map { "#\($0.tag) \($0.total)" }
        lines.append(
            gaps.isEmpty ? Said(.statsUnmetNone) : Said(.statsUnmet, ["gaps": .text(gaps.joined(separator: ", "))])
        )
        if !newInterests.isEmpty {
            let tags = newInterests.prefix(8).map { "#\($0.tag)" }.joined(separator: " ")
            lines.append(Said(.statsNewInterests, ["tags": .text(tags)]))
        }
        lines.append(Said(.statsFooter))
        return Said.lines(lines)
    }

    /// The `!stats` lines in English, as written (markup included).
    public var summary: String { summaryWords.english }

    /// The weekly digest for the hub's room: what went well, thanks, and where the
    /// hub could grow. It celebrates the hub as a whole, never naming or ranking anyone.
    public var digestWords: Said {
        var lines = [
            Said(
                .digestHeading,
                [
                    "from": .text(ReportText.day(since, withTime: false)),
                    "to": .text(ReportText.day(until, withTime: false)),
                ]
            )
        ]
        if requests.peopleHelped > 0 {
            lines.append(
                Said(
                    .digestHelped,
                    ["people": .number(requests.peopleHelped), "specialists": .number(requests.specialistsHelping)]
                )
            )
        } else if requests.total > 0 {
            lines.append(Said(.digestNoneFound, ["count": .number(requests.total)]))
        } else {
            lines.append(Said(.digestQuiet))
        }
        if let average = ratings.average {
            var values: [String: MessageValue] = [
                "count": .number(ratings.count), "average": .text(ReportText.average(average)),
            ]
            if ratings.withComment > 0 { values["words"] = .number(ratings.withComment) }
            lines.append(Said(ratings.withComment > 0 ? .digestRatingsWords : .digestRatings, values))
        }
        if let median = timeToFirstHuman.median {
            lines.append(Said(.digestSpeed, ["duration": .text(ReportText.duration(median))]))
        }
        if !newInterests.isEmpty {
            lines.append(
                Said(.digestNewInterests, ["tags": .text(newInterests.map { "#\($0.tag)" }.joined(separator: " "))])
            )
        }
        if !unmetDemand.isEmpty {
            let gaps = unmetDemand.prefix(5).map { gap in
                Said(
                    gap.noSpecialist >= gap.nobodyFree ? .digestGapNobody : .digestGapBusy,
                    ["tag": .text(gap.tag), "count": .number(gap.total)]
                )
            }
            lines.append(Said(.digestGaps, ["gaps": .phrase(Said.joined(gaps, by: .listComma))]))
        }
        if faults.reported > 0 {
            lines.append(
                faults.delivery.median.map {
                    Said(
                        .digestFaultsSpeed,
                        ["count": .number(faults.reported), "duration": .text(ReportText.duration($0))]
                    )
                } ?? Said(.digestFaults, ["count": .number(faults.reported)])
            )
        }
        return Said.lines(lines)
    }

    /// The digest in English, as written.
    public var digest: String { digestWords.english }

    /// "median 10 min, p90 1 h", or "no figures yet", in the listener's words.
    private static func spread(_ spread: HubReport.Spread) -> Said {
        guard let median = spread.median, let p90 = spread.p90 else { return Said(.statsNoFigures) }
        return Said(
            .statsSpread,
            ["median": .text(ReportText.duration(median)), "p90": .text(ReportText.duration(p90))]
        )
    }

    /// ` (#statistics 5, #r 3)`, or nothing.
    private static func tagList(_ counts: [TagCount]) -> String {
        counts.isEmpty ? "" : " (" + counts.prefix(5).map { "#\($0.tag) \($0.count)" }.joined(separator: ", ") + ")"
    }
}
