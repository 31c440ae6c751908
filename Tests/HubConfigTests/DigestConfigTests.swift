import Foundation
import HubConfig
import HubCore
import Testing

@Suite("hub.digest_* config keys")
struct DigestConfigTests {
    static let matrix = "matrix:\n  homeserver: https://m.example.org\n  access_token: env:T\n"

    @Test("no digest room, no digest; the day and hour default to Monday 09:00 UTC")
    func defaults() throws {
        let config = try ConfigLoader.parse(Self.matrix, file: "t.yaml")
        #expect(config.hub.digestRoom == nil && config.hub.digestSchedule == nil)
        #expect(config.hub.digestWeekday == "monday" && config.hub.digestHour == 9)
        let withRoom = try ConfigLoader.parse(
            Self.matrix + "hub:\n  digest_room: \"!hub:example.org\"\n",
            file: "t.yaml"
        )
        #expect(withRoom.hub.digestSchedule == DigestSchedule(weekday: 1, hour: 9))
    }

    @Test("a chosen day and hour")
    func chosen() throws {
        let yaml =
            Self.matrix + "hub:\n  digest_room: \"!hub:example.org\"\n  digest_weekday: Friday\n  digest_hour: 16\n"
        let config = try ConfigLoader.parse(yaml, file: "t.yaml")
        #expect(config.hub.digestSchedule == DigestSchedule(weekday: 5, hour: 16))
    }

    @Test("a time zone: Monday 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer")
    func timeZone() throws {
        let yaml = Self.matrix + "hub:\n  digest_room: \"!hub:example.org\"\n  digest_time_zone: Europe/Berlin\n"
        let schedule = try #require(try ConfigLoader.parse(yaml, file: "t.yaml").hub.digestSchedule)
        let winter = try #require(ISO8601DateFormatter().date(from: "2026-11-25T12:00:00Z"))
        let summer = try #require(ISO8601DateFormatter().date(from: "2026-07-01T12:00:00Z"))
        #expect(ISO8601DateFormatter().string(from: schedule.lastDue(atOrBefore: winter)) == "2026-11-23T08:00:00Z")
        #expect(ISO8601DateFormatter().string(from: schedule.lastDue(atOrBefore: summer)) == "2026-06-29T07:00:00Z")
        #expect(ISO8601DateFormatter().string(from: schedule.nextDue(after: winter)) == "2026-11-30T08:00:00Z")

        let typo = Self.matrix + "hub:\n  digest_time_zone: Europe/Berln\n"
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(typo, file: "c.yaml") }
        let line = error?.issues.first?.description ?? ""
        #expect(line.hasPrefix("c.yaml:5:3: hub.digest_time_zone: 'Europe/Berln' is not a time zone"), "\(line)")
        #expect(line.contains("Did you mean 'Europe/Berlin'?"), "\(line)")
    }

    @Test("mistakes are located and say what is expected")
    func mistakes() {
        let yaml =
            Self.matrix
            + "hub:\n  digest_room: hub-room\n  digest_weekday: fridy\n  digest_hour: 24\n"
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "c.yaml") }
        let lines = error?.issues.map(\.description) ?? []
        #expect(
            lines.contains {
                $0.hasPrefix("c.yaml:5:3: hub.digest_room: must be a room id such as !abc123:example.org")
            }
        )
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "c.yaml:6:3: hub.digest_weekday: 'fridy' is not a day of the week; write monday … sunday. Did you mean 'friday'?"
                )
            },
            "\(lines)"
        )
        #expect(
            lines.contains { $0.hasPrefix("c.yaml:7:3: hub.digest_hour: must be from 0 to 23, not 24") },
            "\(lines)"
        )
    }
}
