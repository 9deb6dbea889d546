import Foundation
import PlannerCore
import Storage
import TestSupport
import Testing

/// Reading inputs as `cat` does: FIFOs and pipes to their end, with the size limit and the
/// one-line errors.
@Suite struct ScenarioFileTests {
    static let profile = SourceTree.url("Profiles/online-shop.json")

    @Test func aFIFOIsReadToItsEnd() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("vplan-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let expected = try Data(contentsOf: Self.profile)
        // The writer sends in two pieces with a pause: the reader must not stop at the first.
        Thread.detachNewThread {
            let descriptor = open(fifo, O_WRONLY)
            expected.prefix(1000).withUnsafeBytes { _ = write(descriptor, $0.baseAddress!, $0.count) }
            usleep(50_000)
            expected.dropFirst(1000).withUnsafeBytes { _ = write(descriptor, $0.baseAddress!, $0.count) }
            close(descriptor)
        }
        #expect(try ScenarioFile.read(fifo) == expected)
    }

    @Test func errorsNameTheFileAndTheReason() throws {
        #expect(throws: FileError(file: "/nonexistent/x.json", reason: "no such file")) {
            try ScenarioFile.read("/nonexistent/x.json")
        }
        #expect(throws: FileError(file: "/tmp", reason: "is a directory, not a file")) {
            try ScenarioFile.read("/tmp")
        }
        #expect(ScenarioFile.exists(Self.profile.path))
        #expect(!ScenarioFile.exists("/tmp"))
        #expect(!ScenarioFile.exists("/nonexistent"))
    }

    @Test func anEndlessDeviceStopsAtTheLimit() throws {
        #expect(
            throws: FileError(
                file: "/dev/zero", reason: "is larger than 67108864 bytes (64 MiB), the limit for input files")
        ) {
            try ScenarioFile.read("/dev/zero")
        }
    }
}
