import PlannerCore

/// The host catalog `vplan-tui --catalog NAME` plans the session's scenarios over. It is applied
/// only where plans are made (the plan, what-if and baseline workers, and exports), never to the
/// scenario the dashboard edits, so saving and autosave write the file as the user left it.
struct CatalogOverlay: Sendable {
    var catalog: HostCatalog?

    /// The scenario as planned: with the catalog's `hostTypes` when there is a catalog.
    func scenario(_ scenario: Scenario) throws(PlanningError) -> Scenario {
        guard let catalog else { return scenario }
        do throws(ScenarioError) {
            return try catalog.applied(to: scenario)
        } catch {
            throw .scenario(error)
        }
    }

    /// The scenario's four plans, over the catalog when there is one.
    func plans(for scenario: Scenario, planner: Planner) throws(PlanningError) -> [Plan] {
        try planner.plans(for: self.scenario(scenario))
    }
}
