import Foundation
import PlannerCore

/// The autosave of unsaved edits: when to write it (clock ticks), what a failure shows (once), what
/// a signal flushes, and the question that offers an autosave back at start.
extension DashboardReducer {
    // MARK: - Writing

    /// A clock tick: write the autosave when the scenario has unwritten changes and has been left
    /// alone for `AutosavePolicy.idleDelay` (or has waited `maximumDelay`); delete it once the
    /// scenario is back to the saved one. Never touches anything on screen.
    static func tick(_ state: inout DashboardState, now: Double) -> [Effect] {
        if case .writing = state.autosave.phase { return [] }  // one write at a time
        guard state.isModified else {
            state.autosave.phase = .idle
            guard state.autosave.onDisk else { return [] }
            state.autosave.file = .none
            return [.removeAutosave(state.document)]
        }
        if state.autosave.file == .holds(revision: state.revision) { return [] }
        let pending: PendingChange
        switch state.autosave.phase {
        case .idle, .writing:
            pending = PendingChange(revision: state.revision, seenAt: now, since: now)
        case .waiting(let change):
            pending = change.seen(state.revision, at: now)
        case .retrying(let change, let retryAt):
            state.autosave.phase = .retrying(change.seen(state.revision, at: now), retryAt: retryAt)
            if now < retryAt { return [] }
            pending = change.seen(state.revision, at: now)
        }
        let idle = now - pending.seenAt >= AutosavePolicy.idleDelay
        let overdue = now - pending.since >= AutosavePolicy.maximumDelay
        guard idle || overdue else {
            if case .retrying = state.autosave.phase {} else { state.autosave.phase = .waiting(pending) }
            return []
        }
        state.autosave.phase = .writing(revision: state.revision, startedAt: now, pending: pending)
        return [.writeAutosave(state.document, data: ScenarioDocument.json(state.scenario), revision: state.revision)]
    }

    /// A write finished. A failure is reported once (later failures stay quiet until one succeeds)
    /// and retried after `AutosavePolicy.retryDelay`.
    static func autosaveFinished(_ state: inout DashboardState, revision: Int, error: String?) -> [Effect] {
        // A write asked for before a save or an open reset the bookkeeping belongs to the past.
        guard case .writing(revision, let startedAt, let pending) = state.autosave.phase else { return [] }
        let change = pending ?? PendingChange(revision: revision, seenAt: startedAt, since: startedAt)
        if let error {
            state.autosave.phase = .retrying(change, retryAt: startedAt + AutosavePolicy.retryDelay)
            if !state.autosave.failing {
                state.autosave.failing = true
                state.status = .autosave(
                    "autosave failed: \(error) (edits kept; retried every \(Int(AutosavePolicy.retryDelay)) s)",
                    kind: .warning)
            }
            return []
        }
        if state.autosave.failing {
            state.autosave.failing = false
            state.status = .autosave("autosave works again")
        }
        state.autosave.file = .holds(revision: revision)
        // Edits made while it was written still wait, with their deadline kept.
        state.autosave.phase = revision == state.revision ? .idle : .waiting(change)
        return []
    }

    /// A signal ends the program: write the autosave now if the scenario has unwritten changes.
    static func terminating(_ state: inout DashboardState) -> [Effect] {
        state.quitting = true
        guard state.isModified, state.autosave.file != .holds(revision: state.revision) else { return [] }
        state.autosave.phase = .writing(revision: state.revision, startedAt: 0, pending: nil)
        return [.writeAutosave(state.document, data: ScenarioDocument.json(state.scenario), revision: state.revision)]
    }

    /// Forgets the autosave bookkeeping (a save or another document): returns the removals to do.
    static func resetAutosave(_ state: inout DashboardState, removing documents: [Document]) -> [Effect] {
        state.autosave = AutosaveState()
        var effects: [Effect] = []
        for document in documents where !effects.contains(.removeAutosave(document)) {
            effects.append(.removeAutosave(document))
        }
        return effects
    }

    // MARK: - Offering it back

    /// An autosave was found for the document on screen: ask whether to restore it. A corrupt one is
    /// ignored with a message (and left for the next autosave to replace); one equal to the file is
    /// deleted without asking.
    static func autosaveFound(_ state: inout DashboardState, _ found: AutosaveFound) -> [Effect] {
        switch found.result {
        case .failure(let error):
            state.status = .autosave("autosave ignored: \(reasonFirst(error.description, path: found.path))", kind: .warning)
            return []
        case .success(let scenario):
            if scenario == state.savedScenario { return [.removeAutosave(state.document)] }
            guard !state.isModified else { return [] }
            state.mode = .confirm(.restoreAutosave(path: found.path, scenario: scenario))
            state.status = .autosave("autosave found: \(found.path)")
            return []
        }
    }

    /// y: load the autosaved scenario as unsaved edits (the file stays as it is; u undoes the
    /// restore). n or Esc: keep the file and delete the autosave. q or Ctrl-C: quit, keeping it.
    static func answerRestore(_ state: inout DashboardState, path: String, scenario: Scenario, _ action: Action) -> [Effect] {
        switch action {
        case .answer(true):
            state.mode = .normal
            state.history.record(state.scenario)
            let effects = replaceScenario(
                &state, with: scenario, message: "restored the autosaved edits: not saved yet (s saves, u undoes)")
            state.autosave = AutosaveState()
            state.autosave.file = .holds(revision: state.revision)
            return effects
        case .answer(false), .cancel:
            state.mode = .normal
            state.status = .autosave("discarded the autosave; the file is unchanged")
            return [.removeAutosave(state.document)]
        case .forceQuit, .quit:
            return quit(&state, discardAutosave: false)
        default:
            return []
        }
    }
}
