import Foundation

/// The life of one request for a specialist, as a pure state machine:
/// requested → offered (to one chosen person, or to up to K at once for
/// "anyone") → accepted → connected → closed (done, cancelled or expired).
///
/// Every transition returns the actions to perform (send this offer, start
/// this timer, open this room…); the flow does no I/O and reads no clock, so
/// it can be stored after each step and replayed after a restart.
public struct OfferFlow: Sendable, Hashable, Codable {
    public enum Mode: Sendable, Hashable, Codable {
        /// The colleague picked this person.
        case chosen(PersonID)
        /// "Anyone": offer to up to `parallel` people at once.
        case anyone(parallel: Int)
    }

    public enum State: Sendable, Hashable, Codable {
        case requested
        /// Waiting for answers from these people until `expires`.
        case offered(to: Set<PersonID>, expires: Date)
        case accepted(by: PersonID)
        case connected(by: PersonID, room: RoomID)
        case closed(ClosedReason)
    }

    public enum ClosedReason: Sendable, Hashable, Codable {
        case done
        case cancelled
        /// Nobody took it after the last ring; the colleague was told honestly.
        case expired
    }

    public struct Policy: Sendable, Hashable, Codable {
        /// How long an offer waits for an answer.
        public var offerTimeout: Duration = .seconds(15 * 60)
        /// How long someone who let an offer time out is left alone.
        public var quietAfterTimeout: Duration = .seconds(2 * 3600)
        /// Rings tried: 0 = the requested tags, 1 = parents, children and related tags.
        public var rings = 2

        public init() {}
    }

    public let requestID: String
    public let requester: PersonID
    public let mode: Mode
    public let policy: Policy
    public internal(set) var state: State = .requested
    /// The ring the current offers come from.
    public internal(set) var ring = 0
    /// Everyone already offered this request: never offered it again.
    public internal(set) var asked: Set<PersonID> = []
    /// Who accepted, kept after the request is closed (for ratings and history).
    public internal(set) var helper: PersonID?

    public init(requestID: String, requester: PersonID, mode: Mode, policy: Policy = Policy()) {
        self.requestID = requestID
        self.requester = requester
        self.mode = mode
        self.policy = policy
    }

    public var isClosed: Bool {
        if case .closed = state { return true }
        return false
    }

    /// The one specialist who accepted, if any.
    public var acceptedBy: PersonID? {
        switch state {
        case .accepted(let person), .connected(let person, _): person
        default: nil
        }
    }
}
