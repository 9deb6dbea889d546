import PlannerCore

/// The workloads table: one row per workload, the selected row and cell highlighted.
enum WorkloadsPane {
    static func columns(width: Int) -> [Table.Column] {
        let fixed: [(WorkloadColumn, Int, TextFit.Alignment)] = [
            (.model, 9, .left), (.cpu, 5, .right), (.memory, 9, .right), (.replicas, 5, .right),
            (.requestsPerSecond, 6, .right), (.stateful, 5, .left), (.pod, 9, .left), (.image, 9, .right),
        ]
        let used = fixed.reduce(0) { $0 + $1.1 + 1 } + 1
        var nameWidth = max(8, width - used)
        var podExtra = 0
        if nameWidth > 24 {
            podExtra = min(8, nameWidth - 24)
            nameWidth -= podExtra
        }
        return [Table.Column("name", width: nameWidth)]
            + fixed.map { column, w, alignment in
                Table.Column(column.title, width: column == .pod ? w + podExtra : w, alignment)
            }
    }

    static func render(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let workloads = state.scenario.workloads
        var editing: Table.Editing?
        if case .editing(let edit) = state.mode, case .workload(let row, let column) = edit.target {
            editing = Table.Editing(row: row, column: column.rawValue, text: edit.text, valid: edit.problem == nil)
        }
        // Only the rows on screen are formatted, so long lists cost nothing extra per frame.
        let visible = Table.visibleRows(in: area)
        let first = max(0, min(state.workloadScroll, max(0, workloads.count - visible)))
        let window = first..<min(workloads.count, first + visible)
        var table = Table(
            columns: columns(width: area.width),
            rows: window.map { index in WorkloadColumn.allCases.map { $0.display(workloads[index]) } },
            selectedRow: workloads.isEmpty ? nil : state.workloadRow,
            selectedColumn: state.workloadColumn.rawValue,
            scroll: state.workloadScroll,
            focused: state.focus == .workloads,
            editing: editing,
            rowStyles: workloads.prefix(window.upperBound).map { $0.replicas == 0 ? Style(.muted) : Style() })
        table.rowOffset = first
        table.totalRows = workloads.count
        table.render(into: &buffer, area: area, glyphs: glyphs)
        if workloads.isEmpty, area.height > 1 {
            buffer.put("No workloads. Press a to add one.", x: area.x + 1, y: area.y + 1, style: Style(.muted))
        }
    }
}
