import Foundation
import PackagePlugin

/// `swift package validate-config [PATH ...]`: the same strict validator as
/// `hubbot check-config`, on Config/hubbot.yaml (and the tag file it names) by
/// default. Reads only; exits non-zero when a file has problems.
@main
struct ValidateConfig: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "hubbot")
        let paths =
            arguments.isEmpty ? [context.package.directoryURL.appending(path: "Config/hubbot.yaml").path()] : arguments
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["check-config"] + paths
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("the config has problems (listed above)")
            throw ValidationFailed()
        }
    }

    struct ValidationFailed: Error, CustomStringConvertible {
        var description: String { "validate-config: the config has problems" }
    }
}
