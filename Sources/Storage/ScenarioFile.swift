import Foundation
import PlannerCore

/// Reading input files with the size limit and one-line errors naming the file. Anything that can
/// be read as a stream is read as `cat` would: regular files, FIFOs, process substitutions
/// (`<(cat shop.json)`), devices; reading stops at the end of the data or one byte past the limit.
public enum ScenarioFile {
    /// Reads at most `Limits.maximumFileBytes` bytes of a file; larger files are refused.
    /// Opening a FIFO waits for its writer, as `cat` does: callers that must stay responsive
    /// (the dashboard) read on a background thread.
    public static func read(_ path: String) throws(FileError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openFailure(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw FileError(file: path, reason: "is a directory, not a file")
        }
        return try readAll(descriptor, name: path)
    }

    /// Reads a descriptor to its end (standard input, an open file), within the size limit.
    public static func readAll(_ descriptor: Int32, name: String) throws(FileError) -> Data {
        let limit = Limits.maximumFileBytes
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw FileError(file: name, reason: "is a directory, not a file") }
                throw FileError(file: name, reason: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit {
                throw FileError(
                    file: name,
                    reason: "is larger than \(limit) bytes (64 MiB), the limit for input files")
            }
        }
    }

    /// True when `path` names something that exists and is not a directory (without reading it).
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFDIR
    }

    /// Reads, decodes and validates a scenario file.
    public static func load(_ path: String) throws(LoadError) -> Scenario {
        try load(name: path) { () throws(FileError) in try read(path) }
    }

    /// Reads, decodes and validates the scenario an open descriptor holds (standard input).
    public static func load(descriptor: Int32, name: String) throws(LoadError) -> Scenario {
        try load(name: name) { () throws(FileError) in try readAll(descriptor, name: name) }
    }

    private static func load(name: String, reading: () throws(FileError) -> Data) throws(LoadError) -> Scenario {
        let data: Data
        do throws(FileError) {
            data = try reading()
        } catch {
            throw .file(error)
        }
        do {
            return try ScenarioDecoder.scenario(from: data)
        } catch {
            throw .scenario(error.inFile(name))
        }
    }

    private static func openFailure(_ path: String, _ code: Int32) -> FileError {
        switch code {
        case ENOENT, ENOTDIR: return FileError(file: path, reason: "no such file")
        case EACCES, EPERM: return FileError(file: path, reason: "cannot be read (permission denied?)")
        default: return FileError(file: path, reason: "cannot be read: \(String(cString: strerror(code)))")
        }
    }
}
