import Foundation
import PlannerCore

/// The dashboard's update function: `reduce(&state, action)` changes the state and returns the work
/// to do as values. It never touches the terminal, the disk or a clock, so every action is tested by
/// comparing states.
public enum DashboardReducer {
    /// The effects to run when the dashboard opens: plan the scenario.
    public static func start(_ state: inout DashboardState) -> [Effect] {
        keepSelectionVisible(&state)
        return [.plan(state.scenario, revision: state.revision)]
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
                state.status = StatusMessage("cannot export: \(error)", kind: .error)
            } else {
                state.status = StatusMessage("exported the plan to \(path)")
            }
            return []
        case .openFinished(let target, let result):
            return openFinished(&state, target: target, result: result)
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

    private static func normal(_ state: inout DashboardState, _ action: Action) -> [Effect] {
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
                "hypervisor: \(Parameter.vmHypervisor.display(in: $0))"
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
            var choices = BundledProfiles.all.map { OpenTarget.bundled($0.name) }
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
            state.status = nil
        default:
            break
        }
        keepSelectionVisible(&state)
        return []
    }

    private static func move(_ state: inout DashboardState, _ direction: Action.Direction) {
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

    private static func moveRow(_ state: inout DashboardState, by delta: Int) {
        let count = state.scenario.workloads.count
        state.workloadRow = count == 0 ? 0 : min(max(state.workloadRow + delta, 0), count - 1)
    }

    private static func moveParameter(_ state: inout DashboardState, by delta: Int) {
        let all = Parameter.allCases
        let index = all.firstIndex(of: state.parameter)!
        state.parameter = all[min(max(index + delta, 0), all.count - 1)]
    }

    private static func beginEdit(_ state: inout DashboardState) -> [Effect] {
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
            case .toggle, .hypervisor: return reduce(&state, .step(1))
            default:
                state.mode = .editing(EditBuffer(target: .parameter(state.parameter), text: state.parameter.editText(in: state.scenario)))
                state.status = nil
            }
        case .plans:
            state.status = StatusMessage("plans: ↑↓ or 1-4 choose the plan whose host fill and timeline are shown")
        }
        return []
    }

    // MARK: - Editing in place

    private static func editing(_ state: inout DashboardState, _ buffer: EditBuffer, _ action: Action) -> [Effect] {
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

    private static func edit(_ buffer: EditBuffer, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        switch buffer.target {
        case .workload(let row, let column): return ScenarioEdits.set(column, row: row, to: buffer.text, in: scenario)
        case .parameter(let parameter): return ScenarioEdits.set(parameter, to: buffer.text, in: scenario)
        }
    }

    private static func describe(_ target: EditTarget, in scenario: Scenario) -> String {
        switch target {
        case .workload(let row, let column):
            guard scenario.workloads.indices.contains(row) else { return "changed" }
            return "\(scenario.workloads[row].name): \(column.title) \(column.display(scenario.workloads[row]))"
        case .parameter(let parameter):
            return "\(parameter.group.lowercased()) \(parameter.label): \(parameter.display(in: scenario))"
        }
    }

    // MARK: - Prompts, questions and the open list

    private static func prompting(_ state: inout DashboardState, _ prompt: PathPrompt, _ action: Action) -> [Effect] {
        var prompt = prompt
        switch action {
        case .insert(let text): prompt.text += text
        case .deleteBackward: if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .clearInput: prompt.text = ""
        case .cancel:
            state.mode = .normal
            state.quitAfterSave = false
            state.status = StatusMessage("cancelled")
            return []
        case .confirm:
            let path = prompt.text.trimmingCharacters(in: .whitespaces)
            if path.isEmpty {
                state.status = StatusMessage("enter a path (Esc cancels)", kind: .error)
                return []
            }
            state.mode = .normal
            switch prompt.purpose {
            case .save: return save(&state, to: path)
            case .export: return export(&state, to: path)
            case .open: return open(&state, .file(path))
            }
        default:
            return []
        }
        state.mode = .prompt(prompt)
        return []
    }

    private static func confirming(_ state: inout DashboardState, _ question: Confirmation, _ action: Action) -> [Effect] {
        switch (question, action) {
        case (.quit, .answer(true)), (.quit, .forceQuit), (.quit, .quit):
            return quit(&state)
        case (.quit, .answerSave):
            state.mode = .normal
            state.quitAfterSave = true
            if let path = state.document.path { return save(&state, to: path) }
            state.mode = .prompt(PathPrompt(purpose: .save, text: "\(state.document.stem).json"))
            return []
        case (.discardAndOpen(let target), .answer(true)):
            state.mode = .normal
            state.status = StatusMessage("opening \(target.label)…")
            return [.open(target)]
        case (_, .answer(false)), (_, .cancel):
            state.mode = .normal
            state.status = StatusMessage("cancelled")
            return []
        default:
            return []
        }
    }

    private static func picking(_ state: inout DashboardState, _ picker: OpenPicker, _ action: Action) -> [Effect] {
        var picker = picker
        switch action {
        case .move(.up): picker.selected = (picker.selected + picker.entryCount - 1) % picker.entryCount
        case .move(.down): picker.selected = (picker.selected + 1) % picker.entryCount
        case .cancel:
            state.mode = .normal
            return []
        case .confirm:
            state.mode = .normal
            if picker.selected >= picker.choices.count {
                state.mode = .prompt(PathPrompt(purpose: .open, text: ""))
                return []
            }
            return open(&state, picker.choices[picker.selected])
        default:
            return []
        }
        state.mode = .picker(picker)
        return []
    }

    // MARK: - Files

    private static func save(_ state: inout DashboardState, to path: String) -> [Effect] {
        state.savingScenario = state.scenario
        state.status = StatusMessage("saving \(path)…")
        return [.save(path: path, data: ScenarioDocument.json(state.scenario))]
    }

    private static func export(_ state: inout DashboardState, to path: String) -> [Effect] {
        if let failure = state.planFailure, failure.revision == state.revision {
            state.status = StatusMessage("cannot export: the scenario cannot be planned: \(failure.error.description)", kind: .error)
            return []
        }
        if state.plansAreCurrent, let plans = state.plans?.plans {
            state.status = StatusMessage("exporting \(path)…")
            return [.export(path: path, data: PlanDocument.json(scenario: state.scenario, plans: plans))]
        }
        state.pendingExport = path
        state.status = StatusMessage("the export waits for the plan…")
        return []
    }

    private static func open(_ state: inout DashboardState, _ target: OpenTarget) -> [Effect] {
        if state.isModified {
            state.mode = .confirm(.discardAndOpen(target))
            return []
        }
        state.status = StatusMessage("opening \(target.label)…")
        return [.open(target)]
    }

    private static func quit(_ state: inout DashboardState) -> [Effect] {
        state.mode = .normal
        state.quitting = true
        return [.quit]
    }

    /// The default export path: beside the scenario file, or in the working directory.
    public static func defaultExportPath(_ document: Document) -> String {
        let name = "\(document.stem).plan.json"
        guard let path = document.path, let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }

    // MARK: - Results

    private static func planFinished(
        _ state: inout DashboardState, revision: Int, result: Result<[Plan], ScenarioError>
    ) -> [Effect] {
        guard revision == state.revision else { return [] }  // stale: a newer revision is being planned
        switch result {
        case .success(let plans):
            if let before = state.plans?.plans, let change = hostChange(from: before, to: plans),
               let status = state.status, status.kind == .info, !status.text.contains(" → hosts ") {
                state.status = StatusMessage("\(status.text) → hosts \(change)")
            }
            state.plans = PlanSnapshot(plans: plans, revision: revision)
            state.planFailure = nil
            if let path = state.pendingExport {
                state.pendingExport = nil
                return export(&state, to: path)
            }
        case .failure(let error):
            state.planFailure = PlanFailure(revision: revision, error: error)
            if let path = state.pendingExport {
                state.pendingExport = nil
                state.status = StatusMessage("cannot export \(path): \(error.description)", kind: .error)
            }
        }
        return []
    }

    /// "vm 2→3, faas 3→4" for the plans whose host count changed; nil when none did.
    static func hostChange(from before: [Plan], to after: [Plan]) -> String? {
        let changes = zip(before, after).filter { $0.model == $1.model && $0.hosts != $1.hosts }.map {
            "\($0.model.rawValue) \($0.hosts)→\($1.hosts)"
        }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    private static func saveFinished(_ state: inout DashboardState, path: String, error: String?) -> [Effect] {
        let saved = state.savingScenario
        state.savingScenario = nil
        if let error {
            state.quitAfterSave = false
            state.status = StatusMessage("cannot save: \(error) (your edits are kept)", kind: .error)
            return []
        }
        state.savedScenario = saved ?? state.scenario
        state.document = Document(path: path, displayName: path, stem: stem(of: path))
        state.status = StatusMessage("saved \(path)")
        if state.quitAfterSave {
            state.quitAfterSave = false
            return quit(&state)
        }
        return []
    }

    private static func openFinished(
        _ state: inout DashboardState, target: OpenTarget, result: Result<Scenario, ScenarioError>
    ) -> [Effect] {
        switch result {
        case .failure(let error):
            state.status = StatusMessage("cannot open: \(error.description)", kind: .error)
            return []
        case .success(let scenario):
            state.scenario = scenario
            state.savedScenario = scenario
            switch target {
            case .bundled(let name):
                state.document = Document(path: nil, displayName: "Profiles/\(name).json", stem: name)
            case .file(let path):
                state.document = Document(path: path, displayName: path, stem: stem(of: path))
            }
            state.history = History()
            state.revision += 1
            state.planFailure = nil
            state.pendingExport = nil
            state.workloadRow = 0
            state.workloadScroll = 0
            state.status = StatusMessage("opened \(state.document.displayName)")
            keepSelectionVisible(&state)
            return [.plan(scenario, revision: state.revision)]
        }
    }

    /// `dir/shop.json` → `shop`.
    public static func stem(of path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        return base.hasSuffix(".json") && base.count > 5 ? String(base.dropLast(5)) : base
    }

    // MARK: - Applying edits

    /// Applies an edit's result: on success the old scenario goes on the undo stack and the new one is
    /// planned; on failure the scenario stays and the status line says why.
    private static func apply(
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

    private static func replaceScenario(_ state: inout DashboardState, with scenario: Scenario, message: String) -> [Effect] {
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
