import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// The exactly-once story under fire: many faults (some reported twice, so grouped into one
/// ticket as notes) while every request to the ticket system may fail in any way and HubBot is
/// SIGKILLed again and again. Sized for CI; `HUBBOT_TICKET_CHAOS_FAULTS`, `…_KILLS` and `…_SEED`
/// make it bigger or repeat a failing run.
@Suite("Integration: tickets under chaos", .enabled(if: SynapseEnvironment.shouldRun), .serialized)
struct TicketChaosTests {
    let http = HTTPClient()
    let environment = ProcessInfo.processInfo.environment

    var faults: Int { environment["HUBBOT_TICKET_CHAOS_FAULTS"].flatMap(Int.init) ?? 40 }
    var kills: Int { environment["HUBBOT_TICKET_CHAOS_KILLS"].flatMap(Int.init) ?? 8 }
    var seed: Int { environment["HUBBOT_TICKET_CHAOS_SEED"].flatMap(Int.init) ?? 7 }

    /// Fault reports: distinct ones, and every fourth one the same as the report before it, from
    /// another person (a later report of the same fault).
    static func reports(_ count: Int) -> [String] {
        let templates = [
            "the printer in room %d jams on every job, paper jam again",
            "the wifi keeps dropping in meeting room %d",
            "my vpn won't connect from home office %d, globalprotect keeps failing",
            "my laptop %d screen flickers and goes black",
            "the projector in room %d shows no signal",
            "outlook on desk %d won't send any email since this morning",
        ]
        var reports: [String] = []
        for index in 0..<count {
            if index % 4 == 3, let previous = reports.last {
                reports.append(previous)
            } else {
                reports.append(String(format: templates[index % templates.count], 100 + index))
            }
        }
        return reports
    }

    /// Sends the reports from four people round-robin, SIGKILLing HubBot `kills` times along the
    /// way; returns who said what, once every report has been told its ticket.
    func tell(_ reports: [String], hubbot: HubBotProcess, synapse: SynapseEnvironment) async throws -> [Person] {
        var people: [Person] = []
        for name in ["carol", "dave", "erin", "frank"] {
            people.append(try await hubbot.person(name, synapse: synapse, http: http))
        }
        let every = max(1, reports.count / max(1, kills))
        var killed = 0
        for (index, text) in reports.enumerated() {
            try await hubbot.say(text, as: people[index % people.count])
            if (index + 1) % every == 0, killed < kills {
                killed += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 100...1500)))
                try await hubbot.kill()
                try await hubbot.start()
            }
        }
        // A hang guard: every report filed (or given up, which the checks below refuse).
        let deadline = ContinuousClock.now + .seconds(600)
        while ContinuousClock.now < deadline {
            var told = 0
            for person in people {
                told += try await hubbot.messages(to: person).filter {
                    let body = $0.content?.body ?? ""
                    return body.contains("IT support has your report") || body.contains("couldn't pass")
                }.count
            }
            if told >= reports.count { break }
            try await Task.sleep(for: .seconds(1))
        }
        return people
    }

    /// Every report's fault id and the ticket number its reporter was told; the failures said.
    func told(_ people: [Person], hubbot: HubBotProcess) async throws -> (
        tickets: [String: [String]], failures: [String]
    ) {
        var tickets: [String: [String]] = [:]
        var failures: [String] = []
        for person in people {
            for message in try await hubbot.messages(to: person) {
                let body = message.content?.body ?? ""
                if let match = body.firstMatch(
                    of: /IT support has your report (fault-\d+-[a-z0-9]{4}) as ticket ([^ ()]+?)[ .(]/
                ) {
                    tickets[String(match.1), default: []].append(String(match.2))
                }
                if body.contains("couldn't pass") { failures.append(body) }
            }
        }
        return (tickets, failures)
    }

    @Test("Redmine behind a proxy failing every kind of request at random, with SIGKILLs: one issue or note per report")
    func redmineUnderChaos() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        let proxy = try await WebhookReceiver(forward: redmine.baseURL, chaos: 0.2, seed: seed)
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            extra: """
                tickets:
                  poll_seconds: 3600
                  retry_initial_seconds: 1
                  targets:
                    helpdesk:
                      preset: redmine
                      url: "\(proxy.baseURL)/forward"
                      token: "env:HUBBOT_REDMINE_API_KEY"
                      project: "it-support"
                  routes:
                    default: helpdesk
                """
        )
        try await hubbot.start()
        let reports = Self.reports(faults)
        let people = try await tell(reports, hubbot: hubbot, synapse: synapse)
        let (tickets, failures) = try await told(people, hubbot: hubbot)
        #expect(failures.isEmpty, "given up: \(failures)")
        #expect(tickets.count == reports.count, "reports told their ticket: \(tickets.count) of \(reports.count)")
        #expect(
            tickets.values.allSatisfy { $0.count == 1 },
            "told more than once: \(tickets.filter { $0.value.count > 1 })"
        )

        for (fault, numbers) in tickets.sorted(by: { $0.key < $1.key }) {
            let number = try #require(numbers.first)
            let issues = try await redmineIssues(withMarker: fault, redmine: redmine)
            if issues.isEmpty {
                // A later report: exactly one note on the ticket it was told.
                let notes = try await redmineNotes(on: number, redmine: redmine).filter {
                    $0.contains("[hubbot \(fault)]")
                }
                #expect(notes.count == 1, "\(fault): \(notes.count) notes on #\(number)")
            } else {
                #expect(issues == [number], "\(fault): issues \(issues), told #\(number)")
            }
        }
        let attempts = try await proxy.received(http: http)
        #expect(attempts.contains { $0.answered == .other("dropped") }, "the chaos lost some answers")
        #expect(try await hubbot.stop() == 0)
    }

    @Test(
        "a webhook receiver that does not de-duplicate, failing at random, with SIGKILLs: one ticket or note per report"
    )
    func webhookUnderChaos() async throws {
        let synapse = try SynapseEnvironment.require()
        let receiver = try await WebhookReceiver(deduplicating: false, chaos: 0.2, seed: seed)
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            extra: receiver.ticketsYAML()
        )
        try await hubbot.start()
        let reports = Self.reports(faults)
        let people = try await tell(reports, hubbot: hubbot, synapse: synapse)
        let (tickets, failures) = try await told(people, hubbot: hubbot)
        #expect(failures.isEmpty, "given up: \(failures)")
        #expect(tickets.count == reports.count, "reports told their ticket: \(tickets.count) of \(reports.count)")
        let made = try await receiver.tickets(http: http)
        let notes = try await receiver.tickets(notes: true, http: http)
        for (fault, numbers) in tickets.sorted(by: { $0.key < $1.key }) {
            let entries = made.filter { $0.fault == fault } + notes.filter { $0.fault == fault }
            #expect(entries.map(\.ticket) == [numbers.first ?? ""], "\(fault): \(entries), told \(numbers)")
        }
        #expect(try await hubbot.stop() == 0)
    }

    /// Redmine issue ids whose subject holds the fault's marker (all statuses).
    func redmineIssues(withMarker fault: String, redmine: RedmineEnvironment) async throws -> [String] {
        let marker = "$[hubbot \(fault)]".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let response = try await http.execute(
            HTTPRequest(
                url: "\(redmine.baseURL)/issues.json?project_id=it-support&status_id=*&subject=\(marker)",
                headers: ["X-Redmine-API-Key": redmine.apiKey]
            )
        )
        let json = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return (json?["issues"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? Int).map(String.init) }
    }

    /// The notes on a Redmine issue.
    func redmineNotes(on issue: String, redmine: RedmineEnvironment) async throws -> [String] {
        let response = try await http.execute(
            HTTPRequest(
                url: "\(redmine.baseURL)/issues/\(issue).json?include=journals",
                headers: ["X-Redmine-API-Key": redmine.apiKey]
            )
        )
        let json = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        let journals = (json?["issue"] as? [String: Any])?["journals"] as? [[String: Any]] ?? []
        return journals.compactMap { $0["notes"] as? String }
    }
}
