/// A problem with a scenario: which file, which field (a path such as `workloads[2].memoryMiB`,
/// or a line and column for JSON syntax) and why. Its description is the one-line message the
/// command line prints after `vplan: `.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var field: String?
    public var reason: String

    public init(file: String? = nil, field: String?, reason: String) {
        self.file = file
        self.field = field
        self.reason = reason
    }

    /// The same error, attributed to a file.
    public func inFile(_ file: String) -> ScenarioError {
        var copy = self
        copy.file = file
        return copy
    }

    public var description: String {
        [file, field, reason].compactMap { $0 }.joined(separator: ": ")
    }
}
