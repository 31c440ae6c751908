import Foundation

/// How the hub behaves; from `hubbot.yaml`.
public struct HubSettings: Sendable, Hashable {
    public var offers = OfferFlow.Policy()
    /// People asked at once when a colleague says "anyone".
    public var parallelOffers = 3
    /// People listed for a colleague to choose from.
    public var shortlistSize = 5
    /// Who may invite HubBot: `*` (anyone), `:server` (anyone on it) or a person's id.
    public var acceptInvitesFrom: [String] = ["*"]
    /// Where requests nobody could take are posted, if anywhere.
    public var fallbackRoom: RoomID?
    /// Where admins are told about faults that could not be delivered.
    public var adminRoom: RoomID?
    /// Admins' canonical ids: they may `!explain`, `!reload`, `!stats`, `!tag`, `!specialist set` and `!audit`.
    public var admins: Set<PersonID> = []
    /// Where the weekly digest is posted, if anywhere.
    public var digestRoom: RoomID?
    /// False when no ticket system is connected (`tickets.routes` is empty): faults are only
    /// recorded, so HubBot must not promise to pass them on, and the admins are told.
    public var ticketsConnected = true
    /// Reports of the same fault within this window make one ticket.
    public var faultGroupingWindow: Duration = .seconds(4 * 3600)
    /// How a colleague and a specialist are introduced once an offer is accepted.
    public var introductions = Introductions.newRoom
    /// The network has reactions (✅/❌ on an offer); IRC has not, so offers don't mention them.
    public var reactions = true
    /// After an introduction, when HubBot asks the colleague (once) whether they met, unless
    /// either said `!done` before (`hub.follow_up_after_hours`); nil: never.
    public var followUpAfter: Duration? = .seconds(86_400)
    /// The network HubBot speaks on: its messages are formatted for it (HTML on Matrix).
    public var network = ChatNetwork.matrix
    /// IRC only: bold and monospace formatting codes (`irc.formatting`); plain text otherwise.
    public var ircFormatting = false
    /// The organisation's language (`hub.language`): for rooms, admins, and people HubBot
    /// has not heard write a sentence yet.
    public var language = ChatLanguage.english

    public init() {}
}

/// How the hub introduces two people: the network decides what is possible.
public enum Introductions: Sendable, Hashable {
    /// A new private room with both invited and the question as first message (Matrix).
    case newRoom
    /// Each is told the other's name to write to directly, and optionally a channel
    /// to meet in (IRC, where HubBot cannot make private rooms).
    case byName(meetIn: RoomID?)
}

/// One thing for the hub to handle: a chat event, with what the app looked up for it.
public struct HubInput: Sendable {
    public var event: ChatEvent
    /// The sender's display name in the room, when it could be read.
    public var senderName: String?
    /// For a reaction: the correlation (`offer:12`) of the message reacted to, if HubBot sent it.
    public var reactedTo: String?
    /// Full account ids named in a message that the network says do not exist (looked up by
    /// the app for people HubBot has not met), so that no one makes a phantom specialist.
    public var missingAccounts: Set<PersonID> = []

    public init(event: ChatEvent, senderName: String? = nil, reactedTo: String? = nil) {
        self.event = event
        self.senderName = senderName
        self.reactedTo = reactedTo
    }
}

/// What handling one input produced: actions to perform, and changed records
/// to store in the same transaction.
public struct HubOutput: Sendable {
    public var actions: [ChatAction] = []
    public var records: [HubRecord] = []
    /// An admin asked for the config to be read again.
    public var reloadRequested = false
    /// Admins asked for these changes to the tag file; the app reports each outcome
    /// back with a `tagEditResult` event.
    public var tagEdits: [TagEditRequest] = []
    /// What happened, for metrics (never stored).
    public var notes: [HubNote] = []
}

/// Something worth counting that happened while handling an input.
public enum HubNote: Sendable, Hashable {
    /// A sentence was triaged: `interest`, `fault` or `unclear`.
    case triaged(String)
    /// An offer's fate: `sent`, `accepted`, `declined`, `expired`, `withdrawn` or `too_late`.
    case offer(String)
    /// A request found someone this long after it was asked.
    case matched(after: Duration)
}

/// The hub as people experience it, as a pure state machine: colleagues ask,
/// HubBot shortlists specialists, offers, introduces, asks for a rating;
/// specialists say what they offer and when. No I/O and no clock: the app
/// stores the records each step changes, with its actions, in one transaction.
public struct Hub: Sendable {
    public let me: PersonID
    public var settings: HubSettings
    public internal(set) var triage: Triage
    public internal(set) var directory: SpecialistDirectory
    public internal(set) var requests: [Int: HubRequest] = [:]
    /// Each colleague's requests by number, oldest first: what they asked before is looked up
    /// for every message, and scanning every request ever made would grow with the hub's age.
    var requestNumbers: [PersonID: [Int]] = [:]
    public internal(set) var people: [PersonID: PersonRecord] = [:]
    public internal(set) var rooms: [RoomID: RoomRecord] = [:]
    public internal(set) var faults: [String: HygieneFault] = [:]
    /// Admin changes asked for in chat, by number.
    public internal(set) var audit: [Int: AuditEntry] = [:]
    /// Sentences triage learned in chat, by number.
    public internal(set) var examples: [Int: LearnedExample] = [:]
    /// HubBot's words, per language (shipped, with the admin's overrides).
    public internal(set) var catalogue = MessageCatalogue()
    var nextNumber = 1
    /// The admins heard, since this start, that faults are recorded but no ticket route is configured.
    var warnedNoTicketRoutes = false
    /// People who already got the "tell me in a sentence" answer to a vague message in this run:
    /// the next time they get examples instead of the same greeting.
    var greetedVaguely: Set<PersonID> = []

    // Collected while handling one input.
    var actions: [ChatAction] = []
    var notes: [HubNote] = []
    /// The input's ``HubInput/missingAccounts``, while it is handled.
    var missingAccounts: Set<PersonID> = []
    var changedRequests: Set<Int> = []
    var changedPeople: Set<PersonID> = []
    var changedSpecialists: Set<PersonID> = []
    var changedRooms: Set<RoomID> = []
    var newFaults: [String] = []
    var changedAudit: Set<Int> = []
    var changedExamples: Set<Int> = []
    var reloadRequested = false
    var tagEdits: [TagEditRequest] = []

    /// A hub restored from stored records.
    public init(me: PersonID, tags: TagModel, settings: HubSettings = HubSettings(), records: [HubRecord] = []) {
        self.me = me
        self.settings = settings
        var specialists: [Specialist] = []
        for record in records {
            switch record {
            case .request(let request):
                requests[request.id] = request
                requestNumbers[request.requester, default: []].append(request.id)
            // Names stored before HubBot cleaned them are cleaned once, here.
            case .person(var person):
                person.displayName = PersonName.clean(person.displayName) ?? Self.localpart(person.id)
                people[person.id] = person
            case .specialist(var specialist):
                specialist.displayName = PersonName.clean(specialist.displayName) ?? Self.localpart(specialist.id)
                specialists.append(specialist)
            case .room(let room): rooms[room.id] = room
            case .fault(let fault): faults[fault.id] = fault
            case .audit(let entry): audit[entry.id] = entry
            case .example(let example): examples[example.id] = example
            }
        }
        for person in requestNumbers.keys { requestNumbers[person]?.sort() }
        // One index, with the sentences learned before the restart.
        self.triage = Triage(model: tags, learned: Self.activeExamples(examples))
        self.directory = SpecialistDirectory(specialists: specialists, tags: tags)
        // "fault-12-ab3x" → 12
        let faultNumbers = faults.keys.compactMap { Int($0.split(separator: "-").dropFirst().first ?? "") }
        nextNumber = (requests.keys.max() ?? 0).advanced(by: 1)
        nextNumber = max(nextNumber, (faultNumbers.max() ?? 0) + 1)
    }

    public var tags: TagModel { triage.model }

    /// Swaps in a new tag config between two events: requests, offers, timers and
    /// records are untouched; specialists keep their interests (a removed tag
    /// simply matches nothing until it is back).
    /// Swaps in the admin's wording (`Config/messages.<lang>.yaml`), read again on reload.
    public mutating func replaceCatalogue(_ catalogue: MessageCatalogue) {
        self.catalogue = catalogue
    }

    public mutating func replaceTags(_ model: TagModel) {
        triage = Triage(model: model, settings: triage.settings, learned: Self.activeExamples(examples))
        directory = SpecialistDirectory(specialists: directory.specialists, tags: model)
    }

    /// A message to the admins: in the admin room when there is one, else to each admin privately.
    mutating func tellAdmins(_ text: Said, correlation: String? = nil) {
        if let room = settings.adminRoom {
            var message = message(text, in: room, language: settings.language)
            message.correlation = correlation
            actions.append(.send(message))
        } else {
            for admin in settings.admins.sorted(by: { $0.rawValue < $1.rawValue }) {
                tell(admin, text, correlation: correlation)
            }
        }
    }

    /// The correlation of HubBot's notices about undelivered messages: one of
    /// those that fails in turn is not reported again (no loop).
    public static let deliveryFailureCorrelation = "delivery-failed"

    /// A message was given up: the admins hear where it was going, why, and how it began.
    private mutating func onDeliveryFailed(room: RoomID, reason: String, beginning: String) {
        var values: [String: MessageValue] = [
            "room": "\(room)", "reason": "\(reason.prefix(300))", "beginning": .quote(String(beginning.prefix(200))),
        ]
        let direct = rooms[room]?.directWith
        if let direct { values["name"] = "\(name(of: direct))" }
        tellAdmins(
            Said(direct == nil ? .adminUndelivered : .adminUndeliveredDirect, values),
            correlation: Self.deliveryFailureCorrelation
        )
    }

    /// The earliest offer round still waiting for answers, for the app's timer.
    public var nextDeadline: (request: Int, expires: Date)? {
        var earliest: (request: Int, expires: Date)?
        for request in requests.values where request.isOpen {
            guard case .offered(let waiting, let expires)? = request.flow?.state, !waiting.isEmpty else { continue }
            if earliest.map({ expires < $0.expires }) ?? true { earliest = (request.id, expires) }
        }
        return earliest
    }

    /// Follow-ups due at `now`, oldest first: conversations introduced a while ago, still open, not
    /// asked about yet. One a day late at most: a conversation introduced long before (say, by a
    /// HubBot without follow-ups, or down for days) is not asked about out of the blue.
    public func dueFollowUps(now: Date) -> [(request: Int, due: Date)] {
        guard let after = settings.followUpAfter else { return [] }
        var due: [(request: Int, due: Date)] = []
        for request in requests.values where request.followedUpAt == nil && request.isOpen {
            guard let accepted = request.acceptedAt, request.flow?.acceptedBy != nil else { continue }
            let moment = accepted.addingTimeInterval(after.seconds)
            guard moment <= now, now.timeIntervalSince(moment) < 86_400 else { continue }
            due.append((request.id, moment))
        }
        return due.sorted { ($0.due, $0.request) < ($1.due, $1.request) }
    }

    /// Handles one input at `now`.
    public mutating func handle(_ input: HubInput, now: Date) -> HubOutput {
        let event = input.event
        missingAccounts = input.missingAccounts
        defer { missingAccounts = [] }
        if let name = input.senderName.flatMap(PersonName.clean), event.sender != me {
            rememberName(name, of: event.sender)
        }
        switch event.kind {
        case .invite:
            onInvite(event)
        case .message(let text):
            onMessage(text, event: event, now: now)
        case .reaction(let key, _):
            if let correlation = input.reactedTo { onReaction(key, correlation: correlation, event: event, now: now) }
        case .membership(let joined):
            if !joined, let room = rooms[event.room], room.directWith == event.sender { onDirectChatLeft(room) }
        case .unreadable:
            onUnreadable(event)
        case .undecryptable:
            onUndecryptable(event)
        case .offerDeadline(let id, let expires):
            if requests[id]?.flow != nil { step(id, .timedOut(expires: expires), now: now) }
        case .followUpDue(let id):
            followUp(id, now: now)
        case .ticketNews(let news):
            onTicketNews(news, at: event.sentAt)
        case .configReload(let ok, let message):
            tellAdmins(Said(ok ? .configReloaded : .configNotReloaded, ["message": "\(message)"]))
        case .digestDue(let since, let until):
            postDigest(since: since, until: until)
        case .tagEditResult(let id, let ok, let message):
            onTagEditResult(id, ok: ok, message: message, now: now)
        case .deliveryFailed(let room, let reason, let beginning):
            onDeliveryFailed(room: room, reason: reason, beginning: beginning)
        case .recipientAway(let person):
            onRecipientAway(person)
        case .inviteAnswered(let room, let person, let refusal):
            onInviteAnswered(room: room, person: person, refusal: refusal)
        case .specialistImport(let batch):
            onSpecialistImport(batch, event: event, now: now)
        }
        return takeOutput()
    }

    private mutating func takeOutput() -> HubOutput {
        var output = HubOutput(actions: actions)
        output.reloadRequested = reloadRequested
        reloadRequested = false
        output.tagEdits = tagEdits
        tagEdits = []
        output.notes = notes
        notes = []
        output.records += changedRequests.sorted().compactMap { requests[$0].map(HubRecord.request) }
        output.records += changedPeople.sorted { $0.rawValue < $1.rawValue }.compactMap {
            people[$0].map(HubRecord.person)
        }
        output.records += changedSpecialists.sorted { $0.rawValue < $1.rawValue }.compactMap {
            directory.specialist($0).map(HubRecord.specialist)
        }
        output.records += changedRooms.sorted { $0.rawValue < $1.rawValue }.compactMap { rooms[$0].map(HubRecord.room) }
        output.records += Set(newFaults).sorted().compactMap { faults[$0].map(HubRecord.fault) }
        output.records += changedAudit.sorted().compactMap { audit[$0].map(HubRecord.audit) }
        output.records += changedExamples.sorted().compactMap { examples[$0].map(HubRecord.example) }
        actions = []
        changedRequests = []
        changedPeople = []
        changedSpecialists = []
        changedRooms = []
        newFaults = []
        changedAudit = []
        changedExamples = []
        return output
    }

    // MARK: - Rooms and people

    private mutating func onInvite(_ event: ChatEvent) {
        guard mayInvite(event.sender) else { return }
        actions.append(.join(room: event.room))
        guard event.isDirect else { return }
        actions.append(.markDirect(room: event.room, with: event.sender))
        recordDirectRoom(event.room, with: event.sender)
        let name = name(of: event.sender)
        actions.append(
            .send(message(Said(.welcome, ["name": "\(name)"]), in: event.room, language: language(of: event.sender)))
        )
    }

    private mutating func recordDirectRoom(_ room: RoomID, with person: PersonID) {
        var record = rooms[room] ?? RoomRecord(id: room)
        record.directWith = person
        rooms[room] = record
        changedRooms.insert(room)
        updatePerson(person) { $0.directRoom = room }
    }

    private mutating func onDirectChatLeft(_ room: RoomRecord) {
        guard let person = room.directWith else { return }
        rooms[room.id]?.directWith = nil
        changedRooms.insert(room.id)
        if people[person]?.directRoom == room.id { updatePerson(person) { $0.directRoom = nil } }
        actions.append(.leave(room: room.id))
    }

    private mutating func onUnreadable(_ event: ChatEvent) {
        guard case .unreadable(let reason) = event.kind else { return }
        var record = rooms[event.room] ?? RoomRecord(id: event.room)
        guard !record.toldEncrypted else { return }
        record.toldEncrypted = true
        rooms[event.room] = record
        changedRooms.insert(event.room)
        actions.append(
            .send(
                message(
                    Said(.encryptedUnreadable, ["reason": "\(reason)"]),
                    in: event.room,
                    language: settings.language
                )
            )
        )
    }

    /// An encrypted message HubBot could not decrypt: its sender hears it once, so nothing
    /// they wrote goes unanswered without a word.
    private mutating func onUndecryptable(_ event: ChatEvent) {
        let name = name(of: event.sender)
        var message = message(
            Said(.undecryptable, ["name": "\(name)"]),
            in: event.room,
            language: language(of: event.sender)
        )
        message.mentions = [event.sender]
        actions.append(.send(message))
    }

    func mayInvite(_ person: PersonID) -> Bool {
        settings.acceptInvitesFrom.contains { rule in
            rule == "*" || rule == person.rawValue || (rule.hasPrefix(":") && person.rawValue.hasSuffix(rule))
        }
    }

    private mutating func rememberName(_ name: String, of person: PersonID) {
        guard people[person]?.displayName != name else { return }
        updatePerson(person) { $0.displayName = name }
        if var specialist = directory.specialist(person), specialist.displayName != name {
            specialist.displayName = name
            directory.upsert(specialist)
            changedSpecialists.insert(person)
        }
    }

    mutating func updatePerson(_ person: PersonID, _ change: (inout PersonRecord) -> Void) {
        var record = people[person] ?? PersonRecord(id: person, displayName: Self.localpart(person))
        change(&record)
        people[person] = record
        changedPeople.insert(person)
    }

    /// Full Matrix ids (`@bob:example.org`) written in `text` of people HubBot has not met,
    /// at most three: the app asks the homeserver whether they exist before the hub acts.
    public func unmetAccounts(in text: String) -> [PersonID] {
        guard text.hasPrefix("!") else { return [] }
        let ids = text.matches(of: /@[A-Za-z0-9._=\-\/+]+:[A-Za-z0-9.\-]+(:\d+)?/).map { PersonID(String($0.output.0)) }
        var unmet: [PersonID] = []
        for id in ids where people[id] == nil && directory.specialist(id) == nil && !unmet.contains(id) {
            unmet.append(id)
        }
        return Array(unmet.prefix(3))
    }

    /// The name people see: their display name, else their id's local part.
    public func name(of person: PersonID) -> String {
        people[person]?.displayName ?? directory.specialist(person)?.displayName ?? Self.localpart(person)
    }

    /// `@carol:example.org` → `carol`.
    static func localpart(_ person: PersonID) -> String {
        let raw = person.rawValue
        let trimmed = raw.hasPrefix("@") ? raw.dropFirst() : Substring(raw)
        return String(trimmed.prefix { $0 != ":" })
    }

    // MARK: - Messages

    /// Where and to whom a reply goes.
    struct Context {
        var room: RoomID
        var eventID: String
        var person: PersonID
        var direct: Bool
        var network: ChatNetwork = .matrix
    }

    private mutating func onMessage(_ text: String, event: ChatEvent, now: Date) {
        if event.isDirect, rooms[event.room]?.directWith == nil { recordDirectRoom(event.room, with: event.sender) }
        let direct = rooms[event.room]?.directWith == event.sender
        let context = Context(
            room: event.room,
            eventID: event.id,
            person: event.sender,
            direct: direct,
            network: event.network
        )
        let body: String
        if direct {
            body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } else if let addressed = addressedText(text) {
            body = addressed
        } else {
            // In a room, a short answer to HubBot's last question needs no mention.
            if isShortAnswer(text) { _ = answerPending(text, context: context, now: now) }
            return
        }
        if let command = HubCommand.parse(body) {
            run(command, context: context, now: now)
        } else if answerPending(body, context: context, now: now) {
            return
        } else {
            ask(body, context: context, now: now)
        }
    }

    /// Matches the text against HubBot's unanswered questions to the sender, newest first;
    /// false when it answers none of them (then it is a new request).
    mutating func answerPending(_ text: String, context: Context, now: Date) -> Bool {
        for question in people[context.person]?.pending ?? []
        where answer(question, with: text, context: context, now: now) {
            return true
        }
        return false
    }

    /// The text meant for HubBot in a room: a `!command`, or a message naming HubBot (the name removed).
    func addressedText(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("!") { return trimmed }
        let lowered = trimmed.lowercased()
        let names = [me.rawValue.lowercased(), Self.localpart(me).lowercased()]
        for name in names where lowered.hasPrefix(name) || lowered.hasPrefix("@" + name) {
            let start = lowered.hasPrefix("@" + name) ? name.count + 1 : name.count
            let rest = trimmed.dropFirst(start).drop { ":,; ".contains($0) }
            return String(rest)
        }
        return names.contains { lowered.contains($0) } ? trimmed : nil
    }

    func isShortAnswer(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: "’", with: "'")
        return Int(trimmed) != nil || Self.anyoneWords.contains(trimmed) || HubCommand.ratingScore(trimmed) != nil
    }

    static let anyoneWords: Set<String> = [
        "anyone", "any", "anybody", "any one", "whoever", "someone", "first", "first free", "anyone free",
        // The same answer in the languages HubBot speaks: people answer in theirs.
        "jemand", "egal", "egal wer", "irgendwer", "irgendjemand", "quelqu'un", "n'importe qui", "peu importe",
        "cualquiera", "alguien", "da igual", "iemand", "maakt niet uit", "wie dan ook",
    ]

    /// A reply to `context`, in the person's language: plain in a direct chat; in a room, in the
    /// thread, mentioning the person.
    mutating func reply(_ said: Said, to context: Context, correlation: String? = nil) {
        let words = words(said, in: language(of: context.person))
        if context.direct {
            actions.append(
                .send(
                    ChatMessage(
                        room: context.room,
                        text: words.text,
                        html: words.html,
                        replyTo: context.eventID,
                        correlation: correlation,
                        catalogue: said.ids
                    )
                )
            )
            return
        }
        let name = name(of: context.person)
        let pill = "<a href=\"https://matrix.to/#/\(HTML.escape(context.person.rawValue))\">\(HTML.escape(name))</a>"
        let html = settings.network == .matrix ? "\(pill): " + (words.html ?? HTML.paragraphs(words.text)) : nil
        actions.append(
            .send(
                ChatMessage(
                    room: context.room,
                    text: "\(name): \(words.text)",
                    html: html,
                    mentions: [context.person],
                    replyTo: context.eventID,
                    threadRoot: context.eventID,
                    correlation: correlation,
                    catalogue: said.ids
                )
            )
        )
    }

    /// A private message, in the person's language: in the known direct chat, or one the transport opens.
    mutating func tell(_ person: PersonID, _ said: Said, correlation: String? = nil) {
        let words = words(said, in: language(of: person))
        if let room = people[person]?.directRoom {
            actions.append(
                .send(
                    ChatMessage(
                        room: room,
                        text: words.text,
                        html: words.html,
                        correlation: correlation,
                        catalogue: said.ids
                    )
                )
            )
        } else {
            actions.append(
                .sendDirect(
                    DirectMessage(
                        to: person,
                        text: words.text,
                        html: words.html,
                        correlation: correlation,
                        catalogue: said.ids
                    )
                )
            )
        }
    }

    /// The colleague who asked, where they asked.
    mutating func tellRequester(of request: HubRequest, _ said: Said, correlation: String? = nil) {
        reply(said, to: request.context, correlation: correlation)
    }

    /// A message to a room (not to one person): in `language`.
    func message(_ said: Said, in room: RoomID, language: ChatLanguage) -> ChatMessage {
        let words = words(said, in: language)
        return ChatMessage(room: room, text: words.text, html: words.html, catalogue: said.ids)
    }

    /// `said` in words for this network: on Matrix the Markdown-like body and its HTML; on IRC
    /// plain text, or with formatting codes where `irc.formatting` is on.
    func words(_ said: Said, in language: ChatLanguage) -> (text: String, html: String?) {
        let marked = catalogue.render(said, in: language)
        switch settings.network {
        case .matrix: return (marked.source, marked.hasFormatting ? marked.html : nil)
        case .irc: return (settings.ircFormatting ? marked.irc : marked.plain, nil)
        }
    }

    /// `said` without markup (room names, topics, first messages in a new room).
    func plainWords(_ said: Said, in language: ChatLanguage) -> String {
        catalogue.plain(said, in: language)
    }

    /// The language HubBot speaks with `person`: the one they chose (`!language`), else the one
    /// they write in, else the organisation's.
    public func language(of person: PersonID) -> ChatLanguage {
        let record = people[person]
        return record?.chosenLanguage.flatMap(ChatLanguage.init(code:))
            ?? record?.writtenLanguage.flatMap(ChatLanguage.init(code:)) ?? settings.language
    }
}

extension HubRequest {
    var context: Hub.Context {
        Hub.Context(room: room, eventID: eventID, person: requester, direct: inDirectChat)
    }
}

/// Escaping for text placed in HTML message bodies.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Escaped, with line breaks kept.
    public static func paragraphs(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "<br>")
    }
}
