import PlannerCore

/// The workload view domain: the `/` filter (live, Esc clears it) and the sort column and
/// direction. The scenario is never reordered; only the table's display order changes.
extension DashboardReducer {
    static func viewCommands(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .startFilter:
            state.focus = .workloads
            state.mode = .filter(TextField(state.view.filter))
        case .cycleSort(let steps):
            let columns = WorkloadColumn.allCases
            // The order cycles through every column, then back to the scenario's order (nil).
            let current = state.view.sort.map { $0.column.rawValue } ?? columns.count
            let next = ((current + steps) % (columns.count + 1) + columns.count + 1) % (columns.count + 1)
            let descending = state.view.sort?.descending ?? false
            state.view.sort = next == columns.count ? nil : WorkloadSort(column: columns[next], descending: descending)
            refreshView(&state)
            state.status = .view(sortMessage(state.view.sort))
        case .reverseSort:
            var sort = state.view.sort ?? WorkloadSort(column: state.workloadColumn)
            sort.descending.toggle()
            state.view.sort = sort
            refreshView(&state)
            state.status = .view(sortMessage(sort))
        default:
            break
        }
        keepSelectionVisible(&state)
        return []
    }

    static func sortMessage(_ sort: WorkloadSort?) -> String {
        guard let sort else { return "workloads in the scenario's order" }
        return
            "workloads sorted by \(sort.column.title), \(sort.descending ? "descending" : "ascending") (> next column, I inverts)"
    }

    /// Typing the filter: every key re-filters the table; Enter keeps the filter, Esc clears it.
    static func filtering(_ state: inout DashboardState, _ field: TextField, _ action: Action) -> [Effect] {
        var field = field
        if field.apply(action) {
            state.mode = .filter(field)
            setFilter(&state, field.text)
            return []
        }
        switch action {
        case .confirm:
            state.mode = .normal
            let total = state.scenario.workloads.count
            state.status =
                field.text.isEmpty
                ? .view("no filter: all \(total) workloads")
                : .view("filter \"\(field.text)\": \(state.visibleWorkloadCount) of \(total) workloads (Esc clears)")
        case .cancel:
            state.mode = .normal
            setFilter(&state, "")
            state.status = .view("filter cleared")
        default:
            break
        }
        return []
    }

    /// Sets the filter text and shows the first match when the selected workload no longer shows.
    static func setFilter(_ state: inout DashboardState, _ text: String) {
        state.view.filter = text
        refreshView(&state)
        keepSelectionVisible(&state)
    }

    /// Recomputes the display order after the scenario, the filter or the sort changed.
    static func refreshView(_ state: inout DashboardState) {
        guard state.view.isActive || state.view.rows != nil else { return }
        state.view.refresh(state.scenario.workloads)
    }
}
