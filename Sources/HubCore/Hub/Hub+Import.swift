import Foundation

extension Hub {
    /// An admin's bulk import (`hubbot specialists import --apply`): each listed person offers
    /// exactly what the file says (empty cells keep what they had). Each person whose profile
    /// changed is told once what they were given and how to change it; nothing changes for a
    /// row that matches what the hub already has, so importing the same file twice tells no
    /// one twice. One audit entry for the whole import; admins hear the summary.
    mutating func onSpecialistImport(_ batch: SpecialistImport, event: ChatEvent, now: Date) {
        let known = Set(tags.interests.map(\.name))
        var added: [PersonID] = []
        var changed: [PersonID] = []
        var unchanged = 0
        var skipped: [String] = []
        for change in batch.changes(directory.specialists, at: now) {
            let entry = change.entry
            // The tag file may have changed between the check and now: such a row waits for a new import.
            let unknown = entry.interests.keys.filter { !known.contains($0) }.sorted()
            guard unknown.isEmpty else {
                skipped.append("\(entry.person.rawValue) (unknown \(unknown.joined(separator: ", ")))")
                continue
            }
            guard change.changes else {
                unchanged += 1
                continue
            }
            let (before, after) = (change.before, change.after)
            directory.upsert(after)
            changedSpecialists.insert(entry.person)
            if before == nil { added.append(entry.person) } else { changed.append(entry.person) }
            if let source = batch.directory {
                // A new display name alone is not worth a message.
                if after.interests != (before?.interests ?? [:]) {
                    tell(
                        entry.person,
                        Self.directoryNotice(after, before: before, directory: source, admin: batch.admin)
                    )
                }
            } else {
                tell(entry.person, Self.importNotice(after, admin: batch.admin))
            }
        }
        let summary =
            "\(added.count) new, \(changed.count) changed, \(unchanged) unchanged"
            + (skipped.isEmpty ? "" : ", \(skipped.count) skipped: \(skipped.joined(separator: "; "))")
        let context = Context(room: event.room, eventID: event.id, person: event.sender, direct: false)
        _ = recordAudit(
            "\(batch.directory == nil ? "import" : "sync") specialists from \(batch.source) (\(batch.admin)): \(summary)",
            outcome: .accepted,
            context: context,
            now: now
        )
        tellAdmins(
            "Specialists \(batch.directory == nil ? "imported" : "synced") from \(batch.source) by \(batch.admin): "
                + "\(summary)."
        )
    }

    /// What a directory sync changed for one person, and that their own choices stay theirs.
    static func directoryNotice(_ specialist: Specialist, before: Specialist?, directory: String, admin: String)
        -> String
    {
        let old = before?.interests ?? [:]
        let gained = specialist.interests.filter { old[$0.key] == nil }
        let lost = old.keys.filter { specialist.interests[$0] == nil }.sorted()
        var parts: [String] = []
        if !gained.isEmpty { parts.append("you now offer \(interestList(gained))") }
        if !lost.isEmpty {
            parts.append(
                "\(lost.map { "#\($0)" }.joined(separator: ", ")) \(lost.count == 1 ? "is" : "are") no longer listed for you"
            )
        }
        let left =
            specialist.interests.isEmpty
            ? "You offer no interests now." : "You offer \(interestList(specialist.interests))."
        return "Hello \(specialist.displayName)! The directory \(directory) (synced by \(admin)) changed your "
            + "specialist profile: \(parts.joined(separator: "; ")). \(left) What you add or remove yourself with "
            + "`!interests` stays as you set it; `!away` pauses offers."
    }

    static func importNotice(_ specialist: Specialist, admin: String) -> String {
        var parts: [String] = []
        parts.append(
            specialist.interests.isEmpty
                ? "no interests for now" : "the interests \(interestList(specialist.interests))"
        )
        let conversations = "\(specialist.capacity) open conversation\(specialist.capacity == 1 ? "" : "s")"
        parts.append("at most \(conversations) at once")
        if let hours = specialist.workingHours {
            parts.append(
                "offers only \(SpecialistCSV.clock(hours.start))–\(SpecialistCSV.clock(hours.end)) "
                    + "\(SpecialistCSV.days(hours.days)) (\(hours.timeZone))"
            )
        }
        return "Hello \(specialist.displayName)! The hub's admins (\(admin)) listed you as a specialist: "
            + parts.joined(separator: ", ") + ". Colleagues whose questions fit may now be offered to you; "
            + "you choose what you take. `!interests`, `!capacity <n>` and `!hours` show and change all of it, "
            + "`!away` pauses offers."
    }
}
