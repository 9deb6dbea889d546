import PlannerCore

/// The what-if pane (`W`): whether it is open, which revision its rows were last asked for, and each
/// row's figures with the revision they belong to (older ones are drawn as stale while the new
/// ones are planned in the background).
public struct WhatIfState: Sendable, Equatable {
    public var isOpen = false
    /// The revision the background planning was last asked for (nil: never).
    public var requested: Int?
    /// One entry per `WhatIfVariant.all`, nil until first planned.
    public var rows: [WhatIfResult?] = Array(repeating: nil, count: WhatIfVariant.all.count)
    /// The pane's scroll (↑↓ in the plans pane while it is open).
    public var scroll = ScrollPosition()

    public init() {}
}

/// A variant's plans, reduced to what the pane shows, for one revision of the scenario.
public struct WhatIfResult: Sendable, Equatable {
    public var revision: Int
    public var result: Result<[WhatIfFigures], PlanningError>

    public init(revision: Int, result: Result<[WhatIfFigures], PlanningError>) {
        self.revision = revision
        self.result = result
    }
}

/// One plan's figures in the what-if pane: its hosts and its monthly cost (the whole plan is not
/// kept: a large fleet's placements would be held once per variant).
public struct WhatIfFigures: Sendable, Equatable {
    public var model: PlanModel
    public var hosts: Int
    public var cost: CostFigures

    public init(model: PlanModel, hosts: Int, cost: CostFigures) {
        self.model = model
        self.hosts = hosts
        self.cost = cost
    }

    public init(_ plan: Plan) { self.init(model: plan.model, hosts: plan.hosts, cost: plan.cost) }
}
