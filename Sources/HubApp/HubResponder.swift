import Foundation
import HubCore
import HubStore

/// The hub, restored from the database and kept in memory: each event is
/// handled by the pure ``HubCore/Hub`` and what it changed is stored with the
/// event's actions. Looks up what the pure core cannot: display names, and
/// which of HubBot's messages a reaction answers.
public actor HubResponder: Responder {
    private var hub: Hub
    private let database: any HubStorage
    private var tags: TagModel
    private var settings: HubSettings
    /// The admin's wording in force, given again to a hub rebuilt from its records.
    private var catalogue = MessageCatalogue()
    private let displayName: @Sendable (PersonID, RoomID) async -> String?
    private let accountExists: @Sendable (PersonID) async -> Bool?
    private let clock: @Sendable () -> Date
    private let onReloadRequested: @Sendable () -> Void
    private let onTagEdits: @Sendable ([TagEditRequest]) -> Void
    /// Tag edits of the last response, handed to the app once it is stored.
    private var pendingTagEdits: [TagEditRequest] = []

    public init(
        me: PersonID,
        tags: TagModel,
        settings: HubSettings,
        database: any HubStorage,
        clock: @escaping @Sendable () -> Date = Date.init,
        onReloadRequested: @escaping @Sendable () -> Void = {},
        onTagEdits: @escaping @Sendable ([TagEditRequest]) -> Void = { _ in },
        accountExists: @escaping @Sendable (PersonID) async -> Bool? = { _ in nil },
        displayName: @escaping @Sendable (PersonID, RoomID) async -> String?
    ) async throws {
        self.accountExists = accountExists
        self.onReloadRequested = onReloadRequested
        self.onTagEdits = onTagEdits
        self.hub = Hub(me: me, tags: tags, settings: settings, records: try await database.hubRecords())
        self.database = database
        self.tags = tags
        self.settings = settings
        self.clock = clock
        self.displayName = displayName
        // Edits whose outcome never came back (HubBot stopped in between) are carried out again.
        let unfinished = hub.pendingTagEdits
        if !unfinished.isEmpty { onTagEdits(unfinished) }
    }

    public func respond(to event: ChatEvent) async throws -> Response {
        var input = HubInput(event: event)
        switch event.kind {
        case .message, .invite:
            if event.sender != hub.me { input.senderName = await displayName(event.sender, event.room) }
            if case .message(let text) = event.kind {
                for person in hub.unmetAccounts(in: text) where await accountExists(person) == false {
                    input.missingAccounts.insert(person)
                }
            }
        case .reaction(_, let target):
            input.reactedTo = try await database.correlation(ofSent: target)
        default:
            break
        }
        let output = hub.handle(input, now: clock())
        if output.reloadRequested { onReloadRequested() }
        pendingTagEdits = output.tagEdits
        return Response(actions: output.actions, records: output.records, notes: output.notes)
    }

    /// Rebuilds the hub from what is stored: the change that could not be stored is gone.
    public func discardLastResponse() async throws {
        pendingTagEdits = []
        hub = Hub(me: hub.me, tags: tags, settings: settings, records: try await database.hubRecords())
        hub.replaceCatalogue(catalogue)
    }

    /// Tag edits are written only once the audit entries waiting for them are stored.
    public func responseStored() {
        guard !pendingTagEdits.isEmpty else { return }
        onTagEdits(pendingTagEdits)
        pendingTagEdits = []
    }

    public func dueEvents(now: Date, network: ChatNetwork) -> [ChatEvent] {
        // One id per request: the inbox takes each once, however often the timer looks.
        let due = hub.dueFollowUps(now: now).map { followUp in
            ChatEvent(
                id: "follow-up:\(followUp.request)",
                network: network,
                room: RoomID("hubbot:timers"),
                sender: hub.me,
                kind: .followUpDue(request: followUp.request),
                sentAt: followUp.due
            )
        }
        guard let deadline = hub.nextDeadline, deadline.expires <= now else { return due }
        let milliseconds = Int64((deadline.expires.timeIntervalSince1970 * 1000).rounded())
        return due + [
            ChatEvent(
                id: "deadline:\(deadline.request):\(milliseconds)",
                network: network,
                room: RoomID("hubbot:timers"),
                sender: hub.me,
                kind: .offerDeadline(request: deadline.request, expires: deadline.expires),
                sentAt: deadline.expires
            )
        ]
    }

    /// Swaps in new hub settings between two events. Offers already made keep their
    /// deadlines; new timeouts and sizes apply from the next decision on.
    public func replaceSettings(_ settings: HubSettings) {
        self.settings = settings
        hub.settings = settings
    }

    /// Swaps in the admin's wording between two events.
    public func replaceCatalogue(_ catalogue: MessageCatalogue) {
        self.catalogue = catalogue
        hub.replaceCatalogue(catalogue)
    }

    /// Swaps in a new tag config between two events.
    public func replaceTags(_ model: TagModel) {
        tags = model
        hub.replaceTags(model)
    }

    /// The hub as it stands, for tests and `!stats`.
    public var current: Hub { hub }
}
