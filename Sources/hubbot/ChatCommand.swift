import ArgumentParser
import CurlHTTP
import Foundation
import HubDemo

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with HubBot in the terminal, as a colleague or a specialist.",
        discussion: """
            Signs in to the homeserver, opens (or reuses) your direct chat with HubBot and shows \
            what arrives, with the sender's name: HubBot's answers, and messages in the rooms it \
            invites you to (joined at once). Each line you type is sent to HubBot; /quit or Ctrl-D \
            leaves.

            When standard input is not a terminal, each line is one message, and the next is sent \
            only once HubBot has answered and gone quiet (or after --reply-timeout). With --until, \
            the chat then keeps listening until every given text has appeared (exit 0) or \
            --timeout passes (exit 1), which makes a conversation a test.

            Examples:
              HUBBOT_CHAT_PASSWORD=carol-pass hubbot chat --homeserver http://127.0.0.1:8008 --user carol
              hubbot chat --homeserver http://127.0.0.1:8008 --user alice --password-file ~/.alice-pass
              printf 'who can help me with a regression for our survey?\\nanyone\\n' | \\
                hubbot chat --homeserver http://127.0.0.1:8008 --user carol \\
                --until "invited you both" --format json
            """
    )

    @Option(help: "The homeserver's base URL.")
    var homeserver: String

    @Option(help: "Your user name (carol) or Matrix id (@carol:localhost).")
    var user: String

    @Option(help: "A file holding your password (its first line).")
    var passwordFile: String?

    @Option(help: "An environment variable holding your password.")
    var passwordEnv = "HUBBOT_CHAT_PASSWORD"

    @Option(help: "HubBot's Matrix id.")
    var bot = "@hubbot:localhost"

    @Option(help: "A text to wait for after the input ends; repeat for several.")
    var until: [String] = []

    @Option(help: "Seconds to wait for the --until texts after the input ends.")
    var timeout = 60

    @Option(help: "Seconds a scripted line waits for HubBot's answer before the next is sent.")
    var replyTimeout = 30

    @Option(help: "Output format: text or json (one JSON object a line).")
    var format: OutputFormat = .text

    @Flag(
        help: """
            Chat without end-to-end encryption (for a HubBot with matrix.encryption: off). By default \
            each run is a new encrypting device and a new direct chat is encrypted, as in Element.
            """
    )
    var plain = false

    func run() async throws {
        let password = try readPassword()
        let typing = LineInput.isTerminal
        var chat = TerminalChat(homeserver: homeserver, user: user, password: password, bot: bot)
        chat.paced = !typing
        chat.showOwnMessages = !typing || format == .json
        chat.replyTimeout = .seconds(replyTimeout)
        chat.awaiting = until
        chat.awaitingTimeout = .seconds(timeout)
        chat.encrypted = !plain
        let format = format
        let missing: [String]
        do {
            missing = try await chat.run(
                input: LineInput.standardInput(),
                http: HTTPClient(),
                show: { line in Output.line(format == .json ? line.json : line.text) },
                // Not `hubbot:`, which is how HubBot's own messages start in this chat.
                status: { FileHandle.standardError.write(Data("-- \($0)\n".utf8)) }
            )
        } catch {
            Diagnostics.fail("chat: \(error)")
            throw ExitCode.failure
        }
        guard missing.isEmpty else {
            Diagnostics.fail("chat: never saw \(missing.map { "“\($0)”" }.joined(separator: ", ")) within \(timeout) s")
            throw ExitCode.failure
        }
    }

    private func readPassword() throws -> String {
        if let passwordFile { return try PasswordInput.read(passwordFile, prompt: "password for \(user): ") }
        guard let password = ProcessInfo.processInfo.environment[passwordEnv], !password.isEmpty else {
            throw ValidationError("give your password in $\(passwordEnv), or --password-file PATH")
        }
        return password
    }
}
