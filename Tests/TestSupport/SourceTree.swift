import Foundation

/// The package's source tree: tests read `Profiles/`, `docs/`, fixtures and recorded files from it.
public enum SourceTree {
    /// The package root (this file is `Tests/TestSupport/SourceTree.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder below the root, by its path relative to it.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
