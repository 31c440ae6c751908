/// How a demo specialist answers an offer, and after how long.
public struct OfferDecision: Sendable, Equatable {
    public enum Answer: Sendable, Equatable {
        case accept
        case decline(reason: String)
    }

    public var request: Int
    public var answer: Answer
    /// How long the specialist "thinks" before answering, so the colleague sees the offer wait.
    public var delay: Duration

    public init(request: Int, answer: Answer, delay: Duration) {
        self.request = request
        self.answer = answer
        self.delay = delay
    }

    /// What the specialist writes to HubBot: `!accept 3` or `!decline 3 on leave this week`.
    public var command: String {
        switch answer {
        case .accept: "!accept \(request)"
        case .decline(let reason): "!decline \(request) \(reason)"
        }
    }
}
