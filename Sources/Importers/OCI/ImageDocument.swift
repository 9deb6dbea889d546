import PlannerCore

/// What one image file holds, recognised by its shape: an image manifest (OCI, or Docker v2
/// schema 2), an index (OCI image index, or Docker manifest list), or the output of
/// `docker manifest inspect --verbose` (an object, or a list of them, with `Ref`, `Descriptor` and
/// `SchemaV2Manifest` or `OCIManifest`).
enum ImageDocument {
    /// One platform image of `docker manifest inspect --verbose`.
    struct VerboseEntry {
        var ref: String
        var digest: String?
        var platform: String?
        var manifest: ImageManifest
    }

    case manifest(ImageManifest, refName: String?)
    case index(ImageIndex, refName: String?)
    case verbose([VerboseEntry])

    static let refNameAnnotation = "org.opencontainers.image.ref.name"

    static func parse(_ root: DocumentNode) throws(ScenarioError) -> ImageDocument {
        if root.isSequence {
            let entries = try root.elements()
            guard !entries.isEmpty else { throw root.error("an empty list is no image manifest") }
            return .verbose(try entries.map(verboseEntry))
        }
        guard root.isMapping else {
            throw root.error("expected an image manifest (a JSON object), found \(root.shape)")
        }
        if root.member("Ref") != nil || root.member("Descriptor") != nil { return .verbose([try verboseEntry(root)]) }
        let refName = try annotations(root)[refNameAnnotation]
        if let version = try root.scalar("schemaVersion"), version == "1" {
            throw root.error(
                "a Docker schema 1 manifest has no layer sizes; fetch the schema 2 or OCI manifest "
                    + "(docker manifest inspect, or skopeo inspect --raw)", key: "schemaVersion")
        }
        if root.member("manifests") != nil { return .index(try index(root), refName: refName) }
        if root.member("layers") != nil { return .manifest(try manifest(root), refName: refName) }
        throw root.error("neither an image manifest (no \"layers\") nor an index (no \"manifests\")")
    }

    static func manifest(_ node: DocumentNode) throws(ScenarioError) -> ImageManifest {
        let mediaType = try node.scalar("mediaType") ?? "application/vnd.oci.image.manifest.v1+json"
        guard let layerNodes = try node.sequence("layers") else { throw node.error("missing", key: "layers") }
        guard layerNodes.count <= ImportLimits.maximumLayersPerImage else {
            throw node.error(
                "lists \(layerNodes.count) layers; the limit is \(ImportLimits.maximumLayersPerImage) per image", key: "layers")
        }
        var layers: [ImageManifest.Layer] = []
        for layer in layerNodes {
            guard layer.isMapping else { throw layer.error("expected a layer descriptor, found \(layer.shape)") }
            guard let digest = try layer.scalar("digest"), digest.contains(":") else {
                throw layer.error("missing or not a digest (algorithm:hex)", key: "digest")
            }
            guard let bytes = try layer.count("size", maximum: Int(Limits.maximumImageMiB) * 1_048_576) else {
                throw layer.error("missing", key: "size")
            }
            layers.append(ImageManifest.Layer(digest: digest, bytes: bytes))
        }
        return ImageManifest(mediaType: mediaType, layers: layers)
    }

    static func index(_ node: DocumentNode) throws(ScenarioError) -> ImageIndex {
        let mediaType = try node.scalar("mediaType") ?? "application/vnd.oci.image.index.v1+json"
        var entries: [ImageIndex.Entry] = []
        for entry in try node.sequence("manifests") ?? [] {
            guard entry.isMapping else { throw entry.error("expected a manifest descriptor, found \(entry.shape)") }
            guard let digest = try entry.scalar("digest"), digest.contains(":") else {
                throw entry.error("missing or not a digest (algorithm:hex)", key: "digest")
            }
            let platform = try self.platform(entry.mapping("platform"))
            let entryAnnotations = try annotations(entry)
            let attestation =
                platform == "unknown/unknown"
                || entryAnnotations["vnd.docker.reference.type"] == "attestation-manifest"
            entries.append(ImageIndex.Entry(digest: digest, platform: platform, isAttestation: attestation))
        }
        guard !entries.isEmpty else { throw node.error("lists no manifests", key: "manifests") }
        return ImageIndex(mediaType: mediaType, entries: entries)
    }

    /// `os/architecture[/variant]`.
    static func platform(_ node: DocumentNode?) throws(ScenarioError) -> String? {
        guard let node else { return nil }
        let os = try node.scalar("os") ?? "unknown"
        let architecture = try node.scalar("architecture") ?? "unknown"
        let variant = try node.scalar("variant")
        return [os, architecture, variant].compactMap { $0 }.joined(separator: "/")
    }

    static func annotations(_ node: DocumentNode) throws(ScenarioError) -> [String: String] {
        guard let annotations = try node.mapping("annotations") else { return [:] }
        var values: [String: String] = [:]
        for (key, value) in annotations.members() {
            if case .scalar(let scalar) = value.node { values[key] = scalar.string }
        }
        return values
    }

    static func verboseEntry(_ node: DocumentNode) throws(ScenarioError) -> VerboseEntry {
        guard node.isMapping else { throw node.error("expected a docker manifest inspect entry, found \(node.shape)") }
        guard let ref = try node.scalar("Ref") else { throw node.error("missing", key: "Ref") }
        let descriptor = try node.mapping("Descriptor")
        let digest = try descriptor?.scalar("digest")
        let platform = try self.platform(descriptor?.mapping("platform"))
        var body = try node.mapping("SchemaV2Manifest")
        if body == nil { body = try node.mapping("OCIManifest") }
        guard let body else {
            throw node.error("has neither SchemaV2Manifest nor OCIManifest")
        }
        return VerboseEntry(ref: ref, digest: digest, platform: platform, manifest: try manifest(body))
    }
}
