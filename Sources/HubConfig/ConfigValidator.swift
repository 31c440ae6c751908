import Foundation
import HubCore

/// Checks that go beyond types: URLs, secret references, choices, ranges.
enum ConfigValidator {
    struct Problem {
        var key: String
        var message: String
    }

    static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    static func problems(in config: HubBotConfig) -> [Problem] {
        var problems: [Problem] = []
        switch (config.matrix, config.irc) {
        case (let matrix?, nil):
            problems += matrixProblems(matrix)
        case (nil, let irc?):
            problems += ircProblems(irc)
        case (.some, .some):
            problems.append(
                Problem(
                    key: "irc",
                    message: "one HubBot serves one chat network: remove matrix or irc, and run a second HubBot "
                        + "(with its own storage.path) for the other"
                )
            )
        case (nil, nil):
            problems.append(
                Problem(key: "matrix", message: "a chat network is needed: add a matrix section or an irc section")
            )
        }
        let hub = config.hub
        for (key, value, range) in [
            ("hub.offer_timeout_seconds", hub.offerTimeoutSeconds, 10...604_800),
            ("hub.quiet_after_timeout_seconds", hub.quietAfterTimeoutSeconds, 0...604_800),
            ("hub.parallel_offers", hub.parallelOffers, 1...20),
            ("hub.shortlist_size", hub.shortlistSize, 1...20),
            ("hub.rings", hub.rings, 1...2),
            ("hub.digest_hour", hub.digestHour, 0...23),
        ] where !range.contains(value) {
            problems.append(
                Problem(key: key, message: "must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
            )
        }
        let onIRC = config.irc != nil && config.matrix == nil
        if !DigestSchedule.weekdays.contains(hub.digestWeekday.lowercased()) {
            let near = ConfigLoader.closest(to: hub.digestWeekday.lowercased(), in: DigestSchedule.weekdays)
            problems.append(
                Problem(
                    key: "hub.digest_weekday",
                    message: "'\(hub.digestWeekday)' is not a day of the week; write monday … sunday"
                        + (near.map { ". Did you mean '\($0)'?" } ?? "")
                )
            )
        }
        let rooms = [
            ("hub.fallback_room", hub.fallbackRoom), ("hub.digest_room", hub.digestRoom),
            ("tickets.admin_room", config.tickets.adminRoom),
        ]
        for (key, room) in rooms {
            guard let room else { continue }
            if onIRC, !isChannel(room) {
                problems.append(Problem(key: key, message: "must be a channel such as \"#it-hub\" (quoted in YAML)"))
            } else if !onIRC, !room.hasPrefix("!") {
                problems.append(Problem(key: key, message: "must be a room id such as !abc123:example.org"))
            }
        }
        for admin in hub.admins {
            if onIRC, admin.isEmpty || admin.contains(" ") || admin.hasPrefix("#") {
                problems.append(Problem(key: "hub.admins", message: "'\(admin)' is not an IRC account or nick"))
            } else if !onIRC, !(admin.hasPrefix("@") && admin.contains(":")) {
                problems.append(
                    Problem(key: "hub.admins", message: "'\(admin)' is not a Matrix user id such as @alice:example.org")
                )
            }
        }
        if TimeZone(identifier: hub.digestTimeZone) == nil {
            let near =
                ConfigLoader.closest(to: hub.digestTimeZone, in: TimeZone.knownTimeZoneIdentifiers)
                .map { " Did you mean '\($0)'?" } ?? ""
            problems.append(
                Problem(
                    key: "hub.digest_time_zone",
                    message:
                        "'\(hub.digestTimeZone)' is not a time zone; use an IANA name such as Europe/Berlin or UTC.\(near)"
                )
            )
        }
        if !(0...720).contains(hub.followUpAfterHours) {
            problems.append(
                Problem(key: "hub.follow_up_after_hours", message: "must be from 0 (never) to 720 (30 days)")
            )
        }
        if ChatLanguage(code: hub.language) == nil {
            let codes = ChatLanguage.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(
                Problem(
                    key: "hub.language",
                    message: "'\(hub.language)' is not a language HubBot speaks; use one of \(codes)"
                )
            )
        }
        if hub.tags.isEmpty {
            problems.append(Problem(key: "hub.tags", message: "must name the tag config, e.g. tags.yaml"))
        }
        problems += ticketProblems(config.tickets)
        if !(-1...65_535).contains(config.listen.port) {
            problems.append(
                Problem(key: "listen.port", message: "must be a port (1-65535), 0 for any free port, or -1 for off")
            )
        }
        if config.listen.address.isEmpty {
            problems.append(Problem(key: "listen.address", message: "must be an address such as 127.0.0.1"))
        }
        if config.storage.path.isEmpty {
            problems.append(
                Problem(key: "storage.path", message: "must name a file, e.g. /var/lib/hubbot/hubbot.sqlite")
            )
        }
        if let postgres = config.storage.postgres {
            problems += inlineSecrets([("storage.postgres.url", postgres.url)])
            if !(2...120).contains(postgres.leaseSeconds) {
                problems.append(
                    Problem(
                        key: "storage.postgres.lease_seconds",
                        message: "must be between 2 and 120 (the default is 5)"
                    )
                )
            }
            if let caFile = postgres.caFile, !FileManager.default.isReadableFile(atPath: caFile) {
                problems.append(Problem(key: "storage.postgres.ca_file", message: "cannot read \(caFile)"))
            }
            if let matrix = config.matrix, matrix.encryption, matrix.pickleKey == nil {
                problems.append(
                    Problem(
                        key: "matrix.pickle_key",
                        message: "instances sharing PostgreSQL share the encryption keys: set pickle_key "
                            + "(e.g. env:HUBBOT_PICKLE_KEY) so that every instance can read them"
                    )
                )
            }
        }
        if let caFile = config.http.caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            problems.append(Problem(key: "http.ca_file", message: "cannot read \(caFile)"))
        }
        if !(1...300).contains(config.http.connectTimeoutSeconds) {
            problems.append(Problem(key: "http.connect_timeout_seconds", message: "must be between 1 and 300"))
        }
        if !logLevels.contains(config.log.level) {
            problems.append(Problem(key: "log.level", message: "must be one of \(logLevels.joined(separator: ", "))"))
        }
        if !["text", "json"].contains(config.log.format) {
            problems.append(Problem(key: "log.format", message: "must be text or json"))
        }
        if let file = config.log.file {
            let folder = (file as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            if file.isEmpty || file.hasSuffix("/") {
                problems.append(Problem(key: "log.file", message: "must name a file, e.g. /var/log/hubbot/hubbot.log"))
            } else if !FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder)
                || !isFolder.boolValue
            {
                problems.append(Problem(key: "log.file", message: "the folder \(folder) does not exist"))
            }
        }
        let subsystems = ["matrix", "irc", "hub", "tickets", "config", "http", "digest", "lifecycle"]
        for (subsystem, level) in config.log.subsystems.sorted(by: { $0.key < $1.key }) {
            if !subsystems.contains(subsystem) {
                problems.append(
                    Problem(
                        key: "log.subsystems.\(subsystem)",
                        message: "is not a subsystem; use \(subsystems.joined(separator: ", "))"
                    )
                )
            } else if !logLevels.contains(level) {
                problems.append(
                    Problem(
                        key: "log.subsystems.\(subsystem)",
                        message: "must be one of \(logLevels.joined(separator: ", "))"
                    )
                )
            }
        }
        return problems
    }

    static func matrixProblems(_ matrix: HubBotConfig.MatrixSettings) -> [Problem] {
        var problems: [Problem] = []
        let home = matrix.homeserver.lowercased()
        if !(home.hasPrefix("http://") || home.hasPrefix("https://")) || matrix.homeserver.contains(" ") {
            problems.append(
                Problem(key: "matrix.homeserver", message: "must be an http(s) URL, e.g. https://matrix.example.org")
            )
        }
        switch (matrix.accessToken, matrix.user, matrix.password) {
        case (.some, nil, nil), (nil, .some, .some):
            break
        case (.some, _, _):
            problems.append(
                Problem(key: "matrix.access_token", message: "give either access_token or user and password, not both")
            )
        case (nil, .some, nil):
            problems.append(Problem(key: "matrix.user", message: "needs matrix.password (an env: or file: reference)"))
        default:
            problems.append(
                Problem(
                    key: "matrix",
                    message: "set access_token (e.g. env:HUBBOT_MATRIX_ACCESS_TOKEN) or user and password"
                )
            )
        }
        problems += inlineSecrets([
            ("matrix.access_token", matrix.accessToken), ("matrix.password", matrix.password),
            ("matrix.pickle_key", matrix.pickleKey),
        ])
        if !(1...1000).contains(matrix.maxRoomsInFlight) {
            problems.append(
                Problem(key: "matrix.max_rooms_in_flight", message: "must be between 1 and 1000 (the default is 64)")
            )
        }
        for rule in matrix.acceptInvitesFrom ?? [] where !(rule == "*" || rule.hasPrefix(":") || rule.hasPrefix("@")) {
            problems.append(
                Problem(
                    key: "matrix.accept_invites_from",
                    message: "'\(rule)' is not '*', ':server' or '@person:server'"
                )
            )
        }
        return problems
    }

    /// A secret key whose value is not an `env:`/`file:` reference (the value is never shown).
    static func inlineSecrets(_ values: [(key: String, value: String?)]) -> [Problem] {
        values.compactMap { key, value in
            guard let value, SecretReference(value) == nil else { return nil }
            return Problem(
                key: key,
                message: "secrets are not written in config files; use env:NAME or file:PATH (the value is not shown)"
            )
        }
    }

    static func ticketProblems(_ tickets: HubBotConfig.TicketsSection) -> [Problem] {
        var problems: [Problem] = []
        let presets = TicketTarget.Preset.allCases.map(\.rawValue)
        for (name, target) in tickets.targets.sorted(by: { $0.key < $1.key }) {
            let key = "tickets.targets.\(name)"
            guard let preset = TicketTarget.Preset(rawValue: target.preset) else {
                problems.append(
                    Problem(
                        key: "\(key).preset",
                        message: "'\(target.preset)' is not one of \(presets.joined(separator: ", "))"
                    )
                )
                continue
            }
            for (field, value) in [("url", target.url), ("lookup_url", target.lookupURL)] {
                guard let url = value?.lowercased(), !(url.hasPrefix("http://") || url.hasPrefix("https://")) else {
                    continue
                }
                problems.append(Problem(key: "\(key).\(field)", message: "must be an http(s) URL"))
            }
            if target.lookupURL != nil, preset != .webhook {
                problems.append(
                    Problem(
                        key: "\(key).lookup_url",
                        message:
                            "only the webhook preset has a lookup URL; \(preset.rawValue) is searched through its API"
                    )
                )
            }
            problems += inlineSecrets(
                [("\(key).token", target.token)] + (target.signingSecrets ?? []).map { ("\(key).signing_secrets", $0) }
            )
            let model = TicketTarget(
                name: name,
                preset: preset,
                url: target.url,
                token: target.token,
                user: target.user,
                project: target.project
            )
            for field in model.missing {
                problems.append(
                    Problem(key: "\(key).\(field)", message: "the \(preset.rawValue) preset needs \(field)")
                )
            }
        }
        for (route, target) in tickets.routes.sorted(by: { $0.key < $1.key }) where tickets.targets[target] == nil {
            let known = tickets.targets.keys.sorted()
            let near = ConfigLoader.closest(to: target, in: known).map { " Did you mean '\($0)'?" } ?? ""
            let list = known.isEmpty ? "none" : known.joined(separator: ", ")
            problems.append(
                Problem(
                    key: "tickets.routes.\(route)",
                    message: "names the target '\(target)', which is not under tickets.targets (known: \(list)).\(near)"
                )
            )
        }
        for (key, value, range) in [
            ("tickets.horizon_hours", tickets.horizonHours, 1...8760),
            ("tickets.poll_seconds", tickets.pollSeconds, 5...86_400),
            ("tickets.retry_initial_seconds", tickets.retryInitialSeconds, 1...3600),
        ] where !range.contains(value) {
            problems.append(Problem(key: key, message: "must be from \(range.lowerBound) to \(range.upperBound)"))
        }
        problems += inlineSecrets(tickets.callbackSecrets.map { ("tickets.callback_secrets", $0) })
        return problems
    }
}
