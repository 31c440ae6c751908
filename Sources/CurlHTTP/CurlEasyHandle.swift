import CCurl

/// A libcurl easy handle with its error buffer. Pooled by the loop: reusing
/// a handle saves allocations, and its connection cache lives in the multi handle.
struct CurlEasyHandle {
    let pointer: UnsafeMutableRawPointer
    let errorBuffer: UnsafeMutablePointer<CChar>

    init?() {
        guard let pointer = curl_easy_init() else { return nil }
        self.pointer = pointer
        self.errorBuffer = .allocate(capacity: Int(ccurl_error_size))
        errorBuffer.initialize(repeating: 0, count: Int(ccurl_error_size))
    }

    /// Clears every option so the next transfer starts from libcurl's defaults.
    func reset() {
        curl_easy_reset(pointer)
    }

    func destroy() {
        curl_easy_cleanup(pointer)
        errorBuffer.deallocate()
    }
}

/// Initialises libcurl once per process, before any handle is made.
enum CurlGlobal {
    static let initialized: Bool = ccurl_global_init_all() == CURLE_OK
}
