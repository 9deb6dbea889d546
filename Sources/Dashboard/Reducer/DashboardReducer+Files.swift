import Foundation
import PlannerCore
import Storage

/// Save, export, open and quit, and the default file names.
extension DashboardReducer {
    // MARK: - Files

    /// Save, save as, export and open ask for a path (or, to open, a choice) first, except saving a
    /// scenario that has its file.
    static func fileCommands(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .save:
            if let path = state.document.path { return save(&state, to: path) }
            state.mode = .prompt(PathPrompt(purpose: .save, text: "\(state.document.stem).json"))
        case .saveAs:
            state.mode = .prompt(PathPrompt(purpose: .save, text: state.document.path ?? "\(state.document.stem).json"))
        case .export:
            state.mode = .prompt(PathPrompt(purpose: .export, text: defaultExportPath(state.document)))
        case .open:
            state.mode = .picker(OpenPicker(choices: openChoices(state)))
        default:
            break
        }
        keepSelectionVisible(&state)
        return []
    }

    /// What the open list offers: the bundled profiles, then the files named on the command line.
    static func openChoices(_ state: DashboardState) -> [ScenarioLocation] {
        var choices = BundledProfiles.all.map { ScenarioLocation.bundled($0.name) }
        for file in state.commandLineFiles where !choices.contains(.file(file)) { choices.append(.file(file)) }
        return choices
    }

    static func save(_ state: inout DashboardState, to path: String) -> [Effect] {
        state.files.savingScenario = state.scenario
        state.status = .file("saving \(path)…")
        return [.save(path: path, data: ScenarioDocument.json(state.scenario))]
    }

    static func export(_ state: inout DashboardState, to path: String) -> [Effect] {
        if let failure = state.results.failure, failure.revision == state.revision {
            state.status = .file(
                "cannot export: the scenario cannot be planned: \(failure.error.description)", kind: .error)
            return []
        }
        if state.plansAreCurrent {
            // The screen may show the quick interactive-effort plan; the file is the standard-effort
            // plan, so it equals `vplan-tui plan` on the same scenario byte for byte. The worker plans
            // and streams it, so neither the planning nor the document holds up the keys.
            state.status = .file("exporting \(path)…")
            return [.export(path: path, scenario: state.scenario)]
        }
        state.files.pendingExport = path
        state.status = .file("the export waits for the plan…")
        return []
    }

    static func open(_ state: inout DashboardState, _ target: ScenarioLocation) -> [Effect] {
        if state.isModified {
            state.mode = .confirm(.discardAndOpen(target))
            return []
        }
        return startOpening(&state, target)
    }

    /// Asks for the open; the status line says it is under way and that Esc cancels it.
    static func startOpening(_ state: inout DashboardState, _ target: ScenarioLocation) -> [Effect] {
        state.files.opening = .opening(target)
        state.status = .file("opening \(target.label)… (Esc cancels)")
        return [.open(target)]
    }

    /// Esc while an open is under way: its result, if it still comes, is dropped. Nil when no
    /// open is under way.
    static func cancelOpening(_ state: inout DashboardState) -> [Effect]? {
        guard case .opening(let target) = state.files.opening else { return nil }
        state.files.opening = .cancelled(target)
        state.status = .file("cancelled opening \(target.label)")
        return [.cancelOpen(target)]
    }

    /// Quits. The autosave this session wrote is deleted (the edits were saved or the user confirmed
    /// discarding them) unless `discardAutosave` is false (quitting at the restore question).
    static func quit(_ state: inout DashboardState, discardAutosave: Bool = true) -> [Effect] {
        state.mode = .normal
        state.quitting = true
        if discardAutosave && state.autosave.onDisk { return [.removeAutosave(state.document), .quit] }
        return [.quit]
    }

    /// The default export path: beside the scenario file, or in the working directory.
    public static func defaultExportPath(_ document: Document) -> String {
        let name = "\(document.stem).plan.json"
        guard let path = document.path, let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}
