/// One row of a sweep: a point, its values, and one plan's figures, named as in the plan JSON
/// (`docs/plan.schema.json`): `hosts`, `lowerBoundHosts`, `cost.perMonth` (`costPerMonth`),
/// `memory.overheadMiB` and `memory.overheadFraction`, `transfer.rolloutMiB` and
/// `transfer.rolloutSeconds`, `boot.readySeconds`, and `hostType` when the plan names one.
public struct SweepRow: Sendable, Equatable {
    /// The point, counted from 1 over the whole sweep (whatever the shard).
    public var point: Int
    public var values: [SweepValue]
    public var model: String
    /// The plan's host type, read from its JSON members when it has one (a scenario with `hostTypes`).
    public var hostType: String?
    public var hosts: Int
    public var lowerBoundHosts: Int
    public var costPerMonth: Double
    /// The scenario's currency: the table shows costs in it.
    public var currency: String
    public var overheadMiB: Double
    public var overheadFraction: Double
    public var rolloutMiB: Double
    public var rolloutSeconds: Double
    public var readySeconds: Double

    /// The row of a plan of the point's scenario; `point` counts from 0 here.
    public init(point: Int, values: [SweepValue], plan: Plan, scenario: Scenario) {
        self.point = point + 1
        self.values = values
        model = plan.model.rawValue
        let members = PlanDocument.members(of: plan, scenario: scenario)
        if case .string(let name)? = members.first(where: { $0.0 == "hostType" })?.1 { hostType = name }
        hosts = plan.hosts
        lowerBoundHosts = plan.lowerBoundHosts
        costPerMonth = plan.cost.perMonth
        currency = scenario.currency
        overheadMiB = plan.memory.overheadMiB
        overheadFraction = plan.memory.overheadFraction
        rolloutMiB = plan.transfer.rolloutMiB
        rolloutSeconds = plan.transfer.rolloutSeconds
        readySeconds = plan.boot.readySeconds
    }
}
