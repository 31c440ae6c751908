import Foundation
import Testing

@testable import HubApp

/// Ticket status callbacks: whatever the body, reading its fields never traps (issue 20:
/// `status=fixed now` and `status=résolu` once killed HubBot through URLComponents).
@Suite("HTTP listener: callback fields from any body")
struct HTTPListenerFieldsTests {
    static let form = "application/x-www-form-urlencoded"
    var form: String { Self.form }

    func fields(_ body: String, _ type: String?) -> [String: String] {
        HTTPListener.fields(of: Data(body.utf8), contentType: type)
    }

    @Test("form bodies: encoded and unencoded spaces, UTF-8, '+', invalid escapes, repeats, no value")
    func formBodies() {
        #expect(
            fields("fault_id=fault-1-ab&status=fixed+now", form) == ["fault_id": "fault-1-ab", "status": "fixed now"]
        )
        #expect(fields("status=fixed now&id=1", form) == ["status": "fixed now", "id": "1"])
        #expect(fields("status=résolu", form) == ["status": "résolu"])
        #expect(fields("status=r%C3%A9solu", form) == ["status": "résolu"])
        #expect(fields("status=100%&x=%zz", form) == ["status": "100%", "x": "%zz"])
        #expect(fields("status=first&status=second", form) == ["status": "first"])
        #expect(fields("flag&=empty&status=", form) == ["status": ""])
        #expect(fields("{\"status\": \"fixed\"}", form).isEmpty)
        #expect(fields("", form).isEmpty)
    }

    @Test(
        "random bytes under every content type never trap",
        arguments: [Self.form, "application/json", "text/plain", nil]
    )
    func randomBodies(type: String?) {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = HTTPListener.fields(of: Data(bytes), contentType: type)
            _ = fields(String(decoding: bytes, as: UTF8.self) + "=%&=+é ", type)
        }
    }

    @Test("JSON bodies: string fields only")
    func jsonBodies() {
        #expect(
            fields("{\"fault_id\": \"f-1\", \"status\": \"fixed\", \"n\": 3}", "application/json") == [
                "fault_id": "f-1", "status": "fixed",
            ]
        )
        #expect(fields("[1, 2]", "application/json").isEmpty)
    }

    @Test("timestamps are integer seconds only, as Standard Webhooks says")
    func timestamps() {
        #expect(HTTPListener.integerSeconds("1796306439") == 1_796_306_439)
        for text in [
            "1796306439.5e0", "+1796306439", "1796306439.000", "", " 1796306439", "-1", "1e9", "99999999999999",
        ] {
            #expect(HTTPListener.integerSeconds(text) == nil, "\(text)")
        }
    }

    @Test("only the documented content types are read")
    func contentTypes() {
        #expect(HTTPListener.bodyKind("application/json") == "application/json")
        #expect(HTTPListener.bodyKind("Application/JSON; charset=utf-8") == "application/json")
        #expect(HTTPListener.bodyKind("application/x-www-form-urlencoded") == "application/x-www-form-urlencoded")
        #expect(HTTPListener.bodyKind("text/plain") == nil)
        #expect(HTTPListener.bodyKind(nil) == nil)
        #expect(HTTPListener.bodyKind("application/jsonp") == nil)
    }
}
