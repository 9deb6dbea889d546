import Foundation

/// Reads a `vplan.scenario/v1` document. JSON syntax errors name the line and column; every other
/// error names the field's path. Range checks follow in `ScenarioValidator`.
public enum ScenarioDecoder {
    /// Decodes and validates: the scenario, or the first problem found.
    public static func scenario(from data: Data) throws(ScenarioError) -> Scenario {
        let scenario = try decode(data)
        if let problem = ScenarioValidator.errors(in: scenario).first { throw problem }
        return scenario
    }

    /// Decodes without range validation (the dashboard shows every problem at once).
    public static func decode(_ data: Data) throws(ScenarioError) -> Scenario {
        try JSONInput.check(data)
        return try JSONInput.decode(Scenario.self, from: data, what: "scenario")
    }
}
