/// What `diff` compares of one plan: its figures (`PlanFigure`) and how many instances of each
/// workload it places. Built from a computed `Plan` or read from a `vplan.plan/v1` file.
public struct PlanFigures: Sendable, Equatable {
    /// The plan's model as the plan document names it (`vm`, `container`, `faas`, `mixed`).
    public var model: String
    /// Every figure the plan gives; `hostType` and `hostsByType` only when a host catalog chose them.
    public var values: [PlanFigure: FigureValue]
    /// Instances placed on the plan's hosts, per workload name (a pod member riding in another
    /// member's VM counts for its own workload); nil when the placements are not known (a plan
    /// file written with `plan --summary`).
    public var instancesByWorkload: [String: Int]?

    public init(model: String, values: [PlanFigure: FigureValue], instancesByWorkload: [String: Int]?) {
        self.model = model
        self.values = values
        self.instancesByWorkload = instancesByWorkload
    }

    /// The figures of a computed plan, as its plan document would write them.
    public init(plan: Plan, workloadNames: [String]) {
        var values: [PlanFigure: FigureValue] = [
            .hosts: .count(plan.hosts),
            .lowerBoundHosts: .count(plan.lowerBoundHosts),
            .costPerMonth: .written(plan.cost.perMonth),
            .workloadMiB: .written(plan.memory.workloadMiB),
            .overheadMiB: .written(plan.memory.overheadMiB),
            .overheadFraction: .written(plan.memory.overheadFraction),
            .rolloutMiB: .written(plan.transfer.rolloutMiB),
            .rolloutSeconds: .written(plan.transfer.rolloutSeconds),
            .readySeconds: .written(plan.boot.readySeconds),
        ]
        if let hostType = plan.hostType { values[.hostType] = .text(hostType) }
        if let mix = PlanFigure.mix(plan.hostsByType.map { ($0.hostType, $0.hosts) }) { values[.hostsByType] = mix }
        var instances: [String: Int] = [:]
        for placement in plan.placements {
            for run in placement.runs where workloadNames.indices.contains(run.workload) {
                instances[workloadNames[run.workload], default: 0] += run.count
            }
        }
        self.init(model: plan.model.rawValue, values: values, instancesByWorkload: instances)
    }

}
