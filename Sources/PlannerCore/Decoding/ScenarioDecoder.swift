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
        guard data.count <= Limits.maximumFileBytes else {
            throw ScenarioError(
                field: nil, reason: "file is \(data.count) bytes; the limit is \(Limits.maximumFileBytes) bytes (64 MiB)")
        }
        let bytes = [UInt8](data)
        if let encoding = TextEncoding.error(in: bytes) { throw encoding }
        if let syntax = JSONSyntax.error(in: data) { throw syntax }
        if let duplicate = DuplicateKeys.first(in: bytes) { throw duplicate }
        do {
            return try JSONDecoder().decode(Scenario.self, from: data)
        } catch let error as FieldError {
            throw ScenarioError(field: error.path, reason: error.reason)
        } catch let DecodingError.typeMismatch(_, context) {
            let path = FieldText.string(context.codingPath)
            throw ScenarioError(field: path.isEmpty ? "(top level)" : path, reason: "expected an object")
        } catch {
            throw ScenarioError(field: nil, reason: "not a scenario: \(error)")
        }
    }
}
