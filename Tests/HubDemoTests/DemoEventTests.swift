import Foundation
import Testing

@testable import HubDemo

@Suite("Demo events: what hubbot demo-specialists prints")
struct DemoEventTests {
    @Test("one readable line each; Scripts/demo.sh waits for “demo specialists ready”")
    func lines() {
        #expect(DemoEvent(.ready, detail: "alice, bob").text == "demo specialists ready: alice, bob")
        #expect(DemoEvent(.accepted, specialist: "alice", request: 3).text == "alice: accepted request 3")
        #expect(
            DemoEvent(.declined, specialist: "bob", request: 3, detail: "on a deadline").text
                == "bob: declined request 3: on a deadline"
        )
        #expect(DemoEvent(.done, specialist: "alice", request: 3).text == "alice: finished request 3")
    }

    @Test("--format json: snake_case kinds, absent fields left out")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(DemoEvent(.signedIn, specialist: "alice", detail: "!interests add #r"))
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"detail":"!interests add #r","kind":"signed_in","specialist":"alice"}"#
        )
    }
}
