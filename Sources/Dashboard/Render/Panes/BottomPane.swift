import PlannerCore

/// The warnings (a scrolling box, or one line that scrolls when focused), the status line and the
/// key hints.
enum BottomPane {
    /// One line of the warnings list.
    struct WarningLine: Equatable {
        var text: String
        var error: Bool
    }

    /// Every line the warnings pane can show: a failed plan first, then every warning of every plan.
    static func warningLines(_ state: DashboardState) -> [WarningLine] {
        var lines: [WarningLine] = []
        if state.plansAreStale, let failure = state.results.failure {
            lines.append(
                WarningLine(
                    text:
                        "cannot plan this scenario: \(failure.error.description) (the charts show the last plan, marked stale; u undoes)",
                    error: true))
        }
        return lines + PlanStyle.warnings(state.currentPlans ?? []).map { WarningLine(text: $0, error: false) }
    }

    static func warnings(_ state: DashboardState, wide: Bool, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let lines = warningLines(state)
        let focused = state.focus == .warnings && state.mode == .normal
        let scroll = state.navigation.warnings
        func style(_ line: WarningLine, selected: Bool) -> Style {
            if selected && focused { return Style(.selection, reverse: true) }
            return line.error ? Style(.error, bold: true) : Style(.warning)
        }
        func mark(_ line: WarningLine) -> String { line.error ? "✗ " : "\(glyphs.warning) " }
        if wide {
            let indicator = ScrollPosition.indicator(offset: scroll.offset, rows: max(1, area.height - 2), count: lines.count)
            let title = "Warnings (\(lines.count))" + (indicator.map { " \($0) · Tab here, ↑↓ scroll, Enter reads" } ?? "")
            let inner = Frame(title: title, focused: focused).render(into: &buffer, area: area, glyphs: glyphs)
            if lines.isEmpty { buffer.put("none", x: inner.x, y: inner.y, style: Style(.muted)) }
            for row in 0..<inner.height {
                let index = scroll.offset + row
                guard lines.indices.contains(index) else { break }
                buffer.put(
                    TextFit.pad(mark(lines[index]) + lines[index].text, inner.width, ellipsis: glyphs.ellipsis), x: inner.x,
                    y: inner.y + row, style: style(lines[index], selected: index == scroll.cursor), limit: inner.width)
            }
            return
        }
        guard !lines.isEmpty else { return }
        let index = focused ? min(scroll.cursor, lines.count - 1) : 0
        let position = lines.count > 1 ? "\(index + 1)/\(lines.count) " : ""
        let hint = focused || lines.count == 1 ? "" : " (Tab to Warnings, ↑↓)"
        let text = mark(lines[index]) + position + lines[index].text
        buffer.put(
            TextFit.fit(text, area.width - DisplayWidth.of(hint), ellipsis: glyphs.ellipsis) + hint, x: area.x, y: area.y,
            style: style(lines[index], selected: focused), limit: area.width)
    }

    static func status(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let (message, style) = statusMessage(state, glyphs: glyphs)
        StatusLine(message: message, messageStyle: style, file: state.document.displayName, modified: state.isModified)
            .render(into: &buffer, area: area, glyphs: glyphs)
    }

    static func statusMessage(_ state: DashboardState, glyphs: Glyphs) -> (String, Style) {
        switch state.mode {
        case .prompt(let prompt):
            return (prompt.label + prompt.text + glyphs.caret, Style(.input, bold: true))
        case .confirm(let question):
            return (question.question, Style(.warning, bold: true))
        case .filter(let field):
            let matches = state.visibleWorkloadCount
            return (
                "/\(field.text)\(glyphs.caret)  \(matches) of \(state.scenario.workloads.count) match (Enter keeps, Esc clears)",
                Style(matches == 0 ? .error : .input, bold: true)
            )
        case .editing(let edit):
            if let problem = edit.problem { return ("✗ \(problem)", Style(.error, bold: true)) }
            return ("editing \(field(edit.target, state)): Enter applies, Esc cancels", Style(.input))
        case .layers(let editor) where editor.problem != nil:
            return ("✗ \(editor.problem!)", Style(.error, bold: true))
        default:
            guard let status = state.status else {
                return ("Tab pane · Enter edit · i explain · ? keys", Style(.muted))
            }
            switch status.kind {
            case .info: return (status.line, Style(.good))
            case .warning: return (status.line, Style(.warning, bold: true))
            case .error: return (status.line, Style(.error, bold: true))
            }
        }
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

    /// The hints: the bindings of the scopes that apply, in table order (in normal mode help and
    /// explain first), as many as fit.
    static func hints(_ state: DashboardState) -> [(String, String)] {
        var groups: [[(String, String)]] = KeyBindings.scopes(in: state).map { scope in
            KeyBindings.bindings(in: scope).compactMap { binding in binding.hint.map { (binding.label, $0) } }
        }
        if state.mode == .normal, groups.count == 2 {
            groups = [Array(groups[1].prefix(2)), groups[0], Array(groups[1].dropFirst(2))]
        }
        var hints = groups.flatMap { $0 }
        if case .confirm(.quit) = state.mode { hints.append(("s", "save and quit")) }
        return hints
    }

    static func keys(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        var x = area.x
        for (key, label) in hints(state) {
            let keyText = " \(key)"
            let labelText = label.isEmpty ? "" : " \(label)"
            if x + DisplayWidth.of(keyText + labelText) > area.maxX { break }
            x = buffer.put(keyText, x: x, y: area.y, style: Style(.heading, bold: true))
            x = buffer.put(labelText, x: x, y: area.y, style: Style(.muted))
        }
    }
}
