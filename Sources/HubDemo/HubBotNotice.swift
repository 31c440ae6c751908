/// What a message from HubBot means to a demo specialist. HubBot's texts are written
/// for people (see `Hub+Requests.swift` and `Hub+Commands.swift`); these are the few
/// phrases a specialist acts on, matched loosely so a reworded sentence around them
/// still reads.
public enum HubBotNotice: Sendable, Equatable {
    /// HubBot offers a request: “Carol is looking for someone who knows about #statistics #r
    /// (request 3) … Reply `!accept 3` …”.
    case offer(Offer)
    /// The specialist took the request: “Request 3 is yours …”.
    case assigned(request: Int)
    /// The offer is gone (someone else took it, it was withdrawn or timed out).
    case closed(request: Int)
    /// HubBot confirmed the interests: “You now offer #r (3), #statistics (3).”
    case interestsConfirmed(String)
    /// HubBot did not know a tag: “I don't know #stats (did you mean #statistics?).”
    case interestsRefused(String)

    /// An offer of a request to the specialist.
    public struct Offer: Sendable, Equatable {
        public var request: Int
        /// The colleague's name as HubBot wrote it, when the text says.
        public var requester: String?
        /// The request's tags without `#`, when the text names them.
        public var tags: [String]

        public init(request: Int, requester: String? = nil, tags: [String] = []) {
            self.request = request
            self.requester = requester
            self.tags = tags
        }
    }

    /// Reads a message from HubBot; nil when it is nothing a specialist acts on.
    public init?(text: String) {
        if let accept = text.firstMatch(of: /`?!accept (\d+)`?/), let number = Int(accept.1) {
            var offer = Offer(request: number)
            if let head = text.firstMatch(
                of: /(?:^|! )([^!\n]+?) is looking for someone who knows about ([^\n(]+)\(request/
            ) {
                offer.requester = String(head.1)
                offer.tags = head.2.split(separator: " ").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
            }
            self = .offer(offer)
        } else if let yours = text.firstMatch(of: /Request (\d+) is yours/), let number = Int(yours.1) {
            self = .assigned(request: number)
        } else if let gone = text.firstMatch(
            of: /Request (\d+) is no longer open|took request (\d+) a moment before you/
        ),
            let number = Int(gone.1 ?? gone.2 ?? "")
        {
            self = .closed(request: number)
        } else if text.contains("You now offer") {
            self = .interestsConfirmed(text)
        } else if text.contains("I don't know #") {
            self = .interestsRefused(text)
        } else {
            return nil
        }
    }
}
