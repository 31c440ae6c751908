import Foundation

/// Reads a child's pipe with blocking reads on a thread of its own until end of file.
///
/// Not `FileHandle.readabilityHandler`: on Linux, tearing down its dispatch read source races
/// libdispatch's epoll bookkeeping and has crashed whole test runs in `_dispatch_event_loop_drain`
/// (swift-corelibs-libdispatch#949, swift-corelibs-foundation#3276). A blocking read never
/// registers the descriptor with libdispatch.
public enum PipeReader {
    /// Starts reading `handle`; `sink` gets each chunk as it arrives, on the reading thread.
    /// The handle stays open until the writer closes its end (the child exits).
    public static func start(
        _ handle: FileHandle,
        name: String = "pipe reader",
        _ sink: @escaping @Sendable (Data) -> Void
    ) {
        let thread = Thread {
            let descriptor = handle.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    sink(Data(buffer[0..<count]))
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            withExtendedLifetime(handle) {}
        }
        thread.name = name
        thread.start()
    }
}
