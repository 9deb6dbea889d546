import PlannerCore

/// The scenario pinned with `b`, and its plans: every chart then shows the change of each plan
/// against it (`+2 hosts`, `−$380/mo`). Pinning again replaces it, `B` clears it.
public struct Baseline: Sendable, Equatable {
    /// The scenario as it was when pinned.
    public var scenario: Scenario
    /// The revision pinned; its standard-effort plans (`.baselinePlanned`) replace the ones taken
    /// from the screen.
    public var revision: Int
    /// The plans the deltas are measured against; nil until the pinned scenario has been planned.
    public var plans: [Plan]?
    /// True once the standard-effort plans of the pinned scenario are in `plans`.
    public var isFinal = false
    /// What the header calls it: `Online shop @ edit 3`, `Online shop (unedited)`.
    public var label: String

    public init(scenario: Scenario, revision: Int, plans: [Plan]?, label: String) {
        self.scenario = scenario
        self.revision = revision
        self.plans = plans
        self.label = label
    }

    /// The baseline's plan of `model`, once planned.
    public func plan(_ model: PlanModel) -> Plan? { plans?.first { $0.model == model } }
}
