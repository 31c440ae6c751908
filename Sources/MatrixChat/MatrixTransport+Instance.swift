import Foundation
import HubCore

/// Another HubBot, on another database, is answering as the same Matrix account.
public struct InstanceConflict: ChatConnectionFailure, CustomStringConvertible {
    public var account: String
    public var holder: String
    public var secondsAgo: Int
    public var isPermanent: Bool { true }

    public var description: String {
        "another HubBot is running as \(account) (\(holder), seen \(secondsAgo) s ago) on another database: "
            + "stop it first, or give this one its own account (it would answer every message twice)"
    }
}

extension MatrixTransport {
    /// Which HubBot answers as this account, kept in the account's data on
    /// the homeserver and renewed while it runs, so that two HubBots on two
    /// databases (a copied config, a forgotten test instance) are not both
    /// answering. A HubBot restarted on the same database is the same
    /// instance; one that vanished without a word is replaced once its claim
    /// is older than ``claimLifetime``.
    struct InstanceClaim: Codable {
        var instance: String
        var holder: String
        /// Milliseconds since 1970; 0 once released.
        var renewedAt: Int64

        enum CodingKeys: String, CodingKey {
            case instance, holder
            case renewedAt = "renewed_at"
        }
    }

    static let claimType = "org.hubbot.instance"
    static let instanceKey = "matrix.instance"
    static let claimLifetime: TimeInterval = 90
    static let claimRenewal: TimeInterval = 30

    /// This database's instance id (made once, kept in the database).
    func instanceID() async throws -> String {
        if let known = try await state.value(for: Self.instanceKey) { return known }
        let made = UUID().uuidString
        try await state.setValue(made, for: Self.instanceKey)
        return made
    }

    /// Claims the account for this instance; throws ``InstanceConflict`` when another one holds a live claim.
    func claimAccount(client: MatrixClient, userID: String, now: Date = Date()) async throws {
        let me = try await instanceID()
        if let current = try await client.accountData(Self.claimType, of: userID, as: InstanceClaim.self),
            current.instance != me, current.renewedAt > 0
        {
            let age = now.timeIntervalSince1970 - Double(current.renewedAt) / 1000
            if age < Self.claimLifetime {
                throw InstanceConflict(account: userID, holder: current.holder, secondsAgo: max(0, Int(age)))
            }
        }
        try await renewClaim(client: client, userID: userID, now: now)
    }

    func renewClaim(client: MatrixClient, userID: String, now: Date = Date()) async throws {
        let holder = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName)"
        let claim = InstanceClaim(
            instance: try await instanceID(),
            holder: holder,
            renewedAt: Int64(now.timeIntervalSince1970 * 1000)
        )
        try await client.setAccountData(Self.claimType, of: userID, to: claim)
        await session.claimRenewed(at: now)
    }

    /// Renews the claim when it is due, after checking it is still this instance's. Throws
    /// only ``InstanceConflict``: a renewal the homeserver did not take is tried again after
    /// the next sync (the claim lives 90 s, renewals come every 30 s).
    func keepClaim(client: MatrixClient, userID: String) async throws {
        let now = Date()
        guard let renewed = await session.claimRenewedAt, now.timeIntervalSince(renewed) >= Self.claimRenewal else {
            return
        }
        do {
            let me = try await instanceID()
            if let current = try await client.accountData(Self.claimType, of: userID, as: InstanceClaim.self),
                current.instance != me, current.renewedAt > Int64(renewed.timeIntervalSince1970 * 1000)
            {
                let age = now.timeIntervalSince1970 - Double(current.renewedAt) / 1000
                throw InstanceConflict(account: userID, holder: current.holder, secondsAgo: max(0, Int(age)))
            }
            try await renewClaim(client: client, userID: userID, now: now)
        } catch let conflict as InstanceConflict {
            throw conflict
        } catch {
            logger.warning(
                "could not renew HubBot's claim on the account; trying again",
                metadata: ["error": "\(error)"]
            )
        }
    }

    /// Gives the claim up at a clean stop, so another database may take over at once.
    func releaseClaim(client: MatrixClient, userID: String, instance: String) async {
        let claim = InstanceClaim(instance: instance, holder: "stopped", renewedAt: 0)
        try? await client.setAccountData(Self.claimType, of: userID, to: claim)
    }
}
