import CurlHTTP
import Foundation
import Testing

@Suite("Retry-After and URL redaction")
struct RetryAfterTests {
    // 1994-11-06 08:49:37 UTC, the example date of RFC 9110.
    let example = Date(timeIntervalSince1970: 784_111_777)

    @Test(
        "HTTP-dates in all three formats",
        arguments: ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"]
    )
    func httpDates(text: String) {
        #expect(RetryAfter.httpDate(text) == example)
        #expect(RetryAfter.delay(from: text, now: example.addingTimeInterval(-90)) == .seconds(90))
    }

    @Test("seconds, past dates and invalid values")
    func values() {
        #expect(RetryAfter.delay(from: "120", now: example) == .seconds(120))
        #expect(RetryAfter.delay(from: " 0 ", now: example) == .zero)
        #expect(RetryAfter.delay(from: "Sun, 06 Nov 1994 08:49:37 GMT", now: example.addingTimeInterval(60)) == .zero)
        for invalid in ["", "-5", "1.5", "soon", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT"] {
            #expect(RetryAfter.delay(from: invalid, now: example) == nil, "\(invalid)")
        }
    }

    @Test(
        "URLs lose credentials and secret query values",
        arguments: [
            ("https://u:p@host/x?access_token=abc&since=1", "https://host/x?access_token=<redacted>&since=1"),
            (
                "http://host/p?password=x&api_key=y&sig=z#frag",
                "http://host/p?password=<redacted>&api_key=<redacted>&sig=<redacted>"
            ),
            ("https://host/_matrix/client/v3/sync?timeout=30000", "https://host/_matrix/client/v3/sync?timeout=30000"),
            ("https://user@host", "https://host"),
            (
                "https://host/h?X-Auth-Key=1&Session=2&k=3&tok=4",
                "https://host/h?X-Auth-Key=<redacted>&Session=<redacted>&k=3&tok=4"
            ),
            ("https://host/h?myAccessTOKEN=1&=2&flag", "https://host/h?myAccessTOKEN=<redacted>&=2&flag"),
        ]
    )
    func redaction(input: String, expected: String) {
        #expect(RedactedURL.redact(input) == expected)
    }
}
