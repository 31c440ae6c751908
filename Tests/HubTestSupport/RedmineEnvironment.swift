import Foundation

/// The throwaway Redmine that `Scripts/test.sh` starts with `Scripts/redmine.sh`.
public struct RedmineEnvironment: Sendable {
    public var baseURL: String
    public var apiKey: String

    public static let current: RedmineEnvironment? = {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["HUBBOT_REDMINE_URL"], let key = environment["HUBBOT_REDMINE_API_KEY"], !url.isEmpty
        else { return nil }
        return RedmineEnvironment(baseURL: url, apiKey: key)
    }()

    public static func require() throws -> RedmineEnvironment {
        guard let current else {
            throw TestServerError(
                "no test Redmine: run the suite with Scripts/test.sh, which starts one and sets HUBBOT_REDMINE_URL"
            )
        }
        return current
    }
}
