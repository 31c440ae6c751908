import Foundation
import HubCore
import Testing

@testable import Tickets

@Suite("Standard Webhooks signatures")
struct WebhookSignatureTests {
    @Test("the spec's example signs to the spec's signature")
    func specVector() {
        let headers = WebhookSignature.headers(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
            timestamp: Date(timeIntervalSince1970: 1_614_265_330),
            body: Data(#"{"test": 2432232314}"#.utf8),
            secrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]
        )
        #expect(headers["webhook-signature"] == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        #expect(headers["webhook-id"] == "msg_p5jXN8AQM9LWM0D4loKWxJek")
        #expect(headers["webhook-timestamp"] == "1614265330")
    }

    @Test("several secrets during a rotation: one signature each, either verifies")
    func rotation() throws {
        let body = Data("{}".utf8)
        let headers = WebhookSignature.headers(
            id: "fault-1",
            timestamp: Date(timeIntervalSince1970: 1_800_000_000),
            body: body,
            secrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "old-plain-secret"]
        )
        let signature = try #require(headers["webhook-signature"])
        #expect(signature.split(separator: " ").count == 2)
        for secret in ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "old-plain-secret"] {
            #expect(
                WebhookSignature.verify(
                    header: signature,
                    id: "fault-1",
                    timestamp: "1800000000",
                    body: body,
                    secrets: [secret]
                )
            )
        }
        #expect(
            !WebhookSignature.verify(
                header: signature,
                id: "fault-1",
                timestamp: "1800000000",
                body: Data("{ }".utf8),
                secrets: ["old-plain-secret"]
            )
        )
    }
}

@Suite("Ticket delivery: verdicts and the circuit breaker")
struct DeliveryPolicyTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func verdict(_ status: Int?, retryAfter: Duration? = nil, attempt: Int = 0, at now: Date? = nil)
        -> DeliveryPolicy.Verdict
    {
        var random = SystemRandomNumberGenerator()
        return DeliveryPolicy().verdict(
            status: status,
            retryAfter: retryAfter,
            attempt: attempt,
            firstTried: start,
            now: now ?? start,
            detail: "x",
            random: &random
        )
    }

    @Test(
        "what each answer means",
        arguments: [
            (201, "delivered"), (200, "delivered"), (408, "retry"), (429, "retry"), (500, "retry"), (503, "retry"),
            (400, "dead"), (401, "dead"), (404, "dead"), (422, "dead"), (410, "gone"),
        ]
    )
    func classification(status: Int, expected: String) {
        let label: String =
            switch verdict(status) {
            case .delivered: "delivered"
            case .retry: "retry"
            case .deadLetter: "dead"
            case .routeGone: "gone"
            }
        #expect(label == expected)
    }

    @Test("network failures retry; Retry-After is honoured; delays grow and are capped")
    func delays() {
        guard case .retry = verdict(nil) else {
            Issue.record("a network failure retries")
            return
        }
        guard case .retry(let asked) = verdict(429, retryAfter: .seconds(120)) else {
            Issue.record("429 retries")
            return
        }
        #expect(asked == .seconds(120))
        guard case .retry(let late) = verdict(503, attempt: 30) else {
            Issue.record("still retrying")
            return
        }
        #expect(late <= DeliveryPolicy().maximumDelay && late >= DeliveryPolicy().maximumDelay / 2)
        guard case .retry = verdict(409) else {
            Issue.record("409 (an Idempotency-Key receiver still busy with the first try) retries")
            return
        }
    }

    @Test("after the horizon a fault goes to the dead letters")
    func horizon() {
        guard case .deadLetter(let reason) = verdict(503, at: start.addingTimeInterval(72 * 3600)) else {
            Issue.record("expected a dead letter after 72 h")
            return
        }
        #expect(reason.contains("72 h"))
    }

    @Test("a dead endpoint gets one probe a minute")
    func breaker() {
        var breaker = CircuitBreaker(threshold: 3, openFor: .seconds(60))
        var now = start
        for _ in 0..<3 {
            let allowed = breaker.allows(now: now)
            #expect(allowed)
            breaker.record(success: false, now: now)
        }
        var allowed = breaker.allows(now: now.addingTimeInterval(30))
        #expect(!allowed)
        now += 60
        allowed = breaker.allows(now: now)
        #expect(allowed, "the probe")
        allowed = breaker.allows(now: now)
        #expect(!allowed, "only one probe at a time")
        breaker.record(success: false, now: now)
        allowed = breaker.allows(now: now.addingTimeInterval(59))
        #expect(!allowed)
        now += 60
        allowed = breaker.allows(now: now)
        #expect(allowed)
        breaker.record(success: true, now: now)
        #expect(breaker.state == .closed(failures: 0))
    }
}

@Suite("Ticket presets: safe bodies, the fault id in every ticket, answers read back")
struct TicketPresetTests {
    let fault = HygieneFault(
        id: "fault-12",
        network: .matrix,
        reporter: PersonID("@carol:x"),
        reporterName: "Carol \"C\" <b>",
        room: RoomID("!r:x"),
        eventID: "$e",
        text: "printer \"3rd\" floor\r\nX-Injected: yes\n{\"json\": true} {{ticket.id}} ${HOME}",
        category: "printer",
        route: "workplace",
        priority: "high",
        reportedAt: Date(timeIntervalSince1970: 1_800_000_000)
    )

    @Test(
        "every preset makes valid JSON that keeps the chat text as a string, and no header holds chat text",
        arguments: TicketTarget.Preset.allCases
    )
    func bodies(preset: TicketTarget.Preset) throws {
        let target = TicketTarget(
            name: "t",
            preset: preset,
            url: "https://tickets.example.org/",
            token: "k",
            user: "u",
            project: "acme/it"
        )
        let call = target.createCall(for: fault, category: nil)
        let body = try #require(call.body)
        let json = try JSONSerialization.jsonObject(with: body)
        #expect(json is [String: Any])
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.contains("fault-12"), "the fault id is in the ticket: \(text)")
        #expect(!text.contains("\r\nX-Injected"), "line breaks are escaped")
        for (name, value) in call.headers {
            #expect(!value.contains("\n") && !value.contains("printer"), "\(name): \(value)")
        }
        #expect(call.method == "POST")
        #expect(call.url.hasPrefix("https://tickets.example.org/"))
        #expect(!call.url.contains("//", after: "https://"))
    }

    @Test("Redmine: create, find by marker, comment, closed")
    func redmine() throws {
        let target = TicketTarget(
            name: "desk",
            preset: .redmine,
            url: "http://127.0.0.1:3000",
            token: "key",
            project: "it-support"
        )
        let call = target.createCall(for: fault, category: nil)
        #expect(call.url == "http://127.0.0.1:3000/issues.json")
        #expect(call.headers["X-Redmine-API-Key"] == "key")
        let issue = try #require(
            (try JSONSerialization.jsonObject(with: call.body ?? Data()) as? [String: Any])?["issue"] as? [String: Any]
        )
        #expect((issue["subject"] as? String)?.hasSuffix("[hubbot fault-12]") == true)
        #expect(issue["priority_id"] as? Int == 3)
        let receipt = target.receipt(fromCreated: Data(#"{"issue":{"id":42}}"#.utf8), faultID: "fault-12")
        #expect(receipt == TicketReceipt(id: "42", url: "http://127.0.0.1:3000/issues/42"))
        #expect(target.findCall(faultID: "fault-12")?.url.contains("subject=%24%5Bhubbot%20fault-12%5D") == true)
        #expect(
            target.search(fromFound: Data(#"{"issues":[{"id":7}],"total_count":1}"#.utf8), faultID: "fault-12")
                == .found(TicketReceipt(id: "7", url: "http://127.0.0.1:3000/issues/7"))
        )
        // Only an answer that was read and lists nothing allows a new issue; anything else is unknown.
        func search(_ json: String) -> TicketTarget.SearchResult {
            target.search(fromFound: Data(json.utf8), faultID: "fault-12")
        }
        #expect(search(#"{"issues":[],"total_count":0}"#) == .notFound)
        #expect(search("<html>gateway</html>") == .unreadable)
        #expect(search(#"{"errors":["busy"]}"#) == .unreadable)
        #expect(search(#"{"issues":[{"subject":"Printer [hubbot fault-12]"}]}"#) == .unreadable, "no id")
        // Another fault's issue is not this one's; a page that may hide it (a filter ignored) is unknown.
        #expect(search(#"{"issues":[{"id":8,"subject":"VPN [hubbot fault-120]"}],"total_count":1}"#) == .notFound)
        #expect(search(#"{"issues":[{"id":8,"subject":"VPN [hubbot fault-120]"}],"total_count":40}"#) == .unreadable)
        // A create answered 2xx without a readable issue is not "filed as fault-12": it is looked up.
        #expect(target.receipt(fromCreated: Data("<html>ok</html>".utf8), faultID: "fault-12") == nil)
        let hook = TicketTarget(name: "hook", preset: .webhook, url: "http://127.0.0.1:9/hook")
        #expect(hook.receipt(fromCreated: Data(), faultID: "fault-12")?.id == "fault-12", "a webhook has no search")
        #expect(target.commentCall(ticketID: "42", faultID: "fault-13", text: "also")?.method == "PUT")
        #expect(
            target.isClosed(statusBody: Data(#"{"issue":{"status":{"id":5,"name":"Closed","is_closed":true}}}"#.utf8))
        )
        #expect(
            !target.isClosed(statusBody: Data(#"{"issue":{"status":{"id":1,"name":"New","is_closed":false}}}"#.utf8))
        )
    }

    @Test("marker searches per preset: only the fault's own ticket counts; a page that may hide it is unknown")
    func searches() {
        func target(_ preset: TicketTarget.Preset) -> TicketTarget {
            TicketTarget(name: "t", preset: preset, url: "https://h", token: "k", project: "acme/it")
        }
        func search(_ preset: TicketTarget.Preset, _ json: String) -> TicketTarget.SearchResult {
            target(preset).search(fromFound: Data(json.utf8), faultID: "fault-1-a")
        }
        #expect(target(.webhook).findCall(faultID: "fault-1-a") == nil, "the receiver de-duplicates")
        for preset in TicketTarget.Preset.allCases where preset != .webhook {
            #expect(target(preset).findCall(faultID: "fault-1-a")?.method == "GET", "\(preset)")
        }
        #expect(
            target(.jira).findCall(faultID: "fault-1-a")?.url.contains("labels%20%3D%20%22hubbot-fault-1-a%22") == true
        )
        #expect(target(.servicenow).findCall(faultID: "fault-1-a")?.url.contains("correlation_id%3Dfault-1-a") == true)
        let cloud = TicketTarget(name: "t", preset: .jira, url: "https://acme.atlassian.net", token: "k", project: "IT")
        #expect(
            cloud.findCall(faultID: "fault-1-a")?.url.hasPrefix("https://acme.atlassian.net/rest/api/2/search/jql?")
                == true
        )
        let reported = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(
            target(.github).findCall(faultID: "fault-1-a", reportedAt: reported)?.url.contains(
                "&since=2027-01-15T07:00:00Z"
            )
                == true
        )
        let fullGitLab =
            "[" + Array(repeating: #"{"iid":1,"title":"other [hubbot fault-9]"}"#, count: 100).joined(separator: ",")
            + "]"
        #expect(search(.gitlab, fullGitLab) == .unreadable, "a full page without a total may hide it")
        // A text search for fault-1-a also finds fault-1-ab: the title must hold the whole marker.
        #expect(search(.gitlab, #"[{"iid":4,"title":"VPN [hubbot fault-1-ab]"}]"#) == .notFound)
        #expect(
            search(.gitlab, #"[{"iid":5,"title":"VPN [hubbot fault-1-a]","web_url":"u"}]"#)
                == .found(TicketReceipt(id: "5", url: "u"))
        )
        #expect(search(.zammad, #"[{"id":9,"number":"31009","title":"x [hubbot fault-1-a]"}]"#).id == "31009")
        #expect(search(.glpi, #"{"totalcount":1,"data":[{"1":"x [hubbot fault-1-a]","2":12}]}"#).id == "12")
        #expect(search(.glpi, #"{"totalcount":0}"#) == .notFound)
        #expect(search(.rt, #"{"count":1,"total":1,"items":[{"id":"19","type":"ticket"}]}"#).id == "19")
        #expect(search(.servicenow, #"{"result":[]}"#) == .notFound)
        #expect(search(.jira, #"{"total":0,"issues":[]}"#) == .notFound)
        let fullPage =
            "[" + Array(repeating: #"{"number":1,"title":"other [hubbot fault-9]"}"#, count: 100).joined(separator: ",")
            + "]"
        #expect(search(.github, fullPage) == .unreadable, "the issue may be on the next page")
        #expect(search(.github, "[]") == .notFound)
        #expect(search(.rt, #"{"message":"busy"}"#) == .unreadable)
    }

    @Test("answers read back per preset")
    func receipts() {
        func read(_ preset: TicketTarget.Preset, _ json: String) -> TicketReceipt? {
            TicketTarget(name: "t", preset: preset, url: "https://h", token: "k", user: "u", project: "p")
                .receipt(fromCreated: Data(json.utf8), faultID: "fault-1")
        }
        #expect(
            read(.jira, #"{"id":"10000","key":"IT-24"}"#) == TicketReceipt(id: "IT-24", url: "https://h/browse/IT-24")
        )
        #expect(
            read(.github, #"{"number":7,"html_url":"https://github.com/a/b/issues/7"}"#)?.url
                == "https://github.com/a/b/issues/7"
        )
        #expect(read(.gitlab, #"{"iid":3,"web_url":"https://gitlab/x/-/issues/3"}"#)?.id == "3")
        #expect(read(.servicenow, #"{"result":{"number":"INC0010001","sys_id":"abc"}}"#)?.id == "INC0010001")
        #expect(read(.rt, #"{"id":19,"type":"ticket"}"#)?.id == "19")
        #expect(read(.webhook, "not json")?.id == "fault-1")
        #expect(read(.rt, "not json") == nil, "looked up by its marker, never told as the fault id")
    }
}

extension String {
    /// True when `needle` occurs after the first occurrence of `prefix`.
    func contains(_ needle: String, after prefix: String) -> Bool {
        guard let range = range(of: prefix) else { return false }
        return self[range.upperBound...].contains(needle)
    }
}

extension TicketTarget.SearchResult {
    /// The found ticket's id, nil when nothing was found or the answer was unreadable.
    var id: String? {
        if case .found(let receipt) = self { return receipt.id }
        return nil
    }
}
