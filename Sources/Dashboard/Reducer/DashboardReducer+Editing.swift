import Foundation
import PlannerCore

/// Changing the value under the cursor (in place, by a step, by a cycle), applying an edit (undo
/// history, revision, re-plan), undo and redo.
extension DashboardReducer {
    // MARK: - Changing the value under the cursor

    static func valueEdits(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .beginEdit:
            return beginEdit(&state)
        case .step(let delta):
            return step(&state, by: delta)
        case .cycleHypervisor:
            return apply(&state, ScenarioEdits.cycleHypervisor(in: state.scenario)) {
                "hypervisor: \(Parameter.named("vm.hypervisor").display(in: $0))"
            }
        default:
            keepSelectionVisible(&state)
            return []
        }
    }

    /// Enter: the cell or parameter under the cursor is edited in place; a model, stateful, toggle
    /// or choice changes at once instead.
    static func beginEdit(_ state: inout DashboardState) -> [Effect] {
        switch state.focus {
        case .workloads:
            guard let workload = state.selectedWorkload else {
                state.status = StatusMessage("no workloads: a adds one", kind: .warning)
                return []
            }
            switch state.workloadColumn {
            case .model: return reduce(&state, .cycleModel)
            case .stateful: return reduce(&state, .toggleStateful)
            default:
                let column = state.workloadColumn
                state.mode = .editing(
                    EditBuffer(target: .workload(row: state.workloadRow, column: column), text: column.editText(workload)))
                state.status = nil
            }
        case .parameters:
            switch state.parameter.kind {
            case .toggle, .choice: return reduce(&state, .step(1))
            default:
                state.mode = .editing(
                    EditBuffer(target: .parameter(state.parameter), text: state.parameter.editText(in: state.scenario)))
                state.status = nil
            }
        case .plans:
            state.status = StatusMessage("plans: ↑↓ or 1-4 choose the plan whose host fill and timeline are shown")
        }
        return []
    }

    /// `+` or `-`: steps the workload cell (replicas when the cell is not a number) or the parameter
    /// under the cursor; in the plans pane, moves the plan shown by one.
    static func step(_ state: inout DashboardState, by delta: Int) -> [Effect] {
        let row = state.workloadRow
        switch state.focus {
        case .workloads:
            let column = state.workloadColumn.isNumeric ? state.workloadColumn : .replicas
            return apply(&state, ScenarioEdits.step(state.workloadColumn, row: row, by: delta, in: state.scenario)) {
                "\($0.workloads[row].name): \(column.title) \(column.display($0.workloads[row]))"
            }
        case .parameters:
            let parameter = state.parameter
            return apply(&state, ScenarioEdits.step(parameter, by: delta, in: state.scenario)) {
                "\(parameter.group.lowercased()) \(parameter.label): \(parameter.display(in: $0))"
            }
        case .plans:
            state.selectedPlan = min(max(state.selectedPlan + delta, 0), 3)
            keepSelectionVisible(&state)
            return []
        }
    }

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

    /// Undo and redo: the scenario before the last edit (or after the last undo) comes back.
    static func history(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .undo:
            guard let previous = state.history.undo(from: state.scenario) else {
                state.status = StatusMessage("nothing to undo")
                return []
            }
            return replaceScenario(&state, with: previous, message: "undone (Ctrl-R redoes)")
        case .redo:
            guard let next = state.history.redo(from: state.scenario) else {
                state.status = StatusMessage("nothing to redo")
                return []
            }
            return replaceScenario(&state, with: next, message: "redone")
        default:
            keepSelectionVisible(&state)
            return []
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
