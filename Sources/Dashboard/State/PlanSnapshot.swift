import PlannerCore

/// The plans last computed, and which revision of the scenario they belong to.
public struct PlanSnapshot: Sendable, Equatable {
    public var plans: [Plan]
    public var revision: Int

    public init(plans: [Plan], revision: Int) {
        self.plans = plans
        self.revision = revision
    }
}

/// A scenario revision the planner refused, and why.
public struct PlanFailure: Sendable, Equatable {
    public var revision: Int
    public var error: PlanningError

    public init(revision: Int, error: PlanningError) {
        self.revision = revision
        self.error = error
    }
}
