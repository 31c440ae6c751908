import Foundation

/// Something a demo specialist did, as `hubbot demo-specialists` prints it (a line of text, or JSON).
public struct DemoEvent: Sendable, Encodable, Equatable {
    public enum Kind: String, Sendable, Encodable {
        /// Signed in and asked HubBot to record the interests.
        case signedIn = "signed_in"
        /// HubBot confirmed the interests.
        case interests
        /// Every specialist's interests are confirmed: the demo can start.
        case ready
        case offered
        case accepted
        case declined
        /// Joined a room someone invited the specialist to, and said hello.
        case greeted
        /// Told HubBot the conversation is over.
        case done
        case problem
    }

    public var kind: Kind
    public var specialist: String?
    public var request: Int?
    public var detail: String?

    public init(_ kind: Kind, specialist: String? = nil, request: Int? = nil, detail: String? = nil) {
        self.kind = kind
        self.specialist = specialist
        self.request = request
        self.detail = detail
    }

    /// One line for a person watching the demo's log.
    public var text: String {
        let who = specialist ?? "demo specialists"
        let number = request.map { " \($0)" } ?? ""
        let more = detail.map { ": \($0)" } ?? ""
        switch kind {
        case .signedIn: return "\(who): signed in, telling HubBot \(detail ?? "my interests")"
        case .interests: return "\(who): HubBot says\(more)"
        case .ready: return "demo specialists ready\(more)"
        case .offered: return "\(who): offered request\(number)\(more)"
        case .accepted: return "\(who): accepted request\(number)"
        case .declined: return "\(who): declined request\(number)\(more)"
        case .greeted: return "\(who): said hello in\(more)"
        case .done: return "\(who): finished request\(number)"
        case .problem: return "\(who): problem\(more)"
        }
    }
}
