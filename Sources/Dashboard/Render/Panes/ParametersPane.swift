import PlannerCore

/// Host, registry and model parameters: group, name and value, the selected one highlighted.
enum ParametersPane {
    static func render(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        // Narrow panes shorten the group names so the parameter names fit.
        let short = area.width < 36
        let groupWidth = short ? 4 : 9
        let labelWidth = min(21, max(10, area.width - groupWidth - 2 - 13))
        let valueWidth = max(4, area.width - groupWidth - labelWidth - 2)
        var editing: Table.Editing?
        let all = Parameter.allCases
        if case .editing(let edit) = state.mode, case .parameter(let parameter) = edit.target {
            editing = Table.Editing(row: all.firstIndex(of: parameter)!, column: 2, text: edit.text, valid: edit.problem == nil)
        }
        var previousGroup = ""
        let rows: [[String]] = all.map { parameter in
            let name = short ? String(parameter.group.prefix(4)) : parameter.group
            let group = parameter.group == previousGroup ? "" : name
            previousGroup = parameter.group
            return [group, parameter.label, parameter.display(in: state.scenario)]
        }
        let table = Table(
            columns: [
                Table.Column(short ? "" : "group", width: groupWidth), Table.Column("parameter", width: labelWidth),
                Table.Column("value", width: valueWidth),
            ],
            rows: rows, selectedRow: all.firstIndex(of: state.parameter), selectedColumn: 2,
            scroll: state.navigation.parameterScroll, focused: state.focus == .parameters, editing: editing)
        table.render(into: &buffer, area: area, glyphs: glyphs)
    }
}
