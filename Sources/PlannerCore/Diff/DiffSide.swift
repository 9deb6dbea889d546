import Foundation

/// One side of `vplan-tui diff`: a scenario with its computed plans, or a plan document read from
/// a file. What the two sides have in common decides how deep the comparison goes
/// (`WorkloadChanges.Basis`).
public struct DiffSide: Sendable {
    /// What the side was given as.
    public enum Kind: String, Sendable {
        case scenario, plan
    }

    /// Where it came from, as messages name it (a path, `Profiles/NAME.json`, `<stdin>`).
    public var source: String
    public var kind: Kind
    /// The scenario's name (a plan document's `scenario`).
    public var scenarioName: String?
    /// The ISO 4217 code of its costs.
    public var currency: String
    /// One entry per plan, in the order the planner or the document gives them.
    public var plans: [PlanFigures]
    /// The scenario itself, for a scenario side: workloads and settings compare field by field.
    public var scenario: Scenario?

    public init(
        source: String, kind: Kind, scenarioName: String?, currency: String, plans: [PlanFigures], scenario: Scenario?
    ) {
        self.source = source
        self.kind = kind
        self.scenarioName = scenarioName
        self.currency = currency
        self.plans = plans
        self.scenario = scenario
    }

    /// A scenario and the plans the planner computed for it.
    public init(source: String, scenario: Scenario, plans: [Plan]) {
        let names = scenario.workloads.map(\.name)
        self.init(
            source: source, kind: .scenario, scenarioName: scenario.name, currency: scenario.currency,
            plans: plans.map { PlanFigures(plan: $0, workloadNames: names) }, scenario: scenario)
    }

    /// A `vplan.plan/v1` document; errors are attributed to `source`.
    public static func planDocument(_ data: Data, source: String) throws(ScenarioError) -> DiffSide {
        do {
            let document = try PlanFileReader.read(data)
            return DiffSide(
                source: source, kind: .plan, scenarioName: document.scenario, currency: document.currency,
                plans: document.plans, scenario: nil)
        } catch {
            throw error.inFile(source)
        }
    }
}
