import Foundation
import PlannerCore

extension ImportResult {
    /// What an import writes and what it says: the scenario document, and the summary for standard
    /// error. The scenario is checked first (its first problem is thrown, naming `file`, the
    /// output's name, or `(imported scenario)` for standard output); a document vplan could not
    /// read back is refused; a scenario that does not plan on its host is still written, with a
    /// warning at the end of the summary.
    public func output(file: String?) throws(ScenarioError) -> (data: Data, summary: String) {
        let name = file ?? "(imported scenario)"
        if let problem = ScenarioValidator.errors(in: scenario).first {
            throw ScenarioError(file: name, field: problem.field, reason: problem.reason)
        }
        let data = ScenarioDocument.json(scenario)
        // What vplan writes it must be able to read back.
        guard data.count <= Limits.maximumFileBytes else {
            throw ScenarioError(
                file: name, field: nil,
                reason: "would be \(data.count) bytes, more than the \(Limits.maximumFileBytes) bytes (64 MiB) vplan reads")
        }
        var text = summary.text
        do {
            _ = try Planner().plans(for: scenario)
        } catch {
            text +=
                "\nwarning: the scenario does not plan on this host: \(TerminalText.escaped(error.description)); "
                + "choose a larger host with --host"
        }
        return (data, text)
    }
}
