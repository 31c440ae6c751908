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
                reply("You have no open requests.", to: context)
                return
            }
            cancel(id, context: context, now: now)
        case .rate(let number, let score, let comment):
            guard let id = number ?? ratingCandidate(of: person) else {
                reply("Which request? Write `!rate <request> <1-5>`; `!status` lists yours.", to: context)
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
            changeProfile(context, "You're free: I may offer you requests again.") { $0.availability = .free }
        case .busy(let until), .away(let until):
            let date = until.map { $0.date(after: now, in: zone(of: person)) }
            let away = if case .away = command { true } else { false }
            let effect =
                away ? "I won't list you or offer you requests" : "colleagues see you, but I won't offer you requests"
            let until = untilText(date, for: person)
            changeProfile(context, "You're \(away ? "away" : "busy")\(until): \(effect). `!free` ends it.") {
                $0.availability = away ? .away(until: date) : .busy(until: date)
            }
        case .capacity(let count):
            changeProfile(
                context,
                "I'll keep you to at most \(count) open conversation\(count == 1 ? "" : "s") at once."
            ) {
                $0.capacity = count
            }
        case .hours(let hours):
            let text =
                hours.map {
                    "I'll offer you requests \(Self.minutesText($0.start))–\(Self.minutesText($0.end)) \($0.timeZone), "
                        + "\(Self.daysText($0.days))."
                } ?? "I'll offer you requests at any time of day."
            changeProfile(context, text) { $0.workingHours = hours }
        case .help(let topic):
            reply(helpText(topic), to: context)
        case .explain(let text):
            guard isAdmin(context, command: "explain") else { return }
            reply(explain(text, now: now).description, to: context)
        case .reload:
            guard isAdmin(context, command: "reload") else { return }
            reloadRequested = true
            reply("Reading the tag config again; I'll say how it went.", to: context)
        case .stats(let period):
            guard isAdmin(context, command: "stats") else { return }
            reply(report(since: now.addingTimeInterval(-period.seconds), until: now).summary, to: context)
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
                "I don't know `!\(name)`." + (suggestion.map { " Did you mean `!\($0)`?" } ?? "")
                    + " `!help` lists what I can do.",
                to: context
            )
        case .malformed(let name, let problem):
            reply("`!\(name)`: \(problem).", to: context)
        }
    }

    // MARK: - Colleagues

    private func latestOpenRequest(of person: PersonID) -> Int? {
        requests.values.filter { $0.requester == person && $0.isOpen }.map(\.id).max()
    }

    private func ratingCandidate(of person: PersonID) -> Int? {
        for case .rating(let id) in people[person]?.pending ?? [] { return id }
        return requests.values.filter { $0.requester == person && $0.flow?.state == .closed(.done) && $0.rating == nil }
            .map(\.id).max()
    }

    private mutating func showStatus(_ context: Context) {
        let open = requests.values.filter { $0.requester == context.person && $0.isOpen }.sorted { $0.id < $1.id }
        guard !open.isEmpty else {
            reply("You have no open requests. Write a sentence about what you need and I'll find someone.", to: context)
            return
        }
        let lines = open.map { request -> String in
            let state: String =
                switch (request.phase, request.flow?.state) {
                case (.choosing, _): "waiting for you to pick someone"
                case (.clarifying, _): "waiting for you to tell me more"
                case (_, .offered(let waiting, _)?):
                    waiting.isEmpty
                        ? "looking for someone"
                        : "asked \(waiting.map { name(of: $0) }.sorted().spokenList)"
                case (_, .accepted(let person)?), (_, .connected(let person, _)?): "talking with \(name(of: person))"
                default: "open"
                }
            return "• \(request.id): “\(request.summary)” \(request.tagList) — \(state)"
        }
        replyPrivately(
            "Your open requests:\n" + lines.joined(separator: "\n") + "\n`!cancel <number>` withdraws one.",
            to: context
        )
    }

    /// What concerns only the person (their requests, their offers) is not read out in a shared room:
    /// it goes to their direct chat, and the room hears where it went.
    mutating func replyPrivately(_ text: String, to context: Context) {
        guard !context.direct else {
            reply(text, to: context)
            return
        }
        tell(context.person, text)
        reply("I've sent you the answer in a direct message.", to: context)
    }

    private mutating func cancel(_ id: Int, context: Context, now: Date) {
        guard var request = requests[id], request.requester == context.person else {
            reply("Request \(id) isn't one of yours; `!status` lists yours.", to: context)
            return
        }
        guard request.isOpen else {
            reply("Request \(id) is already closed.", to: context)
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
            reply("Request \(id) is withdrawn. Ask again whenever you like.", to: context)
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
                ? "You have no open offers right now."
                : "You have several open offers (\(open.map(String.init).joined(separator: ", "))); name one, e.g. `!accept \(open[0])`.",
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
                ? "You have no open conversations."
                : "Which one? You have \(open.map(String.init).joined(separator: ", ")) open; e.g. `!done \(open[0])`.",
            to: context
        )
        return nil
    }

    mutating func accept(_ id: Int, by person: PersonID, context: Context, now: Date) {
        guard requests[id]?.flow != nil else {
            reply("There is no offer \(id) for you; `!mine` lists your open offers.", to: context)
            return
        }
        if step(id, .accepted(by: person), now: now) != nil {
            let flow = requests[id]?.flow
            let text: String =
                if flow?.acceptedBy == person {
                    "You've already taken request \(id)."
                } else if flow?.asked.contains(person) == true, case .closed(.cancelled)? = flow?.state {
                    "Request \(id) was withdrawn by \(name(of: requests[id]?.requester ?? person)), "
                        + "so there is nothing to accept any more. Thanks all the same!"
                } else if flow?.asked.contains(person) == true {
                    "Request \(id) is no longer open to you; `!mine` lists your open offers."
                } else {
                    "Request \(id) wasn't offered to you; `!mine` lists your open offers."
                }
            reply(text, to: context)
        }
    }

    /// A reason stays with HubBot unless the specialist opts in to passing it on: `!decline 12 tell: …`.
    mutating func decline(_ id: Int, by person: PersonID, context: Context, now: Date, reason: String? = nil) {
        guard let request = requests[id], request.flow != nil else {
            reply("There is no offer \(id) for you; `!mine` lists your open offers.", to: context)
            return
        }
        if step(id, .declined(by: person), now: now) != nil {
            reply("You have no open offer for request \(id).", to: context)
            return
        }
        let trimmed = reason?.trimmingCharacters(in: .whitespaces) ?? ""
        if trimmed.lowercased().hasPrefix("tell:") {
            let note = trimmed.dropFirst("tell:".count).trimmingCharacters(in: .whitespaces)
            if !note.isEmpty {
                tellRequester(
                    of: request,
                    "\(name(of: person)) passed on request \(id) and asked me to tell you: “\(note.prefix(300))”"
                )
                reply(
                    "OK, I've passed request \(id) on and told \(name(of: request.requester)) your note.",
                    to: context
                )
                return
            }
        }
        let aside = trimmed.isEmpty ? "" : " Your reason stays with me; `!decline \(id) tell: …` passes a note on."
        reply("OK, I've passed request \(id) on. Thanks for saying so!" + aside, to: context)
    }

    private mutating func finish(_ id: Int, by person: PersonID, context: Context, now: Date) {
        guard let request = requests[id], request.requester == person || request.flow?.acceptedBy == person else {
            reply("Request \(id) isn't a conversation of yours; `!mine` lists yours.", to: context)
            return
        }
        guard request.flow?.acceptedBy != nil else {
            reply("Nobody has taken request \(id) yet; `!cancel \(id)` withdraws it.", to: context)
            return
        }
        step(id, .done, now: now)
        reply("Request \(id) is closed. Thank you!", to: context)
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
            "• offer \($0.id) from \(name(of: $0.requester)) \($0.tagList): “\($0.summary)” — `!accept \($0.id)` or `!decline \($0.id)`"
        }
        let conversations = requests.values.filter { $0.isOpen && $0.flow?.acceptedBy == person }.sorted {
            $0.id < $1.id
        }
        .map { "• \($0.id) with \(name(of: $0.requester)): “\($0.summary)” — `!done \($0.id)` when finished" }
        guard !offers.isEmpty || !conversations.isEmpty else {
            reply("You have no open offers or conversations.", to: context)
            return
        }
        var text = ""
        if !offers.isEmpty { text += "Open offers:\n" + offers.joined(separator: "\n") }
        if !conversations.isEmpty {
            text += (text.isEmpty ? "" : "\n") + "Conversations:\n" + conversations.joined(separator: "\n")
        }
        replyPrivately(text, to: context)
    }

    // MARK: - Specialists' profiles

    func zone(of person: PersonID) -> TimeZone {
        directory.specialist(person)?.workingHours.flatMap { TimeZone(identifier: $0.timeZone) }
            ?? .gmt
    }

    /// " until Fri 17:00 CET", in the person's own time zone (their working hours'), else GMT.
    private func untilText(_ date: Date?, for person: PersonID) -> String {
        date.map { " until \(Self.clockText($0, zone: zone(of: person)))" } ?? ""
    }

    private mutating func showProfile(_ context: Context) {
        guard let specialist = directory.specialist(context.person), !specialist.interests.isEmpty else {
            let examples = tags.interests.prefix(6).map { "#\($0.name)" }.joined(separator: " ")
            reply(
                "You don't offer any interests yet. Add some with `!interests add #tag:strength …` "
                    + "(strength 1 = curious, 2 = experienced, 3 = expert), e.g. `!interests add #statistics:3 #r`. "
                    + "Tags include \(examples) and \(max(0, tags.interests.count - 6)) more.",
                to: context
            )
            return
        }
        let interests = specialist.interests.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "#\($0.key) (\($0.value))" }.joined(separator: ", ")
        let availability: String =
            switch specialist.availability {
            case .free: "free"
            case .busy(let until): "busy\(untilText(until, for: context.person))"
            case .away(let until): "away\(untilText(until, for: context.person))"
            }
        let hours =
            specialist.workingHours.map {
                "\(Self.minutesText($0.start))–\(Self.minutesText($0.end)) \($0.timeZone), \(Self.daysText($0.days))"
            } ?? "any time"
        reply(
            "Your interests: \(interests).\nAt most \(specialist.capacity) conversations at once; \(availability); hours: \(hours).",
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
        var text = unknown.count < added.count ? "Thanks! " : ""
        if !unknown.isEmpty {
            text += unknownTagsNotice(unknown) + " "
        }
        if unknown.count < added.count {
            let all = specialist.interests.sorted { $0.key < $1.key }.map { "#\($0.key) (\($0.value))" }
            text += "You now offer \(all.joined(separator: ", "))."
        } else {
            text += "`!interests` shows what you offer."
        }
        reply(text, to: context)
    }

    private mutating func removeInterests(_ removed: [String], context: Context) {
        guard var specialist = directory.specialist(context.person) else {
            reply("You don't offer any interests yet.", to: context)
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
        reply(
            (gone.isEmpty ? "You didn't offer those. " : "Removed \(gone.map { "#\($0)" }.joined(separator: " ")). ")
                + (left.isEmpty ? "You offer no interests now." : "You still offer \(left)."),
            to: context
        )
    }

    private mutating func changeProfile(
        _ context: Context,
        _ confirmation: String,
        _ change: (inout Specialist) -> Void
    ) {
        guard var specialist = directory.specialist(context.person) else {
            reply(
                "That's for specialists: first say what you offer, e.g. `!interests add #statistics:3 #r`.",
                to: context
            )
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

    static func daysText(_ days: Set<Int>) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let sorted = days.sorted()
        if let first = sorted.first, let last = sorted.last, sorted.count == last - first + 1, sorted.count > 2 {
            return "\(names[first - 1])–\(names[last - 1])"
        }
        return sorted.map { names[$0 - 1] }.joined(separator: ", ")
    }

    // MARK: - Help

    func helpText(_ topic: String?) -> String {
        if let topic, !topic.isEmpty {
            guard let entry = HubCommand.manual.first(where: { $0.name == topic }) else {
                let near = HubCommand.suggestion(for: topic).map { " Did you mean `!help \($0)`?" } ?? ""
                return "I have no command `!\(topic)`.\(near)"
            }
            let more = (HubCommand.moreExamples[entry.name] ?? []).map { "\n" + $0 }.joined()
            return "`\(entry.usage)`: \(entry.summary).\nExample: `\(entry.example)`" + more
        }
        let lines = HubCommand.manual.map { "`\($0.usage)` — \($0.summary)" }
        return "Write a sentence about what you're working on and I'll find colleagues who know about it; "
            + "if something is broken, I'll pass it to IT support. Commands:\n" + lines.joined(separator: "\n")
            + "\n`!help <command>` shows an example."
    }
}
