import Foundation
import HubCore
import HubStore
import Testing

@testable import HubApp

@Suite("Greeter: who HubBot answers, and how")
struct GreeterTests {
    let me = PersonID("@hubbot:example.org")
    let carol = PersonID("@carol:example.org")
    let room = RoomID("!room:example.org")

    func greeter(_ rules: [String] = [":example.org"], names: [String: String] = [:]) throws -> Greeter {
        Greeter(me: me, acceptInvitesFrom: rules, state: try HubDatabase.inMemory()) { person, _ in
            names[person.rawValue]
        }
    }

    func event(_ kind: ChatEvent.Kind, from sender: PersonID? = nil, id: String = "$e1", direct: Bool = false)
        -> ChatEvent
    {
        ChatEvent(
            id: id,
            network: .matrix,
            room: room,
            sender: sender ?? carol,
            kind: kind,
            sentAt: Date(timeIntervalSince1970: 0),
            isDirect: direct
        )
    }

    @Test(
        "invites are accepted only from allowed people",
        arguments: [
            (["*"], "@mallory:evil.example", true),
            ([":example.org"], "@carol:example.org", true),
            ([":example.org"], "@carol:example.org.evil", false),
            ([":example.org"], "@mallory:evil.example", false),
            (["@dave:partner.org"], "@dave:partner.org", true),
            (["@dave:partner.org"], "@eve:partner.org", false),
        ]
    )
    func invitePolicy(rules: [String], inviter: String, accepted: Bool) async throws {
        let actions = try await greeter(rules).respond(to: event(.invite, from: PersonID(inviter)))
        #expect(actions == (accepted ? [.join(room: room)] : []))
    }

    @Test("in a direct chat every message gets one reply, by display name, in reply to it")
    func directChat() async throws {
        let greeter = try greeter(names: ["@carol:example.org": "Carol <Data> Smith"])
        let joining = try await greeter.respond(to: event(.invite, direct: true))
        #expect(joining == [.join(room: room), .markDirect(room: room, with: carol)])
        let actions = try await greeter.respond(to: event(.message(text: "how do I find which teams never talk?")))
        guard case .send(let reply) = try #require(actions.first) else {
            Issue.record("expected a message, got \(actions)")
            return
        }
        #expect(actions.count == 1)
        #expect(reply.text.hasPrefix("Thanks, Carol <Data> Smith! I've got your message."))
        #expect(reply.html?.hasPrefix("Thanks, Carol &lt;Data&gt; Smith!") == true)
        #expect(reply.replyTo == "$e1")
        #expect(reply.threadRoot == nil)
    }

    @Test("in a room only messages addressed to HubBot are answered, in their thread, with a mention")
    func roomMessages() async throws {
        let greeter = try greeter()
        #expect(try await greeter.respond(to: event(.message(text: "lunch anyone?"))).isEmpty)
        for text in ["hubbot: who knows R?", "Hey @hubbot:example.org, help", "!ask who knows Gephi"] {
            let actions = try await greeter.respond(to: event(.message(text: text), id: "$q"))
            guard case .send(let reply) = try #require(actions.first, "\(text)") else { continue }
            #expect(reply.mentions == [carol])
            #expect(reply.threadRoot == "$q")
            #expect(reply.text.hasPrefix("carol: thanks!"))
            #expect(reply.html?.contains("<a href=\"https://matrix.to/#/@carol:example.org\">carol</a>") == true)
        }
    }

    @Test("an encrypted room gets the explanation once")
    func encryptedOnce() async throws {
        let greeter = try greeter()
        let first = try await greeter.respond(to: event(.unreadable(reason: "encrypted"), id: "$x1"))
        let second = try await greeter.respond(to: event(.unreadable(reason: "encrypted"), id: "$x2"))
        #expect(first.count == 1)
        #expect(second.isEmpty)
    }

    @Test("reactions and membership changes need no answer")
    func quietEvents() async throws {
        let greeter = try greeter()
        #expect(try await greeter.respond(to: event(.reaction(key: "👍", to: "$a"))).isEmpty)
        #expect(try await greeter.respond(to: event(.membership(joined: true))).isEmpty)
    }
}
