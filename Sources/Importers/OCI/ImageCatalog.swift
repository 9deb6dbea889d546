import PlannerCore

/// The images known from `--images` manifests, by reference, with their layers for the platform
/// vplan plans for (linux/amd64). Index files are resolved through the manifests given beside them,
/// matched by digest (from `docker manifest inspect --verbose`, or a `sha256:…` name or `REF=` key).
public struct ImageCatalog: Sendable {
    /// One image: where it came from, which platform, and its layers (nil when only its index was given).
    public struct Image: Sendable, Equatable {
        public var reference: String
        public var normalised: ImageReference?
        public var platform: String?
        public var mediaType: String
        public var layers: [ImageManifest.Layer]?
        public var file: String
        /// For an index whose chosen manifest was not given: that manifest's digest.
        public var missingManifest: String?

        /// Compressed bytes of all layers (0 when unknown).
        public var bytes: Int { layers?.reduce(0) { $0 + $1.bytes } ?? 0 }
    }

    public private(set) var images: [Image] = []
    /// Assumptions made while reading (no linux/amd64 entry, unresolved indexes, …).
    public private(set) var warnings: [String] = []
    /// First image of each normalised key, digest, short name + tag and raw reference, so that
    /// looking up a million containers' images costs a million dictionary reads, not a scan each.
    private var index = Index()

    private struct Index: Sendable {
        var byKey: [String: Int] = [:]
        var byDigest: [String: Int] = [:]
        var byShortNameAndTag: [String: [Int]] = [:]
        var byReference: [String: Int] = [:]

        init() {}

        init(_ images: [Image]) {
            for (position, image) in images.enumerated() {
                if byReference[image.reference] == nil { byReference[image.reference] = position }
                guard let normalised = image.normalised else { continue }
                if byKey[normalised.key] == nil { byKey[normalised.key] = position }
                if let digest = normalised.digest, byDigest[digest] == nil { byDigest[digest] = position }
                byShortNameAndTag["\(normalised.shortName)\u{0}\(normalised.tag ?? "")", default: []].append(position)
            }
        }
    }

    public init() {}

    /// Reads every input; each must be a manifest, an index or `docker manifest inspect --verbose` output.
    public init(inputs: [ImageInput]) throws(ScenarioError) {
        var reader = Reader()
        for input in inputs { try reader.read(input) }
        (images, warnings) = reader.finished()
        index = Index(images)
    }

    /// The image a workload's `image:` names: the same normalised reference (registry, repository,
    /// tag), else the same digest, else the only catalog image with the same last name part and tag.
    public func image(for text: String) -> Image? {
        guard let wanted = ImageReference(text) else { return index.byReference[text].map { images[$0] } }
        if let exact = index.byKey[wanted.key] { return images[exact] }
        if let digest = wanted.digest, let byDigest = index.byDigest[digest] { return images[byDigest] }
        let similar = index.byShortNameAndTag["\(wanted.shortName)\u{0}\(wanted.tag ?? "")"] ?? []
        return similar.count == 1 ? images[similar[0]] : nil
    }

    /// `sha256:HEX` or `sha256-HEX` file names mark a manifest known only by its digest.
    static func digestName(_ name: String) -> String? {
        for prefix in ["sha256:", "sha256-", "sha512:", "sha512-"] where name.hasPrefix(prefix) {
            let hex = name.dropFirst(prefix.count)
            if !hex.isEmpty, hex.allSatisfy(\.isHexDigit) { return prefix.prefix(6) + ":" + hex }
        }
        return nil
    }

    /// An annotation value is a reference only when it names a repository (`name:tag`, `host/name`),
    /// not a bare tag as OCI layouts often store.
    static func fullReference(_ value: String?) -> String? {
        guard let value, value.contains(":") || value.contains("/") else { return nil }
        return value
    }
}
