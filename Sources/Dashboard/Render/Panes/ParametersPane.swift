import PlannerCore

/// Host, registry and model parameters: group, name and value, the selected one highlighted.
/// A pane too narrow for a group column gives each group a heading row instead, so no label is cut.
enum ParametersPane {
    static func render(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let rows = ParameterRows.rows(width: area.width)
        let headings = rows.count > Parameter.allCases.count
        let groupWidth = headings ? 0 : 9
        let labelWidth = min(21, max(10, area.width - groupWidth - 2 - 13))
        let valueWidth = max(4, area.width - groupWidth - labelWidth - (headings ? 3 : 2))
        var editing: Table.Editing?
        let valueColumn = headings ? 1 : 2
        if case .editing(let edit) = state.mode, case .parameter(let parameter) = edit.target {
            editing = Table.Editing(
                row: ParameterRows.row(of: parameter, in: rows), column: valueColumn, text: edit.text, valid: edit.problem == nil)
        }
        var previousGroup = ""
        var styles: [Style] = []
        let cells: [[String]] = rows.map { row in
            switch row {
            case .heading(let group):
                styles.append(Style(.heading, bold: true))
                return [group]
            case .parameter(let parameter):
                styles.append(Style())
                let group = parameter.group == previousGroup ? "" : parameter.group
                previousGroup = parameter.group
                let label = headings ? "  " + parameter.label : parameter.label
                return (headings ? [] : [group]) + [label, parameter.display(in: state.scenario)]
            }
        }
        let columns =
            (headings ? [] : [Table.Column("group", width: groupWidth)]) + [
                Table.Column("parameter", width: labelWidth + (headings ? 2 : 0)), Table.Column("value", width: valueWidth),
            ]
        var table = Table(
            columns: columns, rows: cells, selectedRow: ParameterRows.row(of: state.parameter, in: rows),
            selectedColumn: valueColumn, scroll: state.navigation.parameterScroll, focused: state.focus == .parameters,
            editing: editing, rowStyles: styles)
        table.showsIndicator = false
        table.render(into: &buffer, area: area, glyphs: glyphs)
    }
}
