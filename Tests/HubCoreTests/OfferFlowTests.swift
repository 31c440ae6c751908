import Foundation
import HubCore
import Testing

@Suite("Offers: the request's life as a state machine")
struct OfferFlowTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let carol = PersonID("@carol:x")
    let ann = PersonID("@ann:x")
    let bob = PersonID("@bob:x")
    let cid = PersonID("@cid:x")

    func flow(_ mode: OfferFlow.Mode, rings: Int = 2) -> OfferFlow {
        var policy = OfferFlow.Policy()
        policy.rings = rings
        return OfferFlow(requestID: "req-1", requester: carol, mode: mode, policy: policy)
    }

    var expiry: Date { now.addingTimeInterval(15 * 60) }

    @Test("a chosen specialist gets the offer alone, with a timer; the colleague is told")
    func chosen() {
        var flow = flow(.chosen(bob))
        #expect(
            flow.on(.candidates([ann, bob]), now: now)
                == [.sendOffer(to: bob), .startTimer(at: expiry), .tellRequester(.offered(count: 1))]
        )
        #expect(flow.state == .offered(to: [bob], expires: expiry))
    }

    @Test("\"anyone\": up to K at once; the first accept wins, the others are released, a late one is told kindly")
    func anyoneFirstAcceptWins() {
        var flow = flow(.anyone(parallel: 2))
        _ = flow.on(.candidates([ann, bob, cid]), now: now)
        #expect(flow.state == .offered(to: [ann, bob], expires: expiry))
        #expect(
            flow.on(.accepted(by: bob), now: now) == [
                .withdrawOffer(from: ann), .introduce(requester: carol, specialist: bob),
            ]
        )
        #expect(flow.on(.accepted(by: ann), now: now) == [.tellTooLate(ann)])
        #expect(flow.on(.accepted(by: bob), now: now) == [.ignore(reason: "already accepted")])
        #expect(flow.acceptedBy == bob)
    }

    @Test("only people offered the request can accept it")
    func strangerCannotAccept() {
        var flow = flow(.anyone(parallel: 1))
        _ = flow.on(.candidates([ann]), now: now)
        #expect(flow.on(.accepted(by: cid), now: now) == [.ignore(reason: "@cid:x was not offered this request")])
        #expect(
            flow.on(.accepted(by: carol), now: now).first == .ignore(reason: "@carol:x was not offered this request")
        )
        #expect(flow.acceptedBy == nil)
    }

    @Test("after declines the next people are found, and nobody is asked twice")
    func declines() {
        var flow = flow(.anyone(parallel: 1))
        _ = flow.on(.candidates([ann, bob]), now: now)
        #expect(
            flow.on(.declined(by: ann), now: now) == [
                .tellRequester(.declinedTryingNext), .findCandidates(ring: 0, excluding: [carol, ann]),
            ]
        )
        // The matchmaker returns Ann again (she is still a fit): she is skipped.
        #expect(flow.on(.candidates([ann, bob]), now: now).first == .sendOffer(to: bob))
        #expect(flow.on(.declined(by: ann), now: now) == [.ignore(reason: "@ann:x has no open offer")])
    }

    @Test("a timeout marks the person as not answering and moves to the wider ring; an old timer does nothing")
    func timeouts() {
        var flow = flow(.anyone(parallel: 1))
        _ = flow.on(.candidates([ann]), now: now)
        let later = expiry
        #expect(flow.on(.timedOut(expires: now), now: later) == [.ignore(reason: "a timer of an earlier round")])
        #expect(
            flow.on(.timedOut(expires: expiry), now: later)
                == [
                    .withdrawOffer(from: ann), .markNotAnswering(ann, until: later.addingTimeInterval(7200)),
                    .findCandidates(ring: 1, excluding: [carol, ann]),
                ]
        )
        _ = flow.on(.candidates([bob]), now: later)
        #expect(flow.ring == 1)
        // The last ring times out too: the colleague hears honestly that nobody is free.
        let actions = flow.on(.timedOut(expires: later.addingTimeInterval(900)), now: later.addingTimeInterval(900))
        #expect(actions.last == .fallback)
        #expect(flow.state == .closed(.expired))
    }

    @Test("no candidates: the wider ring, then the fallback")
    func noCandidates() {
        var flow = flow(.anyone(parallel: 2))
        #expect(flow.on(.candidates([]), now: now) == [.findCandidates(ring: 1, excluding: [carol])])
        #expect(flow.on(.candidates([carol]), now: now) == [.fallback])
        #expect(flow.state == .closed(.expired))
    }

    @Test("accepted → connected → done asks for a rating; then it is closed")
    func happyPath() {
        var flow = flow(.chosen(ann))
        _ = flow.on(.candidates([ann]), now: now)
        _ = flow.on(.accepted(by: ann), now: now)
        #expect(flow.on(.connected(room: RoomID("!intro:x")), now: now).isEmpty)
        #expect(flow.state == .connected(by: ann, room: RoomID("!intro:x")))
        #expect(flow.on(.done, now: now) == [.askForRating(requester: carol, specialist: ann)])
        #expect(flow.isClosed)
        #expect(flow.on(.done, now: now) == [.ignore(reason: "already closed")])
    }

    @Test("only the colleague can cancel; open offers are withdrawn")
    func cancel() {
        var flow = flow(.anyone(parallel: 2))
        _ = flow.on(.candidates([ann, bob]), now: now)
        #expect(flow.on(.cancelled(by: ann), now: now) == [.ignore(reason: "only the colleague who asked can cancel")])
        #expect(
            flow.on(.cancelled(by: carol), now: now)
                == [.withdrawOffer(from: ann), .withdrawOffer(from: bob), .tellRequester(.cancelled)]
        )
        #expect(flow.state == .closed(.cancelled))
        guard case .ignore = flow.on(.accepted(by: ann), now: now).first else {
            Issue.record("an accept after cancelling must be ignored")
            return
        }
    }

    @Test("a flow stored mid-way and restored goes on exactly as before")
    func restart() throws {
        var original = flow(.anyone(parallel: 1))
        _ = original.on(.candidates([ann, bob]), now: now)
        _ = original.on(.declined(by: ann), now: now)
        var restored = try JSONDecoder().decode(OfferFlow.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        #expect(restored.on(.candidates([ann, bob]), now: now) == original.on(.candidates([ann, bob]), now: now))
    }

    @Test("property: whatever happens, at most one specialist accepts, nobody is offered twice, never the colleague")
    func invariants() {
        var random = SplitMix64(seed: 42)
        let people = [ann, bob, cid, PersonID("@dee:x"), carol]
        for _ in 0..<500 {
            var flow = flow(
                .anyone(parallel: Int.random(in: 1...3, using: &random)),
                rings: Int.random(in: 1...3, using: &random)
            )
            var offered: [PersonID] = []
            var clock = now
            for _ in 0..<20 {
                clock = clock.addingTimeInterval(60)
                let person = people.randomElement(using: &random) ?? ann
                let event: OfferFlow.Event =
                    switch Int.random(in: 0..<6, using: &random) {
                    case 0: .candidates(people.shuffled(using: &random))
                    case 1: .accepted(by: person)
                    case 2: .declined(by: person)
                    case 3:
                        if case .offered(_, let expires) = flow.state { .timedOut(expires: expires) } else { .done }
                    case 4: .done
                    default: .cancelled(by: Bool.random(using: &random) ? carol : person)
                    }
                for action in flow.on(event, now: clock) {
                    if case .sendOffer(let to) = action { offered.append(to) }
                }
            }
            #expect(!offered.contains(carol))
            #expect(Set(offered).count == offered.count, "someone was offered the same request twice: \(offered)")
            if let winner = flow.acceptedBy { #expect(offered.contains(winner)) }
        }
    }
}
