import Foundation
import PlannerCore
import Storage

/// The dashboard's update function: `reduce(&state, action)` changes the state and returns the work
/// to do as values. It never touches the terminal, the disk or a clock, so every action is tested by
/// comparing states. Results from the world go to their domain (plans, files, autosave); keys go to
/// the mode the keyboard is in, and in normal mode to the domain of the action: navigation, the
/// workload view, explanations, edits, history, files, the program.
public enum DashboardReducer {
    /// The effects to run when the dashboard opens: plan the scenario.
    public static func start(_ state: inout DashboardState) -> [Effect] {
        keepSelectionVisible(&state)
        return [.plan(state.scenario, revision: state.revision), .findAutosave(state.document)]
    }

    public static func reduce(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        let effects = dispatch(&state, action)
        return effects + followWhatIf(&state)
    }

    /// The action to its domain: results from the world first, then keys by the keyboard's mode.
    static func dispatch(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        if let effects = world(&state, action) { return effects }
        switch state.mode {
        case .reading(let reading): return readingMode(&state, reading, action)
        case .editing(let buffer): return editing(&state, buffer, action)
        case .prompt(let prompt): return prompting(&state, prompt, action)
        case .confirm(let question): return confirming(&state, question, action)
        case .picker(let picker): return picking(&state, picker, action)
        case .filter(let field): return filtering(&state, field, action)
        case .hosts(let view): return hostsMode(&state, view, action)
        case .layers(let editor): return layerEditing(&state, editor, action)
        case .normal: return normal(&state, action)
        }
    }

    /// Results from the world, whatever the keyboard is doing; nil for a key's action.
    static func world(_ state: inout DashboardState, _ action: Action) -> [Effect]? {
        switch action {
        case .resize(let size):
            state.size = size
            keepSelectionVisible(&state)
            return []
        case .planFinished(let revision, let result): return planFinished(&state, revision: revision, result: result)
        case .saveFinished(let path, let error): return saveFinished(&state, path: path, error: error)
        case .exportFinished(let path, let error):
            state.status =
                error.map { .file("not exported: \(reasonFirst($0, path: path))", kind: .error) }
                ?? .file("exported the plan to \(path)")
            return []
        case .openFinished(let target, let result): return openFinished(&state, target: target, result: result)
        case .pathChecked(let check): return pathChecked(&state, check)
        case .tick(let now): return tick(&state, now: now)
        case .autosaveFinished(let revision, let error): return autosaveFinished(&state, revision: revision, error: error)
        case .autosaveFound(let found): return autosaveFound(&state, found)
        case .baselinePlanned(let revision, let result): return baselinePlanned(&state, revision: revision, result: result)
        case .whatIfFinished(let revision, let index, let result):
            return whatIfFinished(&state, revision: revision, index: index, result: result)
        case .terminating: return terminating(&state)
        default: return nil
        }
    }

    // MARK: - Normal mode

    /// An action in normal mode goes to the part of the dashboard it belongs to. Each part ends an
    /// action that asks for no work by keeping the cursor in view; so does an action no part takes.
    static func normal(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        if state.whatIf.isOpen && state.focus == .plans && scrollWhatIf(&state, action) { return [] }
        switch action {
        case .move, .page, .jump, .nextPane, .previousPane, .selectPlan, .cyclePlan:
            navigate(&state, action)
            return []
        case .startFilter, .cycleSort, .reverseSort:
            return viewCommands(&state, action)
        case .explain, .showNotes, .showMessages, .toggleHelp, .whereIs:
            return readingCommands(&state, action)
        case .beginEdit where state.focus == .plans:
            return openHosts(&state)
        case .beginEdit where state.focus == .warnings:
            return readingCommands(&state, .explain)
        case .beginEdit, .step, .cycleHypervisor:
            return valueEdits(&state, action)
        case .addWorkload, .duplicateWorkload, .deleteWorkload, .toggleStateful, .cycleModel, .cycleTrafficShape, .scaleTraffic:
            guard state.selectedWorkload != nil || action == .addWorkload else {
                state.status = .view("no workload selected: the filter shows none (Esc clears it)", kind: .warning)
                return []
            }
            return workloadEdits(&state, action)
        case .undo, .redo:
            return history(&state, action)
        case .save, .saveAs, .export, .open:
            return fileCommands(&state, action)
        case .quit, .forceQuit, .cancel:
            return programCommands(&state, action)
        case .pinBaseline, .clearBaseline, .toggleWhatIf, .toggleDayChart:
            return compareCommands(&state, action)
        default:
            keepSelectionVisible(&state)
            return []
        }
    }

    /// Quitting (first asking, when there are unsaved edits) and Esc: it cancels an open under way,
    /// else clears the filter, else clears the status line.
    static func programCommands(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .quit where state.isModified:
            state.mode = .confirm(.quit)
            return []
        case .quit, .forceQuit:
            return quit(&state)
        case .cancel:
            if let effects = cancelOpening(&state) { return effects }
            if !state.view.filter.isEmpty {
                setFilter(&state, "")
                state.status = .view("filter cleared")
            } else {
                state.status = nil
            }
        default:
            break
        }
        keepSelectionVisible(&state)
        return []
    }
}
