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
                state.status = .edit("no workload selected: a adds one", kind: .warning)
                return []
            }
            switch state.workloadColumn {
            case .model: return reduce(&state, .cycleModel)
            case .stateful: return reduce(&state, .toggleStateful)
            case .image:
                state.mode = .layers(LayerEditor(row: state.workloadRow))
                state.status = .edit("layers of \(workload.name): a adds, d removes, Enter renames or resizes, Esc closes")
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
        case .plans, .warnings:
            break
        }
        return []
    }

    /// `+` or `-`: steps the workload cell (replicas when the cell is not a number; the day's
    /// profile scales all the traffic) or the parameter under the cursor; in the plans pane, moves
    /// the plan shown by one.
    static func step(_ state: inout DashboardState, by delta: Int) -> [Effect] {
        let row = state.workloadRow
        switch state.focus {
        case .workloads where state.workloadColumn == .hourlyProfile:
            return reduce(&state, .scaleTraffic(delta))
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
        case .plans, .warnings:
            navigate(&state, .move(delta > 0 ? .down : .up))
            return []
        }
    }

    // MARK: - Editing in place

    static func editing(_ state: inout DashboardState, _ buffer: EditBuffer, _ action: Action) -> [Effect] {
        var buffer = buffer
        switch action {
        case .insert, .deleteBackward, .clearInput:
            buffer.field.apply(action)
        case .cancel:
            state.mode = .normal
            state.status = .edit("edit cancelled")
            return []
        case .confirm:
            switch edit(buffer, in: state.scenario) {
            case .success(let scenario):
                state.mode = .normal
                if scenario == state.scenario {
                    state.status = .edit("unchanged")
                    return []
                }
                return apply(&state, .success(scenario)) { describe(buffer.target, in: $0) }
            case .failure(let problem):
                buffer.problem = problem.reason
                state.mode = .editing(buffer)
                state.status = .edit("not applied: \(problem.reason)", kind: .error)
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
            state.status = .edit("not applied: \(problem.reason)", kind: .error)
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
                state.status = .edit("nothing to undo")
                return []
            }
            return replaceScenario(&state, with: previous, message: "undone (Ctrl-R redoes)")
        case .redo:
            guard let next = state.history.redo(from: state.scenario) else {
                state.status = .edit("nothing to redo")
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
        refreshView(&state)
        state.status = .edit(message)
        keepSelectionVisible(&state)
        return [.plan(scenario, revision: state.revision)]
    }

}
