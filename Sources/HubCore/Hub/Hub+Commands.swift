import Foundation

extension Hub {
    mutating func run(_ command: HubCommand, context: Context, now: Date) {
        let person = context.person
        switch command {
        case .ask(let text):
            ask(text, context: context, now: now)
        case .status:
            showStatus(context)
        case .cancel(let number):
            guard let id = number ?? latestOpenRequest(of: person) else {
                reply(Said(.noOpenRequests), to: context)
                return
            }
            cancel(id, context: context, now: now)
        case .rate(let number, let score, let comment):
            guard let id = number ?? ratingCandidate(of: person) else {
                reply(Said(.rateWhich), to: context)
                return
            }
            rate(id, score: score, comment: comment, context: context, now: now)
        case .accept(let number):
            guard let id = number ?? onlyOpenOffer(to: person, context: context) else { return }
            accept(id, by: person, context: context, now: now)
        case .decline(let number, let reason):
            guard let id = number ?? onlyOpenOffer(to: person, context: context) else { return }
            decline(id, by: person, context: context, now: now, reason: reason)
        case .done(let number):
            guard let id = number ?? onlyConversation(of: person, context: context) else { return }
            finish(id, by: person, context: context, now: now)
        case .mine:
            showMine(context)
        case .interests:
            showProfile(context)
        case .addInterests(let added):
            addInterests(added, context: context, now: now)
        case .removeInterests(let removed):
            removeInterests(removed, context: context)
        case .free:
            changeProfile(context, Said(.profileFree)) { $0.availability = .free }
        case .busy(let until), .away(let until):
            let date = until.map { $0.date(after: now, in: zone(of: person)) }
            let away = if case .away = command { true } else { false }
            let said =
                date.map { Said(away ? .profileAwayUntil : .profileBusyUntil, ["time": .clock($0, zone(of: person))]) }
                ?? Said(away ? .profileAway : .profileBusy)
            changeProfile(context, said) {
                $0.availability = away ? .away(until: date) : .busy(until: date)
            }
        case .capacity(let count):
            changeProfile(context, Said(.profileCapacity, ["count": .number(count)])) {
                $0.capacity = count
            }
        case .hours(let hours):
            let said = hours.map { Said(.profileHours, Self.hoursValues($0)) } ?? Said(.profileHoursAny)
            changeProfile(context, said) { $0.workingHours = hours }
        case .language(let code):
            setLanguage(code, context: context)
        case .help(let topic):
            reply(helpText(topic, for: person), to: context)
        case .explain(let text):
            guard isAdmin(context, command: "explain") else { return }
            reply(Said(.explainReport, ["report": "\(explain(text, now: now).description)"]), to: context)
        case .reload:
            guard isAdmin(context, command: "reload") else { return }
            reloadRequested = true
            reply(Said(.reloading), to: context)
        case .stats(let period):
            guard isAdmin(context, command: "stats") else { return }
            reply(report(since: now.addingTimeInterval(-period.seconds), until: now).summaryWords, to: context)
        case .tag(let edit, let confirmed):
            editTags(edit, confirmed: confirmed, context: context, now: now)
        case .setInterests(let who, let interests):
            setInterests(interests, of: who, context: context, now: now)
        case .setCapacity(let who, let count):
            setCapacity(count, of: who, context: context, now: now)
        case .audit(let count):
            showAudit(count, context: context)
        case .examples(let count):
            showExamples(count, context: context)
        case .removeExample(let id):
            removeExample(id, context: context, now: now)
        case .retag(let id, let tag):
            retag(id, as: tag, context: context, now: now)
        case .unknown(let name, let suggestion):
            reply(
                suggestion.map { Said(.unknownCommandNear, ["name": "\(name)", "near": "\($0)"]) }
                    ?? Said(.unknownCommand, ["name": "\(name)"]),
                to: context
            )
        case .malformed(let name, let problem):
            reply(Said(.malformedCommand, ["name": "\(name)", "problem": .phrase(problem)]), to: context)
        }
    }

    // MARK: - Colleagues

    private func latestOpenRequest(of person: PersonID) -> Int? {
        requests(of: person).filter(\.isOpen).map(\.id).max()
    }

    private func ratingCandidate(of person: PersonID) -> Int? {
        for case .rating(let id) in people[person]?.pending ?? [] { return id }
        return requests(of: person).filter { $0.flow?.state == .closed(.done) && $0.rating == nil }
            .map(\.id).max()
    }

    private mutating func showStatus(_ context: Context) {
        let open = requests(of: context.person).filter(\.isOpen)
        guard !open.isEmpty else {
            reply(Said(.statusEmpty), to: context)
            return
        }
        let lines = open.map { request -> Said in
            let state: Said =
                switch (request.phase, request.flow?.state) {
                case (.choosing, _): Said(.statusChoosing)
                case (.clarifying, _): Said(.statusClarifying)
                case (_, .offered(let waiting, _)?):
                    waiting.isEmpty
                        ? Said(.statusLooking)
                        : Said(.statusAsked, ["names": .list(waiting.map { name(of: $0) }.sorted())])
                case (_, .accepted(let person)?), (_, .connected(let person, _)?):
                    Said(.statusTalking, ["name": "\(name(of: person))"])
                default: Said(.statusOpen)
                }
            return Said(
                .statusLine,
                [
                    "request": .number(request.id), "summary": .quote(request.summary), "tags": request.tagValue,
                    "state": .phrase(state),
                ]
            )
        }
        replyPrivately(Said.lines([Said(.statusHeading)] + lines + [Said(.statusFooter)]), to: context)
    }

    /// What concerns only the person (their requests, their offers) is not read out in a shared room:
    /// it goes to their direct chat, and the room hears where it went.
    mutating func replyPrivately(_ said: Said, to context: Context) {
        guard !context.direct else {
            reply(said, to: context)
            return
        }
        tell(context.person, said)
        reply(Said(.answeredPrivately), to: context)
    }

    private mutating func cancel(_ id: Int, context: Context, now: Date) {
        guard var request = requests[id], request.requester == context.person else {
            reply(Said(.cancelNotYours, ["request": .number(id)]), to: context)
            return
        }
        guard request.isOpen else {
            reply(Said(.cancelClosed, ["request": .number(id)]), to: context)
            return
        }
        switch request.phase {
        case .choosing, .clarifying:
            request.phase = .withdrawn
            request.closedAt = now
            requests[id] = request
            changedRequests.insert(id)
            for question in [PersonRecord.Awaiting.pick(request: id), .clarification(request: id)]
            where people[context.person]?.pending.contains(question) == true {
                updatePerson(context.person) { $0.settle(question) }
            }
            reply(Said(.requestWithdrawn, ["request": .number(id)]), to: context)
        default:
            if request.flow?.acceptedBy != nil {
                finish(id, by: context.person, context: context, now: now)
            } else {
                step(id, .cancelled(by: context.person), now: now)
            }
        }
    }

    // MARK: - Specialists answering offers

    private mutating func onlyOpenOffer(to person: PersonID, context: Context) -> Int? {
        let open = openOffers(to: person)
        if open.count == 1 { return open[0] }
        reply(
            open.isEmpty
                ? Said(.noOpenOffers)
                : Said(
                    .severalOffers,
                    ["requests": .text(open.map(String.init).joined(separator: ", ")), "first": .number(open[0])]
                ),
            to: context
        )
        return nil
    }

    func openOffers(to person: PersonID) -> [Int] {
        requests.values.filter { request in
            if case .offered(let waiting, _)? = request.flow?.state { return waiting.contains(person) }
            return false
        }
        .map(\.id).sorted()
    }

    private mutating func onlyConversation(of person: PersonID, context: Context) -> Int? {
        let open = requests.values.filter {
            $0.isOpen && ($0.flow?.acceptedBy == person || ($0.requester == person && $0.flow?.acceptedBy != nil))
        }
        .map(\.id).sorted()
        if open.count == 1 { return open[0] }
        reply(
            open.isEmpty
                ? Said(.noConversations)
                : Said(.whichConversation, ["requests": .list(open.map(String.init)), "first": .number(open[0])]),
            to: context
        )
        return nil
    }

    mutating func accept(_ id: Int, by person: PersonID, context: Context, now: Date) {
        guard requests[id]?.flow != nil else {
            reply(Said(.noSuchOffer, ["request": .number(id)]), to: context)
            return
        }
        if step(id, .accepted(by: person), now: now) != nil {
            let flow = requests[id]?.flow
            let said: Said =
                if flow?.acceptedBy == person {
                    Said(.alreadyTaken, ["request": .number(id)])
                } else if flow?.asked.contains(person) == true, case .closed(.cancelled)? = flow?.state {
                    Said(
                        .acceptWithdrawn,
                        ["request": .number(id), "name": "\(name(of: requests[id]?.requester ?? person))"]
                    )
                } else if flow?.asked.contains(person) == true {
                    Said(.acceptNoLonger, ["request": .number(id)])
                } else {
                    Said(.acceptNotOffered, ["request": .number(id)])
                }
            reply(said, to: context)
        }
    }

    /// A reason stays with HubBot unless the specialist opts in to passing it on: `!decline 12 tell: …`.
    mutating func decline(_ id: Int, by person: PersonID, context: Context, now: Date, reason: String? = nil) {
        guard let request = requests[id], request.flow != nil else {
            reply(Said(.noSuchOffer, ["request": .number(id)]), to: context)
            return
        }
        if step(id, .declined(by: person), now: now) != nil {
            reply(Said(.declineNoOffer, ["request": .number(id)]), to: context)
            return
        }
        let trimmed = reason?.trimmingCharacters(in: .whitespaces) ?? ""
        if trimmed.lowercased().hasPrefix("tell:") {
            let note = trimmed.dropFirst("tell:".count).trimmingCharacters(in: .whitespaces)
            if !note.isEmpty {
                tellRequester(
                    of: request,
                    Said(
                        .declineNotePassed,
                        [
                            "name": "\(name(of: person))", "request": .number(id),
                            "note": .quote(String(note.prefix(300))),
                        ]
                    )
                )
                reply(
                    Said(.declineNoteSent, ["request": .number(id), "name": "\(name(of: request.requester))"]),
                    to: context
                )
                return
            }
        }
        reply(Said(trimmed.isEmpty ? .declined : .declinedReasonKept, ["request": .number(id)]), to: context)
    }

    private mutating func finish(_ id: Int, by person: PersonID, context: Context, now: Date) {
        guard let request = requests[id], request.requester == person || request.flow?.acceptedBy == person else {
            reply(Said(.doneNotYours, ["request": .number(id)]), to: context)
            return
        }
        guard request.flow?.acceptedBy != nil else {
            reply(Said(.doneNotTaken, ["request": .number(id)]), to: context)
            return
        }
        step(id, .done, now: now)
        reply(Said(.doneClosed, ["request": .number(id)]), to: context)
    }

    mutating func onReaction(_ key: String, correlation: String, event: ChatEvent, now: Date) {
        let parts = correlation.split(separator: ":")
        guard parts.count == 2, let id = Int(parts[1]) else { return }
        let direct = rooms[event.room]?.directWith == event.sender
        let context = Context(room: event.room, eventID: event.id, person: event.sender, direct: direct)
        let emoji = key.unicodeScalars.filter { $0.properties.isEmojiPresentation || $0.value > 0x2000 }
        let plain = String(String.UnicodeScalarView(emoji.filter { $0.value != 0xFE0F }))
        switch parts[0] {
        case "offer" where ["✅", "✔", "👍", "☑"].contains(plain):
            accept(id, by: event.sender, context: context, now: now)
        case "offer" where ["❌", "✖", "👎", "❎"].contains(plain):
            decline(id, by: event.sender, context: context, now: now)
        case "rating":
            if let score = HubCommand.ratingScore(key) {
                rate(id, score: score, comment: nil, context: context, now: now)
            }
        default:
            break
        }
    }

    private mutating func showMine(_ context: Context) {
        let person = context.person
        let offers = openOffers(to: person).compactMap { requests[$0] }.map {
            Said(
                .mineOffer,
                [
                    "request": .number($0.id), "name": "\(name(of: $0.requester))", "tags": $0.tagValue,
                    "summary": .quote($0.summary),
                ]
            )
        }
        let conversations = requests.values.filter { $0.isOpen && $0.flow?.acceptedBy == person }.sorted {
            $0.id < $1.id
        }
        .map {
            Said(
                .mineConversation,
                ["request": .number($0.id), "name": "\(name(of: $0.requester))", "summary": .quote($0.summary)]
            )
        }
        guard !offers.isEmpty || !conversations.isEmpty else {
            reply(Said(.mineNone), to: context)
            return
        }
        var lines: [Said] = []
        if !offers.isEmpty { lines += [Said(.mineOffers)] + offers }
        if !conversations.isEmpty { lines += [Said(.mineConversations)] + conversations }
        replyPrivately(Said.lines(lines), to: context)
    }

    // MARK: - Specialists' profiles

    func zone(of person: PersonID) -> TimeZone {
        directory.specialist(person)?.workingHours.flatMap { TimeZone(identifier: $0.timeZone) }
            ?? .gmt
    }

    private mutating func showProfile(_ context: Context) {
        guard let specialist = directory.specialist(context.person), !specialist.interests.isEmpty else {
            let examples = tags.interests.prefix(6).map { "#\($0.name)" }.joined(separator: " ")
            reply(
                Said(
                    .profileNoInterests,
                    ["examples": "\(examples)", "count": .number(max(0, tags.interests.count - 6))]
                ),
                to: context
            )
            return
        }
        let interests = specialist.interests.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "#\($0.key) (\($0.value))" }.joined(separator: ", ")
        let zone = zone(of: context.person)
        let availability: Said =
            switch specialist.availability {
            case .free: Said(.profileAvailabilityFree)
            case .busy(let until):
                until.map { Said(.profileAvailabilityBusyUntil, ["time": .clock($0, zone)]) }
                    ?? Said(.profileAvailabilityBusy)
            case .away(let until):
                until.map { Said(.profileAvailabilityAwayUntil, ["time": .clock($0, zone)]) }
                    ?? Said(.profileAvailabilityAway)
            }
        let hours =
            specialist.workingHours.map { Said(.profileHoursText, Self.hoursValues($0)) } ?? Said(.profileAnyTime)
        reply(
            Said(
                .profileShow,
                [
                    "interests": "\(interests)", "count": .number(specialist.capacity),
                    "availability": .phrase(availability), "hours": .phrase(hours),
                ]
            ),
            to: context
        )
    }

    private mutating func addInterests(_ added: [String: Int], context: Context, now: Date) {
        var unknown: [String] = []
        var specialist =
            directory.specialist(context.person)
            ?? Specialist(id: context.person, displayName: name(of: context.person), interests: [:])
        for (tag, strength) in added.sorted(by: { $0.key < $1.key }) {
            if tags.interest(named: tag) != nil {
                specialist.offer(tag, strength: strength, at: now)
                // Said by the person: theirs now, whatever a directory sync gave or will give.
                specialist.fromDirectory?.remove(tag)
                specialist.declinedFromDirectory?.remove(tag)
            } else {
                unknown.append(tag)
            }
        }
        if unknown.count < added.count {
            directory.upsert(specialist)
            changedSpecialists.insert(context.person)
        }
        var parts: [Said] = unknown.count < added.count ? [Said(.interestsThanks)] : []
        if !unknown.isEmpty { parts.append(unknownTagsNotice(unknown)) }
        if unknown.count < added.count {
            let all = specialist.interests.sorted { $0.key < $1.key }.map { "#\($0.key) (\($0.value))" }
            parts.append(Said(.interestsNow, ["interests": .text(all.joined(separator: ", "))]))
        } else {
            parts.append(Said(.interestsShowHint))
        }
        reply(parts.dropFirst().reduce(parts[0]) { $0 + $1 }, to: context)
    }

    private mutating func removeInterests(_ removed: [String], context: Context) {
        guard var specialist = directory.specialist(context.person) else {
            reply(Said(.interestsNoneYet), to: context)
            return
        }
        let gone = removed.filter { specialist.interests.removeValue(forKey: $0) != nil }
        for tag in gone {
            specialist.interestsSince?[tag] = nil
            // Given up by the person: a directory sync must not bring it back (whether the directory
            // gave it or the person had it first).
            specialist.fromDirectory?.remove(tag)
            if specialist.fromDirectory?.isEmpty == true { specialist.fromDirectory = nil }
            specialist.declinedFromDirectory = (specialist.declinedFromDirectory ?? []).union([tag])
        }
        directory.upsert(specialist)
        changedSpecialists.insert(context.person)
        let left = specialist.interests.keys.sorted().map { "#\($0)" }.joined(separator: " ")
        let removedSaid =
            gone.isEmpty
            ? Said(.interestsNotOffered)
            : Said(.interestsRemoved, ["tags": .text(gone.map { "#\($0)" }.joined(separator: " "))])
        reply(
            removedSaid + (left.isEmpty ? Said(.interestsNoneLeft) : Said(.interestsLeft, ["tags": .text(left)])),
            to: context
        )
    }

    private mutating func changeProfile(
        _ context: Context,
        _ confirmation: Said,
        _ change: (inout Specialist) -> Void
    ) {
        guard var specialist = directory.specialist(context.person) else {
            reply(Said(.specialistsOnly), to: context)
            return
        }
        change(&specialist)
        directory.upsert(specialist)
        changedSpecialists.insert(context.person)
        reply(confirmation, to: context)
    }

    static func minutesText(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// Working hours as message values: `start`, `end`, `zone` and `days`.
    static func hoursValues(_ hours: WorkingHours) -> [String: MessageValue] {
        [
            "start": .text(minutesText(hours.start)), "end": .text(minutesText(hours.end)),
            "zone": .text(hours.timeZone),
            "days": .days(hours.days),
        ]
    }

    // MARK: - Help

    /// `!help`: a colleague's commands for everyone, the specialist's for specialists, the admin's
    /// for admins (short enough to read on a phone); `!help <command>` for any command.
    func helpText(_ topic: String?, for person: PersonID) -> Said {
        if let topic, !topic.isEmpty {
            guard let entry = HubCommand.manual.first(where: { $0.name == topic }) else {
                return HubCommand.suggestion(for: topic).map {
                    Said(.helpNoCommandNear, ["topic": "\(topic)", "near": "\($0)"])
                }
                    ?? Said(.helpNoCommand, ["topic": "\(topic)"])
            }
            let first = Said(
                .helpCommand,
                ["usage": "\(entry.usage)", "summary": .phrase(Said(entry.summary)), "example": "\(entry.example)"]
            )
            return Said.lines([first] + (HubCommand.moreExamples[entry.name] ?? []).map { Said($0) })
        }
        let isSpecialist = directory.specialist(person) != nil
        let isAdmin = settings.admins.contains(person)
        func lines(_ role: HubCommand.Role) -> [Said] {
            HubCommand.manual.filter { $0.role == role }.map {
                Said(.helpLine, ["usage": "\($0.usage)", "summary": .phrase(Said($0.summary))])
            }
        }
        var parts = [Said(.helpIntro)] + lines(.colleague)
        if isSpecialist { parts += [Said(.helpSpecialistHeading)] + lines(.specialist) }
        if isAdmin { parts += [Said(.helpAdminHeading)] + lines(.admin) }
        parts.append(Said(isSpecialist ? .helpFooter : .helpFooterSpecialists))
        return Said.lines(parts)
    }

    /// `!language [code|auto]`: shows or sets the language HubBot speaks with the person.
    mutating func setLanguage(_ code: String?, context: Context) {
        let person = context.person
        guard let code else {
            let record = people[person]
            let how: MessageID =
                record?.chosenLanguage != nil
                ? .languageHowChosen : record?.writtenLanguage != nil ? .languageHowWritten : .languageHowDefault
            reply(
                Said(.languageShow, ["language": "\(language(of: person).ownName)", "how": .phrase(Said(how))]),
                to: context
            )
            return
        }
        if code == "auto" {
            updatePerson(person) { $0.chosenLanguage = nil }
            reply(Said(.languageAuto, ["language": "\(language(of: person).ownName)"]), to: context)
            return
        }
        guard let chosen = ChatLanguage(code: code) else { return }
        updatePerson(person) { $0.chosenLanguage = chosen.rawValue }
        reply(Said(.languageSet, ["language": "\(chosen.ownName)"]), to: context)
    }
}
