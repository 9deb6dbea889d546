/// A problem with a scenario or with an input that becomes one: which file, where in it (a typed
/// `ErrorLocation`: a field path, a line and column, a table row, a document and a field) and why.
/// Its description is the one-line message the command line prints after `vplan: `. Reading and
/// writing files fail with Storage's `FileError`; a broken internal invariant is `InternalError`.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var location: ErrorLocation?
    public var reason: String

    public init(file: String? = nil, at location: ErrorLocation?, reason: String) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    /// An error at a field path given as text (`workloads[2].memoryMiB`), or at none.
    public init(file: String? = nil, field: String?, reason: String) {
        self.init(file: file, at: field.map { .field(FieldPath(parsing: $0)) }, reason: reason)
    }

    /// The location as messages show it.
    public var field: String? { location?.description }

    /// The same error, attributed to a file.
    public func inFile(_ file: String) -> ScenarioError {
        var copy = self
        copy.file = file
        return copy
    }

    /// Two errors are the same when they read the same (a location given as text equals the typed
    /// one it spells).
    public static func == (a: ScenarioError, b: ScenarioError) -> Bool {
        a.file == b.file && a.field == b.field && a.reason == b.reason
    }

    public var description: String {
        [file, field, reason].compactMap { $0 }.joined(separator: ": ")
    }
}
