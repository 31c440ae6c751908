import Foundation

extension HubReport {
    /// The report for `[since, until)` over stored records (people, rooms and the audit log play no part).
    public init(records: [HubRecord], since: Date, until: Date) {
        var requests: [HubRequest] = []
        var faults: [HygieneFault] = []
        var specialists: [Specialist] = []
        for record in records {
            switch record {
            case .request(let request): requests.append(request)
            case .fault(let fault): faults.append(fault)
            case .specialist(let specialist): specialists.append(specialist)
            case .person, .room, .audit, .example: break
            }
        }
        self.init(requests: requests, faults: faults, specialists: specialists, since: since, until: until)
    }

    /// The report for `[since, until)` over the hub's requests, faults and specialists.
    public init(
        requests allRequests: some Sequence<HubRequest>,
        faults allFaults: some Sequence<HygieneFault>,
        specialists: some Sequence<Specialist>,
        since: Date,
        until: Date
    ) {
        let period = since..<until
        let requests = allRequests.filter { period.contains($0.createdAt) && !$0.tags.isEmpty }
        self.since = since
        self.until = until
        self.requests = Requests(requests)
        timeToFirstHuman = Spread(requests.compactMap { $0.acceptedAt?.timeIntervalSince($0.createdAt) })
        ratings = Ratings(requests.compactMap { request in request.rating.map { ($0, request.comment) } })
        faults = Faults(allFaults.filter { period.contains($0.reportedAt) })
        unmetDemand = Self.unmetDemand(requests)
        newInterests = Self.counted(
            specialists.flatMap { specialist in
                (specialist.interestsSince ?? [:]).filter { tag, date in
                    period.contains(date) && specialist.interests[tag] != nil
                }.keys
            }
        )
    }

    /// What became of a request, as the report counts it.
    enum Outcome: Hashable {
        case found
        case unmet(UnmetDemand)
        case withdrawn
        case stillOpen

        init(_ request: HubRequest) {
            if request.acceptedAt != nil || request.flow?.helper != nil {
                self = .found
            } else if let reason = request.unmet ?? Self.olderUnmet(request) {
                self = .unmet(reason)
            } else {
                self = request.isOpen ? .stillOpen : .withdrawn
            }
        }

        /// Records written before the reason was kept: the `unmet` phase meant nobody held
        /// the tags; an offer flow closed as expired meant nobody took it in time.
        private static func olderUnmet(_ request: HubRequest) -> UnmetDemand? {
            if request.phase == .unmet { return .noSpecialist }
            if request.flow?.state == .closed(.expired) { return .nobodyFree }
            return nil
        }
    }

    static func unmetDemand(_ requests: [HubRequest]) -> [UnmetTag] {
        var byTag: [String: UnmetTag] = [:]
        for request in requests {
            guard case .unmet(let reason) = Outcome(request) else { continue }
            for tag in Set(request.tags) {
                var entry = byTag[tag] ?? UnmetTag(tag: tag)
                switch reason {
                case .noSpecialist: entry.noSpecialist += 1
                case .nobodyFree: entry.nobodyFree += 1
                }
                byTag[tag] = entry
            }
        }
        return byTag.values.sorted { ($1.total, $0.tag) < ($0.total, $1.tag) }
    }

    /// Each distinct value with how often it occurs, most frequent first, then by name.
    static func counted(_ tags: [String]) -> [TagCount] {
        Dictionary(tags.map { ($0, 1) }, uniquingKeysWith: +)
            .map { TagCount(tag: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
    }
}

extension HubReport.Requests {
    init(_ requests: [HubRequest]) {
        var found: [HubRequest] = []
        for request in requests {
            switch HubReport.Outcome(request) {
            case .found: found.append(request)
            case .unmet: unmet += 1
            case .withdrawn: withdrawn += 1
            case .stillOpen: stillOpen += 1
            }
        }
        total = requests.count
        foundSomeone = found.count
        foundShare = total == 0 ? nil : Double(found.count) / Double(total)
        peopleHelped = Set(found.map(\.requester)).count
        specialistsHelping = Set(found.compactMap { $0.flow?.helper }).count
        perTag = HubReport.counted(requests.flatMap { Set($0.tags) })
    }
}

extension HubReport.Ratings {
    init(_ given: [(score: Int, comment: String?)]) {
        count = given.count
        average = given.isEmpty ? nil : Double(given.map(\.score).reduce(0, +)) / Double(given.count)
        for (score, _) in given where (1...5).contains(score) { scores[score - 1] += 1 }
        withComment = given.filter { !($0.comment ?? "").isEmpty }.count
    }
}

extension HubReport.Faults {
    init(_ faults: [HygieneFault]) {
        var byCategory: [String: (figures: HubReport.FaultCategory, delivery: [TimeInterval])] = [:]
        for fault in faults {
            var entry = byCategory[fault.category] ?? (HubReport.FaultCategory(category: fault.category), [])
            entry.figures.reported += 1
            switch fault.state {
            case .reported: break
            case .filed: entry.figures.filed += 1
            case .fixed:
                // A fixed fault was filed first (or grouped into one that was).
                entry.figures.filed += 1
                entry.figures.fixed += 1
            case .failed: entry.figures.failed += 1
            }
            if let filedAt = fault.filedAt { entry.delivery.append(filedAt.timeIntervalSince(fault.reportedAt)) }
            byCategory[fault.category] = entry
        }
        reported = faults.count
        grouped = faults.filter { $0.groupedInto != nil }.count
        delivery = HubReport.Spread(byCategory.values.flatMap(\.delivery))
        perCategory = byCategory.values.map { entry in
            var figures = entry.figures
            figures.delivery = HubReport.Spread(entry.delivery)
            return figures
        }
        .sorted { ($1.reported, $0.category) < ($0.reported, $1.category) }
    }
}
