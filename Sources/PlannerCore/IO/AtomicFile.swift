import Foundation

/// Writes a file so that readers see the old contents or the new, never a part: the data goes to
/// a temporary file in the same directory, is flushed to disk, then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(ScenarioError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var written = 0
        var failed: Int32 = 0
        data.withUnsafeBytes { buffer in
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
        if failed == 0 && fsync(descriptor) != 0 { failed = errno }
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
