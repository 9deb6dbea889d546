import Foundation
import Importers
import PlannerCore
import Testing

@Suite struct OCITests {
    static let a0 = "sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0"

    func input(_ path: String, ref: String? = nil) throws -> ImageInput {
        ImageInput(reference: ref, file: try Fixtures.file("oci/\(path)"))
    }

    @Test func ociManifestNamedAfterItsImage() throws {
        let catalog = try ImageCatalog(inputs: [try input("redis:7.2-alpine.json")])
        let image = try #require(catalog.image(for: "docker.io/library/redis:7.2-alpine"))
        #expect(image.reference == "redis:7.2-alpine")
        #expect(image.layers?.map(\.bytes) == [3_623_807, 1_048_576, 12_582_912])
        #expect(image.layers?.first?.digest == Self.a0)
        #expect(catalog.image(for: "redis:7.2-alpine") == image)
        #expect(catalog.image(for: "redis:7.2") == nil)
    }

    @Test func dockerSchema2WithAnExplicitReference() throws {
        let catalog = try ImageCatalog(inputs: [try input("docker-v2.json", ref: "gcr.io/proj/api:v1")])
        let image = try #require(catalog.image(for: "gcr.io/proj/api:v1"))
        #expect(image.mediaType == "application/vnd.docker.distribution.manifest.v2+json")
        #expect(image.bytes == 3_623_807 + 20_971_520)
    }

    @Test func indexChoosesLinuxAmd64AndFindsItsManifestByDigest() throws {
        let catalog = try ImageCatalog(inputs: [
            try input("nginx:1.27.json"),
            try input("sha256-eeee000000000000000000000000000000000000000000000000000000000002.json"),
        ])
        #expect(catalog.images.count == 1)  // the digest-named manifest is not an image of its own
        let image = try #require(catalog.image(for: "nginx:1.27"))
        #expect(image.platform == "linux/amd64")
        #expect(image.layers?.map(\.bytes) == [29_360_128, 524_288])
        #expect(catalog.warnings.isEmpty)
    }

    @Test func indexWithoutItsManifestHasUnknownLayers() throws {
        let catalog = try ImageCatalog(inputs: [try input("nginx:1.27.json")])
        let image = try #require(catalog.image(for: "nginx:1.27"))
        #expect(image.layers == nil)
        #expect(image.missingManifest == "sha256:eeee000000000000000000000000000000000000000000000000000000000002")
        #expect(catalog.warnings.count == 1)
        #expect(catalog.warnings[0].contains("was not given"))
    }

    @Test func manifestListWithoutAmd64SaysSo() throws {
        let catalog = try ImageCatalog(inputs: [try input("manifest-list-arm.json", ref: "example.com/arm-only:1")])
        let image = try #require(catalog.image(for: "example.com/arm-only:1"))
        #expect(image.platform == "linux/arm64/v8")
        #expect(catalog.warnings.contains { $0.contains("has no linux/amd64 image; using linux/arm64/v8") })
    }

    @Test func dockerManifestInspectVerbose() throws {
        let catalog = try ImageCatalog(inputs: [try input("verbose.json")])
        let image = try #require(catalog.image(for: "busybox:1.36"))
        #expect(image.reference == "docker.io/library/busybox:1.36")
        #expect(image.platform == "linux/amd64")
        #expect(image.layers?.map(\.bytes) == [2_202_009])
    }

    @Test func refNameAnnotation() throws {
        let catalog = try ImageCatalog(inputs: [try input("annotated.json")])
        #expect(catalog.image(for: "quay.io/team/tool:2.0")?.layers?.count == 2)
    }

    @Test func fileNamesAndArguments() {
        #expect(ImageInput.reference(fromFileName: "/x/gcr.io%2Fproj%2Fapi:v1.json") == "gcr.io/proj/api:v1")
        #expect(ImageInput.reference(fromFileName: "redis:alpine.json") == "redis:alpine")
        let pair = ImageInput.split("redis:7=/tmp/r.json", exists: { _ in false })
        #expect(pair.reference == "redis:7")
        #expect(pair.path == "/tmp/r.json")
        #expect(ImageInput.split("odd=name.json", exists: { _ in true }).reference == nil)
    }

    @Test func referencesNormaliseAsDockerDoes() throws {
        #expect(ImageReference("redis")?.key == "docker.io/library/redis:latest")
        #expect(ImageReference("index.docker.io/library/redis:7")?.key == "docker.io/library/redis:7")
        #expect(ImageReference("localhost:5000/app")?.key == "localhost:5000/app:latest")
        #expect(ImageReference("gcr.io/p/a@sha256:abc")?.tag == nil)
        #expect(ImageReference("gcr.io/p/a@sha256:abc")?.digest == "sha256:abc")
        #expect(ImageReference("busybox:1.38.0@sha256:fd8d")?.key == "docker.io/library/busybox:1.38.0")
        #expect(ImageReference("") == nil)
        #expect(ImageReference("a//b") == nil)
    }

    @Test(arguments: [
        (
            "schema1.json",
            "schema1.json: document 1: schemaVersion: a Docker schema 1 manifest has no layer sizes; fetch the schema 2 or OCI manifest (docker manifest inspect, or skopeo inspect --raw)"
        ),
        ("bad-size.json", "bad-size.json: document 1: layers[1].size: expected a whole number of at least 0, found \"-5\""),
        (
            "truncated.json",
            "truncated.json: line 5, column 1: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping)"
        ),
    ])
    func malformedManifests(path: String, message: String) throws {
        do {
            _ = try ImageCatalog(inputs: [try input(path)])
            Issue.record("no error for \(path)")
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func oneDigestMustHaveOneSize() throws {
        do {
            _ = try ImageCatalog(inputs: [try input("redis:7.2-alpine.json"), try input("conflicting-size.json")])
            Issue.record("no error")
        } catch {
            #expect(
                String(describing: error)
                    == "conflicting-size.json: layers: layer \(Self.a0) is 999 bytes here and 3623807 bytes in redis:7.2-alpine.json"
            )
        }
    }

    @Test func kubernetesWorkloadsGetRealLayers() throws {
        let catalog = try ImageCatalog(inputs: [
            try input("redis:7.2-alpine.json"),
            try input("docker-v2.json", ref: "gcr.io/proj/api:v1"),
            try input("nginx:1.27.json"),
            try input("sha256-eeee000000000000000000000000000000000000000000000000000000000002.json"),
        ])
        let result = try Fixtures.kubernetes("kubernetes/images.yaml", options: KubernetesImportOptions(images: catalog))
        let cache = try #require(result.workload("cache"))
        #expect(
            cache.layers.map(\.id) == [
                Self.a0, "sha256:b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1",
                "sha256:c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2",
            ])
        #expect(close(cache.layers[0].sizeMiB, 3_623_807.0 / 1_048_576))
        #expect(cache.layers.dropFirst().map(\.sizeMiB) == [1, 12])
        // The base layer a0 is shared by cache and api: same id, same size.
        let api = try #require(result.workload("api"))
        #expect(api.layers.first == cache.layers.first)
        #expect(api.layers.last?.sizeMiB == 20)
        #expect(result.workload("proxy")?.layers.map(\.sizeMiB) == [28, 0.5])
        // No manifest for the worker's image: one default layer named by its reference.
        #expect(result.workload("worker")?.layers == [ImageLayer(id: "example.com/worker:9", sizeMiB: 100)])
        #expect(result.warnings(containing: "no manifest given").count == 1)
        expectPlans(result.scenario)
    }

    @Test func sizeTableListsEveryImage() throws {
        let catalog = try ImageCatalog(inputs: [
            try input("redis:7.2-alpine.json"), try input("docker-v2.json", ref: "gcr.io/proj/api:v1"),
            try input("nginx:1.27.json"),
        ])
        let lines = ImageSizeTable.text(catalog).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("image"))
        #expect(lines[1].hasPrefix("redis:7.2-alpine"))
        #expect(lines[1].contains("16.5"))  // (3623807 + 1048576 + 12582912) / 2^20 = 16.46
        #expect(lines[2].contains("23.5"))  // (3623807 + 20971520) / 2^20 = 23.46
        #expect(lines[3].contains("index; manifest sha256:eeee"))
        // 40.0 MiB listed; the shared 3.46 MiB base layer once: 36.5 MiB distinct.
        #expect(lines[4] == "3 images, 5 layers: 39.9 MiB listed, 36.5 MiB in 4 distinct layers (3.5 MiB shared)")
    }
}
