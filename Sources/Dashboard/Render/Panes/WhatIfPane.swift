import PlannerCore

/// The what-if pane (`W`), in place of the charts and the plan detail: per plan, the hosts and the
/// monthly cost of the scenario at N+0, N+1 and N+2 and with all traffic ×0.5 to ×4, the row of the
/// scenario as it is marked `now`. Rows planned for an earlier edit are drawn muted until the
/// background planning brings them up to date; rows not planned yet show `…`.
public enum WhatIfPane {
    /// One line of the table.
    public enum Line: Sendable, Equatable {
        /// A row of `WhatIfVariant.all`.
        case variant(Int)
        /// A remark under the rows.
        case note(String)
    }

    /// Where the pane goes: from the charts down to the warnings.
    static func area(_ layout: ScreenLayout) -> Rect {
        Rect(x: 0, y: layout.charts.y, width: layout.size.width, height: layout.warnings.y - layout.charts.y)
    }

    /// Table rows visible at once (below the title and the column headings).
    public static func visibleRows(_ layout: ScreenLayout) -> Int { max(1, area(layout).height - 2) }

    /// Every line the pane can show, in order.
    public static func lines(_ state: DashboardState) -> [Line] {
        var lines = WhatIfVariant.all.indices.map { Line.variant($0) }
        let policy = state.scenario.host.failoverPolicy
        if case .hosts = policy {
        } else {
            lines.append(
                .note("N+k: the hosts policy with k spare hosts in place of the scenario's \(policy.summary) policy"))
        }
        return lines
    }

    static func render(_ state: DashboardState, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        let area = area(layout)
        let lines = lines(state)
        let rows = visibleRows(layout)
        let offset = min(state.whatIf.scroll.offset, max(0, lines.count - rows))
        let title = self.title(state, indicator: ScrollPosition.indicator(offset: offset, rows: rows, count: lines.count))
        let inner: Rect
        if layout.isWide {
            inner = Frame(title: title, focused: state.focus == .plans).render(into: &buffer, area: area, glyphs: glyphs)
        } else {
            buffer.put(String(repeating: glyphs.horizontalLine, count: area.width), x: area.x, y: area.y, style: Style(.muted))
            buffer.put(" \(title) ", x: area.x + 1, y: area.y, style: Style(.heading, bold: true), limit: area.width - 2)
            inner = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        }
        let columns = self.columns(inner)
        buffer.put(
            TextFit.pad("what if", columns[0].width), x: columns[0].x, y: inner.y,
            style: Style(.heading, bold: true, underline: true))
        for (index, model) in PlanModel.allCases.enumerated() {
            let rect = columns[index + 1]
            buffer.put(
                TextFit.pad(model.rawValue, rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: inner.y,
                style: Style(PlanStyle.role(model), bold: true, underline: true))
        }
        for row in 0..<min(rows, inner.height - 1) {
            guard lines.indices.contains(offset + row) else { break }
            let y = inner.y + 1 + row
            switch lines[offset + row] {
            case .variant(let index): variantRow(state, index, columns: columns, y: y, into: &buffer, glyphs: glyphs)
            case .note(let text): buffer.put(text, x: inner.x, y: y, style: Style(.muted), limit: inner.width)
            }
        }
    }

    /// `What if · USD per month · re-planning… · W closes`.
    static func title(_ state: DashboardState, indicator: String?) -> String {
        let pending = state.whatIf.rows.contains { $0?.revision != state.revision }
        let progress = state.plansAreStale ? "STALE · " : pending ? "planning… · " : ""
        return "What if (hosts · cost per month, \(state.scenario.currency)) · \(progress)W closes"
            + (indicator.map { " · \($0)" } ?? "")
    }

    /// The label column, then one column per plan.
    static func columns(_ inner: Rect) -> [Rect] {
        let labelWidth = inner.width >= 110 ? 20 : 17
        let rest = Rect(x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth, height: inner.height)
        return [Rect(x: inner.x, y: inner.y, width: labelWidth - 1, height: inner.height)] + rest.equalColumns(4, gap: 1)
    }

    private static func variantRow(
        _ state: DashboardState, _ index: Int, columns: [Rect], y: Int, into buffer: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let variant = WhatIfVariant.all[index]
        let now = variant.isCurrent(in: state.scenario)
        let entry = state.whatIf.rows[index]
        let current = entry?.revision == state.revision && !state.plansAreStale
        let label = variant.label + (now ? " (now)" : "")
        buffer.put(
            TextFit.pad(label, columns[0].width, ellipsis: glyphs.ellipsis), x: columns[0].x, y: y,
            style: current ? Style(.heading, bold: now) : Style(.muted))
        switch entry?.result {
        case nil:
            buffer.put(glyphs.ellipsis, x: columns[1].x, y: y, style: Style(.muted))
        case .failure(let error)?:
            let width = columns[4].maxX - columns[1].x
            buffer.put(
                "✗ cannot plan: \(error.description)", x: columns[1].x, y: y, style: current ? Style(.error) : Style(.muted),
                limit: width)
        case .success(let figures)?:
            for (column, model) in PlanModel.allCases.enumerated() {
                guard let plan = figures.first(where: { $0.model == model }) else { continue }
                let text = cell(plan, currency: state.scenario.currency)
                let rect = columns[column + 1]
                buffer.put(
                    TextFit.pad(text, rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: y,
                    style: current ? Style(.normal, bold: now) : Style(.muted), limit: rect.width)
            }
        }
    }

    /// `4 · $2,248/mo`; a faas cost without traffic reads `n/a: no traffic`.
    public static func cell(_ figures: WhatIfFigures, currency: String) -> String {
        "\(Readable.count(figures.hosts)) · \(PlanCharts.costText(figures.cost, wide: false, currency: currency))"
    }
}
