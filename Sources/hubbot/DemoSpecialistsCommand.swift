import ArgumentParser
import CurlHTTP
import Foundation
import HubDemo
import Logging

struct DemoSpecialistsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-specialists",
        abstract: "Play the demo's specialists: set interests, answer HubBot's offers, greet, say !done.",
        discussion: """
            For the local demo (Scripts/demo.sh starts it). Each account whose role is "specialist" in \
            the accounts file signs in, opens a direct chat with HubBot and tells it `!interests add …` \
            (the interests on the account's line, else a built-in set for alice, bob, erin, frank and \
            grace). Then, after 2–5 seconds, each answers HubBot's offers: mostly `!accept N`, sometimes \
            `!decline N` with a reason (a request is declined at most once, and only when another demo \
            specialist fits). Invited to the room HubBot opens for an introduction, a specialist says \
            hello; after --done-after seconds it tells HubBot `!done N`. Prints what they do, one line \
            each ("demo specialists ready" once every interest is confirmed), until stopped.

            The accounts file has one account a line, USER PASSWORD ROLE [INTEREST ...], as \
            `Scripts/synapse.sh accounts` prints it; blank lines and # comments are skipped.

            Examples:
              hubbot demo-specialists --homeserver http://127.0.0.1:8008 --accounts .demo/accounts.txt
              hubbot demo-specialists --homeserver http://127.0.0.1:8008 --accounts cast.txt \\
                --decline-rate 0 --done-after 10 --seed 7 --format json
            """,
        shouldDisplay: false
    )

    @Option(help: "The homeserver's base URL.")
    var homeserver: String

    @Option(help: "The accounts file: USER PASSWORD ROLE [INTEREST ...] per line.")
    var accounts: String

    @Option(help: "HubBot's Matrix id.")
    var bot = "@hubbot:localhost"

    @Option(help: "The chance (0 to 1) that a specialist declines an offer it may decline.")
    var declineRate = 0.25

    @Option(help: "Seconds a specialist works on an accepted request before `!done`.")
    var doneAfter = 45

    @Option(help: "Seed for the random choices (answers, delays); the same seed replays the same choices.")
    var seed: UInt64?

    @Option(help: "Output format: text or json (one JSON object a line).")
    var format: OutputFormat = .text

    func validate() throws {
        guard (0...1).contains(declineRate) else { throw ValidationError("--decline-rate is between 0 and 1") }
        guard doneAfter >= 0 else { throw ValidationError("--done-after is a number of seconds, 0 or more") }
    }

    func run() async throws {
        guard let text = try? String(contentsOfFile: accounts, encoding: .utf8) else {
            throw ValidationError("cannot read the accounts file \(accounts)")
        }
        let cast: [DemoSpecialist]
        do throws(DemoCast.LineError) {
            cast = try DemoCast.specialists(fromAccounts: text)
        } catch {
            throw ValidationError("\(accounts): \(error)")
        }
        guard !cast.isEmpty else { throw ValidationError("\(accounts) lists no account with the role specialist") }
        let format = format
        let specialists = DemoSpecialists(
            homeserver: homeserver,
            bot: bot,
            cast: cast,
            policy: DemoDecisionPolicy(declineRate: declineRate),
            seed: seed ?? UInt64.random(in: 0...UInt64.max),
            doneAfter: .seconds(doneAfter)
        )
        do {
            try await specialists.run(http: HTTPClient(), logger: Logger(label: "hubbot.demo")) { event in
                Output.line(format == .json ? (try? OutputFormat.jsonLine(event)) ?? "{}" : event.text)
            }
        } catch {
            Diagnostics.fail("demo specialists stopped: \(error)")
            throw ExitCode.failure
        }
    }
}
