import PlannerCore

/// An importer's output: a scenario ready for `validate` and `plan`, and its summary.
public struct ImportResult: Sendable, Equatable {
    public var scenario: Scenario
    public var summary: ImportSummary

    public init(scenario: Scenario, summary: ImportSummary) {
        self.scenario = scenario
        self.summary = summary
    }
}
