import Foundation

/// All specialists, indexed by interest tag, so finding candidates costs in
/// proportion to the people holding the requested tags, not to everyone.
public struct SpecialistDirectory: Sendable {
    public private(set) var specialists: [Specialist] = []
    private var positions: [PersonID: Int] = [:]
    /// Tag → positions of the specialists holding it.
    private var holders: [String: [Int]] = [:]
    /// Tag → its parent, its children and related tags (both ways), for the wider ring.
    private var wider: [String: [String]] = [:]

    public init(specialists: [Specialist], tags: TagModel) {
        for tag in tags.interests {
            if let parent = tag.parent {
                wider[tag.name, default: []].append(parent)
                wider[parent, default: []].append(tag.name)
            }
            for related in tag.related {
                wider[tag.name, default: []].append(related)
                wider[related, default: []].append(tag.name)
            }
        }
        for specialist in specialists { upsert(specialist) }
    }

    public var count: Int { specialists.count }

    public func specialist(_ id: PersonID) -> Specialist? {
        positions[id].map { specialists[$0] }
    }

    /// Adds a specialist or replaces their profile, keeping the index current.
    public mutating func upsert(_ specialist: Specialist) {
        if let position = positions[specialist.id] {
            for tag in specialists[position].interests.keys { holders[tag]?.removeAll { $0 == position } }
            specialists[position] = specialist
            for tag in specialist.interests.keys { holders[tag, default: []].append(position) }
        } else {
            let position = specialists.count
            specialists.append(specialist)
            positions[specialist.id] = position
            for tag in specialist.interests.keys { holders[tag, default: []].append(position) }
        }
    }

    /// Ranked candidates for a request: available people first, by ring, tag fit
    /// and strength, then fairness (fewer recent offers), then the requester's
    /// preference (continuity or variety); busy people after them, listed but
    /// not to be offered. Never the requester, never someone excluded, away,
    /// not answering or at capacity.
    public func candidates(
        for request: MatchRequest,
        load: (PersonID) -> SpecialistLoad,
        history: RequesterHistory = RequesterHistory(),
        limit: Int = 10
    ) -> [Candidate] {
        var ringOf: [String: (ring: Int, weight: Double)] = [:]
        for (rank, tag) in request.tags.enumerated() where ringOf[tag] == nil {
            ringOf[tag] = (0, 1.0 / Double(rank + 1))
        }
        for (rank, tag) in request.tags.enumerated() {
            for near in wider[tag] ?? [] where ringOf[near] == nil { ringOf[near] = (1, 0.5 / Double(rank + 1)) }
        }
        var seen: Set<Int> = []
        var ranked: [(candidate: Candidate, order: (Int, Double, Int, Double, String))] = []
        for tag in ringOf.keys {
            for position in holders[tag] ?? [] where seen.insert(position).inserted {
                let specialist = specialists[position]
                guard let candidate = assess(specialist, request: request, ringOf: ringOf, load: load(specialist.id))
                else {
                    continue
                }
                let preference = preferenceScore(specialist.id, request: request, history: history)
                let statusOrder = candidate.status == .available ? 0 : 1
                let recent = load(specialist.id).recentOffers
                var withReasons = candidate
                withReasons.reasons += preferenceReasons(specialist.id, request: request, history: history)
                ranked.append(
                    (
                        withReasons,
                        (statusOrder * 10 + candidate.ring, candidate.fit, recent, preference, specialist.id.rawValue)
                    )
                )
            }
        }
        ranked.sort { a, b in
            let (x, y) = (a.order, b.order)
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 > y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            if x.3 != y.3 { return x.3 > y.3 }
            return x.4 < y.4
        }
        return ranked.prefix(limit).map(\.candidate)
    }

    private func assess(
        _ specialist: Specialist,
        request: MatchRequest,
        ringOf: [String: (ring: Int, weight: Double)],
        load: SpecialistLoad
    ) -> Candidate? {
        guard specialist.id != request.requester, !request.excluded.contains(specialist.id) else { return nil }
        if case .away(let until) = specialist.availability, until.map({ $0 > request.at }) ?? true { return nil }
        if let quiet = load.notAnsweringUntil, quiet > request.at { return nil }
        guard load.openConversations < specialist.capacity else { return nil }
        var fit = 0.0
        var ring = 1
        var shared: [String] = []
        for (tag, strength) in specialist.interests {
            guard let match = ringOf[tag] else { continue }
            fit += match.weight * Double(strength)
            ring = min(ring, match.ring)
            shared.append(tag)
        }
        shared.sort { (ringOf[$0]?.weight ?? 0) > (ringOf[$1]?.weight ?? 0) }
        var status = Candidate.Status.available
        if case .busy(let until) = specialist.availability, until.map({ $0 > request.at }) ?? true {
            status = .busy(until: until)
        } else if let hours = specialist.workingHours, !hours.contains(request.at) {
            status = .outsideWorkingHours
        }
        var reasons = ["shares " + shared.map { "#\($0)" }.joined(separator: " ")]
        if ring == 1 { reasons.append("a neighbouring interest") }
        return Candidate(
            specialist: specialist.id,
            displayName: specialist.displayName,
            status: status,
            ring: ring,
            sharedTags: shared,
            fit: (fit * 100).rounded() / 100,
            reasons: reasons
        )
    }

    private func preferenceScore(_ id: PersonID, request: MatchRequest, history: RequesterHistory) -> Double {
        switch request.preference {
        case .continuity: history.ratings[id].map { $0 - 3 } ?? 0
        case .variety: history.hasMet(id) ? -1 : 1
        case .none: 0
        }
    }

    private func preferenceReasons(_ id: PersonID, request: MatchRequest, history: RequesterHistory) -> [String] {
        guard let rating = history.ratings[id] else {
            return request.preference == .variety ? ["someone new to you"] : []
        }
        return ["you talked before (rated \(String(format: "%.1f", rating)))"]
    }
}
