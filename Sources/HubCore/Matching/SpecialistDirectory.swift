import Foundation

/// All specialists, indexed by interest tag, so finding candidates costs in
/// proportion to the people holding the requested tags, not to everyone.
public struct SpecialistDirectory: Sendable {
    public private(set) var specialists: [Specialist] = []
    private var positions: [PersonID: Int] = [:]
    /// Tag → positions of the specialists holding it.
    private var holders: [String: [Int]] = [:]
    /// Each specialist's interests as (tag number, strength), parallel to `specialists`:
    /// scoring compares small integers instead of hashing tag names.
    private var interestNumbers: [[(tag: Int32, strength: Int32)]] = []
    private var tagNumbers: [String: Int32] = [:]
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
        let numbered = specialist.interests.map { (tag: number(of: $0.key), strength: Int32($0.value)) }
        if let position = positions[specialist.id] {
            for tag in specialists[position].interests.keys { holders[tag]?.removeAll { $0 == position } }
            specialists[position] = specialist
            interestNumbers[position] = numbered
            for tag in specialist.interests.keys { holders[tag, default: []].append(position) }
        } else {
            let position = specialists.count
            specialists.append(specialist)
            interestNumbers.append(numbered)
            positions[specialist.id] = position
            for tag in specialist.interests.keys { holders[tag, default: []].append(position) }
        }
    }

    /// How many specialists hold `tag`.
    public func holderCount(of tag: String) -> Int { holders[tag]?.count ?? 0 }

    /// True when someone besides `person` offers one of `tags` or a neighbouring tag, whether
    /// or not they are free: tells "nobody was free" from "nobody offers this" in reports.
    public func hasHolder(of tags: [String], besides person: PersonID) -> Bool {
        let wanted = Set(tags).union(tags.flatMap { wider[$0] ?? [] })
        return wanted.contains { tag in (holders[tag] ?? []).contains { specialists[$0].id != person } }
    }

    private mutating func number(of tag: String) -> Int32 {
        if let known = tagNumbers[tag] { return known }
        let next = Int32(tagNumbers.count)
        tagNumbers[tag] = next
        return next
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
        let wanted = ringOf.compactMap { tag, match in
            tagNumbers[tag].map { (tag: $0, ring: match.ring, weight: match.weight) }
        }
        // First pass: cheap numbers only; display strings are built for the winners alone.
        var seen = [UInt64](repeating: 0, count: (specialists.count + 63) / 64)
        var scored: [Scored] = []
        for tag in ringOf.keys {
            for position in holders[tag] ?? [] {
                let (word, bit) = (position >> 6, UInt64(1) << UInt64(position & 63))
                guard seen[word] & bit == 0 else { continue }
                seen[word] |= bit
                let specialist = specialists[position]
                let load = load(specialist.id)
                guard let status = status(of: specialist, request: request, load: load) else { continue }
                var fit = 0.0
                var ring = 1
                for interest in interestNumbers[position] {
                    for match in wanted where match.tag == interest.tag {
                        fit += match.weight * Double(interest.strength)
                        ring = min(ring, match.ring)
                    }
                }
                scored.append(
                    Scored(
                        position: position,
                        status: status,
                        group: (status == .available ? 0 : 10) + ring,
                        ring: ring,
                        fit: (fit * 100).rounded() / 100,
                        recentOffers: load.recentOffers,
                        preference: preferenceScore(specialist.id, request: request, history: history)
                    )
                )
            }
        }
        let best = scored.smallest(limit) { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.fit != b.fit { return a.fit > b.fit }
            if a.recentOffers != b.recentOffers { return a.recentOffers < b.recentOffers }
            if a.preference != b.preference { return a.preference > b.preference }
            return specialists[a.position].id.rawValue < specialists[b.position].id.rawValue
        }
        return best.map { candidate($0, request: request, ringOf: ringOf, history: history) }
    }

    private struct Scored {
        var position: Int
        var status: Candidate.Status
        var group: Int
        var ring: Int
        var fit: Double
        var recentOffers: Int
        var preference: Double
    }

    /// Nil when the specialist must not be offered or listed at all.
    private func status(of specialist: Specialist, request: MatchRequest, load: SpecialistLoad) -> Candidate.Status? {
        guard specialist.id != request.requester, !request.excluded.contains(specialist.id) else { return nil }
        if case .away(let until) = specialist.availability, until.map({ $0 > request.at }) ?? true { return nil }
        if let quiet = load.notAnsweringUntil, quiet > request.at { return nil }
        guard load.openConversations < specialist.capacity else { return nil }
        if case .busy(let until) = specialist.availability, until.map({ $0 > request.at }) ?? true {
            return .busy(until: until)
        }
        if let hours = specialist.workingHours, !hours.contains(request.at) { return .outsideWorkingHours }
        return .available
    }

    private func candidate(
        _ scored: Scored,
        request: MatchRequest,
        ringOf: [String: (ring: Int, weight: Double)],
        history: RequesterHistory
    ) -> Candidate {
        let specialist = specialists[scored.position]
        let shared = specialist.interests.keys.filter { ringOf[$0] != nil }
            .sorted { (ringOf[$0]?.weight ?? 0, $1) > (ringOf[$1]?.weight ?? 0, $0) }
        var reasons = ["shares " + shared.map { "#\($0)" }.joined(separator: " ")]
        if scored.ring == 1 { reasons.append("a neighbouring interest") }
        reasons += preferenceReasons(specialist.id, request: request, history: history)
        return Candidate(
            specialist: specialist.id,
            displayName: specialist.displayName,
            status: scored.status,
            ring: scored.ring,
            sharedTags: shared,
            fit: scored.fit,
            reasons: reasons,
            ratedBefore: history.ratings[specialist.id],
            newToRequester: request.preference == .variety && history.ratings[specialist.id] == nil
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

extension Array {
    /// The `count` smallest elements in order, without sorting everything
    /// (a bounded insertion into a short sorted buffer).
    func smallest(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        var best: [Element] = []
        best.reserveCapacity(count + 1)
        for element in self {
            if best.count == count, let last = best.last, !areInIncreasingOrder(element, last) { continue }
            let index = best.firstIndex { areInIncreasingOrder(element, $0) } ?? best.endIndex
            best.insert(element, at: index)
            if best.count > count { best.removeLast() }
        }
        return best
    }
}
