import Foundation

/// Admin changes in chat: tag file edits (carried out by the app, which reports
/// back), someone else's interests and capacity, and the audit log of all of them.
extension Hub {
    /// True for an admin; anyone else is told why not.
    mutating func isAdmin(_ context: Context, command: String) -> Bool {
        guard !settings.admins.contains(context.person) else { return true }
        reply(Said(.adminOnly, ["command": "\(command)"]), to: context)
        return false
    }

    /// True for an admin. Anyone else is told why not, and the attempt is audited as refused.
    mutating func mayChange(_ change: String, command: String, context: Context, now: Date) -> Bool {
        guard !isAdmin(context, command: command) else { return true }
        refuse(change, reason: "not an admin (hub.admins)", context: context, now: now)
        return false
    }

    /// Audits a refused change; the caller tells the person.
    mutating func refuse(_ change: String, reason: String, context: Context, now: Date) {
        _ = recordAudit(change, outcome: .refused(reason: reason), context: context, now: now)
    }

    mutating func recordAudit(_ change: String, outcome: AuditEntry.Outcome, context: Context, now: Date) -> Int {
        let id = (audit.keys.max() ?? 0) + 1
        audit[id] = AuditEntry(
            id: id,
            at: now,
            person: context.person,
            personName: name(of: context.person),
            change: change,
            outcome: outcome,
            room: context.room,
            eventID: context.eventID,
            inDirectChat: context.direct
        )
        changedAudit.insert(id)
        return id
    }

    // MARK: - The tag file

    /// Checks what the hub can (the tag exists, or not yet; who holds it) and
    /// hands the edit to the app, which validates the whole file and writes it.
    mutating func editTags(_ edit: TagEdit, confirmed: Bool, context: Context, now: Date) {
        let change = edit.summary
        guard mayChange(change, command: "tag", context: context, now: now) else { return }
        if let problem = tagProblem(edit) {
            refuse(change, reason: plainWords(problem, in: .english), context: context, now: now)
            reply(Said(.notChanged, ["problem": .phrase(problem)]), to: context)
            return
        }
        if case .remove(let tag) = edit, !confirmed {
            let holders = directory.specialists.filter { $0.interests[tag] != nil }
            if !holders.isEmpty {
                let names = holders.map(\.displayName).sorted()
                reply(
                    Said(.tagHolders, ["count": .number(holders.count), "tag": "\(tag)", "names": .list(names)]),
                    to: context
                )
                return
            }
        }
        let id = recordAudit(change, outcome: .pending, context: context, now: now)
        audit[id]?.edit = edit
        tagEdits.append(TagEditRequest(audit: id, edit: edit))
    }

    /// Tag edits handed to the app whose outcome never came back (HubBot stopped in between),
    /// oldest first: the app carries them out again after a restart.
    public var pendingTagEdits: [TagEditRequest] {
        audit.values.filter { $0.outcome == .pending }.sorted { $0.id < $1.id }.compactMap { entry in
            entry.edit.map { TagEditRequest(audit: entry.id, edit: $0, resumed: true) }
        }
    }

    /// What makes an edit impossible with the tags in force, if anything.
    func tagProblem(_ edit: TagEdit) -> Said? {
        let exists = tags.interest(named: edit.tag) != nil || tags.hygieneCategory(named: edit.tag) != nil
        if case .addInterest(let name, _, _) = edit {
            return exists ? Said(.tagExists, ["tag": "\(name)"]) : nil
        }
        guard !exists else { return nil }
        let all = tags.interests.map(\.name) + tags.hygiene.map(\.name)
        let near = all.min { EditDistance.between(edit.tag, $0) < EditDistance.between(edit.tag, $1) }
        if let near, EditDistance.between(edit.tag, near) <= 2 {
            return Said(.tagMissingNear, ["tag": "\(edit.tag)", "near": "\(near)"])
        }
        return Said(.tagMissing, ["tag": "\(edit.tag)"])
    }

    /// The app wrote the edit (and the new tags are in force), or refused it with the validator's words.
    mutating func onTagEditResult(_ id: Int, ok: Bool, message: String, now: Date) {
        guard var entry = audit[id], entry.outcome == .pending else { return }
        entry.outcome = ok ? .accepted : .refused(reason: message)
        entry.decidedAt = now
        audit[id] = entry
        changedAudit.insert(id)
        let context = Context(
            room: entry.room,
            eventID: entry.eventID,
            person: entry.person,
            direct: entry.inDirectChat
        )
        let note: MessageValue = .text(message)
        guard ok, let edit = entry.edit else {
            reply(Said(.tagNotChanged, ["change": "\(entry.change)", "message": note]), to: context)
            return
        }
        let done: Said =
            switch edit {
            case .addInterest(let name, _, _): Said(.tagDoneAddInterest, ["tag": "\(name)", "message": note])
            case .addKeyword(let tag, let keyword):
                Said(.tagDoneAddKeyword, ["tag": "\(tag)", "keyword": "\(keyword)", "message": note])
            case .describe(let tag, _): Said(.tagDoneDescribe, ["tag": "\(tag)", "message": note])
            case .remove(let tag): Said(.tagDoneRemove, ["tag": "\(tag)", "message": note])
            }
        reply(done, to: context)
    }

    // MARK: - Someone else's profile

    /// Sets `who`'s interests to exactly `interests`, as `!interests` would; they are told.
    mutating func setInterests(_ interests: [String: Int], of who: String, context: Context, now: Date) {
        let listed = interests.isEmpty ? "none" : Self.interestList(interests)
        var change = "set the interests of \(who) to \(listed)"
        guard mayChange(change, command: "specialist", context: context, now: now) else { return }
        guard let person = resolve(who, context: context, now: now, change: change) else { return }
        change = "set the interests of \(person.rawValue) to \(listed)"
        let unknown = interests.keys.filter { tags.interest(named: $0) == nil }.sorted()
        guard unknown.isEmpty else {
            let problem = unknownTagsNotice(unknown)
            refuse(change, reason: plainWords(problem, in: .english), context: context, now: now)
            reply(Said(.notChanged, ["problem": .phrase(problem)]), to: context)
            return
        }
        var specialist =
            directory.specialist(person) ?? Specialist(id: person, displayName: name(of: person), interests: [:])
        for tag in specialist.interests.keys where interests[tag] == nil {
            specialist.interests[tag] = nil
            specialist.interestsSince?[tag] = nil
        }
        for (tag, strength) in interests { specialist.offer(tag, strength: strength, at: now) }
        directory.upsert(specialist)
        changedSpecialists.insert(person)
        _ = recordAudit(change, outcome: .accepted, context: context, now: now)
        let shown: MessageValue = interests.isEmpty ? .phrase(Said(.interestsNone)) : .text(listed)
        reply(
            Said(
                .specialistInterestsSet,
                ["name": "\(name(of: person))", "id": "\(person.rawValue)", "interests": shown]
            ),
            to: context
        )
        if person != context.person {
            tell(person, Said(.specialistInterestsTold, ["admin": "\(name(of: context.person))", "interests": shown]))
        }
    }

    /// Sets a specialist's capacity, as `!capacity` would; they are told.
    mutating func setCapacity(_ count: Int, of who: String, context: Context, now: Date) {
        var change = "set the capacity of \(who) to \(count)"
        guard mayChange(change, command: "specialist", context: context, now: now) else { return }
        guard let person = resolve(who, context: context, now: now, change: change) else { return }
        change = "set the capacity of \(person.rawValue) to \(count)"
        guard var specialist = directory.specialist(person) else {
            let problem = Said(
                .specialistNoInterests,
                [
                    "name": "\(name(of: person))", "id": "\(person.rawValue)",
                    "tag": "\(tags.interests.first?.name ?? "tag")",
                ]
            )
            refuse(change, reason: plainWords(problem, in: .english), context: context, now: now)
            reply(Said(.notChanged, ["problem": .phrase(problem)]), to: context)
            return
        }
        specialist.capacity = count
        directory.upsert(specialist)
        changedSpecialists.insert(person)
        _ = recordAudit(change, outcome: .accepted, context: context, now: now)
        reply(
            Said(
                .specialistCapacitySet,
                ["name": "\(name(of: person))", "id": "\(person.rawValue)", "count": .number(count)]
            ),
            to: context
        )
        if person != context.person {
            tell(
                person,
                Said(.specialistCapacityTold, ["admin": "\(name(of: context.person))", "count": .number(count)])
            )
        }
    }

    /// The person meant by an id or a name HubBot knows; refused and audited when unclear.
    private mutating func resolve(_ who: String, context: Context, now: Date, change: String) -> PersonID? {
        let known = Set(people.keys).union(directory.specialists.map(\.id))
        let wanted = who.lowercased()
        if let exact = known.first(where: { $0.rawValue == who })
            ?? known.first(where: { $0.rawValue.lowercased() == wanted })
        {
            return exact
        }
        let named = known.filter { Self.localpart($0).lowercased() == wanted || name(of: $0).lowercased() == wanted }
        if named.count == 1, let person = named.first { return person }
        // Someone HubBot has not met yet, by their full Matrix id, if the homeserver knows them.
        if named.isEmpty, context.network == .matrix, who.hasPrefix("@"), who.contains(":"),
            !missingAccounts.contains(PersonID(who))
        {
            return PersonID(who)
        }
        let problem =
            missingAccounts.contains(PersonID(who))
            ? Said(.personNoAccount, ["who": "\(who)"])
            : named.isEmpty
                ? Said(.personUnknown, ["who": "\(who)"])
                : Said(.personAmbiguous, ["who": "\(who)", "ids": .list(named.map(\.rawValue).sorted())])
        refuse(change, reason: plainWords(problem, in: .english), context: context, now: now)
        reply(Said(.notChanged, ["problem": .phrase(problem)]), to: context)
        return nil
    }

    static func interestList(_ interests: [String: Int]) -> String {
        interests.sorted { $0.key < $1.key }.map { "#\($0.key) (\($0.value))" }.joined(separator: ", ")
    }

    /// The notices for several unknown tags: the first five, then how many more
    /// (a pasted list of a thousand would make a reply the chat server refuses).
    func unknownTagsNotice(_ tags: [String]) -> Said {
        let shown = tags.prefix(5).map(unknownTagNotice)
        let notice = shown.dropFirst().reduce(shown[0]) { $0 + $1 }
        return tags.count > 5 ? notice + Said(.unknownTagsMore, ["count": .number(tags.count - 5)]) : notice
    }

    func unknownTagNotice(_ tag: String) -> Said {
        guard tag.count <= 40 else { return Said(.unknownTag, ["tag": "\(tag.prefix(40))…"]) }
        let near = tags.interests.map(\.name).min { EditDistance.between(tag, $0) < EditDistance.between(tag, $1) }
        if let near, EditDistance.between(tag, near) <= max(2, tag.count / 3) {
            return Said(.unknownTagNear, ["tag": "\(tag)", "near": "\(near)"])
        }
        return Said(.unknownTag, ["tag": "\(tag)"])
    }

    // MARK: - The audit log

    /// The latest `count` admin changes, newest first.
    mutating func showAudit(_ count: Int, context: Context) {
        guard isAdmin(context, command: "audit") else { return }
        let latest = audit.values.sorted { $0.id > $1.id }.prefix(count)
        guard !latest.isEmpty else {
            reply(Said(.auditNone), to: context)
            return
        }
        let lines = latest.map { Said(.auditLine, ["line": "\($0.line)"]) }
        reply(Said.lines([Said(.auditHeading, ["count": .number(latest.count)])] + lines), to: context)
    }
}

extension Specialist {
    /// Offers `tag` at `strength`, remembering when a new interest started (for reports).
    mutating func offer(_ tag: String, strength: Int, at now: Date) {
        if interests[tag] == nil { interestsSince = (interestsSince ?? [:]).merging([tag: now]) { $1 } }
        interests[tag] = strength
    }
}
