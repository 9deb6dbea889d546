import Foundation
import PlannerCore

/// Editing in place, and applying an edit: undo history, revision, re-plan.
extension DashboardReducer {
    // MARK: - Editing in place

    static func editing(_ state: inout DashboardState, _ buffer: EditBuffer, _ action: Action) -> [Effect] {
        var buffer = buffer
        switch action {
        case .insert(let text):
            buffer.text += text
        case .deleteBackward:
            if !buffer.text.isEmpty { buffer.text.removeLast() }
        case .clearInput:
            buffer.text = ""
        case .cancel:
            state.mode = .normal
            state.status = StatusMessage("edit cancelled")
            return []
        case .confirm:
            switch edit(buffer, in: state.scenario) {
            case .success(let scenario):
                state.mode = .normal
                if scenario == state.scenario {
                    state.status = StatusMessage("unchanged")
                    return []
                }
                return apply(&state, .success(scenario)) { describe(buffer.target, in: $0) }
            case .failure(let problem):
                buffer.problem = problem.reason
                state.mode = .editing(buffer)
                state.status = StatusMessage("not applied: \(problem.reason)", kind: .error)
                return []
            }
        default:
            return []
        }
        // Validate as the user types: the problem shows at once, nothing is applied yet.
        switch edit(buffer, in: state.scenario) {
        case .success: buffer.problem = nil
        case .failure(let problem): buffer.problem = problem.reason
        }
        state.mode = .editing(buffer)
        return []
    }

    static func edit(_ buffer: EditBuffer, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        switch buffer.target {
        case .workload(let row, let column): return ScenarioEdits.set(column, row: row, to: buffer.text, in: scenario)
        case .parameter(let parameter): return ScenarioEdits.set(parameter, to: buffer.text, in: scenario)
        }
    }

    static func describe(_ target: EditTarget, in scenario: Scenario) -> String {
        switch target {
        case .workload(let row, let column):
            guard scenario.workloads.indices.contains(row) else { return "changed" }
            return "\(scenario.workloads[row].name): \(column.title) \(column.display(scenario.workloads[row]))"
        case .parameter(let parameter):
            return "\(parameter.group.lowercased()) \(parameter.label): \(parameter.display(in: scenario))"
        }
    }

    // MARK: - Applying edits

    /// Applies an edit's result: on success the old scenario goes on the undo stack and the new one is
    /// planned; on failure the scenario stays and the status line says why.
    static func apply(
        _ state: inout DashboardState, _ result: Result<Scenario, EditProblem>, message: (Scenario) -> String
    ) -> [Effect] {
        switch result {
        case .failure(let problem):
            state.status = StatusMessage("not applied: \(problem.reason)", kind: .error)
            return []
        case .success(let scenario):
            state.history.record(state.scenario)
            return replaceScenario(&state, with: scenario, message: message(scenario))
        }
    }

    static func replaceScenario(_ state: inout DashboardState, with scenario: Scenario, message: String) -> [Effect] {
        state.scenario = scenario
        state.revision += 1
        state.workloadRow = min(state.workloadRow, max(0, scenario.workloads.count - 1))
        state.status = StatusMessage(message)
        keepSelectionVisible(&state)
        return [.plan(scenario, revision: state.revision)]
    }

    /// Scrolls the workload table and the parameter list just enough to show the cursor.
    static func keepSelectionVisible(_ state: inout DashboardState) {
        let layout = ScreenLayout(size: state.size, workloadCount: state.scenario.workloads.count)
        let rows = max(1, layout.workloadRows)
        state.workloadScroll = min(max(state.workloadScroll, state.workloadRow - rows + 1), state.workloadRow)
        state.workloadScroll = max(0, min(state.workloadScroll, max(0, state.scenario.workloads.count - rows)))
        let index = Parameter.allCases.firstIndex(of: state.parameter)!
        let parameterRows = max(1, layout.parameterRows)
        state.parameterScroll = min(max(state.parameterScroll, index - parameterRows + 1), index)
        state.parameterScroll = max(0, min(state.parameterScroll, max(0, Parameter.allCases.count - parameterRows)))
    }
}
