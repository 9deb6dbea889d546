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
        var autosave = state.autosave
        defer { state.autosave = autosave }
        guard state.isModified else {
            autosave.pendingSince = nil
            autosave.seenRevision = nil
            guard autosave.onDisk, autosave.writing == nil else { return [] }
            autosave.onDisk = false
            autosave.writtenRevision = nil
            return [.removeAutosave(state.document)]
        }
        guard autosave.writtenRevision != state.revision, autosave.writing == nil else { return [] }
        if autosave.seenRevision != state.revision {
            autosave.seenRevision = state.revision
            autosave.seenAt = now
        }
        if autosave.pendingSince == nil { autosave.pendingSince = now }
        if let retryAt = autosave.retryAt, now < retryAt { return [] }
        let idle = now - autosave.seenAt >= AutosavePolicy.idleDelay
        let overdue = now - (autosave.pendingSince ?? now) >= AutosavePolicy.maximumDelay
        guard idle || overdue else { return [] }
        autosave.writing = state.revision
        autosave.lastAttemptAt = now
        return [.writeAutosave(state.document, data: ScenarioDocument.json(state.scenario), revision: state.revision)]
    }

    /// A write finished. A failure is reported once (later failures stay quiet until one succeeds)
    /// and retried after `AutosavePolicy.retryDelay`.
    static func autosaveFinished(_ state: inout DashboardState, revision: Int, error: String?) -> [Effect] {
        // A write asked for before a save or an open reset the bookkeeping belongs to the past.
        guard state.autosave.writing == revision else { return [] }
        state.autosave.writing = nil
        if let error {
            state.autosave.retryAt = state.autosave.lastAttemptAt + AutosavePolicy.retryDelay
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
        state.autosave.retryAt = nil
        state.autosave.writtenRevision = revision
        state.autosave.onDisk = true
        if revision == state.revision { state.autosave.pendingSince = nil }
        return []
    }

    /// A signal ends the program: write the autosave now if the scenario has unwritten changes.
    static func terminating(_ state: inout DashboardState) -> [Effect] {
        state.quitting = true
        guard state.isModified, state.autosave.writtenRevision != state.revision else { return [] }
        state.autosave.writing = state.revision
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
            state.autosave.writtenRevision = state.revision
            state.autosave.onDisk = true
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
