import CurlHTTP
import Foundation
import Testing

@Suite("LDAP search output as libcurl writes it")
struct LDAPOutputTests {
    @Test("entries with several values, empty lines between attributes, base64 values, any attribute case")
    func parse() {
        let text = """
            DN: uid=ana,ou=people,dc=hub,dc=test
            \tuid: ana

            \tcn: Ana Lima

            \tbusinessCategory: statistics:3
            \tbusinessCategory: python


            DN: uid=zoe,ou=people,dc=hub,dc=test
            \tuid: zoe

            \tcn:: Wm/DqyBEdXBvbnQ=


            """
        let entries = HTTPClient.directoryEntries(text)
        #expect(entries.map(\.dn) == ["uid=ana,ou=people,dc=hub,dc=test", "uid=zoe,ou=people,dc=hub,dc=test"])
        #expect(entries[0].values("businessCategory") == ["statistics:3", "python"])
        #expect(entries[0].values("CN") == ["Ana Lima"])
        #expect(entries[1].values("cn") == ["Zoë Dupont"])
        #expect(HTTPClient.directoryEntries("").isEmpty)
    }

    @Test("an HTTP client never follows an ldap URL it was not asked to search")
    func schemeKeptApart() async {
        let client = HTTPClient()
        await #expect(throws: HTTPClientError.self) {
            _ = try await client.execute(HTTPRequest(url: "ldap://127.0.0.1:1/dc=x"))
        }
        await #expect(throws: HTTPClientError.self) {
            _ = try await client.ldapSearch("http://127.0.0.1:1/")
        }
        await client.shutdown()
    }
}
