import CProcess
import Foundation
import PlannerCore

/// Writes a file the way a careful editor does (`plan --output`, the importers' `--output`,
/// `bench scenario --output`, the dashboard's save, save-as, export and autosave):
/// - a regular file is replaced atomically: the data goes to a temporary file created with
///   `mkostemp` (`O_CREAT|O_EXCL`, an unpredictable name, so a planted symlink is never followed)
///   in the same directory, is `fsync`ed and renamed over the target; the target's permission bits
///   (and its owner, where the process may set it) carry over; a temporary file is removed on any
///   error and on every ending signal;
/// - a symlink is followed: the file it points to is replaced and the link stays a link;
/// - a file with several hard links is written in place, so every name sees the new content
///   (as vim's `backupcopy=auto`);
/// - a path that exists and is not a regular file (a device such as `/dev/null`, a FIFO) is written
///   in place, never replaced; a directory is an error.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(FileError) {
        try write(to: path) { (emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
            try emit([UInt8](data))
        }
    }

    /// The same, for contents produced in pieces: `produce` calls `emit` once per piece, so a large
    /// file never has to be in memory whole.
    public static func write(
        to path: String,
        producing produce: (_ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) {
        switch try WriteTarget.resolve(path) {
        case .replace(let real, let existing):
            try replace(real, existing: existing, reportedAs: path, produce)
        case .inPlace(let real, let regular):
            try writeInPlace(real, regular: regular, reportedAs: path, produce)
        }
    }

    /// Temporary file, fsync, rename; the old file's mode and owner carried over.
    private static func replace(
        _ target: String, existing: stat?, reportedAs path: String,
        _ produce: (_ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) {
        let url = URL(fileURLWithPath: target)
        var template = Array("\(url.deletingLastPathComponent().path)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        var slot: Int32 = -1
        let descriptor = template.withUnsafeMutableBufferPointer { vplan_create_temporary($0.baseAddress!, &slot) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { vplan_forget_temporary(slot) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(FileError) {
            try produce { (bytes: [UInt8]) throws(FileError) in try writeAll(descriptor, bytes, path) }
            let mode = existing.map { mode_t($0.st_mode) & 0o7777 } ?? (0o666 & ~FileMode.umask())
            if fchmod(descriptor, mode) != 0 { throw failure(path, errno) }
            if let existing, existing.st_uid != geteuid() || existing.st_gid != getegid() {
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)  // allowed for root only: best effort
            }
            if fsync(descriptor) != 0 { throw failure(path, errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        if rename(temporary, target) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        syncDirectory(of: url)
    }

    /// Overwrites the file itself: devices and FIFOs as they are, hard-linked regular files
    /// truncated to the new length afterwards.
    private static func writeInPlace(
        _ target: String, regular: Bool, reportedAs path: String,
        _ produce: (_ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        var length: off_t = 0
        try produce { (bytes: [UInt8]) throws(FileError) in
            try writeAll(descriptor, bytes, path)
            length += off_t(bytes.count)
        }
        guard regular else { return }
        if ftruncate(descriptor, length) != 0 { throw failure(path, errno) }
        if fsync(descriptor) != 0 { throw failure(path, errno) }
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], _ path: String) throws(FileError) {
        if let code = Descriptor.writeAll(bytes, to: descriptor) { throw failure(path, code) }
    }

    /// Makes the rename itself durable (best effort: some file systems refuse fsync on a directory).
    private static func syncDirectory(of url: URL) {
        let directory = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return }
        _ = fsync(directory)
        close(directory)
    }

    static func failure(_ path: String, _ code: Int32) -> FileError {
        FileError(file: path, reason: "cannot write: \(String(cString: strerror(code)))")
    }
}
