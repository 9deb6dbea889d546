import PlannerCore

/// Where the keyboard is: the focused pane, the workload and column under the cursor, the
/// parameter, the plan whose detail is shown, the warning, and how each list is scrolled. The
/// navigation reducer owns it; nothing else moves the cursor.
public struct Navigation: Sendable, Equatable {
    public var focus: Pane = .workloads
    /// The workload under the cursor, as an index into the scenario's workloads (filtering and
    /// sorting change where it shows, never which workload it is).
    public var workloadRow: Int = 0
    public var workloadColumn: WorkloadColumn = .name
    /// First row of the (filtered, sorted) workload table shown.
    public var workloadScroll: Int = 0
    public var parameter: Parameter = Parameter.allCases[0]
    public var parameterScroll: Int = 0
    /// The plan whose host fill and timeline are shown.
    public var selectedPlan: PlanModel = .vm
    /// The warnings list: cursor and first row shown.
    public var warnings = ScrollPosition()

    public init() {}
}

extension PlanModel {
    /// The plan `steps` places after this one in the planner's order, wrapping around.
    public func cycled(by steps: Int) -> PlanModel {
        let all = PlanModel.allCases
        let index = all.firstIndex(of: self)!
        return all[((index + steps) % all.count + all.count) % all.count]
    }

    /// Index of the plan in the planner's order (vm 0, container 1, faas 2, mixed 3).
    public var index: Int { PlanModel.allCases.firstIndex(of: self)! }
}
