import Foundation
import TestSupport
import Testing

/// The bad-input corpus: every malformed or hostile file gives its exact one-line message and
/// exit status 1, never a crash.
@Suite struct BadInputTests {
    static let corpus = SourceTree.url("Tests/EndToEndTests/BadInput/scenario")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 30)
    }

    @Test(arguments: files)
    func validateRejectsWithTheExactMessage(file: String) throws {
        let expected = try String(
            contentsOf: Self.corpus.appendingPathComponent(file.replacingOccurrences(of: ".json", with: ".expected")),
            encoding: .utf8)
        let result = try CLI.run(["validate", file], in: Self.corpus)
        #expect(result.status == 1)
        #expect(result.stderr == "vplan: \(file): \(expected)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: files.prefix(8))
    func planRejectsTheSameWay(file: String) throws {
        let result = try CLI.run(["plan", "--profile", file], in: Self.corpus)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("vplan: \(file): "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func missingFilesAndDirectoriesAreNamed() throws {
        let missing = try CLI.run(["validate", "/nonexistent/shop.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "vplan: /nonexistent/shop.json: no such file\n")
        let directory = try CLI.run(["validate", "/tmp"])
        #expect(directory.stderr == "vplan: /tmp: is a directory, not a file\n")
    }

    @Test func oversizedFilesAreRefusedBeforeParsing() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 1)
        try handle.close()
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr == "vplan: \(file.path): is larger than 67108864 bytes (64 MiB), the limit for input files\n")
    }

    @Test func unwritableOutputIsAClearErrorAndNoPartialFile() throws {
        let result = try CLI.run(["plan", "--output", "/nonexistent-dir/plan.json"])
        #expect(result.status == 1)
        #expect(result.stderr == "vplan: /nonexistent-dir/plan.json: cannot write: No such file or directory\n")
    }
}
