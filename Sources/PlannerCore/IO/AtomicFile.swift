import Foundation

/// Writes a file so that readers see the old contents or the new, never a part: the data goes to
/// a temporary file in the same directory, is flushed to disk, then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(ScenarioError) {
        try write(to: path) { (emit: ([UInt8]) throws(ScenarioError) -> Void) throws(ScenarioError) in
            try emit([UInt8](data))
        }
    }

    /// The same, for contents produced in pieces: `produce` calls `emit` once per piece, so a large
    /// file never has to be in memory whole.
    public static func write(
        to path: String,
        producing produce: (_ emit: ([UInt8]) throws(ScenarioError) -> Void) throws(ScenarioError) -> Void
    ) throws(ScenarioError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        func emit(_ bytes: [UInt8]) throws(ScenarioError) {
            var written = 0
            var failed: Int32 = 0
            bytes.withUnsafeBytes { buffer in
                while written < buffer.count {
                    let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if result < 0 {
                        if errno == EINTR { continue }
                        failed = errno
                        return
                    }
                    written += result
                }
            }
            if failed != 0 { throw failure(path, failed) }
        }
        do {
            try produce(emit)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        var failed: Int32 = 0
        if fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        if failed != 0 {
            unlink(temporary)
            throw failure(path, failed)
        }
        if rename(temporary, path) != 0 {
            let error = errno
            unlink(temporary)
            throw failure(path, error)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> ScenarioError {
        ScenarioError(file: path, field: nil, reason: "cannot write: \(String(cString: strerror(code)))")
    }
}
