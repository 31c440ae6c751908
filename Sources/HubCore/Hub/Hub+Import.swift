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
            Said(
                batch.directory == nil ? .adminImported : .adminSynced,
                ["source": "\(batch.source)", "admin": "\(batch.admin)", "summary": "\(summary)"]
            )
        )
    }

    /// What a directory sync changed for one person, and that their own choices stay theirs.
    static func directoryNotice(_ specialist: Specialist, before: Specialist?, directory: String, admin: String)
        -> Said
    {
        let old = before?.interests ?? [:]
        let gained = specialist.interests.filter { old[$0.key] == nil }
        let lost = old.keys.filter { specialist.interests[$0] == nil }.sorted()
        var parts: [Said] = []
        if !gained.isEmpty { parts.append(Said(.directoryGained, ["interests": "\(interestList(gained))"])) }
        if !lost.isEmpty {
            parts.append(
                Said(
                    .directoryLost,
                    ["tags": .text(lost.map { "#\($0)" }.joined(separator: ", ")), "count": .number(lost.count)]
                )
            )
        }
        let left =
            specialist.interests.isEmpty
            ? Said(.interestsNoneLeft)
            : Said(.interestsOfferNow, ["interests": "\(interestList(specialist.interests))"])
        return Said(
            .directoryNotice,
            [
                "name": "\(specialist.displayName)", "directory": "\(directory)", "admin": "\(admin)",
                "changes": .phrase(Said.joined(parts, by: .listSeparator)), "left": .phrase(left),
            ]
        )
    }

    static func importNotice(_ specialist: Specialist, admin: String) -> Said {
        var parts: [Said] = []
        parts.append(
            specialist.interests.isEmpty
                ? Said(.importNoInterests)
                : Said(.importInterests, ["interests": "\(interestList(specialist.interests))"])
        )
        parts.append(Said(.importCapacity, ["count": .number(specialist.capacity)]))
        if let hours = specialist.workingHours {
            parts.append(Said(.importHours, hoursValues(hours)))
        }
        return Said(
            .importNotice,
            [
                "name": "\(specialist.displayName)", "admin": "\(admin)",
                "profile": .phrase(Said.joined(parts, by: .listComma)),
            ]
        )
    }
}
