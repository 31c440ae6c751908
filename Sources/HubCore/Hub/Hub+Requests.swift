import Foundation

extension Hub {
    // MARK: - Asking

    /// A sentence for the hub: a fault for IT support, a request for specialists, or a question back.
    /// A likely but unsure reading is confirmed first, with the best alternatives to pick from.
    mutating func ask(_ text: String, context: Context, now: Date) {
        let result = triage.classify(text)
        noteLanguage(result.language, of: text, person: context.person)
        switch result.label {
        case .hygiene where result.confirm:
            notes.append(.triaged("confirm"))
            clarify(
                text,
                guesses: result.offered,
                intro: Said(result.alternatives.isEmpty ? .faultConfirm : .faultConfirmOrPick),
                context: context,
                now: now
            )
        case .hygiene(let category):
            notes.append(.triaged("fault"))
            reportFault(category, text: text, context: context, now: now)
        case .specialist(let tags) where tags.isEmpty:
            notes.append(.triaged("confirm"))
            let guesses = result.alternatives.isEmpty ? widelyHeldInterests(3) : result.alternatives
            clarify(
                text,
                guesses: guesses,
                intro: Said(.triageWhichField),
                context: context,
                now: now
            )
        case .specialist where result.confirm && !result.alternatives.isEmpty:
            notes.append(.triaged("confirm"))
            let guesses = result.offered
            let faultAmong = guesses.contains { self.tags.hygieneCategory(named: $0) != nil }
            clarify(
                text,
                guesses: guesses,
                intro: Said(faultAmong ? .triageHubOrFault : .triageWhichFits),
                context: context,
                now: now
            )
        case .specialist(let tags):
            notes.append(.triaged("interest"))
            let id = newRequest(text: text, tags: tags, context: context, now: now)
            shortlist(id, now: now)
        case .unclear(let guesses):
            notes.append(.triaged("unclear"))
            guard !guesses.isEmpty else {
                guard greetedVaguely.insert(context.person).inserted else {
                    // The second time, not the same greeting: what people ask about, as examples.
                    let examples = widelyHeldInterests(3).map { "#\($0)" }
                    reply(Said(.greetingAgain, ["examples": .list(examples)]), to: context)
                    return
                }
                reply(Said(.greeting, ["name": "\(name(of: context.person))"]), to: context)
                return
            }
            clarify(
                text,
                guesses: Array(guesses.prefix(3)),
                intro: Said(.triageNotUnderstood),
                context: context,
                now: now
            )
        }
    }

    /// HubBot answers in the language people write in: a sentence in a language HubBot speaks,
    /// with at least two of that language's function words, sets it. A short "ok" or "2", or
    /// "Python pandas groupby" and a pasted "Error: connection refused", say nothing about it.
    private mutating func noteLanguage(_ code: String, of text: String, person: PersonID) {
        guard let language = ChatLanguage(code: code), let read = TriageLanguage(rawValue: code),
            people[person]?.writtenLanguage != language.rawValue
        else { return }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard words.count >= 3, words.count(where: { read.stopWords.contains($0) }) >= 2 else { return }
        updatePerson(person) { $0.writtenLanguage = language.rawValue }
    }

    /// With nothing to go on, the fields the most specialists here hold (the tag file's order
    /// among equals): where the hub can most likely help, rather than the file's first three.
    func widelyHeldInterests(_ count: Int) -> [String] {
        let interests = tags.interests.enumerated().map { (order: $0.offset, name: $0.element.name) }
        return interests.sorted {
            let (left, right) = (directory.holderCount(of: $0.name), directory.holderCount(of: $1.name))
            return left != right ? left > right : $0.order < $1.order
        }.prefix(count).map(\.name)
    }

    /// Asks the colleague to pick one of `guesses` by number; their answer is learned.
    private mutating func clarify(_ text: String, guesses: [String], intro: Said, context: Context, now: Date) {
        let id = newRequest(text: text, tags: [], context: context, now: now)
        requests[id]?.phase = .clarifying(guesses: guesses)
        updatePerson(context.person) { $0.ask(.clarification(request: id)) }
        let lines = guesses.enumerated().map { index, guess -> Said in
            if let fault = tags.hygieneCategory(named: guess) {
                return Said(
                    .guessFault,
                    ["number": .number(index + 1), "description": "\(fault.description.asClause)"]
                )
            }
            guard let interest = tags.interest(named: guess) else {
                return Said(.guessInterestBare, ["number": .number(index + 1), "tag": "\(guess)"])
            }
            return Said(
                .guessInterest,
                ["number": .number(index + 1), "tag": "\(guess)", "description": "\(interest.description.asClause)"]
            )
        }
        reply(Said.lines([intro] + lines + [Said(.guessPrompt)]), to: context)
    }

    private mutating func newRequest(text: String, tags: [String], context: Context, now: Date) -> Int {
        let id = nextNumber
        nextNumber += 1
        requests[id] = HubRequest(
            id: id,
            requester: context.person,
            requesterName: name(of: context.person),
            room: context.room,
            eventID: context.eventID,
            inDirectChat: context.direct,
            text: text,
            tags: tags,
            createdAt: now,
            phase: .choosing
        )
        requestNumbers[context.person, default: []].append(id)
        changedRequests.insert(id)
        return id
    }

    private mutating func reportFault(_ category: String, text: String, context: Context, now: Date) {
        // The number is for people; the suffix (from the chat event's id) keeps the id unique
        // across databases, because ticket systems find a ticket again by it.
        let id = "fault-\(nextNumber)-\(Self.shortHash(context.eventID))"
        nextNumber += 1
        let known = tags.hygieneCategory(named: category)
        let earlier = sameFault(as: text, category: category, now: now)
        faults[id] = HygieneFault(
            id: id,
            network: context.network,
            reporter: context.person,
            reporterName: name(of: context.person),
            room: context.room,
            eventID: context.eventID,
            text: text,
            category: category,
            route: known?.route ?? "default",
            priority: known?.priority ?? "normal",
            reportedAt: now,
            groupedInto: earlier?.id
        )
        newFaults.append(id)
        guard settings.ticketsConnected else {
            reply(
                Said(
                    .faultRecordedOnly,
                    ["description": "\(known?.description.asClause ?? category)", "fault": "\(id)"]
                ),
                to: context
            )
            if !warnedNoTicketRoutes {
                warnedNoTicketRoutes = true
                tellAdmins(Said(.adminNoTicketRoutes, ["fault": "\(id)", "category": "\(category)"]))
            }
            return
        }
        if let earlier {
            let said =
                earlier.ticket.map { Said(.faultGroupedTicket, ["ticket": "\($0.id)", "fault": "\(id)"]) }
                ?? Said(.faultGrouped, ["fault": "\(id)"])
            reply(said, to: context)
            return
        }
        reply(
            Said(.faultPassedOn, ["description": "\(known?.description.asClause ?? category)", "fault": "\(id)"]),
            to: context
        )
    }

    /// An open first report of the same fault: same category, within the grouping
    /// window, and enough words in common ("printer 3rd floor" twice).
    private func sameFault(as text: String, category: String, now: Date) -> HygieneFault? {
        let words = Self.faultWords(text)
        return faults.values
            .filter {
                $0.category == category && $0.groupedInto == nil && $0.state != .fixed && $0.state != .failed
                    && now.timeIntervalSince($0.reportedAt) <= settings.faultGroupingWindow.seconds
            }
            .map { ($0, Self.similarity(words, Self.faultWords($0.text))) }
            .filter { $0.1 >= 0.25 }
            .max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }?.0
    }

    /// Four letters derived from `text` (FNV-1a), stable everywhere.
    static func shortHash(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return String((0..<4).map { alphabet[Int((hash >> (UInt32($0) * 5)) & 31)] })
    }

    /// The telling words of a fault report (stemmed, without the most common words).
    static func faultWords(_ text: String) -> Set<String> {
        Set(TextNormalizer.tokens(text).words.filter { $0.count > 2 && !commonWords.contains($0) })
    }

    static let commonWords: Set<String> = [
        "the", "and", "for", "you", "can", "not", "again", "please", "pls", "help", "someone", "anyone", "this", "that",
        "with", "has", "have", "our", "but", "are", "was", "its", "it's", "what", "any",
    ]

    /// Jaccard similarity of two word sets.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Where the person who reported a fault is answered: where they reported it.
    func reporterContext(of fault: HygieneFault) -> Context {
        Context(
            room: fault.room,
            eventID: fault.eventID,
            person: fault.reporter,
            direct: rooms[fault.room]?.directWith == fault.reporter,
            network: fault.network
        )
    }

    /// `at`: when the news was stored (the ticket system's answer), kept as the fault's filing time.
    mutating func onTicketNews(_ news: TicketNews, at date: Date) {
        guard var fault = faults[news.faultID] else { return }
        let reporter = reporterContext(of: fault)
        switch news.change {
        case .filed(let receipt), .addedTo(let receipt):
            guard fault.state == .reported else { return }
            fault.state = .filed
            fault.ticket = receipt
            fault.filedAt = date
            let values: [String: MessageValue] = ["fault": "\(fault.id)", "ticket": "\(receipt.id)"]
            let said =
                receipt.url.map { Said(.faultFiledLink, values.merging(["url": "\($0)"]) { $1 }) }
                ?? Said(.faultFiled, values)
            reply(said, to: reporter)
        case .failed(let reason):
            guard fault.state == .reported else { return }
            fault.state = .failed
            reply(Said(.faultDeliveryFailed, ["fault": "\(fault.id)"]), to: reporter)
            tellAdmins(
                Said(
                    .adminDeliveryFailed,
                    [
                        "fault": "\(fault.id)", "category": "\(fault.category)", "route": "\(fault.route)",
                        "name": "\(fault.reporterName)", "reason": "\(reason)",
                    ]
                )
            )
        case .fixed:
            guard fault.state != .fixed else { return }
            fault.state = .fixed
            func fixed(_ id: String) -> Said {
                fault.ticket.map { Said(.faultFixedTicket, ["fault": "\(id)", "ticket": "\($0.id)"]) }
                    ?? Said(.faultFixed, ["fault": "\(id)"])
            }
            reply(fixed(fault.id), to: reporter)
            // Everyone who reported the same fault hears it too.
            for other in faults.values.sorted(by: { $0.id < $1.id })
            where other.groupedInto == fault.id && other.state != .fixed {
                var grouped = other
                grouped.state = .fixed
                faults[other.id] = grouped
                newFaults.append(other.id)
                reply(fixed(other.id), to: reporterContext(of: other))
            }
        }
        faults[fault.id] = fault
        newFaults.append(fault.id)
    }

    /// Lists the people who fit, and asks the colleague to pick one or say "anyone".
    mutating func shortlist(_ id: Int, now: Date) {
        guard var request = requests[id] else { return }
        let candidates = directory.candidates(
            for: MatchRequest(requester: request.requester, tags: request.tags, at: now, preference: .continuity),
            load: load(now: now),
            history: history(of: request.requester),
            limit: settings.shortlistSize
        )
        guard !candidates.isEmpty else {
            request.phase = .unmet
            request.unmet =
                directory.hasHolder(of: request.tags, besides: request.requester) ? .nobodyFree : .noSpecialist
            request.closedAt = now
            requests[id] = request
            changedRequests.insert(id)
            tellRequester(of: request, Said(.shortlistNobody, ["tags": request.tagValue, "request": .number(id)]))
            postFallback(request)
            return
        }
        request.phase = .choosing
        request.shortlist = candidates.map(\.specialist)
        requests[id] = request
        changedRequests.insert(id)
        updatePerson(request.requester) { $0.ask(.pick(request: id)) }
        let lines = candidates.enumerated().map { index, candidate in
            Said(
                .shortlistLine,
                [
                    "number": .number(index + 1), "name": "\(candidate.displayName)",
                    "reasons": .phrase(Self.reasonsText(candidate)), "status": .phrase(statusText(candidate.status)),
                ]
            )
        }
        let nobodyFree = !candidates.contains { $0.status == .available }
        // Only neighbouring interests (ring 1): say so instead of promising they know about it.
        let heading = Said(
            candidates.allSatisfy { $0.ring > 0 } ? .shortlistClose : .shortlistExact,
            ["request": .number(id), "tags": request.tagValue]
        )
        let pick = nobodyFree ? Said(.shortlistPickNobodyFree, ["request": .number(id)]) : Said(.shortlistPick)
        tellRequester(of: request, Said.lines([heading] + lines + [pick]))
    }

    private func statusText(_ status: Candidate.Status) -> Said {
        switch status {
        case .available: Said(.statusFree)
        case .busy(let until): until.map { Said(.statusBusyUntil, ["time": .clock($0, .gmt)]) } ?? Said(.statusBusy)
        case .outsideWorkingHours: Said(.statusOutsideHours)
        }
    }

    /// Why a specialist is listed: the tags they share, a neighbouring interest, an earlier good rating.
    static func reasonsText(_ candidate: Candidate) -> Said {
        var reasons = [
            Said(.reasonShares, ["tags": .text(candidate.sharedTags.map { "#\($0)" }.joined(separator: " "))])
        ]
        if candidate.ring == 1 { reasons.append(Said(.reasonNeighbour)) }
        if let rating = candidate.ratedBefore {
            reasons.append(Said(.reasonTalkedBefore, ["rating": .text(String(format: "%.1f", rating))]))
        } else if candidate.newToRequester {
            reasons.append(Said(.reasonNewToYou))
        }
        return Said.joined(reasons, by: .listComma)
    }

    /// Handles a reply to HubBot's last question; false when the text is not such a reply.
    mutating func answer(_ awaiting: PersonRecord.Awaiting, with text: String, context: Context, now: Date) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // A phone keyboard's curly apostrophe (n’importe qui) is the straight one.
        let lowered = trimmed.lowercased().replacingOccurrences(of: "’", with: "'")
        switch awaiting {
        case .pick(let id):
            guard let request = requests[id], request.phase == .choosing else { return false }
            let mode: OfferFlow.Mode
            if Self.anyoneWords.contains(lowered) {
                mode = .anyone(parallel: settings.parallelOffers)
            } else if let number = Int(lowered), request.shortlist.indices.contains(number - 1) {
                mode = .chosen(request.shortlist[number - 1])
            } else if lowered.count >= 3,
                let person = request.shortlist.first(where: { name(of: $0).lowercased().hasPrefix(lowered) })
            {
                mode = .chosen(person)
            } else {
                return false
            }
            startOffers(id, mode: mode, now: now)
            return true
        case .clarification(let id):
            guard let request = requests[id], case .clarifying(let guesses) = request.phase,
                let number = Self.choice(lowered, among: guesses, isFault: { tags.hygieneCategory(named: $0) != nil }),
                guesses.indices.contains(number - 1)
            else { return false }
            let guess = guesses[number - 1]
            updatePerson(context.person) { $0.settle(awaiting) }
            let word = lowered.trimmingCharacters(in: CharacterSet(charactersIn: " .!,"))
            let how =
                Self.yesWords.contains(word)
                ? "confirmed" : Self.noWords.contains(word) ? "said it is not a fault" : "picked it from my guesses"
            learn(request.text, tag: guess, from: context.person, how: how, now: now)
            if tags.hygieneCategory(named: guess) != nil {
                requests[id]?.phase = .withdrawn
                changedRequests.insert(id)
                reportFault(guess, text: request.text, context: request.context, now: now)
            } else {
                requests[id]?.tags = [guess]
                shortlist(id, now: now)
            }
            return true
        case .rating(let id):
            guard let score = HubCommand.ratingScore(trimmed.split(separator: " ").first.map(String.init) ?? "")
            else { return false }
            let comment = trimmed.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init)
            rate(id, score: score, comment: comment, context: context, now: now)
            return true
        }
    }

    // MARK: - Offers

    private mutating func startOffers(_ id: Int, mode: OfferFlow.Mode, now: Date) {
        guard var request = requests[id] else { return }
        request.flow = OfferFlow(
            requestID: String(id),
            requester: request.requester,
            mode: mode,
            policy: settings.offers
        )
        request.phase = .offering
        requests[id] = request
        changedRequests.insert(id)
        updatePerson(request.requester) { $0.settle(.pick(request: id)) }
        var first = available(for: request, ring: 0, excluding: [request.requester], now: now)
        if case .chosen(let person) = mode, let index = first.firstIndex(of: person) {
            first.insert(first.remove(at: index), at: 0)
        } else if case .chosen(let person) = mode {
            tellRequester(of: request, Said(.offerChosenUnavailable, ["name": "\(name(of: person))"]))
        }
        step(id, .candidates(first), now: now)
    }

    /// Available people for a ring of the request, best first.
    private func available(for request: HubRequest, ring: Int, excluding: Set<PersonID>, now: Date) -> [PersonID] {
        directory.candidates(
            for: MatchRequest(
                requester: request.requester,
                tags: request.tags,
                at: now,
                excluded: excluding,
                preference: .continuity
            ),
            load: load(now: now),
            history: history(of: request.requester),
            limit: 50
        )
        .filter { $0.status == .available && $0.ring <= ring }
        .map(\.specialist)
    }

    /// Feeds an event to the request's offer flow, finds candidates as often as
    /// it asks, and turns its actions into messages. Returns why it ignored the event, if it did.
    @discardableResult
    mutating func step(_ id: Int, _ event: OfferFlow.Event, now: Date) -> String? {
        guard var request = requests[id], var flow = request.flow else { return "no such request" }
        var pending = flow.on(event, now: now)
        var done: [OfferFlow.Action] = []
        var ignored: String?
        while !pending.isEmpty {
            let action = pending.removeFirst()
            switch action {
            case .findCandidates(let ring, let excluding):
                request.flow = flow
                pending.insert(
                    contentsOf: flow.on(
                        .candidates(available(for: request, ring: ring, excluding: excluding, now: now)),
                        now: now
                    ),
                    at: 0
                )
            case .ignore(let reason):
                ignored = reason
            default:
                done.append(action)
            }
        }
        request.flow = flow
        if ignored == nil {
            switch event {
            case .declined: notes.append(.offer("declined"))
            case .timedOut: notes.append(.offer("expired"))
            default: break
            }
        }
        if flow.isClosed, request.closedAt == nil { request.closedAt = now }
        if case .accepted = flow.state, request.acceptedAt == nil { request.acceptedAt = now }
        requests[id] = request
        changedRequests.insert(id)
        perform(done, for: id, event: event, now: now)
        return ignored
    }

    private mutating func perform(_ flowActions: [OfferFlow.Action], for id: Int, event: OfferFlow.Event, now: Date) {
        guard let request = requests[id] else { return }
        let requesterName = name(of: request.requester)
        let offeredNow = flowActions.compactMap { action -> PersonID? in
            if case .sendOffer(let person) = action { return person }
            return nil
        }
        for action in flowActions {
            switch action {
            case .sendOffer(let person):
                notes.append(.offer("sent"))
                updatePerson(person) { record in
                    record.offeredAt = record.offeredAt.filter { now.timeIntervalSince($0) < 7 * 86_400 } + [now]
                }
                var offer = Said(
                    settings.reactions ? .offerReact : .offer,
                    [
                        "name": "\(name(of: person))", "requester": "\(requesterName)", "tags": request.tagValue,
                        "request": .number(id), "question": request.quoted(),
                    ]
                )
                if case .offered(_, let expires)? = request.flow?.state {
                    offer = offer + Said(.offerDeadline, ["time": .clock(expires, zone(of: person))])
                }
                tell(person, offer, correlation: "offer:\(id)")
            case .withdrawOffer(let person):
                notes.append(.offer("withdrawn"))
                let closed: Said =
                    switch request.flow?.state {
                    case .accepted(let winner)?, .connected(let winner, _)?:
                        Said(.offerTakenBy, ["request": .number(id), "name": "\(name(of: winner))"])
                    case .closed(.cancelled)?:
                        Said(.offerWithdrawnBy, ["request": .number(id), "name": "\(requesterName)"])
                    default: Said(.offerMovedOn, ["request": .number(id)])
                    }
                tell(person, closed)
            case .tellTooLate(let person):
                notes.append(.offer("too_late"))
                let values: [String: MessageValue] = ["name": "\(name(of: person))", "request": .number(id)]
                tell(
                    person,
                    request.flow?.acceptedBy.map {
                        Said(.offerTooLate, values.merging(["winner": "\(name(of: $0))"]) { $1 })
                    }
                        ?? Said(.offerTooLateSomeone, values)
                )
            case .introduce(let requester, let specialist):
                notes.append(.offer("accepted"))
                notes.append(.matched(after: .seconds(max(0, now.timeIntervalSince(request.createdAt)))))
                introduce(request, requester: requester, specialist: specialist)
            case .markNotAnswering(let person, let until):
                updatePerson(person) { $0.notAnsweringUntil = until }
            case .fallback:
                requests[id]?.unmet = .nobodyFree
                tellRequester(of: request, Said(.requestUnmet, ["name": "\(requesterName)", "request": .number(id)]))
                postFallback(request)
            case .askForRating(let requester, let specialist):
                updatePerson(requester) { $0.ask(.rating(request: id)) }
                tell(
                    requester,
                    Said(.ratingAsk, ["name": "\(name(of: specialist))", "request": .number(id)]),
                    correlation: "rating:\(id)"
                )
                tell(specialist, Said(.ratingThanksHelper, ["name": "\(requesterName)", "request": .number(id)]))
            case .tellRequester(.offered(let count)):
                var said = Said(
                    .offersAskedOne,
                    ["names": .list(offeredNow.map { name(of: $0) }), "request": .number(id), "count": .number(count)]
                )
                if case .declined(let person) = event {
                    said = Said(.offersDeclined, ["name": "\(name(of: person))"]) + said
                }
                if case .timedOut = event { said = Said(.offersTimedOut) + said }
                tellRequester(of: request, said)
            case .tellRequester(.declinedTryingNext):
                // Said together with the next offer, or by the fallback when there is none.
                break
            case .tellRequester(.cancelled):
                tellRequester(of: request, Said(.requestWithdrawn, ["request": .number(id)]))
            case .startTimer, .findCandidates, .ignore:
                break
            }
        }
    }

    private mutating func introduce(_ request: HubRequest, requester: PersonID, specialist: PersonID) {
        let (requesterName, specialistName) = (name(of: requester), name(of: specialist))
        if case .byName(let meetIn) = settings.introductions {
            tellRequester(
                of: request,
                Said(.introByNameColleague, ["name": "\(specialistName)", "request": .number(request.id)])
            )
            tell(
                specialist,
                Said(
                    .introByNameSpecialist,
                    [
                        "name": "\(specialistName)", "request": .number(request.id), "requester": "\(requesterName)",
                        "question": request.quoted(),
                    ]
                )
            )
            // The invitation follows the messages that explain it; the meeting place is only
            // mentioned once the server says the invitation worked (see `onInviteAnswered`).
            if let meetIn {
                actions.append(.invite(room: meetIn, people: [requester, specialist]))
            }
            return
        }
        // The room is for both: in the colleague's language (they asked, in their words).
        let roomLanguage = language(of: requester)
        let roomName = plainWords(
            Said(.introRoomName, ["request": .number(request.id), "summary": "\(request.summary)"]),
            in: roomLanguage
        )
        actions.append(
            .openRoom(
                RoomPlan(
                    name: roomName,
                    topic: plainWords(
                        Said(
                            .introRoomTopic,
                            ["requester": "\(requesterName)", "name": "\(specialistName)", "tags": request.tagValue]
                        ),
                        in: roomLanguage
                    ),
                    invite: [requester, specialist],
                    firstMessage: plainWords(
                        Said(
                            .introRoomFirst,
                            [
                                "requester": "\(requesterName)", "question": request.quoted(limit: 4000),
                                "name": "\(specialistName)", "request": .number(request.id),
                            ]
                        ),
                        in: roomLanguage
                    )
                ),
                origin: request.room
            )
        )
        tellRequester(
            of: request,
            Said(
                .introRoomColleague,
                ["name": "\(specialistName)", "request": .number(request.id), "room": "\(roomName)"]
            )
        )
        tell(
            specialist,
            Said(
                .introRoomSpecialist,
                ["name": "\(specialistName)", "request": .number(request.id), "requester": "\(requesterName)"]
            )
        )
    }

    private mutating func postFallback(_ request: HubRequest) {
        guard let room = settings.fallbackRoom else { return }
        actions.append(
            .send(
                message(
                    Said(
                        .fallbackPost,
                        [
                            "name": "\(name(of: request.requester))", "tags": request.tagValue,
                            "request": .number(request.id), "question": request.quoted(),
                        ]
                    ),
                    in: room,
                    language: settings.language
                )
            )
        )
    }

    /// Open conversations, recent offers and quiet times, for the matchmaker.
    func load(now: Date) -> (PersonID) -> SpecialistLoad {
        var open: [PersonID: Int] = [:]
        for request in requests.values where request.isOpen {
            if let person = request.flow?.acceptedBy { open[person, default: 0] += 1 }
        }
        let people = people
        return { person in
            let record = people[person]
            return SpecialistLoad(
                openConversations: open[person] ?? 0,
                recentOffers: record?.offeredAt.filter { now.timeIntervalSince($0) < 7 * 86_400 }.count ?? 0,
                notAnsweringUntil: record?.notAnsweringUntil
            )
        }
    }

    /// The colleague's average rating of each specialist they talked to.
    /// The requests `person` made, oldest first.
    func requests(of person: PersonID) -> [HubRequest] {
        requestNumbers[person, default: []].compactMap { requests[$0] }
    }

    func history(of person: PersonID) -> RequesterHistory {
        var scores: [PersonID: [Int]] = [:]
        for request in requests(of: person) {
            if let rating = request.rating, let specialist = request.flow?.helper {
                scores[specialist, default: []].append(rating)
            }
        }
        return RequesterHistory(ratings: scores.mapValues { Double($0.reduce(0, +)) / Double($0.count) })
    }

    // MARK: - Follow-up

    /// A day after an introduction nobody closed: the colleague is asked once whether they met.
    mutating func followUp(_ id: Int, now: Date) {
        guard var request = requests[id], request.isOpen, request.followedUpAt == nil,
            let specialist = request.flow?.acceptedBy
        else { return }
        request.followedUpAt = now
        requests[id] = request
        changedRequests.insert(id)
        notes.append(.offer("followed_up"))
        tell(request.requester, Said(.followUpAsk, ["name": "\(name(of: specialist))", "request": .number(id)]))
    }

    // MARK: - Ratings

    mutating func rate(_ id: Int, score: Int, comment: String?, context: Context, now: Date) {
        guard var request = requests[id], request.requester == context.person else {
            reply(Said(.rateNotYours), to: context)
            return
        }
        guard let helper = request.flow?.helper, request.flow?.state == .closed(.done) else {
            reply(Said(.rateNotFinished, ["request": .number(id)]), to: context)
            return
        }
        request.rating = score
        request.comment = comment
        requests[id] = request
        changedRequests.insert(id)
        if people[context.person]?.pending.contains(.rating(request: id)) == true {
            updatePerson(context.person) { $0.settle(.rating(request: id)) }
        }
        reply(score >= 4 ? Said(.rateThanksGood, ["name": "\(name(of: helper))"]) : Said(.rateThanks), to: context)
    }
}

extension String {
    /// "Printers that jam" → "printers that jam", for use mid-sentence; a name or an acronym
    /// ("VPN and remote access", "Wi-Fi drops") keeps its capitals.
    var lowercasedFirst: String {
        guard let first else { return self }
        // A first word with more capitals is a name or an acronym: "VPN", "Wi-Fi", "GitHub".
        if prefix(while: { $0 != " " }).dropFirst().contains(where: \.isUppercase) { return self }
        return first.lowercased() + dropFirst()
    }

    /// A description as a clause inside a sentence, e.g. in parentheses: first letter lowered,
    /// its closing full stop dropped ("(printers that jam.)." read oddly).
    var asClause: String {
        var clause = lowercasedFirst
        while clause.last == "." || clause.last == " " { clause.removeLast() }
        return clause
    }
}

extension Hub {
    /// A message to `person` waits because the network does not see them: colleagues whose
    /// offers wait for them hear why nothing seems to happen.
    mutating func onRecipientAway(_ person: PersonID) {
        let waiting = requests.values.filter { request in
            guard request.isOpen, request.requester != person,
                case .offered(let to, _)? = request.flow?.state
            else { return false }
            return to.contains(person)
        }
        for request in waiting.sorted(by: { $0.id < $1.id }) {
            tellRequester(
                of: request,
                Said(.recipientAway, ["name": "\(name(of: person))", "request": .number(request.id)])
            )
        }
    }

    /// The server answered HubBot's invitation to a meeting place: the person hears of it only
    /// now that it worked; a refusal is for the admins (the meeting place is misconfigured).
    mutating func onInviteAnswered(room: RoomID, person: PersonID, refusal: String?) {
        guard let refusal else {
            let partner = requests.values
                .filter { $0.acceptedAt != nil && ($0.requester == person || $0.flow?.helper == person) }
                .max { ($0.acceptedAt ?? .distantPast, $0.id) < ($1.acceptedAt ?? .distantPast, $1.id) }
                .flatMap { $0.requester == person ? $0.flow?.helper : $0.requester }
            tell(
                person,
                partner.map { Said(.meetInvitedWith, ["room": "\(room)", "name": "\(name(of: $0))"]) }
                    ?? Said(.meetInvited, ["room": "\(room)"])
            )
            return
        }
        tellAdmins(
            Said(
                .adminInviteFailed,
                ["name": "\(name(of: person))", "room": "\(room)", "reason": "\(refusal.prefix(200))"]
            )
        )
    }
}
