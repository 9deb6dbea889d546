import PlannerCore

/// The warnings line (or box), the status line and the key hints.
enum BottomPane {
    static func warnings(_ state: DashboardState, wide: Bool, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        var lines: [(String, Style)] = []
        if let failure = state.planFailure, failure.revision == state.revision {
            lines.append(
                (
                    "✗ cannot plan this scenario: \(failure.error.description) (charts show the last plan; u undoes)",
                    Style(.error, bold: true)
                ))
        }
        let warnings = PlanStyle.warnings(state.currentPlans ?? [])
        if wide {
            lines += warnings.map { ("\(glyphs.warning) \($0)", Style(.warning)) }
            let inner = Frame(title: "Warnings (\(warnings.count))").render(into: &buffer, area: area, glyphs: glyphs)
            if lines.isEmpty { lines.append(("none", Style(.muted))) }
            for (index, line) in lines.prefix(inner.height).enumerated() {
                let more = index == inner.height - 1 && lines.count > inner.height ? " (+\(lines.count - inner.height) more)" : ""
                buffer.put(
                    TextFit.fit(line.0, inner.width - DisplayWidth.of(more), ellipsis: glyphs.ellipsis) + more,
                    x: inner.x, y: inner.y + index, style: line.1, limit: inner.width)
            }
        } else {
            if lines.isEmpty, !warnings.isEmpty {
                lines.append(
                    (
                        "\(glyphs.warning) \(warnings.count) warning\(warnings.count == 1 ? "" : "s"): "
                            + warnings.joined(separator: "; "), Style(.warning)
                    ))
            }
            if let line = lines.first {
                buffer.put(
                    TextFit.fit(line.0, area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, style: line.1,
                    limit: area.width)
            }
        }
    }

    static func status(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        var message = ""
        var style = Style()
        switch state.mode {
        case .prompt(let prompt):
            message = prompt.label + prompt.text + glyphs.caret
            style = Style(.input, bold: true)
        case .confirm(let question):
            message = question.question
            style = Style(.warning, bold: true)
        case .editing(let edit):
            if let problem = edit.problem {
                message = "✗ \(problem)"
                style = Style(.error, bold: true)
            } else {
                message = "editing \(field(edit.target, state)): Enter applies, Esc cancels"
                style = Style(.input)
            }
        default:
            if let status = state.status {
                message = status.text
                switch status.kind {
                case .info: style = Style(.good)
                case .warning: style = Style(.warning, bold: true)
                case .error: style = Style(.error, bold: true)
                }
            } else {
                message = "Tab: next pane · Enter: edit · ?: all keys"
                style = Style(.muted)
            }
        }
        StatusLine(message: message, messageStyle: style, file: state.document.displayName, modified: state.isModified)
            .render(into: &buffer, area: area, glyphs: glyphs)
    }

    private static func field(_ target: EditTarget, _ state: DashboardState) -> String {
        switch target {
        case .workload(let row, let column):
            let name = state.scenario.workloads.indices.contains(row) ? state.scenario.workloads[row].name : "?"
            return "\(name) \(column.title)"
        case .parameter(let parameter):
            return "\(parameter.group.lowercased()) \(parameter.label)"
        }
    }

    static func keys(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let hints: [(String, String)]
        switch state.mode {
        case .editing(let edit):
            var units = "Enter apply"
            if case .workload(_, let column) = edit.target, column == .memory || column == .image {
                units = "Enter apply (512M, 4G)"
            }
            hints = [("type", "value"), (units, ""), ("Esc", "cancel"), ("^U", "clear"), ("Bksp", "delete")]
        case .prompt:
            hints = [("Enter", "confirm"), ("Esc", "cancel"), ("^U", "clear")]
        case .confirm(.quit):
            hints = [("y", "quit"), ("n", "stay"), ("s", "save and quit")]
        case .confirm:
            hints = [("y", "yes"), ("n", "no")]
        case .picker:
            hints = [("↑↓", "choose"), ("Enter", "open"), ("Esc", "cancel")]
        case .help:
            hints = [("any key", "close help")]
        case .normal:
            switch state.focus {
            case .workloads:
                hints = [
                    ("?", "help"), ("Enter", "edit"), ("+/-", "step"), ("u", "undo"), ("s", "save"), ("e", "export"),
                    ("q", "quit"), ("a", "add"), ("d", "del"), ("D", "dup"), ("t", "stateful"), ("m", "model"),
                    ("^R", "redo"), ("o", "open"), ("↑↓←→", "move"),
                ]
            case .parameters:
                hints = [
                    ("?", "help"), ("Enter", "edit"), ("+/-", "step"), ("u", "undo"), ("s", "save"), ("e", "export"),
                    ("q", "quit"), ("v", "hypervisor"), ("^R", "redo"), ("o", "open"), ("↑↓", "move"),
                ]
            case .plans:
                hints = [
                    ("?", "help"), ("↑↓ 1-4", "choose plan"), ("Tab", "pane"), ("s", "save"), ("e", "export"), ("q", "quit"),
                ]
            }
        }
        var x = area.x
        for (key, label) in hints {
            let keyText = " \(key)"
            let labelText = label.isEmpty ? "" : " \(label)"
            if x + DisplayWidth.of(keyText + labelText) > area.maxX { break }
            x = buffer.put(keyText, x: x, y: area.y, style: Style(.heading, bold: true))
            x = buffer.put(labelText, x: x, y: area.y, style: Style(.muted))
        }
    }
}
