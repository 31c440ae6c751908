import Foundation

/// Lines typed on standard input, read on a thread of their own so a blocking
/// read never holds one of the few threads Swift's tasks run on.
public enum LineInput {
    /// Standard input's lines without their newline; finishes at end of input (Ctrl-D).
    public static func standardInput() -> AsyncStream<String> {
        AsyncStream { continuation in
            let thread = Thread {
                while let line = readLine(strippingNewline: true) {
                    continuation.yield(line)
                }
                continuation.finish()
            }
            thread.name = "hubbot.stdin"
            thread.start()
        }
    }

    /// True when standard input is a terminal (a person typing), not a pipe or a file.
    public static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
