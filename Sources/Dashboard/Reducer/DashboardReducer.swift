import Foundation
import PlannerCore
import Storage

/// The dashboard's update function: `reduce(&state, action)` changes the state and returns the work
/// to do as values. It never touches the terminal, the disk or a clock, so every action is tested by
/// comparing states.
public enum DashboardReducer {
    /// The effects to run when the dashboard opens: plan the scenario.
    public static func start(_ state: inout DashboardState) -> [Effect] {
        keepSelectionVisible(&state)
        return [.plan(state.scenario, revision: state.revision), .findAutosave(state.document)]
    }

    public static func reduce(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let size):
            state.size = size
            keepSelectionVisible(&state)
            return []
        case .planFinished(let revision, let result):
            return planFinished(&state, revision: revision, result: result)
        case .saveFinished(let path, let error):
            return saveFinished(&state, path: path, error: error)
        case .exportFinished(let path, let error):
            if let error {
                state.status = StatusMessage("not exported: \(reasonFirst(error, path: path))", kind: .error)
            } else {
                state.status = StatusMessage("exported the plan to \(path)")
            }
            return []
        case .openFinished(let target, let result):
            return openFinished(&state, target: target, result: result)
        case .tick(let now):
            return tick(&state, now: now)
        case .autosaveFinished(let revision, let error):
            return autosaveFinished(&state, revision: revision, error: error)
        case .autosaveFound(let found):
            return autosaveFound(&state, found)
        case .terminating:
            return terminating(&state)
        default:
            break
        }
        switch state.mode {
        case .help:
            if action == .quit { return quit(&state) }
            state.mode = .normal
            return []
        case .editing(let buffer):
            return editing(&state, buffer, action)
        case .prompt(let prompt):
            return prompting(&state, prompt, action)
        case .confirm(let question):
            return confirming(&state, question, action)
        case .picker(let picker):
            return picking(&state, picker, action)
        case .normal:
            return normal(&state, action)
        }
    }

    // MARK: - Normal mode

    static func normal(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        let row = state.workloadRow
        switch action {
        case .move(let direction):
            move(&state, direction)
        case .page(let pages):
            let layout = ScreenLayout(size: state.size, workloadCount: state.scenario.workloads.count)
            switch state.focus {
            case .workloads: moveRow(&state, by: pages * max(1, layout.workloadRows))
            case .parameters: moveParameter(&state, by: pages * max(1, layout.parameterRows))
            case .plans: break
            }
        case .jump(let toEnd):
            switch state.focus {
            case .workloads: state.workloadRow = toEnd ? max(0, state.scenario.workloads.count - 1) : 0
            case .parameters: state.parameter = toEnd ? Parameter.allCases.last! : Parameter.allCases[0]
            case .plans: state.selectedPlan = toEnd ? 3 : 0
            }
        case .nextPane:
            state.focus = state.focus.next
        case .previousPane:
            state.focus = state.focus.previous
        case .selectPlan(let index):
            switch index {
            case -1: state.selectedPlan = (state.selectedPlan + 3) % 4
            case -2: state.selectedPlan = (state.selectedPlan + 1) % 4
            default: state.selectedPlan = min(max(index, 0), 3)
            }
        case .beginEdit:
            return beginEdit(&state)
        case .step(let delta):
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
            }
        case .addWorkload:
            let (scenario, index) = ScenarioEdits.addWorkload(after: row, in: state.scenario)
            let effects = apply(&state, .success(scenario)) { "added \($0.workloads[index].name): Enter on a cell edits it" }
            state.focus = .workloads
            state.workloadRow = index
            state.workloadColumn = .name
            keepSelectionVisible(&state)
            return effects
        case .duplicateWorkload:
            switch ScenarioEdits.duplicateWorkload(row: row, in: state.scenario) {
            case .success(let (scenario, index)):
                let original = state.scenario.workloads[row].name
                let effects = apply(&state, .success(scenario)) { "duplicated \(original) as \($0.workloads[index].name)" }
                state.focus = .workloads
                state.workloadRow = index
                keepSelectionVisible(&state)
                return effects
            case .failure(let problem):
                state.status = StatusMessage(problem.reason, kind: .error)
            }
        case .deleteWorkload:
            let name = state.selectedWorkload?.name
            let effects = apply(&state, ScenarioEdits.deleteWorkload(row: row, in: state.scenario)) { _ in
                "deleted \(name ?? "workload") (u undoes)"
            }
            state.workloadRow = min(state.workloadRow, max(0, state.scenario.workloads.count - 1))
            keepSelectionVisible(&state)
            return effects
        case .toggleStateful:
            return apply(&state, ScenarioEdits.toggleStateful(row: row, in: state.scenario)) {
                let w = $0.workloads[row]
                return "\(w.name) is now \(w.stateful ? "stateful" : "stateless") (model \(w.model.rawValue))"
            }
        case .cycleModel:
            return apply(&state, ScenarioEdits.cycleModel(row: row, in: state.scenario)) {
                "\($0.workloads[row].name) runs as \($0.workloads[row].model.rawValue) in the mixed plan"
            }
        case .cycleHypervisor:
            return apply(&state, ScenarioEdits.cycleHypervisor(in: state.scenario)) {
                "hypervisor: \(Parameter.named("vm.hypervisor").display(in: $0))"
            }
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
        case .save:
            if let path = state.document.path { return save(&state, to: path) }
            state.mode = .prompt(PathPrompt(purpose: .save, text: "\(state.document.stem).json"))
        case .saveAs:
            state.mode = .prompt(PathPrompt(purpose: .save, text: state.document.path ?? "\(state.document.stem).json"))
        case .export:
            state.mode = .prompt(PathPrompt(purpose: .export, text: defaultExportPath(state.document)))
        case .open:
            var choices = BundledProfiles.all.map { ScenarioLocation.bundled($0.name) }
            for file in state.commandLineFiles where !choices.contains(.file(file)) { choices.append(.file(file)) }
            state.mode = .picker(OpenPicker(choices: choices))
        case .quit:
            if state.isModified {
                state.mode = .confirm(.quit)
                return []
            }
            return quit(&state)
        case .forceQuit:
            return quit(&state)
        case .toggleHelp:
            state.mode = .help
        case .cancel:
            if let effects = cancelOpening(&state) { return effects }
            state.status = nil
        default:
            break
        }
        keepSelectionVisible(&state)
        return []
    }

    static func move(_ state: inout DashboardState, _ direction: Action.Direction) {
        switch (state.focus, direction) {
        case (.workloads, .up): moveRow(&state, by: -1)
        case (.workloads, .down): moveRow(&state, by: 1)
        case (.workloads, .left):
            state.workloadColumn = WorkloadColumn(rawValue: max(0, state.workloadColumn.rawValue - 1))!
        case (.workloads, .right):
            state.workloadColumn = WorkloadColumn(
                rawValue: min(WorkloadColumn.allCases.count - 1, state.workloadColumn.rawValue + 1))!
        case (.parameters, .up): moveParameter(&state, by: -1)
        case (.parameters, .down): moveParameter(&state, by: 1)
        case (.parameters, .left), (.parameters, .right): break
        case (.plans, .up), (.plans, .left): state.selectedPlan = max(0, state.selectedPlan - 1)
        case (.plans, .down), (.plans, .right): state.selectedPlan = min(3, state.selectedPlan + 1)
        }
    }

    static func moveRow(_ state: inout DashboardState, by delta: Int) {
        let count = state.scenario.workloads.count
        state.workloadRow = count == 0 ? 0 : min(max(state.workloadRow + delta, 0), count - 1)
    }

    static func moveParameter(_ state: inout DashboardState, by delta: Int) {
        let all = Parameter.allCases
        let index = all.firstIndex(of: state.parameter)!
        state.parameter = all[min(max(index + delta, 0), all.count - 1)]
    }

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
                state.mode = .editing(EditBuffer(target: .workload(row: state.workloadRow, column: column), text: column.editText(workload)))
                state.status = nil
            }
        case .parameters:
            switch state.parameter.kind {
            case .toggle, .choice: return reduce(&state, .step(1))
            default:
                state.mode = .editing(EditBuffer(target: .parameter(state.parameter), text: state.parameter.editText(in: state.scenario)))
                state.status = nil
            }
        case .plans:
            state.status = StatusMessage("plans: ↑↓ or 1-4 choose the plan whose host fill and timeline are shown")
        }
        return []
    }
}
