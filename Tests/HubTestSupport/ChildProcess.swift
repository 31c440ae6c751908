import Foundation
import Synchronization

/// A program started by a test, with its output captured as it arrives.
public final class ChildProcess: Sendable {
    private let process: Process
    private let output = OutputBuffer()

    /// Starts the program; `input`, when given, is its standard input (then end of input), else it reads nothing.
    public init(
        _ executable: String,
        arguments: [String],
        environment: [String: String] = [:],
        input: String? = nil
    ) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        PipeReader.start(
            pipe.fileHandleForReading,
            name: "output of \(URL(fileURLWithPath: executable).lastPathComponent)"
        ) {
            [output] chunk in output.append(chunk)
        }
        if let input, let inputPipe {
            try inputPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
    }

    /// Everything the program has printed so far (stdout and stderr together).
    public var text: String { output.text }

    public var isRunning: Bool { process.isRunning }

    /// The exit code, or -1 while the process still runs (Foundation traps when asked then).
    public var exitCode: Int32 { process.isRunning ? -1 : process.terminationStatus }

    public var processIdentifier: Int32 { process.processIdentifier }

    public func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits until the output contains `fragment`; false after `timeout` or if the program exits first.
    public func waitForOutput(_ fragment: String, timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if text.contains(fragment) { return true }
            if !process.isRunning { return text.contains(fragment) }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// Waits for the program to exit; false if it is still running after `timeout`.
    public func waitForExit(timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        return !process.isRunning
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

extension ProjectPaths {
    /// The `hubbot` binary built next to the test bundle.
    public static func hubbotExecutable() throws -> String {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("hubbot").path ?? "",
            root.appendingPathComponent(".build/debug/hubbot").path,
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw TestServerError("the hubbot executable is not built; run 'swift build' first (Scripts/test.sh does)")
        }
        return found
    }
}

/// Output collected from a child process's pipe on another thread.
final class OutputBuffer: Sendable {
    private let data = Mutex(Data())

    func append(_ chunk: Data) {
        data.withLock { $0.append(chunk) }
    }

    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}
