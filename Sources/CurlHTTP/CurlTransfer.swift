import CCurl
import Foundation
import Synchronization

/// One request's journey through the multi loop. Created on the caller's
/// task; after ``start(continuation:on:)`` everything but ``cancel(on:)`` runs
/// on the loop's thread only.
final class CurlTransfer: @unchecked Sendable {
    private enum Phase {
        case created, submitted, cancelled
    }

    let request: HTTPRequest
    let configuration: HTTPClient.Configuration
    let maxResponseBytes: Int
    private let phase = Mutex(Phase.created)

    // Loop thread only, once submitted.
    var continuation: CheckedContinuation<HTTPResponse, any Error>?
    var easy: CurlEasyHandle?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var headers = HTTPHeaders()
    private var body = Data()
    private var bodyLimitExceeded = false

    init(request: HTTPRequest, configuration: HTTPClient.Configuration) {
        self.request = request
        self.configuration = configuration
        self.maxResponseBytes = request.maxResponseBytes ?? configuration.maxResponseBytes
    }

    /// Hands the transfer to the loop, unless the task was cancelled first.
    func start(continuation: CheckedContinuation<HTTPResponse, any Error>, on loop: CurlMultiLoop) {
        self.continuation = continuation
        let submitted = phase.withLock { phase in
            guard phase == .created else { return false }
            phase = .submitted
            // Inside the lock, so a cancel that sees `.submitted` is queued after this.
            loop.submit(self)
            return true
        }
        if !submitted {
            continuation.resume(throwing: CancellationError())
        }
    }

    /// Aborts the transfer: at once if it has not started, else on the loop's next turn.
    func cancel(on loop: CurlMultiLoop) {
        phase.withLock { phase in
            switch phase {
            case .created: phase = .cancelled
            case .submitted: loop.cancel(self)
            case .cancelled: break
            }
        }
    }

    /// Finishes the transfer once; later calls do nothing.
    func finish(_ result: Result<HTTPResponse, any Error>) {
        if let headerList {
            curl_slist_free_all(headerList)
            self.headerList = nil
        }
        continuation?.resume(with: result)
        continuation = nil
    }

    func error(_ kind: HTTPClientError.Kind, curlCode: CURLcode? = nil, _ message: String) -> HTTPClientError {
        HTTPClientError(
            kind: kind,
            method: request.method.rawValue,
            url: request.url,
            curlCode: curlCode.map { Int($0.rawValue) },
            message: message
        )
    }
}

// MARK: - Configuring the easy handle

extension CurlTransfer {
    /// Sets every option of the request on `handle`.
    /// See https://curl.se/libcurl/c/curl_easy_setopt.html
    func configure(_ handle: CurlEasyHandle) throws {
        let easy = handle.pointer
        let opaqueSelf = Unmanaged.passUnretained(self).toOpaque()
        func check(_ code: CURLcode, _ option: String) throws {
            guard code == CURLE_OK else {
                throw error(
                    .invalidRequest,
                    curlCode: code,
                    "libcurl rejected \(option): \(String(cString: curl_easy_strerror(code)))"
                )
            }
        }
        func milliseconds(_ duration: Duration) -> Int {
            let (seconds, attoseconds) = duration.components
            return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
        }

        try check(ccurl_easy_setopt_string(easy, CURLOPT_URL, request.url), "the URL")
        let protocols = request.directoryLogin == nil ? "http,https" : "ldap,ldaps"
        try check(ccurl_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, protocols), "CURLOPT_PROTOCOLS_STR")
        try check(
            ccurl_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            "CURLOPT_REDIR_PROTOCOLS_STR"
        )
        if let login = request.directoryLogin {
            if let bindDN = login.bindDN {
                try check(ccurl_easy_setopt_string(easy, CURLOPT_USERNAME, bindDN), "the bind DN")
            }
            if let password = login.password {
                try check(ccurl_easy_setopt_string(easy, CURLOPT_PASSWORD, password), "the bind password")
            }
        }
        try check(ccurl_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, handle.errorBuffer), "CURLOPT_ERRORBUFFER")
        handle.errorBuffer[0] = 0
        try check(ccurl_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1), "CURLOPT_NOSIGNAL")
        try check(ccurl_easy_setopt_long(easy, CURLOPT_TCP_KEEPALIVE, 1), "CURLOPT_TCP_KEEPALIVE")
        try check(
            ccurl_easy_setopt_long(easy, CURLOPT_FRESH_CONNECT, request.freshConnection ? 1 : 0),
            "CURLOPT_FRESH_CONNECT"
        )
        try check(ccurl_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""), "CURLOPT_ACCEPT_ENCODING")

        let connectTimeout = request.connectTimeout ?? configuration.connectTimeout
        let timeout = request.timeout ?? configuration.timeout
        try check(
            ccurl_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(connectTimeout)),
            "the connect timeout"
        )
        try check(ccurl_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, milliseconds(timeout)), "the timeout")

        try check(
            ccurl_easy_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, configuration.verifyTLS ? 1 : 0),
            "CURLOPT_SSL_VERIFYPEER"
        )
        try check(
            ccurl_easy_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, configuration.verifyTLS ? 2 : 0),
            "CURLOPT_SSL_VERIFYHOST"
        )
        if let caFile = configuration.caFile {
            try check(ccurl_easy_setopt_string(easy, CURLOPT_CAINFO, caFile), "the CA file")
        }
        if let proxy = configuration.proxy, request.directoryLogin == nil {  // LDAP never through an HTTP proxy
            try check(ccurl_easy_setopt_string(easy, CURLOPT_PROXY, proxy), "the proxy")
        }
        let follow = configuration.maxRedirects > 0
        try check(ccurl_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, follow ? 1 : 0), "CURLOPT_FOLLOWLOCATION")
        try check(ccurl_easy_setopt_long(easy, CURLOPT_MAXREDIRS, configuration.maxRedirects), "CURLOPT_MAXREDIRS")
        // Stops a declared oversize body before the first byte; the write callback catches the rest.
        try check(
            ccurl_easy_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxResponseBytes)),
            "CURLOPT_MAXFILESIZE_LARGE"
        )

        if request.directoryLogin == nil {
            try configureMethodAndBody(easy, check: check)
            try configureHeaders(easy, check: check)
        }

        try check(
            ccurl_easy_setopt_write_function(easy, CURLOPT_WRITEFUNCTION, curlTransferBodyCallback),
            "CURLOPT_WRITEFUNCTION"
        )
        try check(ccurl_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, opaqueSelf), "CURLOPT_WRITEDATA")
        try check(
            ccurl_easy_setopt_write_function(easy, CURLOPT_HEADERFUNCTION, curlTransferHeaderCallback),
            "CURLOPT_HEADERFUNCTION"
        )
        try check(ccurl_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, opaqueSelf), "CURLOPT_HEADERDATA")
    }

    private func configureMethodAndBody(_ easy: UnsafeMutableRawPointer, check: (CURLcode, String) throws -> Void)
        throws
    {
        switch request.method {
        case .get where request.body == nil:
            try check(ccurl_easy_setopt_long(easy, CURLOPT_HTTPGET, 1), "CURLOPT_HTTPGET")
        case .head:
            try check(ccurl_easy_setopt_long(easy, CURLOPT_NOBODY, 1), "CURLOPT_NOBODY")
        default:
            if request.method != .post {
                try check(ccurl_easy_setopt_string(easy, CURLOPT_CUSTOMREQUEST, request.method.rawValue), "the method")
            }
            if request.method == .post || request.body != nil {
                let body = request.body ?? Data()
                try check(
                    ccurl_easy_setopt_off(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)),
                    "the body size"
                )
                try body.withUnsafeBytes { bytes in
                    // COPYPOSTFIELDS copies now, so the buffer need not outlive this call.
                    let pointer = UnsafeMutableRawPointer(
                        mutating: bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                    )
                    try check(ccurl_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, pointer), "the body")
                }
            }
        }
    }

    private func configureHeaders(_ easy: UnsafeMutableRawPointer, check: (CURLcode, String) throws -> Void) throws {
        var list: UnsafeMutablePointer<curl_slist>?
        func append(_ line: String) throws {
            guard let extended = curl_slist_append(list, line) else {
                throw error(.invalidRequest, "libcurl could not store a header (out of memory)")
            }
            list = extended
        }
        for (name, value) in request.headers {
            // "Name:" alone would remove curl's own header; "Name;" sends an empty one.
            try append(value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        if !request.headers.contains(name: "User-Agent") {
            try append("User-Agent: \(configuration.userAgent)")
        }
        // Never wait a second for "100 Continue" before sending a body.
        if !request.headers.contains(name: "Expect") {
            try append("Expect:")
        }
        headerList = list
        try check(ccurl_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, list), "the headers")
    }
}

// MARK: - Receiving

extension CurlTransfer {
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard body.count + bytes.count <= maxResponseBytes else {
            bodyLimitExceeded = true
            return ccurl_write_abort
        }
        if body.isEmpty, let easy {
            var expected: curl_off_t = -1
            if ccurl_easy_getinfo_off(easy.pointer, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected) == CURLE_OK,
                expected > 0, expected <= maxResponseBytes
            {
                body.reserveCapacity(Int(expected))
            }
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        // A status line starts a new response (after a redirect or a 1xx): drop earlier headers.
        if bytes.starts(with: "HTTP/".utf8) {
            headers = HTTPHeaders()
            return
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<colon]), as: UTF8.self)
        var start = colon + 1
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let value = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        headers.add(name: name, value: value)
    }

    /// Turns curl's verdict into the response or an error.
    func complete(with code: CURLcode) {
        guard let easy else { return }
        guard code == CURLE_OK else {
            finish(.failure(failure(for: code, errorBuffer: easy.errorBuffer)))
            return
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(easy.pointer, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        _ = ccurl_easy_getinfo_string(easy.pointer, CURLINFO_EFFECTIVE_URL, &effective)
        let url = effective.map { RedactedURL.redact(String(cString: $0)) } ?? ""
        finish(.success(HTTPResponse(status: status, headers: headers, body: body, effectiveURL: url)))
    }

    private func failure(for code: CURLcode, errorBuffer: UnsafeMutablePointer<CChar>) -> HTTPClientError {
        let detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(code))
        if code == CURLE_FILESIZE_EXCEEDED || (code == CURLE_WRITE_ERROR && bodyLimitExceeded) {
            return error(
                .responseTooLarge,
                curlCode: code,
                "the response body exceeds the limit of \(maxResponseBytes) bytes; the transfer was aborted"
            )
        }
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL where detail.contains("HTTP/0.9"):
            // Not a scheme: bytes on a kept-alive connection that were not an HTTP answer (a body
            // left over after a 204, say). The connection is closed; a new try uses a fresh one.
            return error(.transport, curlCode: code, "\(detail) (a broken connection; retried on a new one)")
        case CURLE_UNSUPPORTED_PROTOCOL:
            return error(
                .unsupportedScheme,
                curlCode: code,
                "\(detail); only http and https are allowed, also on redirects"
            )
        case CURLE_URL_MALFORMAT:
            return error(.invalidRequest, curlCode: code, detail)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            return error(.connectFailed, curlCode: code, detail)
        case CURLE_OPERATION_TIMEDOUT:
            return error(.timedOut, curlCode: code, detail)
        case CURLE_TOO_MANY_REDIRECTS:
            return error(.tooManyRedirects, curlCode: code, detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_CRL_BADFILE, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return error(.tls, curlCode: code, detail)
        default:
            return error(.transport, curlCode: code, detail)
        }
    }
}

/// CURLOPT_WRITEFUNCTION: appends body bytes to the transfer in `userdata`.
private let curlTransferBodyCallback: curl_write_callback = { pointer, size, count, userdata in
    guard let pointer, let userdata else { return ccurl_write_abort }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    return transfer.receiveBody(UnsafeRawBufferPointer(start: pointer, count: size * count))
}

/// CURLOPT_HEADERFUNCTION: called once per header line, status line included.
private let curlTransferHeaderCallback: curl_write_callback = { pointer, size, count, userdata in
    guard let pointer, let userdata else { return ccurl_write_abort }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: pointer, count: size * count))
    return size * count
}
