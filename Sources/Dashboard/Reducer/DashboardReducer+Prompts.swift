import Foundation
import PlannerCore

/// Path prompts, yes/no questions and the open list.
extension DashboardReducer {
    // MARK: - Prompts, questions and the open list

    static func prompting(_ state: inout DashboardState, _ prompt: PathPrompt, _ action: Action) -> [Effect] {
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

    static func confirming(_ state: inout DashboardState, _ question: Confirmation, _ action: Action) -> [Effect] {
        if case .restoreAutosave(let path, let scenario) = question {
            return answerRestore(&state, path: path, scenario: scenario, action)
        }
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
            let removal: [Effect] = state.autosave.onDisk ? [.removeAutosave(state.document)] : []
            return removal + startOpening(&state, target)
        case (_, .answer(false)), (_, .cancel):
            state.mode = .normal
            state.status = StatusMessage("cancelled")
            return []
        default:
            return []
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
