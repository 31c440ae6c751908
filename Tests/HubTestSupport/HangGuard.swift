/// Waits for `task` to finish, but never longer than `limit`: a hang guard for tests, not a
/// speed check (speed is measured in Benchmarks/). Nil when the task was still running.
public func result<Success: Sendable>(
    of task: Task<Success, any Error>,
    hangGuard limit: Duration = .seconds(120)
) async -> Result<Success, any Error>? {
    await withTaskGroup(of: Result<Success, any Error>?.self) { group in
        group.addTask { await task.result }
        group.addTask {
            try? await Task.sleep(for: limit)
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first
    }
}
