import CurlHTTP
import Foundation
import HubCore
import HubStore
import Logging
import Metrics
import ServiceLifecycle

/// Delivers recorded faults to their ticket systems, once each, whatever fails:
/// every try carries the fault id as `Idempotency-Key` and `webhook-id`, with
/// Standard Webhooks signatures; network errors, timeouts, 408, 429 and 5xx are
/// retried with capped, jittered backoff (honouring `Retry-After`) until the
/// horizon; each endpoint has a circuit breaker; a lost answer is reconciled by
/// looking the ticket up before creating another; other refusals and the
/// horizon go to the dead letters, and 410 switches the route off. The hub
/// hears every outcome through the inbox, in the transaction that records it.
public struct TicketDeliveryService: Service {
    public struct Settings: Sendable {
        /// Route (from tags.yaml) → target; `default` catches the rest.
        public var routes: [String: TicketTarget]
        public var policy = DeliveryPolicy()
        /// How often delivered tickets are asked whether they are closed.
        public var pollInterval: Duration = .seconds(60)
        /// How long one request may take.
        public var requestTimeout: Duration = .seconds(30)
        /// How often the outbox is looked at when nothing is due.
        public var idleCheck: Duration = .seconds(1)

        public init(routes: [String: TicketTarget]) {
            self.routes = routes
        }
    }

    let database: any HubStorage
    let http: HTTPClient
    let settings: Settings
    let tags: TagModel
    let logger: Logger
    /// Called after news for the hub was put in the inbox.
    let newsStored: @Sendable () -> Void
    /// The clock deadlines and the horizon are measured with (injected in tests and benchmarks).
    public var clock: @Sendable () -> Date = Date.init
    /// Asked right before each request to the ticket system: throws when this instance may no
    /// longer act (a leader whose lease ran out), and the request is not made.
    public var mayAct: @Sendable () throws -> Void = {}

    public init(
        database: any HubStorage,
        http: HTTPClient,
        settings: Settings,
        tags: TagModel,
        logger: Logger,
        newsStored: @escaping @Sendable () -> Void
    ) {
        self.database = database
        self.http = http
        self.settings = settings
        self.tags = tags
        self.logger = logger
        self.newsStored = newsStored
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var breakers: [String: CircuitBreaker] = [:]
            var lastPoll = Date.distantPast
            while !Task.isCancelled {
                do {
                    try await deliverDue(breakers: &breakers)
                    if clock().timeIntervalSince(lastPoll) >= settings.pollInterval.seconds {
                        lastPoll = clock()
                        try await pollTickets()
                    }
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("ticket delivery loop failed; retrying", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: settings.idleCheck)
            }
        }
    }

    /// Delivers everything due now, one try each (one pass of the loop `run` makes).
    public func deliverDue(breakers: inout [String: CircuitBreaker]) async throws {
        var held: [Date: [String]] = [:]
        for delivery in try await database.dueDeliveries(now: clock(), limit: 200) where !Task.isCancelled {
            // An endpoint whose breaker is open is not tried; its faults wait, all in one write.
            let now = clock()
            if let target = target(for: delivery.fault),
                let until = breakers[target.endpoint]?.blockedUntil(now: now)
            {
                held[until, default: []].append(delivery.fault.id)
                continue
            }
            try await deliver(delivery, breakers: &breakers)
        }
        for (until, faults) in held {
            try await database.hold(faults, until: until, reason: "the endpoint's circuit is open")
        }
    }

    private func target(for fault: HygieneFault) -> TicketTarget? {
        settings.routes[fault.route] ?? settings.routes["default"]
    }

    func deliver(_ delivery: Delivery, breakers: inout [String: CircuitBreaker]) async throws {
        let fault = delivery.fault
        let metadata: Logger.Metadata = ["ticket.fault_id": "\(fault.id)", "ticket.route": "\(fault.route)"]
        guard let target = target(for: fault) else {
            try await dead(
                fault,
                "no ticket target for the route '\(fault.route)' and no 'default' route in tickets.routes"
            )
            return
        }
        if let gone = try await database.value(for: Self.goneKey(target)), gone == target.url {
            try await dead(fault, "the route's target '\(target.name)' answered 410 Gone and is switched off")
            return
        }
        var breaker = breakers[target.endpoint] ?? CircuitBreaker()
        defer { breakers[target.endpoint] = breaker }
        let now = clock()
        // deliverDue holds faults whose endpoint is blocked; here the breaker only learns
        // that this request is the probe when it was open and its time has come.
        _ = breaker.allows(now: now)

        // A later report of the same fault joins the first report's ticket.
        if let first = fault.groupedInto {
            let original = try await database.delivery(of: first)
            guard let ticket = original?.ticket else {
                // The first report has no ticket yet: wait for it, unless it failed (then file this one itself).
                if original != nil, try await database.deliveryStatus(first) != "dead" {
                    try await database.reschedule(
                        fault.id,
                        at: now.addingTimeInterval(5),
                        error: "waiting for \(first)'s ticket",
                        mayHaveArrived: false,
                        countsAsAttempt: false,
                        now: now
                    )
                    return
                }
                try await create(delivery, target: target, breaker: &breaker, metadata: metadata)
                return
            }
            guard
                let call = target.commentCall(
                    ticketID: ticket.id,
                    faultID: fault.id,
                    text: "Also reported by \(fault.reporterName) (\(fault.reporter)) at "
                        + "\(ISO8601DateFormatter().string(from: fault.reportedAt)): \(fault.text) "
                        + TicketTarget.marker(fault.id)
                )
            else {
                // The ticket system can't take comments: the report is counted with the first one.
                try await delivered(fault, TicketNews(faultID: fault.id, change: .addedTo(ticket)), ticket)
                return
            }
            // A note whose answer was lost may be on the ticket already: its marker is looked for first.
            let notes = target.notesCall(ticketID: ticket.id, faultID: fault.id, reportedAt: fault.reportedAt)
            if let notes, delivery.mayHaveArrived {
                let result = try await lookFirst(
                    notes,
                    what: "the ticket's notes",
                    delivery: delivery,
                    target: target,
                    breaker: &breaker,
                    metadata: metadata
                ) { target.noteSearch(fromNotes: $0, faultID: fault.id, ticket: ticket) }
                switch result {
                case .found?:
                    logger.notice("found the note an earlier try added", metadata: metadata)
                    try await delivered(fault, TicketNews(faultID: fault.id, change: .addedTo(ticket)), ticket)
                    return
                case .notFound?:
                    break
                case .unreadable?, nil:
                    return
                }
            } else if notes != nil {
                // Noted before the request leaves: if HubBot dies while it is under way, the next try looks first.
                try await database.noteMayHaveArrived(fault.id)
            }
            try await attempt(
                call,
                delivery: delivery,
                target: target,
                breaker: &breaker,
                metadata: metadata
            ) { _ in TicketNews(faultID: fault.id, change: .addedTo(ticket)) }
            return
        }
        try await create(delivery, target: target, breaker: &breaker, metadata: metadata)
    }

    private func create(
        _ delivery: Delivery,
        target: TicketTarget,
        breaker: inout CircuitBreaker,
        metadata: Logger.Metadata
    ) async throws {
        let fault = delivery.fault
        // The answer to an earlier try was lost: the ticket may exist already.
        if delivery.mayHaveArrived, let find = target.findCall(faultID: fault.id, reportedAt: fault.reportedAt) {
            let result = try await lookFirst(
                find,
                what: "the search for the fault's marker",
                delivery: delivery,
                target: target,
                breaker: &breaker,
                metadata: metadata
            ) { target.search(fromFound: $0, faultID: fault.id) }
            switch result {
            case .found(let found)?:
                logger.notice("found the ticket an earlier try created", metadata: metadata)
                try await delivered(fault, TicketNews(faultID: fault.id, change: .filed(found)), found)
                return
            case .notFound?:
                break
            case .unreadable?, nil:
                return
            }
        }
        // Noted before the request leaves: if HubBot dies while it is under way, the next try looks first.
        if !delivery.mayHaveArrived, target.findCall(faultID: fault.id, reportedAt: fault.reportedAt) != nil {
            try await database.noteMayHaveArrived(fault.id)
        }
        let call = target.createCall(for: fault, category: tags.hygieneCategory(named: fault.category))
        try await attempt(call, delivery: delivery, target: target, breaker: &breaker, metadata: metadata) { body in
            // An answer that names no ticket: it is looked up by its marker on the next round.
            target.receipt(fromCreated: body, faultID: fault.id).map {
                TicketNews(faultID: fault.id, change: .filed($0))
            }
        }
    }

    /// Asks the ticket system whether an earlier try arrived. Only an answer that was read and
    /// lists nothing is `.notFound`; a failed, refused or unreadable one is unknown: this round
    /// fails (retried with backoff) and nil is returned, so nothing is sent again on a guess.
    private func lookFirst(
        _ call: TicketCall,
        what: String,
        delivery: Delivery,
        target: TicketTarget,
        breaker: inout CircuitBreaker,
        metadata: Logger.Metadata,
        read: (Data) -> TicketTarget.SearchResult
    ) async throws -> TicketTarget.SearchResult? {
        let fault = delivery.fault
        var unknown: (status: Int?, retryAfter: Duration?, detail: String)
        do {
            let response = try await send(call, target: target, faultID: fault.id)
            if (200..<300).contains(response.status) {
                let result = read(response.body)
                guard result == .unreadable else { return result }
                unknown = (nil, nil, "\(what) answered \(response.status) unreadably")
            } else {
                // Only a retryable status is passed on (for its backoff): a search or note read refused
                // with 404 or 410 says nothing of the ticket, so it must neither give the fault up nor
                // switch the route off; it is retried like a network failure until the horizon.
                let retryable = [408, 409, 425, 429].contains(response.status) || response.status >= 500
                unknown = (
                    retryable ? response.status : nil, retryAfter(of: response),
                    "\(what): \(Self.summary(of: response))"
                )
            }
        } catch {
            unknown = (nil, nil, "\(what) failed: \(error)")
        }
        try await failed(
            delivery,
            status: unknown.status,
            retryAfter: unknown.retryAfter,
            detail: unknown.detail,
            reachable: true,
            target: target,
            breaker: &breaker,
            metadata: metadata
        )
        return nil
    }

    /// One try of `call`; success is read from the answer's body by `news`.
    private func attempt(
        _ call: TicketCall,
        delivery: Delivery,
        target: TicketTarget,
        breaker: inout CircuitBreaker,
        metadata: Logger.Metadata,
        news: (Data) -> TicketNews?
    ) async throws {
        let fault = delivery.fault
        let response: HTTPResponse
        do {
            response = try await send(call, target: target, faultID: fault.id)
        } catch let error as HTTPClientError {
            switch error.kind {
            case .invalidRequest, .unsupportedScheme, .tls, .requestTooLarge, .tooManyRedirects:
                breaker.record(success: false, now: clock())
                try await dead(fault, "the request cannot work as configured: \(error)")
            case .shutdown:
                throw CancellationError()
            default:
                // Refused connections never arrived; a timeout or a reset may have.
                let reachable = error.kind != .connectFailed
                try await failed(
                    delivery,
                    status: nil,
                    retryAfter: nil,
                    detail: "\(error)",
                    reachable: reachable,
                    target: target,
                    breaker: &breaker,
                    metadata: metadata
                )
            }
            return
        }
        if (200..<300).contains(response.status) {
            let recovered = breaker.state == .probing
            breaker.record(success: true, now: clock())
            // The endpoint is back after an outage: what waited for it goes now, not at its backed-off time.
            if recovered { try await database.expeditePending(now: clock()) }
            guard let outcome = news(response.body) else {
                try await failed(
                    delivery,
                    status: nil,
                    retryAfter: nil,
                    detail: "HTTP \(response.status), but the answer names no ticket; looking it up by its marker",
                    reachable: true,
                    target: target,
                    breaker: &breaker,
                    metadata: metadata
                )
                return
            }
            let receipt: TicketReceipt? =
                switch outcome.change {
                case .filed(let receipt), .addedTo(let receipt): receipt
                default: nil
                }
            logger.info(
                "fault delivered",
                metadata: metadata.merging(["ticket.id": "\(receipt?.id ?? "-")", "ticket.target": "\(target.name)"]) {
                    $1
                }
            )
            try await delivered(fault, outcome, receipt)
            return
        }
        try await failed(
            delivery,
            status: response.status,
            retryAfter: retryAfter(of: response),
            detail: Self.summary(of: response),
            // A 5xx or a 409 (the first try still running) may hide a ticket made meanwhile.
            reachable: response.status >= 500 || response.status == 409,
            target: target,
            breaker: &breaker,
            metadata: metadata
        )
    }

    /// How long a refusing answer asks HubBot to wait (`Retry-After`), if it says.
    private func retryAfter(of response: HTTPResponse) -> Duration? {
        response.headers["Retry-After"].flatMap { RetryAfter.delay(from: $0, now: clock()) }
    }

    /// `HTTP 503 <the body's first 200 bytes>`, for logs and the admins.
    private static func summary(of response: HTTPResponse) -> String {
        "HTTP \(response.status) \(String(decoding: response.body.prefix(200), as: UTF8.self))"
    }

    private func failed(
        _ delivery: Delivery,
        status: Int?,
        retryAfter: Duration?,
        detail: String,
        reachable: Bool,
        target: TicketTarget,
        breaker: inout CircuitBreaker,
        metadata: Logger.Metadata
    ) async throws {
        let fault = delivery.fault
        let now = clock()
        // 429 says the endpoint is alive: it waits as asked but does not trip the breaker.
        if status != 429 { breaker.record(success: false, now: now) }
        var random = SystemRandomNumberGenerator()
        let verdict = settings.policy.verdict(
            status: status,
            retryAfter: retryAfter,
            attempt: delivery.attempts,
            firstTried: delivery.firstTriedAt ?? now,
            now: now,
            detail: detail,
            random: &random
        )
        switch verdict {
        case .delivered:
            break
        case .retry(let after):
            Self.count(fault, "retry")
            logger.warning(
                "ticket delivery failed; will retry",
                metadata: metadata.merging(["error": "\(detail)", "retry.in": "\(after)"]) { $1 }
            )
            try await database.reschedule(
                fault.id,
                at: now.addingTimeInterval(after.seconds),
                error: detail,
                mayHaveArrived: reachable,
                now: now
            )
        case .deadLetter(let reason):
            try await dead(fault, reason)
        case .routeGone(let reason):
            try await database.setValue(target.url, for: Self.goneKey(target))
            logger.critical("ticket target switched off", metadata: metadata.merging(["error": "\(reason)"]) { $1 })
            try await dead(fault, "\(reason); the target '\(target.name)' is switched off until its URL changes")
        }
    }

    private func send(_ call: TicketCall, target: TicketTarget, faultID: String) async throws -> HTTPResponse {
        try mayAct()
        var headers = HTTPHeaders(call.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        headers.replaceOrAdd(name: "Idempotency-Key", value: faultID)
        let signature = WebhookSignature.headers(
            id: faultID,
            timestamp: clock(),
            body: call.body ?? Data(),
            secrets: target.signingSecrets
        )
        for (name, value) in signature.sorted(by: { $0.key < $1.key }) {
            headers.replaceOrAdd(name: name, value: value)
        }
        var request = HTTPRequest(
            method: HTTPMethod(rawValue: call.method),
            url: call.url,
            headers: headers,
            body: call.body,
            timeout: settings.requestTimeout
        )
        // A create or a note is never re-sent behind HubBot's back (see `freshConnection`): a lost
        // answer comes back as an error, and the next round looks before it sends again.
        request.freshConnection = call.method != "GET"
        return try await http.execute(request)
    }

    /// `hubbot_ticket_deliveries_total{route, outcome}`: delivered, retry or dead.
    static func count(_ fault: HygieneFault, _ outcome: String) {
        Counter(label: "hubbot_ticket_deliveries_total", dimensions: [("route", fault.route), ("outcome", outcome)])
            .increment()
    }

    private func delivered(_ fault: HygieneFault, _ news: TicketNews, _ receipt: TicketReceipt?) async throws {
        Self.count(fault, "delivered")
        try await database.recordDelivered(
            fault.id,
            ticket: receipt ?? TicketReceipt(id: fault.id),
            news: news.event(network: fault.network, me: Self.sender, at: clock()),
            now: clock()
        )
        newsStored()
    }

    private func dead(_ fault: HygieneFault, _ reason: String) async throws {
        Self.count(fault, "dead")
        logger.error(
            "fault not delivered: dead letter",
            metadata: ["ticket.fault_id": "\(fault.id)", "error": "\(reason)"]
        )
        try await database.recordDead(
            fault.id,
            reason: reason,
            news: TicketNews(faultID: fault.id, change: .failed(reason: reason))
                .event(network: fault.network, me: Self.sender, at: clock())
        )
        newsStored()
    }

    /// Asks the ticket systems that can tell whether delivered tickets are closed.
    func pollTickets() async throws {
        let now = clock()
        let due = try await database.deliveriesToPoll(before: now.addingTimeInterval(-settings.pollInterval.seconds))
        for delivery in due where !Task.isCancelled {
            let fault = delivery.fault
            guard fault.groupedInto == nil, let ticket = delivery.ticket, let target = target(for: fault),
                let call = target.statusCall(ticketID: ticket.id)
            else {
                try await database.recordPolled(fault.id, at: now.addingTimeInterval(365 * 86_400), closedNews: nil)
                continue
            }
            do {
                let response = try await send(call, target: target, faultID: fault.id)
                let closed = (200..<300).contains(response.status) && target.isClosed(statusBody: response.body)
                let news =
                    closed
                    ? TicketNews(faultID: fault.id, change: .fixed).event(
                        network: fault.network,
                        me: Self.sender,
                        at: now
                    )
                    : nil
                try await database.recordPolled(fault.id, at: now, closedNews: news)
                if closed {
                    logger.info(
                        "ticket closed",
                        metadata: ["ticket.fault_id": "\(fault.id)", "ticket.id": "\(ticket.id)"]
                    )
                    newsStored()
                }
            } catch {
                logger.warning(
                    "cannot read a ticket's state",
                    metadata: ["ticket.fault_id": "\(fault.id)", "error": "\(error)"]
                )
                try await database.recordPolled(fault.id, at: now, closedNews: nil)
            }
        }
    }

    /// The sender of ticket news in the inbox: HubBot's ticket desk, never a chat user.
    static let sender = PersonID("hubbot:tickets")

    static func goneKey(_ target: TicketTarget) -> String { "tickets.gone.\(target.name)" }
}
