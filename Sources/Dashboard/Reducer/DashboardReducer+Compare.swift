import PlannerCore

/// Comparing: the baseline (`b` pins the scenario shown and its plans, `B` forgets it), the
/// what-if pane (`W`), whose rows are planned in the background for every revision while it is open,
/// and the 24-hour chart (`T`), read off the plans on screen. The what-if pane and the chart take
/// the same place: opening one closes the other.
extension DashboardReducer {
    static func compareCommands(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .pinBaseline: return pinBaseline(&state)
        case .clearBaseline:
            if let baseline = state.baseline {
                state.baseline = nil
                state.status = .view("baseline cleared (was \(baseline.label))")
            } else {
                state.status = .view("no baseline to clear (b pins the scenario shown)", kind: .warning)
            }
        case .toggleWhatIf:
            state.whatIf.isOpen.toggle()
            state.whatIf.scroll = ScrollPosition()
            if state.whatIf.isOpen { state.showsDayChart = false }
            state.status = .view(
                state.whatIf.isOpen
                    ? "what-if: N+0/N+1/N+2 and traffic ×0.5 to ×4, planned in the background (W closes)"
                    : "what-if closed")
        case .toggleDayChart:
            state.showsDayChart.toggle()
            if state.showsDayChart { state.whatIf.isOpen = false }
            state.status = .view(
                state.showsDayChart
                    ? "24 hours: each plan's hosts and cost hour by hour (p shapes the selected workload's day; T closes)"
                    : "24-hour chart closed")
        default: break
        }
        keepSelectionVisible(&state)
        return []
    }

    /// Pins the scenario shown and the plans on screen when they are its own (else they follow when
    /// planned), and asks for its plans at the standard effort, which replace them.
    static func pinBaseline(_ state: inout DashboardState) -> [Effect] {
        guard !state.plansAreStale else {
            state.status = .view("cannot pin: this scenario cannot be planned (u undoes the last edit)", kind: .warning)
            return []
        }
        let replacing = state.baseline != nil
        let label = baselineLabel(state)
        state.baseline = Baseline(
            scenario: state.scenario, revision: state.revision, plans: state.plansAreCurrent ? state.currentPlans : nil,
            label: label)
        state.status = .view(
            "baseline \(replacing ? "replaced" : "pinned"): \(label); the charts show the change against it (B clears)")
        keepSelectionVisible(&state)
        return [.planBaseline(state.scenario, revision: state.revision)]
    }

    /// `Online shop @ edit 3` (edits since it was opened, as undo counts them), `Online shop as
    /// opened`, `Online shop as saved`.
    static func baselineLabel(_ state: DashboardState) -> String {
        let edits = state.history.undo.count
        if state.isModified { return "\(state.scenario.name) @ edit \(edits)" }
        return "\(state.scenario.name) as \(edits == 0 ? "opened" : "saved")"
    }

    /// The pinned scenario's standard-effort plans (a later pin's revision ignores an earlier one's).
    static func baselinePlanned(
        _ state: inout DashboardState, revision: Int, result: Result<[Plan], PlanningError>
    ) -> [Effect] {
        guard state.baseline?.revision == revision else { return [] }
        switch result {
        case .success(let plans):
            state.baseline?.plans = plans
            state.baseline?.isFinal = true
        case .failure(let error):
            state.baseline = nil
            state.status = .view("baseline dropped: cannot plan it: \(error.description)", kind: .error)
        }
        return []
    }

    /// Plans of the pinned revision that arrive before its standard-effort plans stand in for them.
    static func provisionalBaseline(_ state: inout DashboardState, revision: Int, plans: [Plan]) {
        guard let baseline = state.baseline, baseline.revision == revision, !baseline.isFinal else { return }
        state.baseline?.plans = plans
    }

    /// A what-if row planned: kept when it belongs to the revision last asked for.
    static func whatIfFinished(
        _ state: inout DashboardState, revision: Int, index: Int, result: Result<[WhatIfFigures], PlanningError>
    ) -> [Effect] {
        guard state.whatIf.requested == revision, state.whatIf.rows.indices.contains(index) else { return [] }
        state.whatIf.rows[index] = WhatIfResult(revision: revision, result: result)
        return []
    }

    /// While the pane is open, once the scenario shown has its plans (so the what-if planning never
    /// competes with the interactive re-plan of an edit), asks for its variants once per revision.
    static func followWhatIf(_ state: inout DashboardState) -> [Effect] {
        guard state.whatIf.isOpen, state.plansAreCurrent, state.whatIf.requested != state.revision else { return [] }
        state.whatIf.requested = state.revision
        return [.whatIf(state.scenario, variants: WhatIfVariant.all, revision: state.revision)]
    }

    /// ↑↓ (and pages) in the plans pane scroll the what-if rows while the pane is open; false for
    /// any other action.
    static func scrollWhatIf(_ state: inout DashboardState, _ action: Action) -> Bool {
        let count = WhatIfPane.lines(state).count
        let rows = WhatIfPane.visibleRows(ScreenLayout(size: state.size, workloadCount: state.visibleWorkloadCount))
        switch action {
        case .move(.up): state.whatIf.scroll.scroll(by: -1, rows: rows, count: count)
        case .move(.down): state.whatIf.scroll.scroll(by: 1, rows: rows, count: count)
        case .page(let pages): state.whatIf.scroll.scroll(by: pages * rows, rows: rows, count: count)
        case .jump(let toEnd): state.whatIf.scroll.scroll(by: toEnd ? count : -count, rows: rows, count: count)
        default: return false
        }
        return true
    }
}
