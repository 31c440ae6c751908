import Foundation
import HubCore

extension MatrixTransport {
    /// HubBot's encryption for this device, with its keys on the homeserver; nil when it is off.
    func openCrypto(client: MatrixClient, identity: MatrixClient.WhoAmI) async throws -> MatrixCrypto? {
        guard let pickleKey = settings.pickleKey else { return nil }
        guard let deviceID = identity.deviceID else {
            logger.error(
                "the homeserver did not say which device HubBot's token belongs to: end-to-end encryption stays off"
            )
            return nil
        }
        let crypto = try await MatrixCrypto.open(
            userID: identity.userID,
            deviceID: deviceID,
            pickleKey: pickleKey,
            state: state,
            logger: logger
        )
        try await crypto.publishKeys(client: client)
        return crypto
    }
}

extension MatrixCrypto.Intake {
    /// The hub's events from what came late: messages whose keys arrived in this batch, and
    /// a notice for each message whose key never came.
    var chatEvents: [ChatEvent] {
        let late = self.late.compactMap { SyncResponse.chatEvent($0.event, in: $0.room) }
        let unreadable = undecryptable.map { waiting in
            ChatEvent(
                id: "undecryptable:\(waiting.eventID)",
                network: .matrix,
                room: RoomID(waiting.room),
                sender: PersonID(waiting.sender),
                kind: .undecryptable,
                sentAt: waiting.firstSeen
            )
        }
        return late + unreadable
    }
}
