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
        let catalog = state.catalogName.map { " · catalog \($0)" } ?? ""
        let right = " \(planState) · \(state.scenario.currency)\(catalog) \(glyphs.verticalLine) ? help "
        var totals = " \(glyphs.verticalLine) \(state.scenario.workloads.count) workloads, \(Readable.count(instances)) instances"
        let prefix = " vplan \(glyphs.verticalLine) "
        let baseline = baselineText(state, glyphs: glyphs)
        let fixed = DisplayWidth.of(right) + DisplayWidth.of(prefix) + 1
        // The baseline is worth more than the totals (the workloads pane counts them too).
        if !baseline.isEmpty && area.width - fixed - DisplayWidth.of(totals) - DisplayWidth.of(baseline) < 12 { totals = "" }
        let room = area.width - fixed - DisplayWidth.of(totals) - DisplayWidth.of(baseline)
        let name = TextFit.fit(state.scenario.name, max(8, room), ellipsis: glyphs.ellipsis)
        let left = prefix + name + totals
        buffer.put(
            left, x: area.x, y: area.y, style: Style(.title, bold: true, reverse: true),
            limit: area.width - DisplayWidth.of(right))
        if !baseline.isEmpty {
            let x = area.x + DisplayWidth.of(left)
            buffer.put(
                TextFit.fit(baseline, area.maxX - DisplayWidth.of(right) - x, ellipsis: glyphs.ellipsis), x: x, y: area.y,
                style: Style(.title, reverse: true), limit: area.maxX - DisplayWidth.of(right) - x)
        }
        buffer.put(right, x: area.maxX - DisplayWidth.of(right), y: area.y, style: Style(.title, reverse: true))
    }

    /// ` │ baseline: Online shop @ edit 3` (`planning…` until its plans are there); empty without one.
    static func baselineText(_ state: DashboardState, glyphs: Glyphs) -> String {
        guard let baseline = state.baseline else { return "" }
        return " \(glyphs.verticalLine) baseline: \(baseline.label)\(baseline.plans == nil ? " (planning…)" : "")"
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
