import PlannerCore

extension ImageCatalog {
    /// Reads `--images` inputs into a catalog's images. An index names its platform manifest by
    /// digest, so indexes are resolved when every input has been read (`finished`), in any order.
    struct Reader {
        private var images: [Image] = []
        private var warnings: [String] = []
        /// The manifests read, by digest, with the platform a verbose entry names.
        private var byDigest: [String: (manifest: ImageManifest, platform: String?)] = [:]
        /// Indexes whose images wait for their chosen manifest's layers.
        private var pendingIndexes: [PendingIndex] = []
        /// Each layer's size and the file that gave it first: two files must not disagree.
        private var sizeOfLayer: [String: (bytes: Int, file: String)] = [:]

        private struct PendingIndex {
            var image: Image
            /// The digest of the manifest the index chose.
            var digest: String
            /// Whether that manifest is for the platform vplan plans for.
            var preferred: Bool
        }

        mutating func read(_ input: ImageInput) throws(ScenarioError) {
            let documents = try YAMLDocuments.parse(input.file)
            guard let root = documents.first(where: { !$0.isNull }) else {
                throw ScenarioError(file: input.file.name, field: nil, reason: "is empty; expected an image manifest")
            }
            let fileRef = input.reference ?? ImageInput.reference(fromFileName: input.file.name)
            switch try ImageDocument.parse(root) {
            case .manifest(let manifest, let refName):
                try read(manifest, refName: refName, fileRef: fileRef, of: input)
            case .index(let index, let refName):
                try read(index, refName: refName, fileRef: fileRef, of: input)
            case .verbose(let entries):
                try read(entries, of: input)
            }
        }

        /// The images, each index's with the layers of the manifest it chose, and the warnings.
        func finished() -> (images: [Image], warnings: [String]) {
            var images = images
            var warnings = warnings
            for var pending in pendingIndexes {
                let image = pending.image
                if !pending.preferred {
                    warnings.append(Self.noPreferredPlatform(file: image.file, reference: image.reference, using: image.platform))
                }
                if let found = byDigest[pending.digest] {
                    pending.image.layers = found.manifest.layers
                } else {
                    pending.image.missingManifest = pending.digest
                    warnings.append(
                        "\(image.file): \(image.reference) is an index; its \(image.platform ?? "chosen") manifest "
                            + "\(pending.digest) was not given, so its layers are unknown (give it as \(pending.digest)=FILE)")
                }
                images.append(pending.image)
            }
            return (images, warnings)
        }

        /// A manifest is an image, unless its file is named by a digest: then it only serves the
        /// index that chose that digest.
        private mutating func read(
            _ manifest: ImageManifest, refName: String?, fileRef: String, of input: ImageInput
        ) throws(ScenarioError) {
            try remember(manifest, file: input.file.name)
            if let digest = ImageCatalog.digestName(fileRef) {
                byDigest[digest] = (manifest, nil)
                return
            }
            let reference = input.reference ?? ImageCatalog.fullReference(refName) ?? fileRef
            images.append(
                Image(
                    reference: reference, normalised: ImageReference(reference), platform: nil,
                    mediaType: manifest.mediaType, layers: manifest.layers, file: input.file.name))
            if let digest = ImageReference(reference)?.digest { byDigest[digest] = (manifest, nil) }
        }

        /// An index: its image waits for the manifest of the platform it chooses.
        private mutating func read(
            _ index: ImageIndex, refName: String?, fileRef: String, of input: ImageInput
        ) throws(ScenarioError) {
            let reference = input.reference ?? ImageCatalog.fullReference(refName) ?? fileRef
            guard let (entry, preferred) = index.chosenEntry() else {
                throw ScenarioError(file: input.file.name, field: "manifests", reason: "lists no platform image")
            }
            let image = Image(
                reference: reference, normalised: ImageReference(reference), platform: entry.platform,
                mediaType: index.mediaType, layers: nil, file: input.file.name)
            pendingIndexes.append(PendingIndex(image: image, digest: entry.digest, preferred: preferred))
        }

        /// `docker manifest inspect --verbose`: every entry's manifest is known by its digest; the
        /// image is the linux/amd64 entry's (else the one without a platform, else the first).
        private mutating func read(_ entries: [ImageDocument.VerboseEntry], of input: ImageInput) throws(ScenarioError) {
            for entry in entries {
                try remember(entry.manifest, file: input.file.name)
                if let digest = entry.digest { byDigest[digest] = (entry.manifest, entry.platform) }
            }
            let chosen = entries.first { $0.platform == ImageIndex.preferredPlatform } ?? entries.first { $0.platform == nil }
            let entry = chosen ?? entries[0]
            var reference = input.reference ?? entry.ref
            if input.reference == nil, let at = reference.firstIndex(of: "@") { reference = String(reference[..<at]) }
            if chosen == nil {
                warnings.append(Self.noPreferredPlatform(file: input.file.name, reference: reference, using: entry.platform))
            }
            images.append(
                Image(
                    reference: reference, normalised: ImageReference(reference), platform: entry.platform,
                    mediaType: entry.manifest.mediaType, layers: entry.manifest.layers, file: input.file.name))
        }

        /// Records the size of each of a manifest's layers; a layer another file gave another size
        /// is an error.
        private mutating func remember(_ manifest: ImageManifest, file: String) throws(ScenarioError) {
            for layer in manifest.layers {
                if let known = sizeOfLayer[layer.digest], known.bytes != layer.bytes {
                    throw ScenarioError(
                        file: file, field: "layers",
                        reason: "layer \(layer.digest) is \(layer.bytes) bytes here and \(known.bytes) bytes in \(known.file)")
                }
                sizeOfLayer[layer.digest] = (layer.bytes, file)
            }
        }

        private static func noPreferredPlatform(file: String, reference: String, using platform: String?) -> String {
            "\(file): \(reference) has no \(ImageIndex.preferredPlatform) image; using \(platform ?? "its first entry")"
        }
    }
}
