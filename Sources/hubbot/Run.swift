import ArgumentParser
import Foundation
import HubApp
import HubConfig
import HubCore
import Logging

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run HubBot until SIGTERM or SIGINT (Ctrl-C).",
        discussion: """
            Reads the config, signs in to Matrix or IRC and waits for messages. Secrets come from the \
            environment variables or files the config refers to (env:NAME, file:PATH).

            Example:
              HUBBOT_MATRIX_ACCESS_TOKEN=syt_… hubbot run --config Config/hubbot.yaml
              hubbot run --log-format json 2>> /var/log/hubbot.jsonl
            """
    )

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml.")
    var config = DefaultConfig.path

    @Option(help: "Override log.level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level?

    @Option(help: "Override log.format: text (for people) or json (one object per line, for log shippers).")
    var logFormat: LogFormat?

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() async throws {
        let settings: HubBotConfig
        let signIn: NetworkSignIn
        let tags: TagModel
        let ticketTargets: [String: TicketTarget]
        let callbackSecrets: [String]
        let pickleKey: PickleKeySource?
        do throws(ConfigError) {
            settings = try ConfigLoader.load(path: config)
            signIn = try settings.networkSignIn(environment: ProcessInfo.processInfo.environment, file: config)
            tags = try TagsConfig.load(path: settings.tagsPath(relativeTo: config), routes: settings.tagRoutes)
            ticketTargets = try settings.ticketTargets(environment: ProcessInfo.processInfo.environment, file: config)
            callbackSecrets = try settings.callbackSecrets(
                environment: ProcessInfo.processInfo.environment,
                file: config
            )
            pickleKey = try settings.matrixPickleKey(environment: ProcessInfo.processInfo.environment, file: config)
        } catch {
            Diagnostics.fail(error.issues.map(\.description).joined(separator: "\n"))
            throw ExitCode(78)
        }
        let level = logLevel ?? Logger.Level(rawValue: settings.log.level) ?? .info
        let json = (logFormat ?? LogFormat(rawValue: settings.log.format)) == .json
        LoggingSystem.bootstrap { label in
            if json {
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        // libcurl (CURLOPT_NOSIGNAL) leaves SIGPIPE to us: a peer that hangs up is an error, not a crash.
        signal(SIGPIPE, SIG_IGN)
        let logger = Logger(label: "hubbot")
        logger.info("HubBot \(HubBotVersion.current) starting", metadata: ["config": "\(config)"])
        do {
            try await HubBotApp(
                config: settings,
                signIn: signIn,
                tags: tags,
                ticketTargets: ticketTargets,
                callbackSecrets: callbackSecrets,
                pickleKey: pickleKey,
                tagsPath: settings.tagsPath(relativeTo: config),
                configPath: config,
                metrics: HubMetrics.bootstrap(),
                logger: logger
            ).run()
        } catch {
            Diagnostics.fail("\(error)")
            throw ExitCode.failure
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
