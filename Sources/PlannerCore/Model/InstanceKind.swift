/// What one placed instance is: a virtual machine, a container (inside a pod) or a function
/// instance. Decides its overheads, image transfer rule and start time.
public enum InstanceKind: String, Sendable, Hashable, CaseIterable {
    case vm
    case container
    case function
}

extension InstanceKind {
    /// The kind's position in `allCases`, for tables kept per kind in an array.
    var index: Int {
        switch self {
        case .vm: 0
        case .container: 1
        case .function: 2
        }
    }
}
