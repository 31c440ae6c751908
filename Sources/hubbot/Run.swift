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
            environment variables or files the config refers to (env:NAME, file:PATH); the secrets file \
            beside the config (hubbot.env, as `hubbot account` writes it) is read too, and its values \
            win over the shell's, as they do under systemd.

            Example:
              HUBBOT_MATRIX_ACCESS_TOKEN=syt_… hubbot run --config Config/hubbot.yaml
              hubbot run --log-format json --log-file /var/log/hubbot/hubbot.jsonl

            With a log file (--log-file or log.file), SIGUSR1 opens it again: rotate it with \
            logrotate and `systemctl kill -s USR1 hubbot` (the package's /etc/logrotate.d/hubbot does).
            """
    )

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml.")
    var config = DefaultConfig.path

    @Option(help: "The secrets file (default: hubbot.env beside the config, when it exists).")
    var envFile: String?

    @Option(help: "Override log.level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level?

    @Option(help: "Override log.format: text (for people) or json (one object per line, for log shippers).")
    var logFormat: LogFormat?

    @Option(help: "Append the log to this file instead of standard error (overrides log.file; SIGUSR1 reopens it).")
    var logFile: String?

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() async throws {
        let settings: HubBotConfig
        let signIn: NetworkSignIn
        let tags: TagModel
        let catalogue: MessageCatalogue
        let ticketTargets: [String: TicketTarget]
        let callbackSecrets: [String]
        let pickleKey: PickleKeySource?
        let databaseURL: String?
        // Log rotation's SIGUSR1 must never kill HubBot, even before the log is set up.
        signal(SIGUSR1, SIG_IGN)
        let environment = try EnvironmentFile.serviceEnvironment(config: config, envFile: envFile).environment
        do throws(ConfigError) {
            settings = try ConfigLoader.load(path: config)
            signIn = try settings.networkSignIn(environment: environment, file: config)
            tags = try TagsConfig.load(path: settings.tagsPath(relativeTo: config), routes: settings.tagRoutes)
            catalogue = try MessagesConfig.load(nextTo: settings.tagsPath(relativeTo: config))
            ticketTargets = try settings.ticketTargets(environment: environment, file: config)
            callbackSecrets = try settings.callbackSecrets(environment: environment, file: config)
            pickleKey = try settings.matrixPickleKey(environment: environment, file: config)
            databaseURL = try settings.postgresURL(environment: environment, file: config)
        } catch {
            Diagnostics.fail(error.issues.map(\.description).joined(separator: "\n"))
            throw ExitCode(78)
        }
        let level = logLevel ?? Logger.Level(rawValue: settings.log.level) ?? .info
        let json = (logFormat ?? LogFormat(rawValue: settings.log.format)) == .json
        if let file = logFile ?? settings.log.file {
            do {
                try LogOutput.shared.open(path: file)
            } catch {
                Diagnostics.fail("\(error)")
                throw ExitCode(78)
            }
        }
        LoggingSystem.bootstrap { label in
            if json {
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            var handler = StreamLogHandler(label: label, stream: LogStream())
            handler.logLevel = level
            return handler
        }
        // libcurl (CURLOPT_NOSIGNAL) leaves SIGPIPE to us: a peer that hangs up is an error, not a crash.
        signal(SIGPIPE, SIG_IGN)
        let logger = Logger(label: "hubbot")
        logger.info("HubBot \(HubBotVersion.current) starting", metadata: ["config": "\(config)"])
        let logRotation = LogRotation.watch(logger: logger)
        defer { logRotation.cancel() }
        do {
            try await HubBotApp(
                config: settings,
                signIn: signIn,
                tags: tags,
                catalogue: catalogue,
                ticketTargets: ticketTargets,
                callbackSecrets: callbackSecrets,
                pickleKey: pickleKey,
                tagsPath: settings.tagsPath(relativeTo: config),
                configPath: config,
                metrics: HubMetrics.bootstrap(),
                databaseURL: databaseURL,
                logger: logger
            ).run()
        } catch let error as LeadershipLost {
            // Another instance leads now: this one stops acting; its supervisor starts it again as a standby.
            Diagnostics.fail("\(error)")
            throw ExitCode(LeadershipLost.exitCode)
        } catch {
            Diagnostics.fail("\(error)")
            throw ExitCode.failure
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// SIGUSR1: the log file is opened again under its name, after logrotate moved it away.
enum LogRotation {
    static func watch(logger: Logger) -> any DispatchSourceSignal {
        signal(SIGUSR1, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGUSR1)
        source.setEventHandler {
            do {
                if let path = try LogOutput.shared.reopen() {
                    logger.notice("log file reopened", metadata: ["log.file": "\(path)"])
                } else {
                    logger.notice("SIGUSR1: logs go to standard error; there is no log file to reopen")
                }
            } catch {
                logger.error("\(error); logging goes on to the old file")
            }
        }
        source.resume()
        return source
    }
}
