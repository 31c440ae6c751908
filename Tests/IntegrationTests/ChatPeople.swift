import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat

/// A person with a direct chat with HubBot.
struct Person {
    var account: FreshAccount
    var room: String
}

extension HubBotProcess {
    /// A new account (or `existing`) with a direct chat HubBot has joined.
    func person(
        _ name: String,
        synapse: SynapseEnvironment,
        http: HTTPClient,
        existing: FreshAccount? = nil
    ) async throws -> Person {
        let account: FreshAccount
        if let existing { account = existing } else { account = try await FreshAccount(name, on: synapse, http: http) }
        let room = try await account.client.createRoom(name: nil, invite: [bot.userID], isDirect: true)
        guard try await account.client.waitUntilJoined(bot.userID, room: room) else {
            throw TestServerError("HubBot did not join \(name)'s direct chat:\n\(output)")
        }
        return Person(account: account, room: room)
    }

    /// The person writes in their direct chat with HubBot.
    @discardableResult
    func say(_ text: String, as person: Person) async throws -> String {
        try await person.account.client.sendText(text, to: person.room, transactionID: UUID().uuidString, notice: false)
    }

    /// HubBot's messages in the person's direct chat, oldest first.
    func messages(to person: Person) async throws -> [SyncResponse.RoomEvent] {
        try await person.account.client.recentEvents(in: person.room, limit: 200)
            .filter { $0.sender == bot.userID && $0.type == "m.room.message" }
            .reversed()
    }

    /// Waits for a message from HubBot in the person's direct chat containing `text`; the latest.
    func waitForMessage(
        containing text: String,
        to person: Person,
        timeout: Duration = .seconds(90)
    ) async throws -> SyncResponse.RoomEvent {
        let found = try await waitForMessages(containing: text, count: 1, to: person, timeout: timeout)
        guard let latest = found.last else { throw TestServerError("no message containing “\(text)”") }
        return latest
    }

    /// Waits until HubBot has said something containing `text` to `person` `count` times (or
    /// more); those messages, oldest first.
    @discardableResult
    func waitForMessages(
        containing text: String,
        count: Int,
        to person: Person,
        timeout: Duration = .seconds(90)
    ) async throws -> [SyncResponse.RoomEvent] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found = try await messages(to: person).filter { $0.content?.body?.contains(text) == true }
            if found.count >= count { return found }
            try await Task.sleep(for: .milliseconds(200))
        }
        let seen = try await messages(to: person).compactMap { $0.content?.body }
        throw TestServerError(
            "no \(count) messages containing “\(text)” to \(person.account.name); HubBot said: \(seen)\n\(output)"
        )
    }

    /// Rooms the person is invited to.
    func invites(of person: Person) async throws -> [String] {
        // A fresh request each time: Synapse hands the same request the same answer for two minutes.
        let filter = MatrixClient.syncFilter(nonce: UUID().uuidString)
        let sync = try await person.account.client.sync(since: nil, timeout: .zero, filter: filter)
        return (sync.rooms?.invite ?? [:]).keys.sorted()
    }
}
