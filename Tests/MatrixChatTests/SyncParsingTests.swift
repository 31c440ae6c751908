import Foundation
import HubCore
import MatrixChat
import Testing

@Suite("Turning /sync batches into chat events")
struct SyncParsingTests {
    /// A batch shaped like Synapse's, with one of each kind of event HubBot cares about.
    static let batch = #"""
        {
          "next_batch": "s72595_4483_1934",
          "rooms": {
            "invite": {
              "!new:localhost": {"invite_state": {"events": [
                {"type": "m.room.name", "sender": "@carol:localhost", "state_key": "", "content": {"name": "Help"}},
                {"type": "m.room.member", "sender": "@carol:localhost", "state_key": "@hubbot:localhost",
                 "content": {"membership": "invite"}}
              ]}}
            },
            "join": {
              "!hub:localhost": {"timeline": {"limited": false, "events": [
                {"type": "m.room.message", "event_id": "$m1", "sender": "@carol:localhost",
                 "origin_server_ts": 1700000000000, "content": {"msgtype": "m.text", "body": "who knows R?"}},
                {"type": "m.room.message", "event_id": "$m2", "sender": "@hubbot:localhost",
                 "origin_server_ts": 1700000001000, "content": {"msgtype": "m.notice", "body": "my own reply"}},
                {"type": "m.reaction", "event_id": "$r1", "sender": "@alice:localhost", "origin_server_ts": 1700000002000,
                 "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$offer", "key": "✅"}}},
                {"type": "m.room.member", "event_id": "$j1", "sender": "@dave:localhost", "state_key": "@dave:localhost",
                 "origin_server_ts": 1700000003000, "content": {"membership": "join"}},
                {"type": "m.room.encrypted", "event_id": "$e1", "sender": "@dave:localhost",
                 "origin_server_ts": 1700000004000, "content": {"algorithm": "m.megolm.v1.aes-sha2"}},
                {"type": "m.room.message", "event_id": "$n1", "sender": "@otherbot:localhost",
                 "origin_server_ts": 1700000005000, "content": {"msgtype": "m.notice", "body": "bots talk in notices"}},
                {"type": "m.room.topic", "event_id": "$t1", "sender": "@carol:localhost", "state_key": "",
                 "origin_server_ts": 1700000006000, "content": {"topic": "ignored"}}
              ]}}
            }
          }
        }
        """#

    @Test("messages, reactions, joins, invites and encrypted events are recognised; our own and bots' notices are not")
    func parse() throws {
        let response = try JSONDecoder().decode(SyncResponse.self, from: Data(Self.batch.utf8))
        #expect(response.nextBatch == "s72595_4483_1934")
        let events = response.chatEvents(me: "@hubbot:localhost")
        #expect(events.map(\.id) == ["invite:!new:localhost:@carol:localhost", "$m1", "$r1", "$j1", "$e1"])
        #expect(events[0].kind == .invite)
        #expect(events[0].sender == PersonID("@carol:localhost"))
        #expect(events[1].kind == .message(text: "who knows R?"))
        #expect(events[1].room == RoomID("!hub:localhost"))
        #expect(events[1].sentAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(events[2].kind == .reaction(key: "✅", to: "$offer"))
        #expect(events[3].kind == .membership(joined: true))
        #expect(events[4].kind == .unreadable(reason: SyncResponse.encryptionOff))
    }

    @Test("events HubBot has already replied or reacted to (a restored database reads them again) are left out")
    func answeredAlready() throws {
        let batch = #"""
            {"next_batch": "s9", "rooms": {"join": {"!dm:localhost": {"timeline": {"limited": false, "events": [
              {"type": "m.room.message", "event_id": "$q1", "sender": "@carol:localhost",
               "content": {"msgtype": "m.text", "body": "!status"}},
              {"type": "m.room.message", "event_id": "$a1", "sender": "@hubbot:localhost",
               "content": {"msgtype": "m.notice", "body": "no requests", "m.relates_to": {"m.in_reply_to": {"event_id": "$q1"}}}},
              {"type": "m.room.message", "event_id": "$q2", "sender": "@carol:localhost",
               "content": {"msgtype": "m.text", "body": "yes"}},
              {"type": "m.reaction", "event_id": "$a2", "sender": "@hubbot:localhost",
               "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q2", "key": "✅"}}},
              {"type": "m.room.message", "event_id": "$q3", "sender": "@carol:localhost",
               "content": {"msgtype": "m.text", "body": "!help"}}
            ]}}}}}
            """#
        let response = try JSONDecoder().decode(SyncResponse.self, from: Data(batch.utf8))
        #expect(response.chatEvents(me: "@hubbot:localhost").map(\.id) == ["$q3"])
        // Someone else's reply answers nothing for HubBot.
        #expect(response.chatEvents(me: "@other:localhost").map(\.id) == ["$q1", "$q2", "$a2", "$q3"])
    }

    @Test("a message with a broken m.relates_to, m.mentions or unsigned is read; only the broken field is left out")
    func malformedFields() throws {
        let batch = #"""
            {"next_batch": "s9", "rooms": {"join": {"!r:localhost": {"timeline": {"events": [
              {"type": "m.room.message", "event_id": "$1", "sender": "@c:localhost",
               "content": {"msgtype": "m.text", "body": "one", "m.relates_to": "not an object"}},
              {"type": "m.room.message", "event_id": "$2", "sender": "@c:localhost", "origin_server_ts": "soon",
               "content": {"msgtype": "m.text", "body": "two", "m.mentions": {"user_ids": 5}}, "unsigned": []},
              {"type": "m.room.message", "event_id": "$3", "sender": "@c:localhost",
               "content": {"msgtype": "m.text", "body": ["three"]}},
              {"type": 4, "event_id": "$4", "sender": "@c:localhost", "content": {}}
            ]}}}}}
            """#
        let response = try JSONDecoder().decode(SyncResponse.self, from: Data(batch.utf8))
        let events = response.chatEvents(me: "@hubbot:localhost")
        #expect(events.map(\.kind) == [.message(text: "one"), .message(text: "two")])
        #expect(response.eventsWithMalformedFields == 3)
        #expect(response.malformedEventCount == 1)
        let timeline = response.rooms?.join?["!r:localhost"]?.timeline?.events?.elements ?? []
        #expect(
            timeline.map(\.malformedFields) == [
                ["content.m.relates_to"], ["origin_server_ts", "unsigned", "content.m.mentions"], ["content.body"],
            ]
        )
    }

    @Test("the sync filter is JSON; with a nonce it is a different request asking for the same events")
    func syncFilter() throws {
        func parsed(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        let plain = try parsed(MatrixClient.syncFilter)
        let fresh = try parsed(MatrixClient.syncFilter(nonce: "n1"))
        #expect(MatrixClient.syncFilter(nonce: "n1") != MatrixClient.syncFilter(nonce: "n2"))
        #expect((fresh["account_data"] as? [String: Any])?["not_types"] as? [String] == ["hubbot.fresh.n1"])
        #expect((plain["account_data"] as? [String: Any])?["not_types"] == nil)
        let room = try #require(plain["room"] as? [String: Any])
        #expect((room["timeline"] as? [String: Any])?["limit"] as? Int == 50)
        #expect(NSDictionary(dictionary: room).isEqual(to: try #require(fresh["room"] as? [String: Any])))
    }

    @Test("a limited timeline's prev_batch is read, for filling the gap")
    func limitedTimeline() throws {
        let batch = #"""
            {"next_batch": "s9", "rooms": {"join": {"!busy:localhost": {"timeline": {
              "limited": true, "prev_batch": "t47-1100_0", "events": []}}}}}
            """#
        let response = try JSONDecoder().decode(SyncResponse.self, from: Data(batch.utf8))
        let timeline = response.rooms?.join?["!busy:localhost"]?.timeline
        #expect(timeline?.limited == true)
        #expect(timeline?.prevBatch == "t47-1100_0")
    }

    @Test("an empty batch (a long-poll that timed out) has no events")
    func emptyBatch() throws {
        let response = try JSONDecoder().decode(SyncResponse.self, from: Data(#"{"next_batch":"s2"}"#.utf8))
        #expect(response.chatEvents(me: "@hubbot:localhost").isEmpty)
    }

    @Test("Matrix errors say what failed and recognise revoked tokens and rate limits")
    func errors() {
        let revoked = MatrixError(
            operation: "GET /sync",
            status: 401,
            errcode: "M_UNKNOWN_TOKEN",
            message: "Invalid token"
        )
        #expect(revoked.isUnknownToken)
        #expect(!revoked.isTransient)
        let limited = MatrixError(
            operation: "PUT /send",
            status: 429,
            errcode: "M_LIMIT_EXCEEDED",
            message: "Too many requests",
            retryAfter: .milliseconds(1500)
        )
        #expect(limited.isRateLimited && limited.isTransient)
        #expect(
            limited.description
                == "Matrix PUT /send failed: HTTP 429 M_LIMIT_EXCEEDED: Too many requests (retry after 1.5 seconds)"
        )
    }
}
