/// The panes Tab moves the keyboard focus between.
public enum Pane: Int, Sendable, Equatable, CaseIterable {
    case workloads
    case parameters
    case plans
    case warnings

    /// The pane Tab moves to.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    /// The pane Shift-Tab moves to.
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }

    public var title: String {
        switch self {
        case .workloads: return "Workloads"
        case .parameters: return "Host & model"
        case .plans: return "Plans"
        case .warnings: return "Warnings"
        }
    }
}
