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

    /// An action in normal mode goes to the part of the dashboard it belongs to: navigation, value
    /// edits, workload edits, history, files, the program. Each part ends an action that asks for no
    /// work by keeping the cursor in view; so does an action no part takes.
    static func normal(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .move, .page, .jump, .nextPane, .previousPane, .selectPlan:
            return navigation(&state, action)
        case .beginEdit, .step, .cycleHypervisor:
            return valueEdits(&state, action)
        case .addWorkload, .duplicateWorkload, .deleteWorkload, .toggleStateful, .cycleModel:
            return workloadEdits(&state, action)
        case .undo, .redo:
            return history(&state, action)
        case .save, .saveAs, .export, .open:
            return fileCommands(&state, action)
        case .quit, .forceQuit, .toggleHelp, .cancel:
            return programCommands(&state, action)
        default:
            keepSelectionVisible(&state)
            return []
        }
    }

    /// Quitting (first asking, when there are unsaved edits), the help screen, and Esc: it cancels
    /// an open under way, else clears the status line.
    static func programCommands(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .quit where state.isModified:
            state.mode = .confirm(.quit)
            return []
        case .quit, .forceQuit:
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
}
