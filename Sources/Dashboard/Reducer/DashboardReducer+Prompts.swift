import Foundation
import PlannerCore

/// Path prompts, yes/no questions and the open list.
extension DashboardReducer {
    // MARK: - Prompts, questions and the open list

    static func prompting(_ state: inout DashboardState, _ prompt: PathPrompt, _ action: Action) -> [Effect] {
        var prompt = prompt
        switch action {
        case .insert, .deleteBackward, .clearInput: prompt.field.apply(action)
        case .cancel:
            state.mode = .normal
            state.files.quitAfterSave = false
            state.status = .file("cancelled")
            return []
        case .confirm:
            let path = prompt.text.trimmingCharacters(in: .whitespaces)
            if path.isEmpty {
                state.status = .file("enter a path (Esc cancels)", kind: .error)
                return []
            }
            state.mode = .normal
            switch prompt.purpose {
            case .save, .export:
                // Whether a file is there is the world's to say: the answer decides whether to ask.
                state.status = .file("checking \(path)…")
                return [.checkPath(path: path, purpose: prompt.purpose, document: state.document)]
            case .open: return open(&state, .file(path))
            }
        default:
            return []
        }
        state.mode = .prompt(prompt)
        return []
    }

    static func confirming(_ state: inout DashboardState, _ question: Confirmation, _ action: Action) -> [Effect] {
        if case .restoreAutosave(let path, let scenario) = question {
            return answerRestore(&state, path: path, scenario: scenario, action)
        }
        switch (question, action) {
        case (.quit, .answer(true)), (.quit, .forceQuit), (.quit, .quit):
            return quit(&state)
        case (.quit, .answerSave):
            state.mode = .normal
            state.files.quitAfterSave = true
            if let path = state.document.path { return save(&state, to: path) }
            state.mode = .prompt(PathPrompt(purpose: .save, text: "\(state.document.stem).json"))
            return []
        case (.discardAndOpen(let target), .answer(true)):
            state.mode = .normal
            let removal: [Effect] = state.autosave.onDisk ? [.removeAutosave(state.document)] : []
            return removal + startOpening(&state, target)
        case (.replaceFile(let check), .answer(true)):
            state.mode = .normal
            return write(&state, check)
        case (.replaceFile(let check), .answer(false)), (.replaceFile(let check), .cancel):
            state.mode = .normal
            state.files.quitAfterSave = false
            state.status = .file("not replaced: \(check.path) is unchanged")
            return []
        case (_, .answer(false)), (_, .cancel):
            state.mode = .normal
            state.status = .program("cancelled")
            return []
        default:
            return []
        }
    }

    /// The world says what is at a path typed for save-as or export: a file that is there is only
    /// replaced after a yes (export onto the scenario being edited always asks); saving onto the
    /// document's own file does not ask.
    static func pathChecked(_ state: inout DashboardState, _ check: PathCheck) -> [Effect] {
        let ownFile = check.purpose == .save && check.isDocument
        if (check.exists || check.isDocument) && !ownFile {
            state.mode = .confirm(.replaceFile(check))
            return []
        }
        return write(&state, check)
    }

    /// Saves or exports to a path whose check has been answered.
    static func write(_ state: inout DashboardState, _ check: PathCheck) -> [Effect] {
        switch check.purpose {
        case .save: return save(&state, to: check.path)
        case .export: return export(&state, to: check.path)
        case .open: return open(&state, .file(check.path))
        }
    }

    static func picking(_ state: inout DashboardState, _ picker: OpenPicker, _ action: Action) -> [Effect] {
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
}
