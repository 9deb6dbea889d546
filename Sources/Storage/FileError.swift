import PlannerCore

/// Reading or writing a file failed: which file, and why (`shop.json: no such file`,
/// `plan.json: cannot write: No space left on device`). A type of its own: what is wrong with a
/// scenario is a `ScenarioError`; a file that cannot be had at all is this.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// Why a scenario could not be loaded: its file could not be read, or what it holds is not a
/// valid scenario.
public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case file(FileError)
    case scenario(ScenarioError)

    public var description: String {
        switch self {
        case .file(let error): return error.description
        case .scenario(let error): return error.description
        }
    }
}
