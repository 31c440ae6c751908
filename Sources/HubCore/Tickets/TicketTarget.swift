import Foundation

/// A ticket system HubBot files faults in, with secrets already resolved.
public struct TicketTarget: Sendable, Hashable {
    /// How to talk to a kind of ticket system: endpoint, auth, body, and how to read the answer.
    public enum Preset: String, Sendable, Hashable, CaseIterable, Codable {
        /// A documented JSON POST to any URL (docs/tickets.md), signed per Standard Webhooks.
        case webhook
        case redmine
        /// Request Tracker 5 (REST 2).
        case rt
        /// Jira and Jira Service Management (REST 2).
        case jira
        /// ServiceNow incidents (Table API).
        case servicenow
        case zammad
        case glpi
        case github
        case gitlab
    }

    public var name: String
    public var preset: Preset
    /// The base URL (for `webhook`: the URL posted to).
    public var url: String
    /// API key or token (Redmine key, RT/GitHub/GitLab/Zammad token, GLPI session token, Jira/ServiceNow password or token).
    public var token: String?
    /// For Jira and ServiceNow: the user the token belongs to (basic auth).
    public var user: String?
    /// Where tickets go: Redmine project, RT queue, Jira project key, Zammad group,
    /// GitHub `owner/repo`, GitLab project path or id.
    public var project: String?
    /// Standard Webhooks signing secrets (`whsec_…`); several during a rotation.
    public var signingSecrets: [String]
    /// For the webhook preset: where HubBot asks whether the receiver already holds a fault
    /// (`GET lookup_url?fault_id=…`), for receivers that do not de-duplicate on `Idempotency-Key`.
    public var lookupURL: String?

    public init(
        name: String,
        preset: Preset,
        url: String,
        token: String? = nil,
        user: String? = nil,
        project: String? = nil,
        signingSecrets: [String] = [],
        lookupURL: String? = nil
    ) {
        self.name = name
        self.preset = preset
        self.url = url
        self.token = token
        self.user = user
        self.project = project
        self.signingSecrets = signingSecrets
        self.lookupURL = lookupURL
    }

    /// The host requests go to, for the circuit breaker.
    public var endpoint: String {
        URLComponents(string: url).map { "\($0.scheme ?? "")://\($0.host ?? ""):\($0.port ?? 0)" } ?? url
    }

    /// What each preset needs besides a URL, for config validation.
    public var missing: [String] {
        var missing: [String] = []
        switch preset {
        case .webhook: break
        case .redmine, .rt, .zammad, .gitlab, .github:
            if token == nil { missing.append("token") }
            if project == nil { missing.append("project") }
        case .jira:
            if token == nil { missing.append("token") }
            if project == nil { missing.append("project") }
        case .servicenow:
            if token == nil { missing.append("token") }
            if user == nil { missing.append("user") }
        case .glpi:
            if token == nil { missing.append("token") }
        }
        return missing
    }
}

/// A ticket as the ticket system names it.
public struct TicketReceipt: Sendable, Hashable, Codable {
    public var id: String
    public var url: String?

    public init(id: String, url: String? = nil) {
        self.id = id
        self.url = url
    }
}

/// An HTTP request to make, before any transport sees it.
public struct TicketCall: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [String: String]
    public var body: Data?
}
