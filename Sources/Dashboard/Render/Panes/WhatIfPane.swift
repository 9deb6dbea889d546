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
        /// The heading of the host-type rows.
        case heading(String)
        /// One catalog type: each plan's hosts and cost on it alone (`Plan.alternatives`).
        case hostType(String)
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
        return lines + hostTypeLines(state)
    }

    /// With a catalog (`hostTypes`): a heading, then every type the plans were planned on alone,
    /// cheapest first for the plan shown (`1`–`4` choose it). Read off the plans on screen: no
    /// extra planning.
    static func hostTypeLines(_ state: DashboardState) -> [Line] {
        guard let plans = state.currentPlans, plans.contains(where: { !$0.alternatives.isEmpty }) else { return [] }
        let shown = state.selectedPlanValue?.alternatives ?? []
        var names = shown.map(\.hostType)
        for plan in plans {
            for alternative in plan.alternatives where !names.contains(alternative.hostType) {
                names.append(alternative.hostType)
            }
        }
        return [.heading("host types alone (▸ each plan's choice), cheapest for \(state.selectedPlan.rawValue):")]
            + names.map { .hostType($0) }
    }

    static func render(_ state: DashboardState, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        let area = area(layout)
        let lines = lines(state)
        let rows = visibleRows(layout)
        let offset = min(state.whatIf.scroll.offset, max(0, lines.count - rows))
        let title = self.title(state, indicator: ScrollPosition.indicator(offset: offset, rows: rows, count: lines.count))
        let inner = Frame(title: title, focused: state.focus == .plans).boxOrHeading(
            wide: layout.isWide, into: &buffer, area: area, glyphs: glyphs)
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
            case .heading(let text): buffer.put(text, x: inner.x, y: y, style: Style(.heading, bold: true), limit: inner.width)
            case .hostType(let name): hostTypeRow(state, name, columns: columns, y: y, into: &buffer, glyphs: glyphs)
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

    /// One catalog type's row: per plan, its hosts and cost on that type alone (`▸` marks the type
    /// the plan chose; `✗ does not fit` when a workload is larger than an empty host of the type).
    private static func hostTypeRow(
        _ state: DashboardState, _ name: String, columns: [Rect], y: Int, into buffer: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let stale = !state.plansAreCurrent || state.plansAreStale
        buffer.put(
            TextFit.pad(name, columns[0].width, ellipsis: glyphs.ellipsis), x: columns[0].x, y: y,
            style: stale ? Style(.muted) : Style(.heading))
        for (column, model) in PlanModel.allCases.enumerated() {
            guard let plan = state.currentPlans?.first(where: { $0.model == model }),
                let alternative = plan.alternatives.first(where: { $0.hostType == name })
            else { continue }
            let chosen = plan.hostType == name
            let rect = columns[column + 1]
            buffer.put(
                TextFit.pad(
                    cell(alternative, chosen: chosen, currency: state.scenario.currency, glyphs: glyphs), rect.width,
                    ellipsis: glyphs.ellipsis),
                x: rect.x, y: y, style: stale ? Style(.muted) : Style(.normal, bold: chosen), limit: rect.width)
        }
    }

    /// `▸5 · $1,402/mo` for the chosen type, ` 7 · $1,690/mo` for another, `✗ does not fit`.
    public static func cell(_ alternative: HostTypeAlternative, chosen: Bool, currency: String, glyphs: Glyphs) -> String {
        guard let cost = alternative.costPerMonth, alternative.unfitReason == nil else { return "✗ does not fit" }
        return (chosen ? glyphs.pointer : " ")
            + "\(Readable.count(alternative.hosts)) · \(Money.perMonth(cost, currency: currency))"
    }

    /// `4 · $2,248/mo`; a faas cost without traffic reads `n/a: no traffic`.
    public static func cell(_ figures: WhatIfFigures, currency: String) -> String {
        "\(Readable.count(figures.hosts)) · \(PlanCharts.costText(figures.cost, wide: false, currency: currency))"
    }
}
