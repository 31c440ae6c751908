import CurlHTTP
import Foundation
import Logging
import MatrixChat

/// `hubbot chat`: a person's direct chat with HubBot in a terminal. Lines read
/// from the input are sent to HubBot; everything that arrives (HubBot's answers,
/// invitations, messages in the rooms HubBot opens) is shown as it comes.
public struct TerminalChat: Sendable {
    public var homeserver: String
    public var user: String
    public var password: String
    /// HubBot's Matrix id.
    public var bot: String
    /// Show the person's own messages too (for transcripts; a person typing sees them already).
    public var showOwnMessages = false
    /// Wait for HubBot's answer after each line before sending the next (scripts).
    public var paced = false
    /// With `paced`: the quiet after HubBot's last message that ends the wait…
    public var settle: Duration = .milliseconds(1500)
    /// …or the longest wait for an answer.
    public var replyTimeout: Duration = .seconds(30)
    /// After the input ends, keep showing messages until each of these texts has appeared…
    public var awaiting: [String] = []
    /// …or this long has passed.
    public var awaitingTimeout: Duration = .seconds(60)
    /// Chat end-to-end encrypted, as Element does: a new device with its own keys each run, and
    /// a new direct chat encrypted from the start. Off for a HubBot whose encryption is off.
    public var encrypted = true

    public init(homeserver: String, user: String, password: String, bot: String) {
        self.homeserver = homeserver
        self.user = user
        self.password = password
        self.bot = bot
    }

    /// Chats until the input ends or says `/quit`; returns the awaited texts that never appeared.
    public func run(
        input: AsyncStream<String>,
        http: HTTPClient,
        show: @escaping @Sendable (ChatLine) -> Void,
        status: @escaping @Sendable (String) -> Void
    ) async throws -> [String] {
        let session = try await MatrixClient(homeserver: homeserver, http: http)
            .login(user: user, password: password, deviceID: encrypted ? nil : "HUBBOT_CHAT")
        let client = MatrixClient(homeserver: homeserver, accessToken: session.accessToken, http: http)
        let me = session.userID
        let device =
            encrypted
            ? try await MatrixDevice.start(
                client: client,
                session: session,
                logger: Logger(label: "hubbot.chat") { _ in SwiftLogNoOpLogHandler() }
            ) : nil
        let chat = try await client.openDirectChat(with: bot, me: me, encrypted: encrypted)
        if chat.isNew && encrypted { await device?.markEncrypted(chat.room) }
        let first = try await client.sync(since: nil, timeout: .zero)
        let since = (try await device?.read(first, history: true) ?? first).nextBatch
        let monitor = ChatMonitor(bot: bot, awaiting: awaiting)
        let room = ChatRoomFollower(
            client: client,
            device: device,
            me: me,
            bot: bot,
            directRoom: chat.room,
            showOwn: showOwnMessages
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await room.follow(since: since, monitor: monitor, show: show) }
            if chat.isNew {
                status("opened a direct chat with \(bot); waiting for it to join…")
                try await waitForWelcome(in: chat.room, client: client, monitor: monitor)
            }
            status(
                "signed in as \(me), chatting with \(bot). Type a message and press Enter; /quit or Ctrl-D leaves."
            )
            try await converse(
                input: input,
                room: chat.room,
                device: device,
                client: client,
                monitor: monitor,
                status: status
            )
            let deadline = ContinuousClock.now + awaitingTimeout
            while !(await monitor.awaited.isEmpty), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
            group.cancelAll()
            return await monitor.awaited
        }
    }

    /// Sends each line; with `paced`, waits for HubBot's answer in between.
    private func converse(
        input: AsyncStream<String>,
        room: String,
        device: MatrixDevice?,
        client: MatrixClient,
        monitor: ChatMonitor,
        status: @Sendable (String) -> Void
    ) async throws {
        for await raw in input {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "/quit" { return }
            if line.hasPrefix("/") {
                status("unknown command \(line); /quit leaves (HubBot's own commands start with !)")
                continue
            }
            let wait = ReplyWait(
                seenBefore: await monitor.fromBot,
                sentAt: .now,
                settle: settle,
                timeout: replyTimeout
            )
            if let device {
                try await device.send(line, to: room, transactionID: UUID().uuidString)
            } else {
                try await client.sendText(line, to: room, transactionID: UUID().uuidString, notice: false)
            }
            guard paced else { continue }
            while await monitor.state(of: wait) == .waiting {
                try await Task.sleep(for: .milliseconds(100))
            }
            if await monitor.state(of: wait) == .timedOut {
                status("no answer from \(bot) within \(replyTimeout); going on")
            }
        }
    }

    /// HubBot joins a new direct chat and greets; a line sent before it joined would go unread.
    private func waitForWelcome(in room: String, client: MatrixClient, monitor: ChatMonitor) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if await monitor.fromBot > 0 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        if (try? await client.joinedMembers(of: room))?.contains(bot) != true {
            throw ChatError("\(bot) did not join the direct chat within 30 s; is HubBot running?")
        }
    }
}

/// `hubbot chat` could not go on, with a sentence that says why.
public struct ChatError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
