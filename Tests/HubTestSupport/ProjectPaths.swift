import Foundation

/// Paths inside the HubBot checkout, found from this source file.
public enum ProjectPaths {
    /// The package root (the folder with Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // HubTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static func script(_ name: String) -> String {
        root.appendingPathComponent("Scripts").appendingPathComponent(name).path
    }
}
