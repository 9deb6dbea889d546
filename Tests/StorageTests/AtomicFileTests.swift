import Foundation
import PlannerCore
import Storage
import Testing

/// The writing rules of `AtomicFile`, each on a real file system: what a careful editor does.
@Suite struct AtomicFileTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vplan-storage-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    private func cleanUp() { try? FileManager.default.removeItem(atPath: directory) }

    private func status(_ path: String) -> stat {
        var result = stat()
        lstat(path, &result)
        return result
    }

    private func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>" }

    /// The names in the directory (a leftover temporary file would show here).
    private func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() }

    @Test func aNewFileIsCreatedWithTheUmaskMode() throws {
        defer { cleanUp() }
        let path = "\(directory)/new.json"
        try AtomicFile.write(Data("new\n".utf8), to: path)
        #expect(contents(path) == "new\n")
        let mask = umask(0o022)
        umask(mask)
        #expect(status(path).st_mode & 0o777 == 0o666 & ~mask)
        #expect(names() == ["new.json"])
    }

    @Test func aRegularFileIsReplacedAndKeepsItsPermissionBits() throws {
        defer { cleanUp() }
        let path = "\(directory)/secret.json"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let before = status(path).st_ino
        try AtomicFile.write(Data("new\n".utf8), to: path)
        #expect(contents(path) == "new\n")
        #expect(status(path).st_mode & 0o7777 == 0o600)
        #expect(status(path).st_ino != before, "a regular file with one name is replaced (renamed over)")
        #expect(names() == ["secret.json"])
    }

    @Test func aSymlinkStaysALinkAndItsTargetGetsTheContent() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: "\(directory)/real", withIntermediateDirectories: true)
        let target = "\(directory)/real/shop.json"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o640)
        let link = "\(directory)/shop.json"
        symlink("real/shop.json", link)
        try AtomicFile.write(Data("new\n".utf8), to: link)
        #expect(status(link).st_mode & S_IFMT == S_IFLNK)
        #expect(contents(target) == "new\n")
        #expect(status(target).st_mode & 0o7777 == 0o640)
        // A dangling link: the file is created where it points.
        let dangling = "\(directory)/dangling.json"
        symlink("real/created.json", dangling)
        try AtomicFile.write(Data("made\n".utf8), to: dangling)
        #expect(status(dangling).st_mode & S_IFMT == S_IFLNK)
        #expect(contents("\(directory)/real/created.json") == "made\n")
    }

    @Test func aHardLinkedFileIsWrittenInPlaceSoEveryNameSeesIt() throws {
        defer { cleanUp() }
        let first = "\(directory)/a.json"
        let second = "\(directory)/b.json"
        try Data("a much longer old content\n".utf8).write(to: URL(fileURLWithPath: first))
        link(first, second)
        let inode = status(first).st_ino
        try AtomicFile.write(Data("new\n".utf8), to: first)
        #expect(contents(first) == "new\n")
        #expect(contents(second) == "new\n", "the other name sees the new content, truncated to it")
        #expect(status(first).st_ino == inode && status(first).st_nlink == 2)
    }

    @Test func aDeviceIsWrittenInPlaceNeverReplaced() throws {
        defer { cleanUp() }
        try AtomicFile.write(Data("discarded\n".utf8), to: "/dev/null")
        #expect(status("/dev/null").st_mode & S_IFMT == S_IFCHR)
        #expect(throws: FileError(file: "/dev/full", reason: "cannot write: No space left on device")) {
            try AtomicFile.write(Data("x".utf8), to: "/dev/full")
        }
        #expect(status("/dev/full").st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        defer { cleanUp() }
        let fifo = "\(directory)/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Thread.detachNewThreadWithResult { try? ScenarioFile.read(fifo) }
        try AtomicFile.write(Data("through the pipe\n".utf8), to: fifo)
        #expect(reader.wait() == Data("through the pipe\n".utf8))
        #expect(status(fifo).st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aDirectoryIsAnError() {
        defer { cleanUp() }
        #expect(throws: FileError(file: directory, reason: "cannot write: is a directory")) {
            try AtomicFile.write(Data("x".utf8), to: directory)
        }
    }

    @Test func aPlantedSymlinkAtThePredictableTemporaryNameIsNotFollowed() throws {
        defer { cleanUp() }
        let victim = "\(directory)/victim"
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
        let target = "\(directory)/plan.json"
        // The names the old writer used (`.NAME.tmp-PID`) and plain guesses, all planted.
        for name in [".plan.json.tmp-\(getpid())", ".plan.json.tmp", ".plan.json.XXXXXX"] {
            symlink(victim, "\(directory)/\(name)")
        }
        try AtomicFile.write(Data("plan\n".utf8), to: target)
        #expect(contents(victim) == "precious\n")
        #expect(contents(target) == "plan\n")
        #expect(status(target).st_mode & S_IFMT == S_IFREG)
        #expect(names() == [".plan.json.XXXXXX", ".plan.json.tmp", ".plan.json.tmp-\(getpid())", "plan.json", "victim"])
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        defer { cleanUp() }
        let path = "\(directory)/keep.json"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        struct Stop: Error {}
        #expect(throws: FileError(file: path, reason: "stopped")) {
            try AtomicFile.write(to: path) { (emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
                try emit(Array("half".utf8))
                throw FileError(file: path, reason: "stopped")
            }
        }
        #expect(contents(path) == "old\n")
        #expect(names() == ["keep.json"])
    }
}

extension Thread {
    /// Runs `body` on a new thread; `wait()` returns its result.
    static func detachNewThreadWithResult<T: Sendable>(_ body: @escaping @Sendable () -> T) -> ThreadResult<T> {
        let result = ThreadResult<T>()
        Thread.detachNewThread { result.set(body()) }
        return result
    }
}

/// A value another thread delivers once.
final class ThreadResult<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T?

    func set(_ newValue: T) {
        condition.lock()
        value = newValue
        condition.signal()
        condition.unlock()
    }

    func wait() -> T {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}
