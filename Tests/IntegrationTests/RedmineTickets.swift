import CurlHTTP
import Foundation
import HubTestSupport

extension RedmineEnvironment {
    /// A `tickets:` section filing into this Redmine's it-support project (through `url` when
    /// given, e.g. a misbehaving proxy), polling and retrying quickly for tests.
    func ticketsYAML(url: String? = nil) -> String {
        """
        tickets:
          poll_seconds: 5
          retry_initial_seconds: 1
          targets:
            helpdesk:
              preset: redmine
              url: "\(url ?? baseURL)"
              token: "env:HUBBOT_REDMINE_API_KEY"
              project: "it-support"
          routes:
            default: helpdesk
        """
    }

    /// Redmine issues carrying the fault's marker.
    func issues(forFault faultID: String, http: HTTPClient) async throws -> [[String: Any]] {
        let marker = "$[hubbot \(faultID)]".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let response = try await http.execute(
            HTTPRequest(
                url: "\(baseURL)/issues.json?project_id=it-support&status_id=*&subject=\(marker)",
                headers: ["X-Redmine-API-Key": apiKey]
            )
        )
        let json = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return json?["issues"] as? [[String: Any]] ?? []
    }
}
