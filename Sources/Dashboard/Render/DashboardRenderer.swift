import PlannerCore

/// Draws the whole dashboard for a state into a fresh screen buffer. Pure: the same state gives the
/// same screen, which is what the snapshot tests compare.
public enum DashboardRenderer {
    public static func render(_ state: DashboardState) -> ScreenBuffer {
        let buffer = draw(state)
        return state.capabilities.unicode ? buffer : buffer.asciiOnly()
    }

    private static func draw(_ state: DashboardState) -> ScreenBuffer {
        let size = state.size
        var buffer = ScreenBuffer(width: size.width, height: size.height)
        let glyphs = Glyphs.forCapabilities(state.capabilities)
        guard size.isLargeEnough else {
            Overlays.tooSmall(into: &buffer, size: size)
            return buffer
        }
        let layout = ScreenLayout(size: size, workloadCount: state.scenario.workloads.count)
        HeaderPane.render(state, into: &buffer, area: layout.header, glyphs: glyphs)
        if layout.isWide {
            let count = state.scenario.workloads.count
            let workloads = Frame(
                title: "Workloads (\(count)) · Enter edits · a/D/d add, duplicate, delete", focused: state.focus == .workloads
            )
            .render(into: &buffer, area: layout.workloads, glyphs: glyphs)
            WorkloadsPane.render(state, into: &buffer, area: workloads, glyphs: glyphs)
            let parameters = Frame(title: "Host & model parameters", focused: state.focus == .parameters)
                .render(into: &buffer, area: layout.parameters, glyphs: glyphs)
            ParametersPane.render(state, into: &buffer, area: parameters, glyphs: glyphs)
        } else {
            HeaderPane.tabs(state, into: &buffer, area: layout.tabs, glyphs: glyphs)
            if state.focus == .parameters {
                ParametersPane.render(state, into: &buffer, area: layout.parameters, glyphs: glyphs)
            } else {
                WorkloadsPane.render(state, into: &buffer, area: layout.workloads, glyphs: glyphs)
            }
        }
        if let plans = state.currentPlans, plans.count == PlanModel.allCases.count {
            let selected = plans[min(max(state.selectedPlan, 0), plans.count - 1)]
            if layout.isWide {
                PlanCharts.renderWide(state, plans: plans, into: &buffer, area: layout.charts, glyphs: glyphs)
                PlanDetail.renderWide(state, plan: selected, layout: layout, into: &buffer, glyphs: glyphs)
            } else {
                PlanCharts.renderCompact(state, plans: plans, into: &buffer, area: layout.charts, glyphs: glyphs)
                PlanDetail.renderCompact(state, plan: selected, layout: layout, into: &buffer, glyphs: glyphs)
            }
        } else {
            let message = state.planFailure.map { "cannot plan: \($0.error.description)" } ?? "planning…"
            buffer.put(
                message, x: 2, y: layout.charts.y + 1, style: Style(state.planFailure == nil ? .muted : .error),
                limit: size.width - 4)
        }
        BottomPane.warnings(state, wide: layout.isWide, into: &buffer, area: layout.warnings, glyphs: glyphs)
        BottomPane.status(state, into: &buffer, area: layout.status, glyphs: glyphs)
        BottomPane.keys(state, into: &buffer, area: layout.keys, glyphs: glyphs)
        switch state.mode {
        case .help:
            HelpOverlay().render(into: &buffer, area: Rect(x: 0, y: 0, width: size.width, height: size.height), glyphs: glyphs)
        case .picker(let picker):
            Overlays.picker(picker, into: &buffer, size: size, glyphs: glyphs)
        default:
            break
        }
        return buffer
    }
}
