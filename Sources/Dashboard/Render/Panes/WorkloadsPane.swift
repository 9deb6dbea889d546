import PlannerCore

/// The workloads table: one row per workload shown (after the filter, in the sort order), the
/// selected row and cell highlighted. The name column always shows; the others scroll sideways to
/// keep the cursor's column in view.
enum WorkloadsPane {
    static let widths: [WorkloadColumn: (Int, TextFit.Alignment)] = [
        .model: (9, .left), .cpu: (5, .right), .memory: (9, .right), .replicas: (5, .right), .spread: (8, .left),
        .requestsPerSecond: (6, .right), .peakRequestsPerSecond: (6, .right), .requestSeconds: (8, .right),
        .stateful: (5, .left), .pod: (9, .left), .image: (12, .right), .updatesPerDay: (7, .right),
        .changedLayers: (7, .right), .runtimeClass: (9, .left), .hourlyProfile: (24, .left), .burstiness: (5, .right),
        .concurrencyPerReplica: (6, .right), .functionMemory: (9, .right),
    ]

    /// The columns shown for a pane `width` wide with the cursor on `selected`: the name, then the
    /// run of other columns that fits and includes `selected`.
    static func shownColumns(width: Int, selected: WorkloadColumn) -> [WorkloadColumn] {
        let others = WorkloadColumn.allCases.dropFirst()
        let nameWidth = 12
        let room = width - nameWidth - 1
        var first = others.startIndex
        func fits(from start: Int) -> [WorkloadColumn] {
            var shown: [WorkloadColumn] = []
            var used = 0
            for column in others[start...] {
                let w = widths[column]!.0 + 1
                if used + w > room { break }
                used += w
                shown.append(column)
            }
            return shown
        }
        var shown = fits(from: first)
        while selected != .name, !shown.contains(selected), first < others.endIndex - 1 {
            first += 1
            shown = fits(from: first)
        }
        return [.name] + shown
    }

    static func columns(_ shown: [WorkloadColumn], width: Int, sort: WorkloadSort?, glyphs: Glyphs) -> [Table.Column] {
        let fixed = shown.dropFirst().reduce(0) { $0 + widths[$1]!.0 + 1 }
        let nameWidth = max(8, width - fixed - 1)
        return shown.map { column in
            var title = column.title
            if let sort, sort.column == column { title += sort.descending ? "▼" : "▲" }
            if column == .name { return Table.Column(title, width: nameWidth) }
            let (w, alignment) = widths[column]!
            return Table.Column(title, width: w, alignment)
        }
    }

    /// The pane's title: the count, the filter and sort, and where the table is scrolled.
    static func title(_ state: DashboardState, rows: Int, width: Int, short: Bool = false) -> String {
        let total = state.scenario.workloads.count
        let shown = state.visibleWorkloadCount
        var title =
            state.view.filter.isEmpty
            ? "Workloads (\(total))"
            : short ? "Workloads (\(shown) of \(total))" : "Workloads (\(shown) of \(total) match \"\(state.view.filter)\")"
        if let sort = state.view.sort { title += " by \(sort.column.title)\(sort.descending ? "▼" : "▲")" }
        if let indicator = ScrollPosition.indicator(offset: state.navigation.workloadScroll, rows: rows, count: shown) {
            title += " \(indicator)"
        }
        let columns = shownColumns(width: width, selected: state.workloadColumn)
        if !short, columns.count < WorkloadColumn.allCases.count { title += " · ←→ more columns" }
        return title
    }

    static func render(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let workloads = state.scenario.workloads
        let shown = shownColumns(width: area.width, selected: state.workloadColumn)
        var editing: Table.Editing?
        if case .editing(let edit) = state.mode, case .workload(let row, let column) = edit.target,
            let position = state.view.position(of: row, total: workloads.count), let index = shown.firstIndex(of: column)
        {
            editing = Table.Editing(row: position, column: index, text: edit.text, valid: edit.problem == nil)
        }
        // Only the rows on screen are formatted, so long lists cost nothing extra per frame.
        let count = state.visibleWorkloadCount
        let visible = Table.visibleRows(in: area)
        let first = max(0, min(state.navigation.workloadScroll, max(0, count - visible)))
        let window = first..<min(count, first + visible)
        let indices = window.map { state.view.index(at: $0) }
        var styles = [Style](repeating: Style(), count: window.upperBound)
        for (offset, index) in indices.enumerated() where workloads[index].replicas == 0 {
            styles[first + offset] = Style(.muted)
        }
        var table = Table(
            columns: columns(shown, width: area.width, sort: state.view.sort, glyphs: glyphs),
            rows: indices.map { index in shown.map { $0.display(workloads[index], glyphs: glyphs) } },
            selectedRow: state.selectedWorkload == nil ? nil : state.view.position(of: state.workloadRow, total: workloads.count),
            selectedColumn: shown.firstIndex(of: state.workloadColumn),
            scroll: state.navigation.workloadScroll,
            focused: state.focus == .workloads,
            editing: editing,
            rowStyles: styles)
        table.rowOffset = first
        table.totalRows = count
        table.showsIndicator = false
        table.render(into: &buffer, area: area, glyphs: glyphs)
        if area.height > 1 {
            if workloads.isEmpty {
                buffer.put("No workloads. Press a to add one.", x: area.x + 1, y: area.y + 1, style: Style(.muted))
            } else if count == 0 {
                buffer.put(
                    "No workload name contains \"\(state.view.filter)\". Esc clears the filter.", x: area.x + 1, y: area.y + 1,
                    style: Style(.muted), limit: area.width - 2)
            }
        }
    }
}
