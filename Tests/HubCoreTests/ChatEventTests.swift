import Foundation
import HubCore
import Testing

@Suite("Chat vocabulary")
struct ChatEventTests {
    @Test("an event survives a JSON round trip, as the inbox stores it")
    func roundTrip() throws {
        let event = ChatEvent(
            id: "$abc",
            network: .matrix,
            room: RoomID("!room:localhost"),
            sender: PersonID("@carol:localhost"),
            kind: .reaction(key: "✅", to: "$offer"),
            sentAt: Date(timeIntervalSince1970: 1_700_000_000),
            isDirect: true
        )
        let decoded = try JSONDecoder().decode(ChatEvent.self, from: JSONEncoder().encode(event))
        #expect(decoded == event)
    }

    @Test("identities compare by their canonical id, not by anything else")
    func identities() {
        #expect(PersonID("@alice:localhost") == PersonID(rawValue: "@alice:localhost"))
        #expect(PersonID("@alice:localhost") != PersonID("@Alice:localhost"))
        #expect(Set([RoomID("!a"), RoomID("!a"), RoomID("!b")]).count == 2)
    }
}
