/// A broken invariant inside vplan, not a problem with the input: a packer's answer that places
/// an item twice or overfills a host. `PackingCheck` refuses such an answer so that a wrong plan
/// never reaches a user; the message asks to be reported.
public struct InternalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part that failed (`packer`).
    public var component: String
    public var reason: String

    public init(component: String, reason: String) {
        self.component = component
        self.reason = reason
    }

    public var description: String { "\(component): \(reason)" }
}

/// Why planning failed: the scenario cannot be planned (a `ScenarioError` naming the field), or
/// vplan itself failed (an `InternalError`).
public enum PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
    case scenario(ScenarioError)
    case internalFailure(InternalError)

    /// The same error with a scenario problem attributed to a file.
    public func inFile(_ file: String) -> PlanningError {
        guard case .scenario(let error) = self else { return self }
        return .scenario(error.inFile(file))
    }

    public var description: String {
        switch self {
        case .scenario(let error): return error.description
        case .internalFailure(let error): return error.description
        }
    }
}
