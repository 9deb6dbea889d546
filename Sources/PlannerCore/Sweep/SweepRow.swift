/// One row of a sweep: a point, its values, and one plan's figures, named as in the plan JSON
/// (`docs/plan.schema.json`): `hosts`, `lowerBoundHosts`, `cost.perMonth` (`costPerMonth`),
/// `memory.overheadMiB` and `memory.overheadFraction`, `transfer.rolloutMiB` and
/// `transfer.rolloutSeconds`, `boot.readySeconds`, and `hostType` (or `hostsByType`) when the plan has a catalog.
public struct SweepRow: Sendable, Equatable {
    /// The point, counted from 1 over the whole sweep (whatever the shard).
    public var point: Int
    public var values: [SweepValue]
    public var model: String
    /// The plan's host type when the scenario has `hostTypes`: the type (`m6i.2xlarge`), or a mix
    /// as `plan --format csv` writes it (`m6i.2xlarge×3+c6i.4xlarge×2`); nil without a catalog.
    public var hostType: String?
    public var hosts: Int
    public var lowerBoundHosts: Int
    /// `cost.perMonth`; nil when nothing in the plan is priced (functions without traffic only),
    /// as `plan --format csv` leaves the cell empty.
    public var costPerMonth: Double?
    /// The scenario's currency: the table shows costs in it.
    public var currency: String
    public var overheadMiB: Double
    public var overheadFraction: Double
    public var rolloutMiB: Double
    public var rolloutSeconds: Double
    public var readySeconds: Double
    /// Why the point's scenario cannot run this plan (a workload larger than an empty host, as
    /// with `hostType=` a type too small for it); the figures are then empty. Nil when planned.
    public var unfit: String? = nil

    /// The rows of one point, a plan each: a plan the scenario cannot run (`PlanningError.scenario`
    /// after validation passed) is a row saying why, so one small host type does not stop a sweep.
    /// An invalid scenario or an internal failure is thrown.
    public static func rows(
        point: Int, values: [SweepValue], scenario: Scenario, planner: Planner
    ) throws(PlanningError) -> [SweepRow] {
        if let problem = ScenarioValidator.errors(in: scenario).first { throw .scenario(problem) }
        var rows: [SweepRow] = []
        for model in PlanModel.allCases {
            do throws(PlanningError) {
                let plan = try planner.plan(scenario, model: model)
                rows.append(SweepRow(point: point, values: values, plan: plan, scenario: scenario))
            } catch {
                guard case .scenario(let problem) = error else { throw error }
                rows.append(SweepRow(point: point, values: values, model: model, unfit: problem.description, scenario: scenario))
            }
        }
        return rows
    }

    /// A plan the point's scenario cannot run: its model and why.
    init(point: Int, values: [SweepValue], model: PlanModel, unfit: String, scenario: Scenario) {
        self.point = point + 1
        self.values = values
        self.model = model.rawValue
        hosts = 0
        lowerBoundHosts = 0
        currency = scenario.currency
        overheadMiB = 0
        overheadFraction = 0
        rolloutMiB = 0
        rolloutSeconds = 0
        readySeconds = 0
        self.unfit = unfit
    }

    /// The row of a plan of the point's scenario; `point` counts from 0 here.
    public init(point: Int, values: [SweepValue], plan: Plan, scenario: Scenario) {
        self.point = point + 1
        self.values = values
        model = plan.model.rawValue
        let hostType = PlanTable.hostTypeText(plan)
        self.hostType = hostType.isEmpty ? nil : hostType
        hosts = plan.hosts
        lowerBoundHosts = plan.lowerBoundHosts
        costPerMonth = plan.cost.functionsUnpriced && plan.cost.hostsPerMonth == 0 ? nil : plan.cost.perMonth
        currency = scenario.currency
        overheadMiB = plan.memory.overheadMiB
        overheadFraction = plan.memory.overheadFraction
        rolloutMiB = plan.transfer.rolloutMiB
        rolloutSeconds = plan.transfer.rolloutSeconds
        readySeconds = plan.boot.readySeconds
    }
}
