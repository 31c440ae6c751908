import Foundation

extension OfferFlow {
    /// What happened to the request.
    public enum Event: Sendable, Hashable, Codable {
        /// Candidates for the current ring, best first (from the matchmaker), available ones only.
        case candidates([PersonID])
        case accepted(by: PersonID)
        case declined(by: PersonID)
        /// The offer timer fired; `expires` names which offer round it was for.
        case timedOut(expires: Date)
        /// The introduction room exists.
        case connected(room: RoomID)
        case done
        /// The colleague withdrew the request.
        case cancelled(by: PersonID)
    }

    /// What the hub must do next.
    public enum Action: Sendable, Hashable, Codable {
        /// Ask the matchmaker for candidates of this ring, leaving out these people.
        case findCandidates(ring: Int, excluding: Set<PersonID>)
        case sendOffer(to: PersonID)
        case startTimer(at: Date)
        /// Tell someone their offer is no longer open (another person took it, or it was withdrawn).
        case withdrawOffer(from: PersonID)
        /// Tell someone kindly that they were a moment too late.
        case tellTooLate(PersonID)
        case introduce(requester: PersonID, specialist: PersonID)
        case markNotAnswering(PersonID, until: Date)
        /// Nobody took it: tell the colleague honestly, and post where the hub says.
        case fallback
        case askForRating(requester: PersonID, specialist: PersonID)
        case tellRequester(Notice)
        /// An event that does not fit the state (a stranger accepting, a double click).
        case ignore(reason: String)
    }

    public enum Notice: Sendable, Hashable, Codable {
        case offered(count: Int)
        case declinedTryingNext
        case cancelled
    }

    /// Applies one event at `now` and returns the actions, in order.
    public mutating func on(_ event: Event, now: Date) -> [Action] {
        switch (state, event) {
        case (.requested, .candidates(let people)):
            return offer(to: people, now: now)
        case (.offered(let waiting, _), .candidates(let people)):
            // Candidates matter only when asked for: while offers are open, they wait.
            return waiting.isEmpty ? offer(to: people, now: now) : [.ignore(reason: "offers are still open")]

        case (.offered(let waiting, _), .accepted(let person)):
            guard waiting.contains(person) else {
                return asked.contains(person)
                    ? [.tellTooLate(person)] : [.ignore(reason: "\(person) was not offered this request")]
            }
            // Compare-and-set: the first accept wins; everyone else still waiting is released.
            state = .accepted(by: person)
            helper = person
            asked.formUnion(waiting)
            return waiting.subtracting([person]).sorted { $0.rawValue < $1.rawValue }.map { .withdrawOffer(from: $0) }
                + [.introduce(requester: requester, specialist: person)]
        case (.accepted(let winner), .accepted(let person)), (.connected(let winner, _), .accepted(let person)):
            return person == winner ? [.ignore(reason: "already accepted")] : [.tellTooLate(person)]

        case (.offered(var waiting, let expires), .declined(let person)):
            guard waiting.remove(person) != nil else { return [.ignore(reason: "\(person) has no open offer")] }
            asked.insert(person)
            if waiting.isEmpty {
                state = .offered(to: [], expires: expires)
                return [.tellRequester(.declinedTryingNext), .findCandidates(ring: ring, excluding: excludedPeople)]
            }
            state = .offered(to: waiting, expires: expires)
            return []

        case (.offered(let waiting, let expires), .timedOut(let round)):
            guard round == expires else { return [.ignore(reason: "a timer of an earlier round")] }
            let until = now.addingTimeInterval(policy.quietAfterTimeout.seconds)
            asked.formUnion(waiting)
            ring += 1
            state = .offered(to: [], expires: expires)
            let quiet = waiting.sorted { $0.rawValue < $1.rawValue }.flatMap {
                [Action.withdrawOffer(from: $0), .markNotAnswering($0, until: until)]
            }
            if ring >= policy.rings {
                state = .closed(.expired)
                return quiet + [.fallback]
            }
            return quiet + [.findCandidates(ring: ring, excluding: excludedPeople)]

        case (.accepted(let person), .connected(let room)):
            state = .connected(by: person, room: room)
            return []

        case (.connected(let person, _), .done), (.accepted(let person), .done):
            state = .closed(.done)
            return [.askForRating(requester: requester, specialist: person)]

        case (.closed, .cancelled), (.closed, .done):
            return [.ignore(reason: "already closed")]
        case (_, .cancelled(let person)):
            guard person == requester else { return [.ignore(reason: "only the colleague who asked can cancel")] }
            let open: Set<PersonID> = if case .offered(let waiting, _) = state { waiting } else { [] }
            state = .closed(.cancelled)
            return open.sorted { $0.rawValue < $1.rawValue }.map { .withdrawOffer(from: $0) } + [
                .tellRequester(.cancelled)
            ]

        default:
            return [.ignore(reason: "\(event) does not apply while \(state)")]
        }
    }

    /// People never to be offered this request again: the requester, and everyone asked.
    var excludedPeople: Set<PersonID> { asked.union([requester]) }

    private mutating func offer(to people: [PersonID], now: Date) -> [Action] {
        let fresh = people.filter { !excludedPeople.contains($0) }
        let chosen: [PersonID]
        switch mode {
        case .chosen(let person):
            chosen = fresh.contains(person) && ring == 0 ? [person] : Array(fresh.prefix(1))
        case .anyone(let parallel):
            chosen = Array(fresh.prefix(max(1, parallel)))
        }
        guard !chosen.isEmpty else {
            ring += 1
            if ring >= policy.rings {
                state = .closed(.expired)
                return [.fallback]
            }
            state = .requested
            return [.findCandidates(ring: ring, excluding: excludedPeople)]
        }
        let expires = now.addingTimeInterval(policy.offerTimeout.seconds)
        state = .offered(to: Set(chosen), expires: expires)
        asked.formUnion(chosen)
        return chosen.map { .sendOffer(to: $0) } + [
            .startTimer(at: expires), .tellRequester(.offered(count: chosen.count)),
        ]
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    public var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
