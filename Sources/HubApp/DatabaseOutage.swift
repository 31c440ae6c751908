import HubStore
import Logging

/// After an error that says the database could not be reached (see ``isDatabaseUnreachable(_:)``):
/// says so and waits a second, and the caller tries again. Nothing is lost meanwhile: what was
/// not committed is still pending in the database.
func waitForDatabase(after error: any Error, logger: Logger) async {
    logger.warning("the database does not answer; trying again", metadata: ["error": "\(error)"])
    try? await Task.sleep(for: .seconds(1))
}
