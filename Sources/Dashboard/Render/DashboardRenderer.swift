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
        let layout = ScreenLayout(size: size, workloadCount: state.visibleWorkloadCount)
        HeaderPane.render(state, into: &buffer, area: layout.header, glyphs: glyphs)
        if case .hosts(let view) = state.mode {
            let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
            HostsPane.render(state, view, into: &buffer, area: body, glyphs: glyphs)
        } else {
            tables(state, layout: layout, into: &buffer, glyphs: glyphs)
            if state.whatIf.isOpen {
                WhatIfPane.render(state, layout: layout, into: &buffer, glyphs: glyphs)
            } else if state.showsDayChart {
                DayChartPane.render(state, layout: layout, into: &buffer, glyphs: glyphs)
            } else {
                plans(state, layout: layout, into: &buffer, glyphs: glyphs)
            }
            BottomPane.warnings(state, wide: layout.isWide, into: &buffer, area: layout.warnings, glyphs: glyphs)
        }
        BottomPane.status(state, into: &buffer, area: layout.status, glyphs: glyphs)
        BottomPane.keys(state, into: &buffer, area: layout.keys, glyphs: glyphs)
        switch state.mode {
        case .reading(let reading): ReadingOverlay.render(reading, size: size, into: &buffer, glyphs: glyphs)
        case .picker(let picker): Overlays.picker(picker, into: &buffer, size: size, glyphs: glyphs)
        case .layers(let editor): LayerOverlay.render(state, editor, into: &buffer, glyphs: glyphs)
        default: break
        }
        return buffer
    }

    /// The workloads and the parameters: side by side in boxes (wide), or the focused one under
    /// the pane switcher (compact).
    private static func tables(_ state: DashboardState, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        guard layout.isWide else {
            HeaderPane.tabs(state, into: &buffer, area: layout.tabs, glyphs: glyphs)
            if state.focus == .parameters {
                ParametersPane.render(state, into: &buffer, area: layout.parameters, glyphs: glyphs)
            } else {
                WorkloadsPane.render(state, into: &buffer, area: layout.workloads, glyphs: glyphs)
            }
            return
        }
        let title = WorkloadsPane.title(state, rows: layout.workloadRows, width: layout.workloads.width - 2)
        let workloads = Frame(title: title, focused: state.focus == .workloads)
            .render(into: &buffer, area: layout.workloads, glyphs: glyphs)
        WorkloadsPane.render(state, into: &buffer, area: workloads, glyphs: glyphs)
        let indicator = ScrollPosition.indicator(
            offset: state.navigation.parameterScroll, rows: layout.parameterRows,
            count: ParameterRows.rows(width: layout.parameterInnerWidth).count)
        let parameters = Frame(
            title: "Host & model parameters" + (indicator.map { " \($0)" } ?? ""), focused: state.focus == .parameters
        )
        .render(into: &buffer, area: layout.parameters, glyphs: glyphs)
        ParametersPane.render(state, into: &buffer, area: parameters, glyphs: glyphs)
    }

    /// The charts and the selected plan's detail; a stale plan is drawn muted and says why.
    private static func plans(_ state: DashboardState, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        guard let plans = state.currentPlans, plans.count == PlanModel.allCases.count,
            let selected = state.selectedPlanValue
        else {
            let message = state.results.failure.map { "cannot plan: \($0.error.description)" } ?? "planning…"
            buffer.put(
                message, x: 2, y: layout.charts.y + 1, style: Style(state.results.failure == nil ? .muted : .error),
                limit: layout.size.width - 4)
            return
        }
        if layout.isWide {
            PlanCharts.renderWide(state, plans: plans, into: &buffer, area: layout.charts, glyphs: glyphs)
            PlanDetail.renderWide(state, plan: selected, layout: layout, into: &buffer, glyphs: glyphs)
        } else {
            PlanCharts.renderCompact(state, plans: plans, into: &buffer, area: layout.charts, glyphs: glyphs)
            PlanDetail.renderCompact(state, plan: selected, layout: layout, into: &buffer, glyphs: glyphs)
        }
    }
}
