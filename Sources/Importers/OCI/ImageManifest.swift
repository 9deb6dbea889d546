/// One image as a registry describes it for one platform: its layers, base first, with their
/// digests and compressed sizes (what a host downloads).
public struct ImageManifest: Sendable, Equatable {
    /// One layer blob.
    public struct Layer: Sendable, Equatable {
        public var digest: String
        /// Compressed size in bytes, as the manifest states it.
        public var bytes: Int
    }

    public var mediaType: String
    public var layers: [Layer]

    /// Total compressed bytes.
    public var bytes: Int { layers.reduce(0) { $0 + $1.bytes } }
}

/// An image index (OCI) or manifest list (Docker): one manifest per platform.
public struct ImageIndex: Sendable, Equatable {
    /// One entry: a manifest's digest and the platform it is for.
    public struct Entry: Sendable, Equatable {
        public var digest: String
        public var platform: String?
        public var isAttestation: Bool
    }

    public var mediaType: String
    public var entries: [Entry]

    /// The platform vplan plans for.
    public static let preferredPlatform = "linux/amd64"

    /// The linux/amd64 entry, else (with `preferred` false) the first entry that is a platform image.
    public func chosenEntry() -> (entry: Entry, preferred: Bool)? {
        let images = entries.filter { !$0.isAttestation }
        if let amd64 = images.first(where: { $0.platform == Self.preferredPlatform }) { return (amd64, true) }
        return images.first.map { ($0, false) }
    }
}
