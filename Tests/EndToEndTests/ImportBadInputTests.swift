import Foundation
import TestSupport
import Testing

/// The importers' bad-input corpus (`BadInput/kubernetes`, `oci`, `rvtools`): every malformed or
/// hostile manifest or CSV gives its exact one-line message (`FILE.expected`) and exit status 1
/// from the real binary, never a crash, a hang or a partial scenario on standard output.
@Suite struct ImportBadInputTests {
    static let root = SourceTree.url("Tests/EndToEndTests/BadInput")

    /// (importer, file) for every input of the three folders.
    static var cases: [(String, String)] {
        ["kubernetes", "oci", "rvtools"].flatMap { importer in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(importer).path)) ?? [])
                .filter { !$0.hasSuffix(".expected") }.sorted().map { (importer, $0) }
        }
    }

    @Test func theCorpusIsThere() {
        let counts = Dictionary(grouping: Self.cases, by: \.0).mapValues(\.count)
        #expect(counts["kubernetes", default: 0] >= 30)
        #expect(counts["oci", default: 0] >= 15)
        #expect(counts["rvtools", default: 0] >= 15)
    }

    @Test(arguments: cases)
    func importRejectsWithTheExactMessage(importer: String, file: String) throws {
        let directory = Self.root.appendingPathComponent(importer)
        let expectedFile = directory.appendingPathComponent((file as NSString).deletingPathExtension + ".expected")
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        let result = try CLI.run(["import", importer, file], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr == "vplan: \(file): \(expected)")
        #expect(result.stdout.isEmpty)
    }

    /// Files and standard input above 64 MiB are refused before any parsing (made here, not committed).
    @Test(arguments: ["kubernetes", "oci", "rvtools"])
    func oversizedInputsAreRefused(importer: String) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(importer == "rvtools" ? "huge.csv" : "huge.yaml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 1)
        try handle.close()
        let result = try CLI.run(["import", importer, file.path])
        #expect(result.status == 1)
        #expect(result.stderr == "vplan: \(file.path): is larger than 67108864 bytes (64 MiB), the limit for input files\n")
        #expect(result.stdout.isEmpty)

        let piped = try CLI.run(["import", importer, "-"], stdin: file)
        #expect(piped.status == 1)
        #expect(piped.stderr == "vplan: <stdin>: is larger than 67108864 bytes (64 MiB), the limit for input files\n")
    }

    /// Inputs together may hold at most 256 MiB: the fifth 60 MiB file is refused, before parsing.
    @Test func inputsTogetherAreBounded() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 1...5 {
            let file = directory.appendingPathComponent("part\(index).yaml")
            #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: 60 * 1024 * 1024)
            try handle.close()
        }
        let result = try CLI.run(["import", "kubernetes", directory.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "vplan: \(directory.path)/part5.yaml: brings the inputs to more than 268435456 bytes (256 MiB), the limit for one import\n"
        )
    }

    /// `--images` manifests go through the same checks as `import oci`.
    @Test func hostileImageManifestsAreRefusedByKubernetesImportToo() throws {
        let directory = Self.root.appendingPathComponent("oci")
        let manifest = SourceTree.url("Tests/ImportersTests/Fixtures/kubernetes/images.yaml").path
        let result = try CLI.run(["import", "kubernetes", manifest, "--images", "escape-in-digest.json"], in: directory)
        #expect(result.status == 1)
        let expected = try String(contentsOf: directory.appendingPathComponent("escape-in-digest.expected"), encoding: .utf8)
        #expect(result.stderr == "vplan: escape-in-digest.json: \(expected)")
    }
}
