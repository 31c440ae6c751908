import CurlHTTP
import Foundation
import HubCore
import Logging

/// A registered connection and what registration learnt.
struct Link: Sendable {
    var connection: IRCConnection
    var nick: String
    var account: String?
    /// The server tags messages with the sender's account.
    var accountTags: Bool
}

/// The transport's changing state: the live link and who uses which nick.
actor IRCState {
    private(set) var link: Link?
    /// The nick each person last used (identity → nick).
    private var nicks: [PersonID: String] = [:]
    private var sequence = 0
    /// Connections lost since the start.
    private(set) var failures = 0
    /// Makes event ids unique across connections and restarts.
    private let session = String(UUID().uuidString.prefix(8)).lowercased()

    /// HubBot's user and host as the server relays them (from its own JOIN); nil until seen.
    private(set) var ownPrefix: (user: String, host: String)?

    func connected(_ link: Link) {
        self.link = link
        ownPrefix = nil
        // Answers to the last connection's invitations will never come.
        invitations.removeAll()
    }

    func seenAs(user: String, host: String) { ownPrefix = (user, host) }

    func disconnected() { link = nil }
    func lost() { failures += 1 }

    func renamed(from old: String, to new: String) {
        if let link, link.nick.lowercased() == old.lowercased() { self.link?.nick = new }
        for (person, nick) in nicks where nick.lowercased() == old.lowercased() { nicks[person] = new }
    }

    /// Who writes under `nick`: `derived` (their identity from the line itself) unless that is
    /// only a nick — no account — and a person known by an earlier nick now uses this one
    /// (`erin` who became `erin_lunch` is still `erin` until she quits).
    func identity(_ derived: PersonID, writingAs nick: String) -> PersonID {
        let byNick = link?.accountTags != true || derived.rawValue.hasPrefix("~")
        guard byNick else { return derived }
        let known = nicks.first { person, current in
            current.lowercased() == nick.lowercased() && (link?.accountTags != true || person.rawValue.hasPrefix("~"))
        }
        return known?.key ?? derived
    }

    /// The person now uses `nick`; nobody else is reached at it any more.
    func remember(_ person: PersonID, as nick: String) {
        for (other, known) in nicks where other != person && known.lowercased() == nick.lowercased() {
            nicks[other] = nil
        }
        nicks[person] = nick
        away.remove(person)
    }

    /// People a message waits for (nobody is seen logged in as their account), told to the hub once
    /// per wait: cleared when they are seen again.
    private var away: Set<PersonID> = []

    /// True the first time a message finds `person` away since they were last seen.
    func noteAway(_ person: PersonID) -> Bool { away.insert(person).inserted }

    /// Invitations sent and not yet answered by the server, oldest first: (nick, channel, person).
    private var invitations: [(nick: String, channel: String, person: PersonID)] = []

    func invited(_ person: PersonID, as nick: String, to channel: String) {
        if invitations.count >= 100 { invitations.removeFirst() }
        invitations.append((nick, channel, person))
    }

    /// The oldest invitation the server's answer is about: matched by nick and channel where the
    /// answer names both, else by whichever it names.
    func answeredInvitation(nick: String?, channel: String?) -> (person: PersonID, channel: String)? {
        let index = invitations.firstIndex { invitation in
            (nick.map { $0.lowercased() == invitation.nick.lowercased() } ?? true)
                && (channel.map { $0.lowercased() == invitation.channel.lowercased() } ?? true)
        }
        guard let index, nick != nil || channel != nil else { return nil }
        let invitation = invitations.remove(at: index)
        return (invitation.person, invitation.channel)
    }

    /// Where the transport's own events go (set when it starts receiving).
    private(set) var inbox: (any ChatInbox, @Sendable () -> Void)?

    func deliverOwnEvents(to inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) {
        self.inbox = (inbox, stored)
    }

    /// The nick was given up (QUIT), or its account changed: whoever had it is not reached there.
    func forget(nick: String) {
        for (person, known) in nicks where known.lowercased() == nick.lowercased() { nicks[person] = nil }
    }

    /// CTCP answers: one per nick every ten seconds and one on the whole network every two, the
    /// rest dropped — a storm of requests from 500 clones is a handful of replies, never a queue
    /// in front of a colleague's answer.
    private var lastCTCP: [String: Date] = [:]
    private var lastCTCPAnswer: Date?

    func mayAnswerCTCP(from nick: String, now: Date) -> Bool {
        let key = nick.lowercased()
        if let last = lastCTCP[key], now.timeIntervalSince(last) < 10 { return false }
        if let last = lastCTCPAnswer, now.timeIntervalSince(last) < 2 { return false }
        if lastCTCP.count > 1000 { lastCTCP.removeAll() }
        lastCTCP[key] = now
        lastCTCPAnswer = now
        return true
    }

    /// The nick to write to: the one last seen for the person. On a network without
    /// accounts the id is the nick, and `~nick` is someone not logged in. For an account
    /// nobody is seen logged in as, nil: a nick of the same name may be anyone's.
    func nick(of person: PersonID) -> String? {
        if let nick = nicks[person] { return nick }
        let raw = person.rawValue
        if raw.hasPrefix("~") { return String(raw.dropFirst()) }
        if link?.accountTags == true { return nil }
        return raw
    }

    func nextEventID() -> String {
        sequence += 1
        return "irc:\(session):\(sequence)"
    }
}

extension IRCTransport {
    /// Opens a connection and registers; channels are joined once 001 arrives.
    func connect() async throws -> Link {
        var options = CurlStream.Options(host: settings.host, port: settings.port, tls: settings.tls)
        options.caFile = settings.caFile
        options.verifyTLS = settings.verifyTLS
        options.clientCertificate = settings.clientCertificate
        options.clientKey = settings.clientKey
        let stream: CurlStream
        do {
            stream = try await CurlStream.open(options)
        } catch let error as CurlStreamError {
            if error.kind == .tls {
                throw IRCError(
                    kind: .tls,
                    reason: "TLS with \(error.endpoint) failed: \(error.message); if the server uses a private CA, "
                        + "set irc.ca_file to its certificate"
                )
            }
            throw IRCError(kind: .connection, reason: error.description)
        }
        let connection = IRCConnection(stream: stream, burst: settings.burst, perSecond: settings.linesPerSecond)
        var registration = IRCRegistration(settings: settings.registration)
        let timeout = settings.registrationTimeout
        let timer = Task {
            try await Task.sleep(for: timeout)
            stream.close()
        }
        defer { timer.cancel() }
        do {
            for message in registration.start() { try await connection.send(message) }
            while registration.state != .registered, let bytes = try await connection.nextLine() {
                await connection.noteReceived()
                guard let message = try? IRCMessage(parsing: bytes) else { continue }
                for reply in try registration.receive(message) { try await connection.send(reply) }
            }
        } catch let failure as IRCRegistrationFailure {
            await connection.close()
            let kind: IRCError.Kind =
                switch failure.kind {
                case .saslUnavailable: .servicesDown
                case .saslRefused, .refused: .refused
                case .closed: .connection
                }
            throw IRCError(kind: kind, reason: failure.reason)
        } catch {
            await connection.close()
            throw IRCError(kind: .connection, reason: "registration with \(settings.host) failed: \(error)")
        }
        timer.cancel()
        guard registration.state == .registered else {
            await connection.close()
            throw IRCError(kind: .connection, reason: "\(settings.host) closed the connection before welcoming HubBot")
        }
        for join in Self.joins(settings.channels) { try await connection.send(join) }
        let wanted = settings.registration.nick
        if registration.account != nil, registration.nick.lowercased() != wanted.lowercased() {
            // Logged in with SASL: the configured nick is most likely HubBot's own, registered to its
            // account, and kept by a ghost (a connection the server has not noticed is dead) or a
            // squatter. NickServ frees it (it refuses if the nick is not HubBot's); the holder's QUIT,
            // or MONITOR saying it is offline, has HubBot ask for it at once.
            logger.info("asking NickServ to free HubBot's nick", metadata: ["irc.nick": "\(wanted)"])
            try await connection.send(IRCMessage(command: "PRIVMSG", parameters: ["NickServ", "GHOST \(wanted)"]))
        }
        return Link(
            connection: connection,
            nick: registration.nick,
            account: registration.account,
            accountTags: registration.enabledCapabilities.contains("account-tag")
        )
    }

    /// `JOIN #a,#b,…` lines, each short enough for the server.
    static func joins(_ channels: [String]) -> [IRCMessage] {
        var messages: [IRCMessage] = []
        var batch: [String] = []
        for channel in channels {
            if !batch.isEmpty, (batch + [channel]).joined(separator: ",").utf8.count > 400 {
                messages.append(IRCMessage(command: "JOIN", parameters: [batch.joined(separator: ",")]))
                batch = []
            }
            batch.append(channel)
        }
        if !batch.isEmpty { messages.append(IRCMessage(command: "JOIN", parameters: [batch.joined(separator: ",")])) }
        return messages
    }

    /// Reads the connection until it ends, with a watchdog beside it.
    func serve(_ link: Link, inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.watch(link.connection) }
            group.addTask {
                var dropped = 0
                // Bad lines are logged once per kind a minute; the count says how many were not.
                var throttle = WarningThrottle()
                while let bytes = try await link.connection.nextLine() {
                    await link.connection.noteReceived()
                    if link.connection.stream.droppedLines > dropped {
                        dropped = link.connection.stream.droppedLines
                        if throttle.admit("over-long", now: Date()).log {
                            self.logger.warning(
                                "skipped an over-long line from the server",
                                metadata: ["irc.dropped": "\(dropped)"]
                            )
                        }
                    }
                    let message: IRCMessage
                    do {
                        message = try IRCMessage(parsing: bytes)
                    } catch {
                        let (log, held) = throttle.admit(WarningThrottle.kind(of: error), now: Date())
                        if log {
                            self.logger.warning(
                                "skipped a malformed line from the server",
                                metadata: ["reason": "\(error)", "irc.similar_skipped": "\(held)"]
                            )
                        }
                        continue
                    }
                    if let event = try await self.handle(message, on: link) {
                        // IRC cannot deliver a line again: a failing database is retried, not skipped.
                        var backoff = Backoff(initial: .milliseconds(200), cap: .seconds(5))
                        while true {
                            do {
                                try await inbox.append([event], cursor: event.id, network: .irc)
                                break
                            } catch {
                                if Task.isCancelled { throw CancellationError() }
                                self.logger.error("cannot store a message; retrying", metadata: ["error": "\(error)"])
                                try await Task.sleep(for: backoff.nextDelay())
                            }
                        }
                        stored()
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// PINGs a silent server; closes the connection when even that gets no answer
    /// within the PONG timeout. It never gives up without having asked.
    func watch(_ connection: IRCConnection) async throws {
        let clock = ContinuousClock()
        var pingedAt: ContinuousClock.Instant?
        var nickAskedAt = clock.now
        while !Task.isCancelled {
            try await Task.sleep(for: min(.seconds(5), settings.pingAfter / 2))
            let now = clock.now
            // Not on the configured nick (a ghost kept it, or the server renamed HubBot): ask for it
            // again now and then; the server answers 433 while it is still taken.
            if now - nickAskedAt >= settings.nickReclaimInterval {
                nickAskedAt = now
                Task { await reclaimNick(on: connection) }
            }
            let lastReceived = await connection.lastReceived
            if let asked = pingedAt, lastReceived < asked {
                if now - asked > settings.pongTimeout {
                    logger.warning(
                        "the IRC server has been silent; reconnecting",
                        metadata: ["irc.silent": "\(now - lastReceived)"]
                    )
                    await connection.close()
                    return
                }
            } else if now - lastReceived > settings.pingAfter {
                pingedAt = now
                // Not awaited: a write stuck on a dead socket must not stop the watchdog.
                Task { try? await connection.send(IRCMessage(command: "PING", parameters: ["hubbot-watchdog"])) }
            } else {
                pingedAt = nil
            }
        }
    }

    /// Answers what the protocol needs and returns what concerns the hub.
    func handle(_ message: IRCMessage, on link: Link) async throws -> ChatEvent? {
        let parameters = message.parameters
        switch message.command {
        case "PING":
            // Sent beside reading, so flood control never stalls the reader.
            let pong = IRCMessage(command: "PONG", parameters: [parameters.first ?? "hubbot"])
            Task { try? await link.connection.send(pong) }
        case "NICK":
            if let old = message.nick, let new = parameters.first {
                await state.renamed(from: old, to: new)
                reclaimNickIfFreed(by: old, on: link)
            }
        case "QUIT":
            if let nick = message.nick {
                await state.forget(nick: nick)
                reclaimNickIfFreed(by: nick, on: link)
            }
        case "ACCOUNT":
            // account-notify: the nick logged in (to the account given) or out (`*`).
            if let nick = message.nick {
                await state.forget(nick: nick)
                if let account = parameters.first, account != "*" {
                    await state.remember(PersonID(account.lowercased()), as: nick)
                }
            }
        case "JOIN":
            guard let nick = message.nick, let channel = parameters.first else { break }
            let me = await state.link?.nick ?? link.nick
            if nick.lowercased() == me.lowercased() {
                // The user and host the server shows for HubBot: what its lines' prefix really costs.
                if let seen = message.userAndHost { await state.seenAs(user: seen.user, host: seen.host) }
                // Who is logged in as whom in the channel just joined (WHOX: nick and account).
                if link.accountTags {
                    let who = IRCMessage(command: "WHO", parameters: [channel, "%tna,\(Self.whoToken)"])
                    Task { try? await link.connection.send(who) }
                }
            } else if parameters.count >= 2, parameters[1] != "*" {
                // extended-join: the joining nick's account.
                await state.remember(PersonID(parameters[1].lowercased()), as: nick)
            }
        case "354" where parameters.count >= 4 && parameters[1] == Self.whoToken:
            // RPL_WHOSPCRPL for our WHOX: token, nick, account ("0" when not logged in).
            if parameters[3] != "0" { await state.remember(PersonID(parameters[3].lowercased()), as: parameters[2]) }
        case "005" where parameters.contains(where: { $0.uppercased().hasPrefix("MONITOR") }):
            // The server can say when a nick goes offline: watch HubBot's own while another holds it.
            let wanted = settings.registration.nick
            if (await state.link?.nick ?? link.nick).lowercased() != wanted.lowercased() {
                let monitor = IRCMessage(command: "MONITOR", parameters: ["+", wanted])
                Task { try? await link.connection.send(monitor) }
            }
        case "731" where parameters.count >= 2:
            // RPL_MONOFFLINE: a watched nick is free.
            let wanted = settings.registration.nick.lowercased()
            if parameters[1].split(separator: ",").contains(where: { $0.lowercased() == wanted }) {
                logger.info("HubBot's nick is free (MONITOR); asking for it")
                Task { await reclaimNick(on: link.connection) }
            }
        case "396" where parameters.count >= 3:
            // RPL_VISIBLEHOST: HubBot's host is now shown as this (a cloak after logging in).
            if let user = await state.ownPrefix?.user { await state.seenAs(user: user, host: parameters[1]) }
        case "341", "443":
            // RPL_INVITING (`<me> <nick> <channel>`; RFC 1459 servers put the channel first), or
            // ERR_USERONCHANNEL: the person is invited, or there already.
            let named = parameters.dropFirst().prefix(2)
            let channel = named.first(where: Self.isChannel)
            let nick = named.first { !Self.isChannel($0) }
            guard let (person, room) = await state.answeredInvitation(nick: nick, channel: channel) else { break }
            return await inviteAnswer(room: room, person: person, refusal: nil)
        case "403", "442", "482", "401", "473", "474", "475", "477", "518":
            // An INVITE (or JOIN) that did not work: no such channel or nick, HubBot not on the channel or
            // not an operator there, a channel it may not join.
            let subject = parameters.dropFirst().first ?? ""
            let reason = "\(message.command) \(parameters.count > 2 ? parameters.last ?? "" : "")"
            logger.warning(
                "the IRC server refused",
                metadata: ["irc.numeric": "\(message.command)", "irc.target": "\(subject)", "reason": "\(reason)"]
            )
            let isChannel = Self.isChannel(subject)
            if message.command == "401" {
                // The person left before the invitation: nothing is wrong with the meeting place.
                _ = await state.answeredInvitation(nick: subject, channel: nil)
                break
            }
            guard ["403", "442", "482"].contains(message.command),
                let (person, room) = await state.answeredInvitation(
                    nick: isChannel ? nil : subject,
                    channel: isChannel ? subject : nil
                )
            else { break }
            return await inviteAnswer(room: room, person: person, refusal: "the server answered \(reason)")
        case "ERROR":
            logger.warning("the IRC server is closing the connection", metadata: ["reason": "\(parameters.last ?? "")"])
        case "KICK" where parameters.count >= 2:
            let me = await state.link?.nick ?? link.nick
            if parameters[1].lowercased() == me.lowercased() {
                logger.warning("kicked from \(parameters[0])", metadata: ["reason": "\(parameters.last ?? "")"])
            }
        case "PRIVMSG" where parameters.count >= 2:
            return try await privateOrChannelMessage(message, target: parameters[0], text: parameters[1], on: link)
        default:
            break
        }
        return nil
    }

    private func privateOrChannelMessage(_ message: IRCMessage, target: String, text: String, on link: Link)
        async throws -> ChatEvent?
    {
        guard let nick = message.nick else { return nil }
        let me = await state.link?.nick ?? link.nick
        // echo-message: HubBot's own lines come back; they are not for the hub.
        guard nick.lowercased() != me.lowercased() else { return nil }
        if text.hasPrefix("\u{01}") {
            let request = text.trimmingCharacters(in: CharacterSet(charactersIn: "\u{01}"))
            if request.uppercased() == "VERSION", !Self.isChannel(target),
                await state.mayAnswerCTCP(from: nick, now: Date())
            {
                let answer = IRCMessage(
                    command: "NOTICE",
                    parameters: [nick, "\u{01}VERSION \(settings.version)\u{01}"]
                )
                Task { try? await link.connection.send(answer) }
            }
            // Other CTCP requests (and /me actions) are not for the hub.
            return nil
        }
        let person = await state.identity(
            Self.identity(nick: nick, tags: message.tags, accountTags: link.accountTags),
            writingAs: nick
        )
        await state.remember(person, as: nick)
        let isDirect = !Self.isChannel(target)
        let text = isDirect ? text : Self.addressedByName(text, currentNick: me, name: settings.registration.nick)
        let sentAt = message.tags["time"].flatMap(Self.parseTime) ?? Date()
        var id = await state.nextEventID()
        if let msgid = message.tags["msgid"], !msgid.isEmpty { id = "irc:msgid:\(msgid)" }
        return ChatEvent(
            id: id,
            network: .irc,
            room: isDirect ? RoomID(person.rawValue) : RoomID(target),
            sender: person,
            kind: .message(text: IRCText.plain(text)),
            sentAt: sentAt,
            isDirect: isDirect
        )
    }

    /// The hub's event for the server's answer to an invitation.
    func inviteAnswer(room: String, person: PersonID, refusal: String?) async -> ChatEvent {
        ChatEvent.own(
            "irc",
            id: await state.nextEventID() + ":invite",
            kind: .inviteAnswered(room: RoomID(room), person: person, refusal: refusal),
            network: .irc,
            at: Date()
        )
    }

    /// Asks for the configured nick back at once when whoever held it lets it go (QUIT or NICK).
    func reclaimNickIfFreed(by nick: String, on link: Link) {
        guard nick.lowercased() == settings.registration.nick.lowercased() else { return }
        Task { await reclaimNick(on: link.connection) }
    }

    /// Sends `NICK <configured nick>` while HubBot goes by another one; the server answers 433
    /// while it is still taken.
    func reclaimNick(on connection: IRCConnection) async {
        let wanted = settings.registration.nick
        guard let current = await state.link?.nick, current.lowercased() != wanted.lowercased() else { return }
        logger.debug("asking for the nick \(wanted) back", metadata: ["irc.nick": "\(current)"])
        try? await connection.send(IRCMessage(command: "NICK", parameters: [wanted]))
    }

    /// A channel line addressed to HubBot by the nick it has now (`HubBot_: !status`, `Guest42, help`)
    /// reads as addressed to its configured name, which is the name the hub answers to.
    static func addressedByName(_ text: String, currentNick: String, name: String) -> String {
        guard currentNick.lowercased() != name.lowercased() else { return text }
        let trimmed = text.drop { $0 == " " }
        for prefix in [currentNick, "@" + currentNick] where trimmed.lowercased().hasPrefix(prefix.lowercased()) {
            let rest = trimmed.dropFirst(prefix.count)
            guard rest.first.map({ ":, ".contains($0) }) ?? true else { continue }
            return name + rest
        }
        return text
    }

    /// The token HubBot's WHOX queries carry, to tell their answers apart.
    static let whoToken = "152"

    /// The sender's identity: the account when the server says, `~nick` when it says
    /// the sender is not logged in, the nick on networks without accounts.
    static func identity(nick: String, tags: [String: String], accountTags: Bool) -> PersonID {
        guard accountTags else { return PersonID(nick.lowercased()) }
        if let account = tags["account"], !account.isEmpty, account != "*" {
            return PersonID(account.lowercased())
        }
        return PersonID("~" + nick.lowercased())
    }

    /// IRCv3 server-time: `2026-11-23T13:30:57.123Z`.
    static func parseTime(_ value: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: value) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: value)
    }
}
