/// Why a sweep cannot run: which input (the scenario file), which argument or point
/// (`--vary host.cpuOvercommit=0`, `--shard 0/4`, `point 7 (traffic=×2)`) and why. Its description
/// is the one line the command line prints after `vplan: `.
public struct SweepError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    /// The argument or point the problem is in, as the user wrote it.
    public var subject: String
    public var reason: String

    public init(file: String? = nil, subject: String, reason: String) {
        self.file = file
        self.subject = subject
        self.reason = reason
    }

    /// The same error, attributed to the scenario file.
    public func inFile(_ file: String) -> SweepError {
        var copy = self
        copy.file = file
        return copy
    }

    public var description: String {
        [file, subject, reason].compactMap { $0 }.joined(separator: ": ")
    }
}

/// Why one edit does not apply to a document; the sweep names the argument it came from.
struct EditFailure: Error, Sendable {
    var reason: String
}
