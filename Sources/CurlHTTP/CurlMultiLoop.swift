import CCurl
import Foundation
import Synchronization

/// Drives one curl multi handle on a dedicated thread.
///
/// Other threads talk to it only through ``submit(_:)``, ``cancel(_:)`` and
/// ``stop()``, which queue work under a lock and wake the thread with
/// `curl_multi_wakeup`. Everything else runs on the loop thread.
/// See https://curl.se/libcurl/c/libcurl-multi.html
final class CurlMultiLoop: @unchecked Sendable {
    private struct Inbox {
        var submitted: [CurlTransfer] = []
        var cancelled: [CurlTransfer] = []
        var stopping = false
        var stopped = false
        var stopWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())

    // Loop thread only.
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var idleHandles: [CurlEasyHandle] = []
    private let maxIdleHandles = 64

    init(maxIdleConnections: Int) {
        precondition(CurlGlobal.initialized, "libcurl failed to initialise (curl_global_init)")
        guard let multi = curl_multi_init() else {
            fatalError("libcurl could not allocate a multi handle (out of memory)")
        }
        self.multi = multi
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, max(1, maxIdleConnections))
        let thread = Thread { [self] in run() }
        thread.name = "CurlHTTP"
        thread.start()
    }

    /// Queues a transfer; fails it at once when the loop is stopping.
    func submit(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox in
            guard !inbox.stopping else { return false }
            inbox.submitted.append(transfer)
            curl_multi_wakeup(multi)
            return true
        }
        if !accepted {
            transfer.finish(.failure(transfer.error(.shutdown, "the HTTP client was shut down")))
        }
    }

    func cancel(_ transfer: CurlTransfer) {
        inbox.withLock { inbox in
            guard !inbox.stopping else { return }
            inbox.cancelled.append(transfer)
            curl_multi_wakeup(multi)
        }
    }

    /// Asks the thread to stop without waiting for it.
    func requestStop() {
        inbox.withLock { inbox in
            guard !inbox.stopping else { return }
            inbox.stopping = true
            curl_multi_wakeup(multi)
        }
    }

    /// Stops the thread and waits until it has released every handle.
    func stop() async {
        await withCheckedContinuation { continuation in
            let done = inbox.withLock { inbox in
                if inbox.stopped { return true }
                inbox.stopWaiters.append(continuation)
                if !inbox.stopping {
                    inbox.stopping = true
                    curl_multi_wakeup(multi)
                }
                return false
            }
            if done { continuation.resume() }
        }
    }

    // MARK: Loop thread

    private func run() {
        var running: Int32 = 0
        while true {
            let (submitted, cancelled, stopping) = inbox.withLock { inbox in
                var submitted: [CurlTransfer] = []
                var cancelled: [CurlTransfer] = []
                swap(&submitted, &inbox.submitted)
                swap(&cancelled, &inbox.cancelled)
                return (submitted, cancelled, inbox.stopping)
            }
            if stopping {
                shutDown(pending: submitted)
                return
            }
            for transfer in submitted { begin(transfer) }
            for transfer in cancelled { abort(transfer) }
            curl_multi_perform(multi, &running)
            collectFinished()
            // Sleeps until a socket is ready, curl's next timeout, or a wakeup.
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
    }

    private func begin(_ transfer: CurlTransfer) {
        guard let handle = idleHandles.popLast() ?? CurlEasyHandle() else {
            transfer.finish(.failure(transfer.error(.transport, "libcurl could not allocate an easy handle")))
            return
        }
        transfer.easy = handle
        do {
            try transfer.configure(handle)
        } catch {
            release(handle, of: transfer)
            transfer.finish(.failure(error))
            return
        }
        let code = curl_multi_add_handle(multi, handle.pointer)
        guard code == CURLM_OK else {
            release(handle, of: transfer)
            let message = String(cString: curl_multi_strerror(code))
            transfer.finish(.failure(transfer.error(.transport, "libcurl could not start the transfer: \(message)")))
            return
        }
        active[handle.pointer] = transfer
    }

    private func abort(_ transfer: CurlTransfer) {
        guard let handle = transfer.easy, active.removeValue(forKey: handle.pointer) != nil else { return }
        curl_multi_remove_handle(multi, handle.pointer)
        release(handle, of: transfer)
        transfer.finish(.failure(CancellationError()))
    }

    private func collectFinished() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                let transfer = active.removeValue(forKey: easy)
            else { continue }
            let code = ccurl_msg_result(message)
            curl_multi_remove_handle(multi, easy)
            transfer.complete(with: code)
            if let handle = transfer.easy {
                release(handle, of: transfer)
            }
        }
    }

    /// Returns the handle to the pool, cleared of this transfer's options.
    private func release(_ handle: CurlEasyHandle, of transfer: CurlTransfer) {
        transfer.easy = nil
        handle.reset()
        if idleHandles.count < maxIdleHandles {
            idleHandles.append(handle)
        } else {
            handle.destroy()
        }
    }

    private func shutDown(pending: [CurlTransfer]) {
        for transfer in pending {
            transfer.finish(.failure(transfer.error(.shutdown, "the HTTP client was shut down")))
        }
        for (easy, transfer) in active {
            curl_multi_remove_handle(multi, easy)
            if let handle = transfer.easy { release(handle, of: transfer) }
            transfer.finish(
                .failure(transfer.error(.shutdown, "the HTTP client was shut down before the response arrived"))
            )
        }
        active.removeAll()
        idleHandles.forEach { $0.destroy() }
        idleHandles.removeAll()
        // Mark stopped before cleanup, so no other thread calls curl_multi_wakeup on a freed handle.
        let waiters = inbox.withLock { inbox in
            inbox.stopped = true
            let late = inbox.submitted
            inbox.submitted.removeAll()
            inbox.cancelled.removeAll()
            defer { inbox.stopWaiters.removeAll() }
            return (inbox.stopWaiters, late)
        }
        for transfer in waiters.1 {
            transfer.finish(.failure(transfer.error(.shutdown, "the HTTP client was shut down")))
        }
        curl_multi_cleanup(multi)
        waiters.0.forEach { $0.resume() }
    }
}
