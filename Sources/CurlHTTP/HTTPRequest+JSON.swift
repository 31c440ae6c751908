import Foundation

extension HTTPRequest {
    /// A request with `value` encoded as its JSON body and the JSON content type set.
    public static func json(
        _ method: HTTPMethod,
        url: String,
        body value: some Encodable,
        headers: HTTPHeaders = [:],
        timeout: Duration? = nil
    ) throws -> HTTPRequest {
        var request = HTTPRequest(method: method, url: url, headers: headers, timeout: timeout)
        request.body = try JSONEncoder().encode(value)
        request.headers.replaceOrAdd(name: "Content-Type", value: "application/json")
        return request
    }
}

extension HTTPResponse {
    /// Decodes the body as JSON.
    public func decode<Value: Decodable>(_ type: Value.Type, using decoder: JSONDecoder = JSONDecoder()) throws -> Value
    {
        try decoder.decode(type, from: body)
    }
}
