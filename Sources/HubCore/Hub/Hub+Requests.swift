import Foundation

extension Hub {
    // MARK: - Asking

    /// A sentence for the hub: a fault for IT support, a request for specialists, or a question back.
    /// A likely but unsure reading is confirmed first, with the best alternatives to pick from.
    mutating func ask(_ text: String, context: Context, now: Date) {
        let result = triage.classify(text)
        switch result.label {
        case .hygiene(let category) where result.confirm:
            notes.append(.triaged("confirm"))
            clarify(
                text,
                guesses: [category] + result.alternatives.prefix(2),
                intro: "That sounds like a fault for IT support. Shall I pass it on? Reply 1 (yes), "
                    + (result.alternatives.isEmpty
                        ? "or tell me more in a sentence."
                        : "or pick another number if it's a question for someone in the hub."),
                context: context,
                now: now
            )
        case .hygiene(let category):
            notes.append(.triaged("fault"))
            reportFault(category, text: text, context: context, now: now)
        case .specialist(let tags) where tags.isEmpty:
            notes.append(.triaged("confirm"))
            let guesses = result.alternatives.isEmpty ? self.tags.interests.prefix(3).map(\.name) : result.alternatives
            clarify(
                text,
                guesses: guesses,
                intro: "I'd like to find the right people for this, but I'm not sure which field it is. "
                    + "Is it one of these?",
                context: context,
                now: now
            )
        case .specialist(let tags) where result.confirm && !result.alternatives.isEmpty:
            notes.append(.triaged("confirm"))
            let guesses = Array(tags.prefix(2)) + result.alternatives.prefix(1)
            let faultAmong = guesses.contains { self.tags.hygieneCategory(named: $0) != nil }
            clarify(
                text,
                guesses: guesses,
                intro: faultAmong
                    ? "Is this a question for someone in the hub, or something broken for IT support?"
                    : "I'd like to find the right people for this. Which fits best?",
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
                    let examples = tags.interests.prefix(3).map { "#\($0.name)" }.spokenList
                    reply(
                        "A sentence is enough: what you're working on (people here know about \(examples), "
                            + "and more: `!help`), or what's broken (\"the printer on floor 2 jams\").",
                        to: context
                    )
                    return
                }
                reply(
                    "Hi \(name(of: context.person))! Tell me in a sentence what you're working on or what's broken, "
                        + "and I'll find someone who knows about it, or pass the fault to IT support. "
                        + "`!help` lists what else I can do.",
                    to: context
                )
                return
            }
            clarify(
                text,
                guesses: Array(guesses.prefix(3)),
                intro: "I'm not sure I understood. Is it about one of these?",
                context: context,
                now: now
            )
        }
    }

    /// Asks the colleague to pick one of `guesses` by number; their answer is learned.
    private mutating func clarify(_ text: String, guesses: [String], intro: String, context: Context, now: Date) {
        let id = newRequest(text: text, tags: [], context: context, now: now)
        requests[id]?.phase = .clarifying(guesses: guesses)
        updatePerson(context.person) { $0.ask(.clarification(request: id)) }
        let lines = guesses.enumerated().map { index, guess in
            if let fault = tags.hygieneCategory(named: guess) {
                return "\(index + 1). something broken: \(fault.description.asClause)"
            }
            return
                "\(index + 1). #\(guess)\(tags.interest(named: guess).map { " — \($0.description.asClause)" } ?? "")"
        }
        reply(
            intro + "\n" + lines.joined(separator: "\n") + "\nReply with a number, or tell me more in a sentence.",
            to: context
        )
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
                "That sounds like a fault for IT support (\(known?.description.asClause ?? category)). "
                    + "I've recorded it as \(id), but no ticket system is connected to me yet, so nobody at IT "
                    + "support sees it from here: please also report it to them directly.",
                to: context
            )
            if !warnedNoTicketRoutes {
                warnedNoTicketRoutes = true
                tellAdmins(
                    "Faults are being reported (\(id), \(category)) but no ticket route is configured "
                        + "(`tickets.routes` in the config): they are recorded, not passed on, and colleagues "
                        + "are told to report them directly."
                )
            }
            return
        }
        if let earlier {
            let ticket = earlier.ticket.map { " (ticket \($0.id))" } ?? ""
            reply(
                "Thanks! That fault was already reported a little while ago\(ticket), so I've added your report "
                    + "to it as \(id). I'll tell you here when it's fixed.",
                to: context
            )
            return
        }
        reply(
            "That sounds like a fault for IT support (\(known?.description.asClause ?? category)). "
                + "I'm passing it on as \(id) and will tell you here when it's fixed.",
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
            let link = receipt.url.map { " (\($0))" } ?? ""
            reply("IT support has your report \(fault.id) as ticket \(receipt.id)\(link).", to: reporter)
        case .failed(let reason):
            guard fault.state == .reported else { return }
            fault.state = .failed
            reply(
                "I'm sorry: I couldn't pass \(fault.id) to IT support. The admins have been told and will follow it up.",
                to: reporter
            )
            if let room = settings.adminRoom {
                actions.append(
                    .send(
                        ChatMessage(
                            room: room,
                            text: "Ticket delivery failed for \(fault.id) (\(fault.category), route \(fault.route)) "
                                + "from \(fault.reporterName): \(reason). The fault is kept; fix the route and "
                                + "report it again, or file it by hand."
                        )
                    )
                )
            }
        case .fixed:
            guard fault.state != .fixed else { return }
            fault.state = .fixed
            let ticket = fault.ticket.map { " (ticket \($0.id))" } ?? ""
            reply("Good news: the fault you reported as \(fault.id)\(ticket) is marked fixed.", to: reporter)
            // Everyone who reported the same fault hears it too.
            for other in faults.values.sorted(by: { $0.id < $1.id })
            where other.groupedInto == fault.id && other.state != .fixed {
                var grouped = other
                grouped.state = .fixed
                faults[other.id] = grouped
                newFaults.append(other.id)
                reply(
                    "Good news: the fault you reported as \(other.id)\(ticket) is marked fixed.",
                    to: reporterContext(of: other)
                )
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
            tellRequester(
                of: request,
                "Nobody who knows about \(request.tagList) can take new requests at the moment, "
                    + "so I've noted it as request \(id): it tells the hub where to grow. "
                    + "Try again later, or ask in other words."
            )
            postFallback(request)
            return
        }
        request.phase = .choosing
        request.shortlist = candidates.map(\.specialist)
        requests[id] = request
        changedRequests.insert(id)
        updatePerson(request.requester) { $0.ask(.pick(request: id)) }
        let lines = candidates.enumerated().map { index, candidate in
            "\(index + 1). \(candidate.displayName) — \(candidate.reasons.joined(separator: ", ")); "
                + statusText(candidate.status)
        }
        let nobodyFree = !candidates.contains { $0.status == .available }
        // Only neighbouring interests (ring 1): say so instead of promising they know about it.
        let heading =
            candidates.allSatisfy { $0.ring > 0 }
            ? "nobody offers exactly that, but these people know about something close."
            : "these people know about it."
        tellRequester(
            of: request,
            "Request \(id) (\(request.tagList)): \(heading)\n" + lines.joined(separator: "\n") + "\n"
                + (nobodyFree
                    ? "Nobody is free right now; say \"anyone\" and I'll ask as soon as someone is, or `!cancel \(id)`."
                    : "Reply with a number or a name to ask one of them, or \"anyone\" and I'll ask the first free ones.")
        )
    }

    private func statusText(_ status: Candidate.Status) -> String {
        switch status {
        case .available: "free"
        case .busy(let until): until.map { "busy until \(Self.clockText($0))" } ?? "busy"
        case .outsideWorkingHours: "outside working hours"
        }
    }

    /// `14:00 UTC` for today, `Tue 14:00 UTC` for another day.
    static func clockText(_ date: Date, zone: TimeZone = .gmt) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE HH:mm"
        return formatter.string(from: date) + " " + (zone.abbreviation(for: date) ?? zone.identifier)
    }

    /// Handles a reply to HubBot's last question; false when the text is not such a reply.
    mutating func answer(_ awaiting: PersonRecord.Awaiting, with text: String, context: Context, now: Date) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
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
            tellRequester(of: request, "\(name(of: person)) can't take requests right now, so I'll ask someone else.")
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
                let react = settings.reactions ? ", or react ✅ or ❌" : ""
                let deadline: String =
                    if case .offered(_, let expires)? = request.flow?.state {
                        " The offer is open until \(Self.clockText(expires, zone: zone(of: person)))."
                    } else { "" }
                tell(
                    person,
                    "Hi \(name(of: person))! \(requesterName) is looking for someone who knows about "
                        + "\(request.tagList) (request \(id)):\n“\(request.quote())”\n"
                        + "Reply `!accept \(id)` to take it or `!decline \(id)` to pass\(react).\(deadline)",
                    correlation: "offer:\(id)"
                )
            case .withdrawOffer(let person):
                notes.append(.offer("withdrawn"))
                let why: String =
                    switch request.flow?.state {
                    case .accepted(let winner)?, .connected(let winner, _)?: "\(name(of: winner)) has taken it"
                    case .closed(.cancelled)?: "\(requesterName) withdrew it"
                    default: "it has moved on to someone else, as it wasn't answered in time. No worries"
                    }
                tell(person, "Request \(id) is no longer open: \(why). Thanks for looking!")
            case .tellTooLate(let person):
                notes.append(.offer("too_late"))
                let winner = request.flow?.acceptedBy.map { name(of: $0) } ?? "someone"
                tell(
                    person,
                    "Thanks, \(name(of: person))! \(winner) took request \(id) a moment before you, so there's nothing more to do."
                )
            case .introduce(let requester, let specialist):
                notes.append(.offer("accepted"))
                notes.append(.matched(after: .seconds(max(0, now.timeIntervalSince(request.createdAt)))))
                introduce(request, requester: requester, specialist: specialist)
            case .markNotAnswering(let person, let until):
                updatePerson(person) { $0.notAnsweringUntil = until }
            case .fallback:
                requests[id]?.unmet = .nobodyFree
                tellRequester(
                    of: request,
                    "I'm sorry, \(requesterName): nobody could take request \(id) right now. I've noted it, "
                        + "so the hub knows where people are missing; try again later, or ask in other words."
                )
                postFallback(request)
            case .askForRating(let requester, let specialist):
                updatePerson(requester) { $0.ask(.rating(request: id)) }
                tell(
                    requester,
                    "How was your conversation with \(name(of: specialist)) about request \(id)? "
                        + "Reply with 1–5 or 👍/👎, with a comment if you like. It helps the hub, and it stays between us.",
                    correlation: "rating:\(id)"
                )
                tell(specialist, "Thanks for helping \(requesterName) with request \(id)! 🙌")
            case .tellRequester(.offered(let count)):
                let names = offeredNow.map { name(of: $0) }.spokenList
                var text =
                    count == 1
                    ? "I've asked \(names) about request \(id) and will tell you when they answer."
                    : "I've asked \(names) about request \(id); the first to accept will be introduced to you."
                if case .declined(let person) = event { text = "\(name(of: person)) can't take it right now. " + text }
                if case .timedOut = event { text = "Nobody answered in time, so I'm trying others. " + text }
                tellRequester(of: request, text)
            case .tellRequester(.declinedTryingNext):
                // Said together with the next offer, or by the fallback when there is none.
                break
            case .tellRequester(.cancelled):
                tellRequester(of: request, "Request \(id) is withdrawn. Ask again whenever you like.")
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
                "Good news: \(specialistName) accepted request \(request.id)! Write to \(specialistName) directly "
                    + "(/msg \(specialistName)); they know your question."
            )
            tell(
                specialist,
                "Thanks, \(specialistName)! Request \(request.id) is yours: \(requesterName) asked “\(request.quote())”. "
                    + "Write to \(requesterName) directly (/msg \(requesterName)). "
                    + "Tell me `!done \(request.id)` when you've finished."
            )
            // The invitation follows the messages that explain it; the meeting place is only
            // mentioned once the server says the invitation worked (see `onInviteAnswered`).
            if let meetIn {
                actions.append(.invite(room: meetIn, people: [requester, specialist]))
            }
            return
        }
        actions.append(
            .openRoom(
                RoomPlan(
                    name: "HubBot \(request.id): \(request.summary)",
                    topic: "\(requesterName) and \(specialistName), introduced by HubBot (\(request.tagList))",
                    invite: [requester, specialist],
                    firstMessage: "\(requesterName) asked: “\(request.quote(limit: 4000))”\n"
                        + "\(specialistName) offered to help. Over to you both! When you're done, either of you can tell me `!done \(request.id)`."
                ),
                origin: request.room
            )
        )
        tellRequester(
            of: request,
            "Good news: \(specialistName) accepted request \(request.id)! I've invited you both to a new room, "
                + "“HubBot \(request.id): \(request.summary)”."
        )
        tell(
            specialist,
            "Thanks, \(specialistName)! Request \(request.id) is yours: I've invited you and \(requesterName) "
                + "to a new room. Tell me `!done \(request.id)` when you've finished."
        )
    }

    private mutating func postFallback(_ request: HubRequest) {
        guard let room = settings.fallbackRoom else { return }
        actions.append(
            .send(
                ChatMessage(
                    room: room,
                    text: "Can anyone help? \(name(of: request.requester)) asked about \(request.tagList) "
                        + "(request \(request.id)) and nobody was free: “\(request.quote())”. "
                        + "If you can, write to them directly."
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
    func history(of person: PersonID) -> RequesterHistory {
        var scores: [PersonID: [Int]] = [:]
        for request in requests.values where request.requester == person {
            if let rating = request.rating, let specialist = request.flow?.helper {
                scores[specialist, default: []].append(rating)
            }
        }
        return RequesterHistory(ratings: scores.mapValues { Double($0.reduce(0, +)) / Double($0.count) })
    }

    // MARK: - Ratings

    mutating func rate(_ id: Int, score: Int, comment: String?, context: Context, now: Date) {
        guard var request = requests[id], request.requester == context.person else {
            reply("You can only rate your own requests; `!status` lists them.", to: context)
            return
        }
        guard let helper = request.flow?.helper, request.flow?.state == .closed(.done) else {
            reply("Request \(id) hasn't finished yet; I'll ask you for a rating when it has.", to: context)
            return
        }
        request.rating = score
        request.comment = comment
        requests[id] = request
        changedRequests.insert(id)
        if people[context.person]?.pending.contains(.rating(request: id)) == true {
            updatePerson(context.person) { $0.settle(.rating(request: id)) }
        }
        reply(
            score >= 4
                ? "Thank you! I'm glad \(name(of: helper)) could help. 🙂"
                : "Thank you for saying so. It helps the hub get better.",
            to: context
        )
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

extension Array where Element == String {
    /// "alice", "alice and bob", "alice, bob and carol".
    var spokenList: String {
        guard count > 1, let last else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " and " + last
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
                "\(name(of: person)) isn't online right now, so my message about request \(request.id) waits "
                    + "until they're back."
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
            let with = partner.map { ", where you and \(name(of: $0)) can talk together" } ?? ""
            tell(person, "I've invited you to \(room)\(with), if you'd rather meet there.")
            return
        }
        tellAdmins(
            "I couldn't invite \(name(of: person)) to \(room): \(refusal.prefix(200)). HubBot must be able to "
                + "join that channel and invite people to it (irc.meet_in)."
        )
    }
}
