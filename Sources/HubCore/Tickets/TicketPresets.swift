import Foundation

/// The requests each preset makes and how it reads the answers. Bodies are
/// built as JSON values, never by pasting text into a template, so nothing a
/// colleague writes can change their shape; header values come from the
/// config only.
extension TicketTarget {
    /// The marker that puts the fault id into the ticket, so a lost answer can be reconciled.
    public static func marker(_ faultID: String) -> String { "[hubbot \(faultID)]" }

    /// Creates the ticket for a fault.
    public func createCall(for fault: HygieneFault, category: HygieneCategory?) -> TicketCall {
        let title =
            "\(category?.description.split(separator: ".").first.map(String.init) ?? fault.category): "
            + Self.shortened(fault.text, to: 80) + " " + Self.marker(fault.id)
        let description =
            "\(fault.reporterName) (\(fault.reporter)) reported in chat at \(Self.timestamp(fault.reportedAt)):\n\n"
            + fault.text + "\n\nCategory: \(fault.category), priority: \(fault.priority), route: \(fault.route). "
            + "Fault id: \(fault.id) (filed by HubBot)."
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        switch preset {
        case .webhook:
            let body: [String: Any] = [
                "type": "hubbot.fault.reported",
                "fault": [
                    "id": fault.id, "category": fault.category, "priority": fault.priority, "route": fault.route,
                    "text": fault.text, "reporter": fault.reporter.rawValue, "reporter_name": fault.reporterName,
                    "room": fault.room.rawValue, "reported_at": Self.timestamp(fault.reportedAt), "title": title,
                ],
            ]
            return call("POST", url, body)
        case .redmine:
            let priorities = ["low": 1, "normal": 2, "high": 3, "urgent": 4]
            let body: [String: Any] = [
                "issue": [
                    "project_id": project ?? "", "subject": title, "description": description,
                    "priority_id": priorities[fault.priority] ?? 2,
                ]
            ]
            return call("POST", "\(base)/issues.json", body)
        case .rt:
            let body: [String: Any] = ["Queue": project ?? "General", "Subject": title, "Content": description]
            return call("POST", "\(base)/REST/2.0/ticket", body)
        case .jira:
            let body: [String: Any] = [
                "fields": [
                    "project": ["key": project ?? ""], "summary": title, "description": description,
                    "issuetype": ["name": "Task"], "labels": ["hubbot", "hubbot-\(fault.id)"],
                ]
            ]
            return call("POST", "\(base)/rest/api/2/issue", body)
        case .servicenow:
            let urgency = ["urgent": "1", "high": "1", "normal": "2", "low": "3"]
            let body: [String: Any] = [
                "short_description": title, "description": description, "urgency": urgency[fault.priority] ?? "2",
                "correlation_id": fault.id, "correlation_display": "HubBot",
            ]
            return call("POST", "\(base)/api/now/table/incident", body)
        case .zammad:
            let body: [String: Any] = [
                "title": title, "group": project ?? "Users", "customer_id": "guess:\(fault.reporter.rawValue)",
                "article": ["subject": title, "body": description, "type": "note", "internal": false],
            ]
            return call("POST", "\(base)/api/v1/tickets", body)
        case .glpi:
            let urgency = ["urgent": 5, "high": 4, "normal": 3, "low": 2]
            let body: [String: Any] = [
                "input": ["name": title, "content": description, "urgency": urgency[fault.priority] ?? 3, "type": 1]
            ]
            return call("POST", "\(base)/apirest.php/Ticket", body)
        case .github:
            let body: [String: Any] = ["title": title, "body": description, "labels": ["hubbot", fault.category]]
            return call("POST", "\(base)/repos/\(project ?? "")/issues", body)
        case .gitlab:
            let body: [String: Any] = [
                "title": title, "description": description, "labels": "hubbot,\(fault.category)",
            ]
            return call("POST", "\(base)/api/v4/projects/\(Self.pathSegment(project ?? ""))/issues", body)
        }
    }

    /// Reads the created ticket from a 2xx answer. When the answer names none, a ticket
    /// system HubBot can search is asked by the fault's marker instead (nil here: the
    /// number told is always the system's own); for the others the fault id stands in.
    public func receipt(fromCreated body: Data, faultID: String) -> TicketReceipt? {
        let json = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        let ticket: [String: Any]? =
            switch preset {
            case .redmine: json["issue"] as? [String: Any]
            case .servicenow: json["result"] as? [String: Any]
            default: json
            }
        if let read = ticket.flatMap(receipt(of:)) { return read }
        if preset == .webhook {
            return TicketReceipt(id: faultID, url: Self.string(json["url"]) ?? Self.string(json["ticket_url"]))
        }
        return findCall(faultID: faultID) == nil ? TicketReceipt(id: faultID, url: nil) : nil
    }

    /// One ticket as the preset's answers describe it (a create's answer, an item of a search).
    func receipt(of ticket: [String: Any]) -> TicketReceipt? {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        let string = Self.string
        switch preset {
        case .webhook:
            return (string(ticket["id"]) ?? string(ticket["ticket_id"])).map {
                TicketReceipt(id: $0, url: string(ticket["url"]) ?? string(ticket["ticket_url"]))
            }
        case .redmine:
            return string(ticket["id"]).map { TicketReceipt(id: $0, url: "\(base)/issues/\($0)") }
        case .rt:
            return string(ticket["id"]).map { TicketReceipt(id: $0, url: "\(base)/Ticket/Display.html?id=\($0)") }
        case .jira:
            return (string(ticket["key"]) ?? string(ticket["id"])).map {
                TicketReceipt(id: $0, url: "\(base)/browse/\($0)")
            }
        case .servicenow:
            return (string(ticket["number"]) ?? string(ticket["sys_id"])).map {
                let sys = string(ticket["sys_id"]) ?? ""
                return TicketReceipt(id: $0, url: "\(base)/nav_to.do?uri=incident.do?sys_id=\(sys)")
            }
        case .zammad:
            return string(ticket["id"]).map {
                TicketReceipt(id: string(ticket["number"]) ?? $0, url: "\(base)/#ticket/zoom/\($0)")
            }
        case .glpi:
            // A search's rows name their columns by field number: 2 is the id.
            return (string(ticket["id"]) ?? string(ticket["2"])).map {
                TicketReceipt(id: $0, url: "\(base)/front/ticket.form.php?id=\($0)")
            }
        case .github:
            return string(ticket["number"]).map { TicketReceipt(id: $0, url: string(ticket["html_url"])) }
        case .gitlab:
            return string(ticket["iid"]).map { TicketReceipt(id: $0, url: string(ticket["web_url"])) }
        }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    /// Looks the fault's ticket up by its marker (or the fault id the ticket carries in a field of
    /// its own), for every preset but the webhook, whose receiver de-duplicates on `Idempotency-Key`.
    /// Each asks the system's database directly where the API allows it, not a search index that
    /// may lag behind a ticket made a moment ago.
    public func findCall(faultID: String, reportedAt: Date? = nil) -> TicketCall? {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        let marker = Self.marker(faultID)
        let project = Self.pathSegment(project ?? "")
        let path: String
        switch preset {
        case .webhook:
            // Only with a lookup URL; without one the receiver de-duplicates on `Idempotency-Key`.
            guard let lookupURL else { return nil }
            let separator = lookupURL.contains("?") ? "&" : "?"
            return call("GET", lookupURL + separator + "fault_id=" + Self.queryValue(faultID), nil)
        case .redmine:
            path = "/issues.json?project_id=\(project)&status_id=*&subject=\(Self.queryValue("$" + marker))"
        case .rt:
            path = "/REST/2.0/tickets?query=\(Self.queryValue("Subject LIKE '\(marker)'"))&fields=Subject"
        case .jira:
            // The create labels the issue `hubbot-<fault id>`: an exact match, no text search. Jira Cloud
            // answers on `search/jql` (its `search` is gone); Server and Data Center on `search`.
            let endpoint =
                (URLComponents(string: url)?.host ?? "").hasSuffix(".atlassian.net") ? "search/jql" : "search"
            path = "/rest/api/2/\(endpoint)?jql=\(Self.queryValue("labels = \"hubbot-\(faultID)\""))&fields=summary"
        case .servicenow:
            // The incident's correlation_id is the fault id.
            path =
                "/api/now/table/incident?sysparm_query=\(Self.queryValue("correlation_id=\(faultID)"))"
                + "&sysparm_fields=number,sys_id,short_description"
        case .zammad:
            // Plain words, which both Elasticsearch and Zammad's database fallback read; titles are checked.
            path = "/api/v1/tickets/search?query=\(Self.queryValue(faultID))&expand=true&limit=\(Self.page)"
        case .glpi:
            path =
                "/apirest.php/search/Ticket?criteria%5B0%5D%5Bfield%5D=1&criteria%5B0%5D%5Bsearchtype%5D=contains"
                + "&criteria%5B0%5D%5Bvalue%5D=\(Self.queryValue(faultID))&forcedisplay%5B0%5D=2"
        case .github:
            // The issues list (the database), not the search API (an index that lags): HubBot's newest
            // issues, which a lost create's is among.
            // Only issues changed since the fault was reported (an hour's margin for clocks): a page of
            // them is not filled by a long-lived repository's older HubBot issues.
            let since = reportedAt.map { "&since=" + Self.timestamp($0.addingTimeInterval(-3600)) } ?? ""
            path =
                "/repos/\(self.project ?? "")/issues?state=all&labels=hubbot&sort=created&direction=desc"
                + "&per_page=\(Self.page)\(since)"
        case .gitlab:
            path =
                "/api/v4/projects/\(project)/issues?search=\(Self.queryValue(faultID))&in=title&scope=all&state=all"
                + "&per_page=\(Self.page)"
        }
        return call("GET", base + path, nil)
    }

    /// Rows asked for per page in marker searches and note reads; an answer that fills a page without
    /// the marker may hide it on the next (for the systems whose answers carry no total).
    static let page = 100

    /// What a 2xx answer to ``findCall(faultID:)`` says.
    public enum SearchResult: Sendable, Equatable {
        case found(TicketReceipt)
        /// The answer was read and lists no ticket with the marker: it is safe to create one.
        case notFound
        /// The answer could not be read: whether the ticket exists is unknown.
        case unreadable
    }

    /// Reads the answer to ``findCall(faultID:)``. Only an answer that was read and
    /// lists nothing with the fault's marker is ``SearchResult/notFound``: anything else
    /// might hide a ticket.
    public func search(fromFound body: Data, faultID: String) -> SearchResult {
        guard let json = try? JSONSerialization.jsonObject(with: body) else { return .unreadable }
        let object = json as? [String: Any]
        if preset == .webhook {
            // The lookup answers {"ticket": {"id": …, "url": …}} or {"ticket": null}.
            guard let object, object.keys.contains("ticket") else { return .unreadable }
            guard let ticket = object["ticket"] as? [String: Any] else {
                return object["ticket"] is NSNull ? .notFound : .unreadable
            }
            return receipt(of: ticket).map(SearchResult.found) ?? .unreadable
        }
        let items: [[String: Any]]? =
            switch preset {
            case .webhook: nil
            case .redmine, .jira: object?["issues"] as? [[String: Any]]
            case .rt: object?["items"] as? [[String: Any]]
            case .servicenow: object?["result"] as? [[String: Any]]
            case .glpi: (object?["totalcount"] as? NSNumber)?.intValue == 0 ? [] : object?["data"] as? [[String: Any]]
            case .zammad, .github, .gitlab: json as? [[String: Any]]
            }
        guard let items else { return .unreadable }
        let marker = Self.marker(faultID)
        // Where the answer shows titles, only a ticket whose title holds the marker counts (a text search
        // may also find `fault-1-ab` for `fault-1-a`); RT's and ServiceNow's queries are exact already.
        let matching = items.filter { item in
            let title: String? =
                switch preset {
                case .redmine: item["subject"] as? String
                case .jira: (item["fields"] as? [String: Any])?["summary"] as? String
                case .zammad, .github, .gitlab: item["title"] as? String
                case .glpi: item["1"] as? String
                case .rt, .servicenow, .webhook: nil
                }
            return title.map { $0.contains(marker) } ?? true
        }
        guard let first = matching.first else {
            return Self.mayContinue(object, rows: items.count, paged: [.github, .gitlab, .zammad].contains(preset))
                ? .unreadable : .notFound
        }
        return receipt(of: first).map(SearchResult.found) ?? .unreadable
    }

    /// Whether an answer that did not show the fault's marker may show it on a later page: it says
    /// there are more rows than it holds (a server that ignored the filter), or, for systems whose
    /// answers carry no total (`paged`), it fills a whole page.
    static func mayContinue(_ object: [String: Any]?, rows: Int, paged: Bool) -> Bool {
        let total = (object?["total_count"] ?? object?["total"] ?? object?["totalcount"]) as? NSNumber
        return (total?.intValue ?? 0) > rows || (paged && rows >= page)
    }

    /// Adds a note to a ticket (another colleague reported the same fault); nil where unsupported.
    public func commentCall(ticketID: String, faultID: String, text: String) -> TicketCall? {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        switch preset {
        case .redmine:
            return call("PUT", "\(base)/issues/\(Self.pathSegment(ticketID)).json", ["issue": ["notes": text]])
        case .rt:
            return call("POST", "\(base)/REST/2.0/ticket/\(Self.pathSegment(ticketID))/comment", ["Content": text])
        case .jira:
            return call("POST", "\(base)/rest/api/2/issue/\(Self.pathSegment(ticketID))/comment", ["body": text])
        case .github:
            return call(
                "POST",
                "\(base)/repos/\(project ?? "")/issues/\(Self.pathSegment(ticketID))/comments",
                ["body": text]
            )
        case .gitlab:
            return call(
                "POST",
                "\(base)/api/v4/projects/\(Self.pathSegment(project ?? ""))/issues/\(Self.pathSegment(ticketID))/notes",
                ["body": text]
            )
        case .webhook:
            return call(
                "POST",
                url,
                ["type": "hubbot.fault.also_reported", "ticket_id": ticketID, "fault_id": faultID, "text": text]
            )
        case .servicenow, .zammad, .glpi:
            return nil
        }
    }

    /// Lists a ticket's notes, to see whether a grouped report's note (carrying its fault's marker)
    /// is there already after an answer was lost; nil where HubBot adds no notes (ServiceNow, Zammad,
    /// GLPI) or cannot read them back (the webhook without a lookup URL, whose receiver
    /// de-duplicates on `Idempotency-Key`).
    public func notesCall(ticketID: String, faultID: String, reportedAt: Date? = nil) -> TicketCall? {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        let ticket = Self.pathSegment(ticketID)
        switch preset {
        case .redmine: return call("GET", "\(base)/issues/\(ticket).json?include=journals", nil)
        case .jira: return call("GET", "\(base)/rest/api/2/issue/\(ticket)/comment?maxResults=1000", nil)
        case .rt:
            // The ticket's attachments (a comment's text is one) whose content holds the marker, newest
            // first; RT answers each attachment's Content in base64.
            let limit: [[String: String]] = [["field": "Content", "operator": "LIKE", "value": Self.marker(faultID)]]
            let query = (try? JSONSerialization.data(withJSONObject: limit)).map { String(decoding: $0, as: UTF8.self) }
            return call(
                "GET",
                "\(base)/REST/2.0/ticket/\(ticket)/attachments?query=\(Self.queryValue(query ?? ""))&fields=Content"
                    + "&orderby=id&order=DESC&per_page=\(Self.page)",
                nil
            )
        case .github:
            // Only comments made since the report (an hour's margin), so a busy issue's page holds it.
            let since = reportedAt.map { "&since=" + Self.timestamp($0.addingTimeInterval(-3600)) } ?? ""
            return call(
                "GET",
                "\(base)/repos/\(project ?? "")/issues/\(ticket)/comments?per_page=\(Self.page)\(since)",
                nil
            )
        case .gitlab:
            let project = Self.pathSegment(project ?? "")
            // Newest first: a note just added is on the first page.
            return call(
                "GET",
                "\(base)/api/v4/projects/\(project)/issues/\(ticket)/notes?per_page=\(Self.page)&sort=desc&order_by=created_at",
                nil
            )
        case .webhook:
            // The lookup answers for a grouped report's fault id too: the ticket it was added to.
            return findCall(faultID: faultID, reportedAt: reportedAt)
        case .servicenow, .zammad, .glpi:
            return nil
        }
    }

    /// Reads the answer to ``notesCall(ticketID:faultID:reportedAt:)``: `.found(ticket)` when the
    /// fault's note is on `ticket`; unreadable when it cannot be read or a later page may hold it.
    public func noteSearch(fromNotes body: Data, faultID: String, ticket: TicketReceipt) -> SearchResult {
        // The webhook's lookup answers for a later report's fault id as for a ticket's.
        if preset == .webhook { return search(fromFound: body, faultID: faultID) }
        guard let json = try? JSONSerialization.jsonObject(with: body) else { return .unreadable }
        let object = json as? [String: Any]
        let notes: [[String: Any]]? =
            switch preset {
            case .redmine: (object?["issue"] as? [String: Any])?["journals"] as? [[String: Any]]
            case .jira: object?["comments"] as? [[String: Any]]
            case .rt: object?["items"] as? [[String: Any]]
            default: json as? [[String: Any]]
            }
        guard let notes else { return .unreadable }
        let marker = Self.marker(faultID)
        if notes.contains(where: { Self.noteText($0)?.contains(marker) == true }) {
            return .found(ticket)
        }
        return Self.mayContinue(object, rows: notes.count, paged: [.github, .gitlab].contains(preset))
            ? .unreadable : .notFound
    }

    /// A note's text: Redmine's `notes`, RT's base64 `Content`, everyone else's `body`.
    private static func noteText(_ note: [String: Any]) -> String? {
        if let content = note["Content"] as? String {
            let data = Data(base64Encoded: content, options: .ignoreUnknownCharacters)
            return data.map { String(decoding: $0, as: UTF8.self) } ?? content
        }
        return (note["notes"] ?? note["body"]) as? String
    }

    /// Reads a ticket's state, for presets HubBot polls to learn a fault is fixed.
    public func statusCall(ticketID: String) -> TicketCall? {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        switch preset {
        case .redmine: return call("GET", "\(base)/issues/\(Self.pathSegment(ticketID)).json", nil)
        case .github: return call("GET", "\(base)/repos/\(project ?? "")/issues/\(Self.pathSegment(ticketID))", nil)
        case .gitlab:
            return call(
                "GET",
                "\(base)/api/v4/projects/\(Self.pathSegment(project ?? ""))/issues/\(Self.pathSegment(ticketID))",
                nil
            )
        default: return nil
        }
    }

    /// Asks the system who the credentials belong to, changing nothing: what `hubbot doctor`
    /// sends, since a search alone may be answered for anonymous callers (a public Redmine
    /// project). Nil where the system has no such call (then doctor searches).
    public func credentialsCall() -> TicketCall? {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        switch preset {
        case .redmine: return call("GET", "\(base)/users/current.json", nil)
        case .github: return call("GET", "\(base)/user", nil)
        case .gitlab: return call("GET", "\(base)/api/v4/user", nil)
        case .jira: return call("GET", "\(base)/rest/api/2/myself", nil)
        case .zammad: return call("GET", "\(base)/api/v1/users/me", nil)
        case .rt: return call("GET", "\(base)/REST/2.0/rt", nil)
        case .servicenow, .glpi, .webhook: return nil
        }
    }

    /// True when the status answer says the ticket is closed (fixed).
    public func isClosed(statusBody body: Data) -> Bool {
        guard let json = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return false }
        switch preset {
        case .redmine:
            let status = (json["issue"] as? [String: Any])?["status"] as? [String: Any]
            return (status?["is_closed"] as? Bool) ?? false
        case .github, .gitlab:
            return (json["state"] as? String) == "closed"
        default:
            return false
        }
    }

    private func call(_ method: String, _ url: String, _ body: [String: Any]?) -> TicketCall {
        var headers = ["Accept": "application/json"]
        if body != nil { headers["Content-Type"] = "application/json" }
        if let token {
            switch preset {
            case .webhook: headers["Authorization"] = "Bearer \(token)"
            case .redmine: headers["X-Redmine-API-Key"] = token
            case .rt: headers["Authorization"] = "token \(token)"
            case .jira, .servicenow:
                if let user {
                    headers["Authorization"] = "Basic " + Data("\(user):\(token)".utf8).base64EncodedString()
                } else {
                    headers["Authorization"] = "Bearer \(token)"
                }
            case .zammad: headers["Authorization"] = "Token token=\(token)"
            case .glpi: headers["Session-Token"] = token
            case .github:
                headers["Authorization"] = "Bearer \(token)"
                headers["X-GitHub-Api-Version"] = "2022-11-28"
            case .gitlab: headers["PRIVATE-TOKEN"] = token
            }
        }
        let data = body.flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
        return TicketCall(method: method, url: url, headers: headers, body: data)
    }

    static func shortened(_ text: String, to length: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= length ? flat : String(flat.prefix(length - 1)) + "…"
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))
            ?? text
    }

    static func queryValue(_ text: String) -> String { pathSegment(text) }
}
