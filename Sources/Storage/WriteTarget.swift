import Foundation
import PlannerCore

/// What writing to a path means, decided before anything is written: replace a regular file (or
/// create a new one) through a temporary file, or write an existing file in place. Symlinks are
/// followed to the file they name, dangling ones included (the file is created where they point).
enum WriteTarget {
    /// Replace (or create) the file at `path` (a real path, links resolved); `existing` is its
    /// status when it exists.
    case replace(path: String, existing: stat?)
    /// Write in place: a device, FIFO or socket (`regular` false), or a hard-linked regular file.
    case inPlace(path: String, regular: Bool)

    /// Symlinks followed at most this many times, as the kernel's own limit (ELOOP).
    static let maximumLinks = 40

    static func resolve(_ path: String) throws(FileError) -> WriteTarget {
        guard !path.isEmpty else { throw AtomicFile.failure(path, ENOENT) }
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw FileError(file: path, reason: "cannot write: is a directory")
            case S_IFREG:
                let real = realPath(path) ?? path
                if status.st_nlink > 1 { return .inPlace(path: real, regular: true) }
                return .replace(path: real, existing: status)
            default:
                return .inPlace(path: path, regular: false)
            }
        }
        let code = errno
        guard code == ENOENT else { throw AtomicFile.failure(path, code) }
        return .replace(path: try danglingLinkTarget(path), existing: nil)
    }

    /// Where a path that does not exist will be created: itself, or, when it is a symlink whose
    /// target is missing, the end of its chain of links.
    static func danglingLinkTarget(_ path: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<maximumLinks {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let destination = readLink(current) else { throw AtomicFile.failure(path, errno) }
            if destination.hasPrefix("/") {
                current = destination
            } else {
                current = URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + destination
            }
        }
        throw AtomicFile.failure(path, ELOOP)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The process's file-creation mask, read without changing it where the system says it
/// (/proc/self/status on Linux), else by setting it and putting it back.
enum FileMode {
    static func umask() -> mode_t {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let value = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return value
        }
        let mask = Foundation.umask(0o022)
        _ = Foundation.umask(mask)
        return mask
    }
}
