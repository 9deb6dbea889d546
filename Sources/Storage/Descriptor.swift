import Foundation

/// Writing to an open file descriptor with write(2), all of it, retrying after signals.
public enum Descriptor {
    /// Writes every byte; nil on success, else the errno of the failure.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        return failure
    }
}
