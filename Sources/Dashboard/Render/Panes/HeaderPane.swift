import PlannerCore

/// The top line: program, scenario, totals, whether the plans shown are current, and the help key.
enum HeaderPane {
    static func render(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        buffer.fill(area, style: Style(.title, reverse: true))
        let instances = state.scenario.workloads.reduce(0) { $0 + max(0, $1.replicas) }
        let planState: String
        if state.plansAreStale {
            planState = "✗ stale"
        } else if state.results.snapshot == nil {
            planState = "planning…"
        } else if !state.plansAreCurrent {
            planState = "re-planning…"
        } else {
            planState = "planned"
        }
        let right = " \(planState) · \(state.scenario.currency) \(glyphs.verticalLine) ? help "
        let totals = " \(glyphs.verticalLine) \(state.scenario.workloads.count) workloads, \(Readable.count(instances)) instances"
        let prefix = " vplan \(glyphs.verticalLine) "
        let room = area.width - DisplayWidth.of(right) - DisplayWidth.of(prefix) - DisplayWidth.of(totals) - 1
        let name = TextFit.fit(state.scenario.name, max(8, room), ellipsis: glyphs.ellipsis)
        buffer.put(
            prefix + name + totals, x: area.x, y: area.y, style: Style(.title, bold: true, reverse: true),
            limit: area.width - DisplayWidth.of(right))
        buffer.put(right, x: area.maxX - DisplayWidth.of(right), y: area.y, style: Style(.title, reverse: true))
    }

    static func layoutRows(_ state: DashboardState) -> Int {
        ScreenLayout(size: state.size, workloadCount: state.visibleWorkloadCount).workloadRows
    }

    /// Compact mode's pane switcher.
    static func tabs(_ state: DashboardState, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        buffer.put(String(repeating: glyphs.horizontalLine, count: area.width), x: area.x, y: area.y, style: Style(.muted))
        var x = area.x + 1
        for pane in Pane.allCases {
            var title = " \(pane.title) "
            if pane == .workloads {
                title = " \(WorkloadsPane.title(state, rows: layoutRows(state), width: area.width, short: true)) "
            }
            if pane == .warnings { title = " Warnings (\(BottomPane.warningLines(state).count)) " }
            let focused = state.focus == pane
            x = buffer.put(title, x: x, y: area.y, style: focused ? Style(.heading, bold: true, reverse: true) : Style(.muted))
            x += 1
        }
        let hint = " Tab "
        if area.maxX - x > DisplayWidth.of(hint) + 1 {
            buffer.put(hint, x: area.maxX - DisplayWidth.of(hint) - 1, y: area.y, style: Style(.muted))
        }
    }
}
