import PlannerCore

/// The drill-down into a plan, over the whole body of the screen: its hosts, one host, or where a
/// workload's replicas are, with the path back in the title.
enum HostsPane {
    static func render(
        _ state: DashboardState, _ view: HostsView, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs
    ) {
        buffer.fill(area)
        guard let plan = state.currentPlans?.first(where: { $0.model == view.plan }) else { return }
        let level = view.page.level
        let count = HostRows.count(level, plan: plan, scenario: state.scenario)
        let rows = HostRows.visibleRows(state.size)
        let scroll = view.page.scroll
        let indicator = ScrollPosition.indicator(offset: scroll.offset, rows: rows, count: count).map { " \($0)" } ?? ""
        let stale = state.plansAreStale ? "STALE · " : ""
        let depth = view.pages.count > 1 ? " · Esc back (\(view.pages.count - 1))" : " · Esc returns"
        let title = stale + HostRows.title(level, plan: plan, scenario: state.scenario) + indicator + depth
        let inner = Frame(title: title, focused: true).render(into: &buffer, area: area, glyphs: glyphs)
        let window = scroll.offset..<min(count, scroll.offset + max(0, inner.height - 1))
        let columns = HostRows.columns(level, width: inner.width, zoned: HostRows.zoned(plan))
        var table = Table(
            columns: columns,
            rows: HostRows.rows(level, window, plan: plan, scenario: state.scenario, nameWidth: columns.first?.width),
            selectedRow: count == 0 ? nil : scroll.cursor, selectedColumn: nil, scroll: scroll.offset, focused: true,
            rowStyles: HostRows.styles(level, window, plan: plan))
        table.rowOffset = window.lowerBound
        table.totalRows = count
        table.showsIndicator = false
        table.render(into: &buffer, area: inner, glyphs: glyphs)
        if count == 0, inner.height > 1 {
            buffer.put("Nothing here.", x: inner.x + 1, y: inner.y + 1, style: Style(.muted))
        }
    }
}
