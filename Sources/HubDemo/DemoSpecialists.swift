import CurlHTTP
import Foundation
import Logging
import MatrixChat

/// The demo's specialists, all in one process: each signs in, tells HubBot its
/// interests, and then answers offers, greets colleagues in the rooms HubBot opens,
/// and says `!done` after a while, so a newcomer sees whole stories.
public struct DemoSpecialists: Sendable {
    public var homeserver: String
    /// HubBot's Matrix id.
    public var bot: String
    public var cast: [DemoSpecialist]
    public var policy: DemoDecisionPolicy
    public var seed: UInt64
    /// How long a specialist "talks" with the colleague before telling HubBot `!done`.
    public var doneAfter: Duration

    public init(
        homeserver: String,
        bot: String,
        cast: [DemoSpecialist],
        policy: DemoDecisionPolicy = DemoDecisionPolicy(),
        seed: UInt64,
        doneAfter: Duration = .seconds(45)
    ) {
        self.homeserver = homeserver
        self.bot = bot
        self.cast = cast
        self.policy = policy
        self.seed = seed
        self.doneAfter = doneAfter
    }

    /// Runs until cancelled; throws when a specialist cannot sign in.
    public func run(http: HTTPClient, logger: Logger, report: @escaping @Sendable (DemoEvent) -> Void) async throws {
        let director = DemoDirector(cast: cast, policy: policy, seed: seed, report: report)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for specialist in cast {
                let agent = DemoSpecialistAgent(
                    specialist: specialist,
                    homeserver: homeserver,
                    bot: bot,
                    doneAfter: doneAfter,
                    director: director,
                    http: http,
                    logger: logger
                )
                group.addTask { try await agent.run() }
            }
            try await group.waitForAll()
        }
    }
}
