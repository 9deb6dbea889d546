import Foundation
import PlannerCore
import Storage

/// Results coming back from the world: plans, saves and opens.
extension DashboardReducer {
    // MARK: - Results

    static func planFinished(
        _ state: inout DashboardState, revision: Int, result: Result<[Plan], PlanningError>
    ) -> [Effect] {
        guard revision == state.revision else { return [] }  // stale: a newer revision is being planned
        switch result {
        case .success(let plans):
            // An edit's message gains the host counts it moved (once: a re-plan of the same edit
            // does not append again).
            if let before = state.currentPlans, let change = hostChange(from: before, to: plans),
                var status = state.status, status.kind == .info, status.origin == .edit, status.hostChange == nil
            {
                status.hostChange = change
                state.status = status
            }
            state.results.snapshot = PlanSnapshot(plans: plans, revision: revision)
            provisionalBaseline(&state, revision: revision, plans: plans)
            state.results.failure = nil
            if let path = state.files.pendingExport {
                state.files.pendingExport = nil
                return export(&state, to: path)
            }
        case .failure(let error):
            state.results.failure = PlanFailure(revision: revision, error: error)
            if let path = state.files.pendingExport {
                state.files.pendingExport = nil
                state.status = .file("cannot export \(path): \(error.description)", kind: .error)
            }
        }
        keepSelectionVisible(&state)
        return []
    }

    /// "vm 2→3, faas 3→4" for the plans whose host count changed; nil when none did.
    static func hostChange(from before: [Plan], to after: [Plan]) -> String? {
        let changes = zip(before, after).filter { $0.model == $1.model && $0.hosts != $1.hosts }.map {
            "\($0.model.rawValue) \($0.hosts)→\($1.hosts)"
        }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    static func saveFinished(_ state: inout DashboardState, path: String, error: String?) -> [Effect] {
        let saved = state.files.savingScenario
        state.files.savingScenario = nil
        if let error {
            state.files.quitAfterSave = false
            state.status = .file("not saved, edits kept: \(reasonFirst(error, path: path))", kind: .error)
            return []
        }
        state.savedScenario = saved ?? state.scenario
        let previous = state.document
        state.document = Document(.file(path))
        state.status = .file("saved \(path)")
        // The file now holds the edits: the autosave (of the old and the new name) has served.
        let removals = resetAutosave(&state, removing: [previous, state.document])
        if state.files.quitAfterSave {
            state.files.quitAfterSave = false
            return removals + quit(&state)
        }
        return removals
    }

    static func openFinished(
        _ state: inout DashboardState, target: ScenarioLocation, result: Result<Scenario, LoadError>
    ) -> [Effect] {
        let progress = state.files.opening
        state.files.opening = .idle
        if progress == .cancelled(target) { return [] }  // the user gave up on it with Esc
        switch result {
        case .failure(let error):
            state.status = .file("cannot open: \(error.description)", kind: .error)
            return []
        case .success(let scenario):
            state.scenario = scenario
            state.savedScenario = scenario
            state.document = Document(target)
            state.history = History()
            state.revision += 1
            state.results.failure = nil
            state.files.pendingExport = nil
            state.navigation.workloadRow = 0
            state.navigation.workloadScroll = 0
            state.view = WorkloadView()
            state.status = .file("opened \(state.document.displayName)")
            state.autosave = AutosaveState()
            keepSelectionVisible(&state)
            return [.plan(scenario, revision: state.revision), .findAutosave(state.document)]
        }
    }

    /// An I/O error for the status line, the reason before the path (a long path is cut, the reason
    /// must not be): `/a/b.json: cannot write: No space left on device` →
    /// `cannot write: No space left on device: /a/b.json`.
    public static func reasonFirst(_ error: String, path: String) -> String {
        let prefix = path + ": "
        guard error.hasPrefix(prefix), error.count > prefix.count else { return error }
        return "\(error.dropFirst(prefix.count)): \(path)"
    }

    /// `dir/shop.json` → `shop`.
    public static func stem(of path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        return base.hasSuffix(".json") && base.count > 5 ? String(base.dropLast(5)) : base
    }
}
