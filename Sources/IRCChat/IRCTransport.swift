import CurlHTTP
import Foundation
import HubCore
import Logging

/// HubBot on IRC: one connection (TLS by default, through libcurl's
/// connect-only mode), registered with CAP/SASL, kept alive by a watchdog,
/// re-established with capped jittered backoff, channels re-joined.
///
/// People are identified by their services account when the server tags
/// messages with it (`account-tag`); someone not logged in is `~nick` then,
/// so a nick can never pass for an account. On a network without accounts
/// the (lowercased) nick is the identity: see docs/irc.md for what that means.
public final class IRCTransport: ChatTransport {
    public struct Settings: Sendable {
        public var host: String
        public var port: Int
        /// TLS with certificate verification; plain TCP only when set false explicitly.
        public var tls: Bool
        public var caFile: String?
        public var verifyTLS = true
        public var clientCertificate: String?
        public var clientKey: String?
        public var registration: IRCRegistration.Settings
        /// Joined after every (re)connect.
        public var channels: [String] = []
        /// Flood control: lines sent at once, then lines per second.
        public var burst = 5
        public var linesPerSecond = 2.0
        /// A PING after this much silence; the connection is given up when nothing
        /// arrives within `pongTimeout` after it.
        public var pingAfter: Duration = .seconds(60)
        public var pongTimeout: Duration = .seconds(30)
        public var registrationTimeout: Duration = .seconds(60)
        /// How often HubBot asks for its configured nick back while it goes by another one (it also
        /// asks at once when it sees the holder quit or change nick).
        public var nickReclaimInterval: Duration = .seconds(30)
        public var backoff = Backoff(initial: .seconds(1), cap: .seconds(60))
        /// Answered to CTCP VERSION.
        public var version = "HubBot"

        public init(host: String, port: Int, tls: Bool, registration: IRCRegistration.Settings) {
            self.host = host
            self.port = port
            self.tls = tls
            self.registration = registration
        }
    }

    public let network = ChatNetwork.irc
    let settings: Settings
    let logger: Logger
    let state = IRCState()

    public init(settings: Settings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    public func signIn() async throws -> PersonID {
        let link = try await connect()
        await state.connected(link)
        logger.info(
            "signed in to IRC",
            metadata: [
                "irc.server": "\(settings.host):\(settings.port)", "irc.nick": "\(link.nick)",
                "irc.account": "\(link.account ?? "-")", "irc.tls": "\(settings.tls)",
            ]
        )
        // The hub answers to the configured name, whatever nick the server gave HubBot for now
        // (`HubBot_` while a ghost holds `HubBot`): lines addressed to the current nick are read as
        // addressed to it, and the nick is reclaimed when it is free.
        return PersonID(settings.registration.nick.lowercased())
    }

    public func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {
        guard var link = await state.link else { throw IRCError(kind: .notConnected, reason: "sign in first") }
        await state.deliverOwnEvents(to: inbox, stored: stored)
        var backoff = settings.backoff
        let clock = ContinuousClock()
        var connectedAt = clock.now
        logger.info("waiting for messages", metadata: ["irc.channels": "\(settings.channels.joined(separator: ","))"])
        while !Task.isCancelled {
            do {
                try await serve(link, inbox: inbox, stored: stored)
                if Task.isCancelled { break }
                logger.warning("the IRC connection ended; reconnecting")
            } catch {
                if Task.isCancelled { break }
                logger.warning("the IRC connection failed; reconnecting", metadata: ["error": "\(error)"])
            }
            await link.connection.close()
            await state.disconnected()
            await state.lost()
            // A server that drops HubBot right after welcoming it is not a recovered one.
            if clock.now - connectedAt > .seconds(60) { backoff.reset() }
            while !Task.isCancelled {
                let delay = backoff.nextDelay()
                try? await Task.sleep(for: delay)
                guard !Task.isCancelled else { break }
                do {
                    link = try await connect()
                    connectedAt = clock.now
                    await state.connected(link)
                    logger.info("reconnected to IRC", metadata: ["irc.nick": "\(link.nick)"])
                    break
                } catch let error as IRCError where error.isPermanent && error.kind != .servicesDown {
                    logger.critical("cannot reconnect to IRC", metadata: ["error": "\(error)"])
                    throw error
                } catch {
                    logger.warning(
                        "cannot reconnect to IRC yet",
                        metadata: ["error": "\(error)", "retry.in": "\(delay)"]
                    )
                }
            }
        }
        await quit(link)
        await state.disconnected()
    }

    /// Says goodbye (QUIT) if the server takes it within two seconds, then closes.
    private func quit(_ link: Link) async {
        let connection = link.connection
        let goodbye = Task {
            try? await connection.send(IRCMessage(command: "QUIT", parameters: ["HubBot is stopping"]))
        }
        let deadline = Task {
            try? await Task.sleep(for: .seconds(2))
            goodbye.cancel()
        }
        _ = await goodbye.value
        deadline.cancel()
        await connection.close()
    }

    @discardableResult
    public func perform(_ action: ChatAction, transactionID: String) async throws -> String? {
        guard let link = await state.link else {
            throw ChatActionFailure(.retry(after: .seconds(2)), "not connected to IRC (room \(action.room))")
        }
        do {
            switch action {
            case .send(let message):
                try await say(message.text, to: message.room, mentioning: message.mentions.first, on: link)
            case .sendDirect(let message):
                try await say(message.text, to: RoomID(message.to.rawValue), mentioning: nil, on: link)
            case .join(let room):
                try await link.connection.send(IRCMessage(command: "JOIN", parameters: [room.rawValue]))
            case .leave(let room):
                try await link.connection.send(IRCMessage(command: "PART", parameters: [room.rawValue]))
            case .invite(let room, let people):
                // Everyone's nick first: when one person is away the whole invitation waits, and nobody
                // is invited (and told so) twice when it is tried again.
                var nicks: [(PersonID, String)] = []
                for person in people { nicks.append((person, try await reachableNick(of: person))) }
                for (person, nick) in nicks {
                    await state.invited(person, as: nick, to: room.rawValue)
                    try await link.connection.send(IRCMessage(command: "INVITE", parameters: [nick, room.rawValue]))
                }
            case .openRoom:
                // The hub introduces people by name on IRC (Introductions.byName); there are no rooms on demand.
                throw ChatActionFailure(.drop, "IRC has no rooms made on demand")
            case .react, .markDirect:
                // No reactions or direct-chat lists on IRC.
                break
            }
        } catch let error as IRCParseError {
            throw ChatActionFailure(.drop, "cannot send to \(action.room) on IRC: \(error)")
        } catch let error as ChatActionFailure {
            throw error
        } catch is IRCConnectionClosed {
            // Waiting on a connection that is gone: again as soon as the next one is up.
            throw ChatActionFailure(.retry(after: .seconds(1)), "the IRC connection closed (room \(action.room))")
        } catch {
            throw ChatActionFailure(.retry(after: nil), "\(error) (room \(action.room))")
        }
        return nil
    }

    public func displayName(of person: PersonID, in room: RoomID) async -> String? {
        await state.nick(of: person)
    }

    /// Ready while connected; the last line from the server is the last success.
    public func intakeHealth() async -> IntakeHealth {
        let lastLine = await state.link?.connection.lastReceivedDate
        return IntakeHealth(lastSuccess: lastLine, failures: await state.failures)
    }

    /// Sends `text` to a channel (as NOTICE, so other bots never answer it) or to a
    /// person (as PRIVMSG, which clients show in a query), split into safe lines.
    func say(_ text: String, to room: RoomID, mentioning person: PersonID?, on link: Link) async throws {
        let isChannel = Self.isChannel(room.rawValue)
        let target = isChannel ? room.rawValue : try await reachableNick(of: PersonID(room.rawValue))
        var body = IRCText.tagNames(in: text, keeping: settings.channels + [room.rawValue])
        if isChannel, let person, let nick = await state.nick(of: person) {
            if !body.lowercased().hasPrefix(nick.lowercased()) { body = "\(nick): \(body)" }
        }
        let command = isChannel ? "NOTICE" : "PRIVMSG"
        let nick = await state.link?.nick ?? link.nick
        let seen = await state.ownPrefix
        let budget = IRCText.budget(
            command: command,
            target: target,
            nick: nick,
            user: seen?.user ?? settings.registration.user,
            host: seen?.host
        )
        // A target so long that little room is left for text (a line of one character each) is refused,
        // not sent as a stream of fragments.
        guard budget >= Self.minimumTextBytes else {
            throw ChatActionFailure(
                .drop,
                "cannot write to \(target.prefix(40))…: a \(target.utf8.count)-byte target leaves \(budget) bytes "
                    + "of an IRC line for text (at least \(Self.minimumTextBytes) needed)"
            )
        }
        for line in IRCText.lines(body, maxBytes: budget) {
            try await link.connection.send(IRCMessage(command: command, parameters: [target, line]))
        }
    }

    /// The nick `person` is logged in under now. Never a guess: when nobody is seen logged
    /// in as the account, the message waits in the outbox (retried every 15 s, durably)
    /// until they are, instead of going to whoever holds a nick of the same name.
    func reachableNick(of person: PersonID) async throws -> String {
        guard let nick = await state.nick(of: person) else {
            if await state.noteAway(person) { await tellHubAway(person) }
            throw ChatActionFailure(
                .retry(after: .seconds(15)),
                "nobody is logged in as the account \(person) right now; the message waits until they are seen"
            )
        }
        return nick
    }

    /// Tells the hub that a message waits for `person` (so a colleague waiting on them hears why).
    /// Best effort: if the inbox cannot take it now, the message still waits and is sent later.
    private func tellHubAway(_ person: PersonID) async {
        guard let (inbox, stored) = await state.inbox else { return }
        let event = ChatEvent.own(
            "irc",
            id: await state.nextEventID() + ":away",
            kind: .recipientAway(person),
            network: .irc,
            at: Date()
        )
        do {
            try await inbox.append([event], cursor: event.id, network: .irc)
            stored()
        } catch {
            logger.warning("cannot tell the hub that a message waits", metadata: ["error": "\(error)"])
        }
    }

    /// The least room for text in one line HubBot writes to a target.
    static let minimumTextBytes = 100

    static func isChannel(_ name: String) -> Bool {
        guard let first = name.first else { return false }
        return "#&+!".contains(first)
    }
}

/// A failure of the IRC connection. Permanent ones (a refused SASL login, an
/// untrusted certificate) stop HubBot with the reason instead of a reconnect loop.
public struct IRCError: Error, Sendable, CustomStringConvertible, ChatConnectionFailure {
    public enum Kind: Sendable, Hashable {
        case refused, tls, connection, notConnected
        /// The server offers no SASL (services down?): fatal at the first start, retried after that.
        case servicesDown
    }

    public var kind: Kind
    public var reason: String

    public var isPermanent: Bool { kind == .refused || kind == .tls || kind == .servicesDown }
    public var description: String { reason }
}
