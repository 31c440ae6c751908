import Foundation
import HubCore

extension MatrixTransport {
    /// HubBot's encryption for this device, with its keys on the homeserver; nil when it is off,
    /// or (with the reason to tell people) when this device already has other keys: the
    /// database holding HubBot's keys was lost or replaced, and only a new device can encrypt.
    func openCrypto(client: MatrixClient, identity: MatrixClient.WhoAmI) async throws -> (MatrixCrypto?, String?) {
        guard let pickleKey = settings.pickleKey else { return (nil, nil) }
        guard let deviceID = identity.deviceID else {
            throw MatrixCryptoError(
                "the homeserver did not say which device HubBot's access token belongs to, so HubBot cannot "
                    + "read or write encrypted rooms: use a token made by a login (it has a device), or set "
                    + "matrix.encryption: off"
            )
        }
        let crypto = try await MatrixCrypto.open(
            userID: identity.userID,
            deviceID: deviceID,
            pickleKey: pickleKey,
            state: state,
            logger: logger
        )
        do {
            try await crypto.publishKeys(client: client)
        } catch let error as MatrixError where error.status == 400 && error.message.contains("already exists") {
            logger.critical(
                """
                this device already has other encryption keys on the homeserver (HubBot's database was lost or \
                replaced), so HubBot cannot read or write encrypted rooms: give HubBot a new device (a new access \
                token, or password login without device_id); see docs/operations.md
                """,
                metadata: ["matrix.device_id": "\(deviceID)"]
            )
            return (
                nil,
                "my encryption keys are not on this device any more (my database was replaced), "
                    + "and an admin needs to give me a new device"
            )
        }
        return (crypto, nil)
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
