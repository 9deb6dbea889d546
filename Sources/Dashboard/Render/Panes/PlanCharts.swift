import PlannerCore

/// The four plans compared, one chart per quantity: hosts (lower bound marked), memory (workload
/// against overhead), rollout transfer, ready time (log scale) and cost per month.
enum PlanCharts {
    enum Quantity: CaseIterable {
        case hosts, memory, transfer, ready, cost

        var title: String {
            switch self {
            case .hosts: return "hosts"
            case .memory: return "memory"
            case .transfer: return "rollout transfer"
            case .ready: return "ready (log)"
            case .cost: return "cost/month"
            }
        }
    }

    // MARK: - Compact: one table, a column per quantity

    static func renderCompact(_ state: DashboardState, plans: [Plan], into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs)
    {
        let labelWidth = 10
        // The cost column gets room for "n/a: no traffic"; the other four share the rest.
        let costWidth = 16
        let rest = Rect(
            x: area.x + labelWidth + 1, y: area.y, width: area.width - labelWidth - 2 - costWidth, height: area.height
        )
        .equalColumns(Quantity.allCases.count - 1, gap: 1)
        let columns = rest + [Rect(x: area.maxX - costWidth, y: area.y, width: costWidth, height: area.height)]
        buffer.put(
            state.plansAreStale ? "STALE" : "plan", x: area.x + 1, y: area.y,
            style: state.plansAreStale ? Style(.error, bold: true, reverse: true) : Style(.heading, bold: true, underline: true))
        let titles = [
            "hosts \(glyphs.marker)bound", "mem \(glyphs.horizontal[8])wl \(glyphs.shade)ovh", "rollout", "ready (log)",
            "cost \(state.scenario.currency)/mo",
        ]
        for (index, rect) in columns.enumerated() {
            buffer.put(
                TextFit.pad(titles[index], rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: rect.y,
                style: Style(.heading, bold: true, underline: true))
        }
        for (index, plan) in plans.enumerated() where index + 1 < area.height {
            buffer.put(
                TextFit.pad(PlanStyle.label(plan.model, selected: plan.model == state.selectedPlan, glyphs: glyphs), labelWidth),
                x: area.x, y: area.y + 1 + index, style: PlanStyle.style(plan.model, stale: state.plansAreStale))
        }
        for (index, quantity) in Quantity.allCases.enumerated() {
            let rect = Rect(x: columns[index].x, y: area.y + 1, width: columns[index].width, height: area.height - 1)
            // With a baseline the change follows the number: the bar gives way to it.
            let textWidth = min(
                state.baseline == nil ? (quantity == .cost ? 15 : quantity == .hosts ? 12 : 9) : columns[index].width - 1,
                plans.map { DisplayWidth.of(barText(quantity, $0, state: state, wide: false, glyphs: glyphs)) }
                    .max() ?? 8)
            draw(
                quantity, plans: plans, state: state, labelWidth: 0, textWidth: textWidth, wide: false, axis: false,
                into: &buffer, area: rect, glyphs: glyphs)
        }
    }

    // MARK: - Wide: one box per quantity plus a figures table

    static func renderWide(_ state: DashboardState, plans: [Plan], into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let rows = [
            Rect(x: area.x, y: area.y, width: area.width, height: 6),
            Rect(x: area.x, y: area.y + 6, width: area.width, height: 7),
        ]
        let top = rows[0].equalColumns(3)
        let bottom = rows[1].equalColumns(3)
        let boxes: [(Quantity, Rect, String)] = [
            (.hosts, top[0], "Hosts (\(glyphs.marker) lower bound incl. spares)"),
            (.memory, top[1], "Memory (\(glyphs.horizontal[8]) workloads \(glyphs.shade) overhead)"),
            (.transfer, top[2], "Rollout transfer (pulled, time)"),
            (.ready, bottom[0], "Ready time (log scale)"),
            (.cost, bottom[1], "Cost per month, \(state.scenario.currency) (what is billed beside it)"),
        ]
        let stale = state.plansAreStale ? "STALE · " : ""
        for (quantity, rect, title) in boxes {
            let inner = Frame(title: stale + title, focused: state.focus == .plans).render(
                into: &buffer, area: rect, glyphs: glyphs)
            let textWidth = min(
                quantity == .cost ? 28 : quantity == .hosts ? 24 : 22,
                plans.map { DisplayWidth.of(barText(quantity, $0, state: state, wide: true, glyphs: glyphs)) }
                    .max() ?? 16)
            draw(
                quantity, plans: plans, state: state, labelWidth: 10, textWidth: textWidth, wide: true,
                axis: false, into: &buffer, area: inner, glyphs: glyphs)
        }
        let inner = Frame(title: stale + "Figures (i explains)", focused: state.focus == .plans).render(
            into: &buffer, area: bottom[2], glyphs: glyphs)
        figures(state, plans: plans, into: &buffer, area: inner, glyphs: glyphs)
    }

    /// Instances, CPU use, memory overhead, start time per instance and update traffic per plan;
    /// the last columns are left out when the box is narrow.
    private static func figures(
        _ state: DashboardState, plans: [Plan], into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs
    ) {
        var columns = [
            Table.Column("plan", width: 10), Table.Column("inst", width: 6, .right), Table.Column("cpu/phys", width: 8, .right),
            Table.Column("mem ovh", width: 7, .right),
        ]
        if area.width >= 43 { columns.append(Table.Column("start", width: 7, .right)) }
        if area.width >= 53 { columns.append(Table.Column("upd/day", width: max(9, area.width - 44), .right)) }
        let table = Table(
            columns: columns,
            rows: plans.enumerated().map { index, plan in
                [
                    PlanStyle.label(plan.model, selected: plan.model == state.selectedPlan, glyphs: glyphs),
                    Readable.count(plan.instances),
                    Readable.percent(PlanReading.physicalCPU(plan, state.scenario).rounded(toPlaces: 3)),
                    Readable.percent(plan.memory.overheadFraction.rounded(toPlaces: 3)),
                    Readable.seconds(plan.boot.instanceSeconds), Readable.mib(plan.transfer.updateMiBPerDay),
                ]
            },
            focused: false, rowStyles: plans.map { PlanStyle.style($0.model, stale: state.plansAreStale) })
        table.render(into: &buffer, area: area, glyphs: glyphs)
    }

    // MARK: - One quantity

    private static func draw(
        _ quantity: Quantity, plans: [Plan], state: DashboardState, labelWidth: Int, textWidth: Int, wide: Bool, axis: Bool,
        into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs
    ) {
        func label(_ index: Int, _ plan: Plan) -> String {
            PlanStyle.label(plan.model, selected: plan.model == state.selectedPlan, glyphs: glyphs)
        }
        switch quantity {
        case .hosts:
            let rows = plans.enumerated().map { index, plan in
                let bound = plan.lowerBoundHosts + plan.failoverHosts
                return BarChart.Row(
                    label: label(index, plan), value: Double(plan.hosts),
                    text: barText(.hosts, plan, state: state, wide: wide, glyphs: glyphs),
                    style: PlanStyle.style(plan.model, stale: state.plansAreStale),
                    marker: Double(bound))
            }
            BarChart(rows: rows, labelWidth: labelWidth, textWidth: textWidth).render(into: &buffer, area: area, glyphs: glyphs)
        case .memory:
            let rows = plans.enumerated().map { index, plan in
                return StackedBarChart.Row(
                    label: label(index, plan),
                    segments: [
                        StackedBarChart.Segment(
                            value: plan.memory.workloadMiB, style: PlanStyle.style(plan.model, stale: state.plansAreStale)),
                        StackedBarChart.Segment(value: plan.memory.overheadMiB, style: Style(.overhead), shaded: true),
                    ],
                    text: barText(.memory, plan, state: state, wide: wide, glyphs: glyphs),
                    labelStyle: PlanStyle.style(plan.model, stale: state.plansAreStale))
            }
            StackedBarChart(rows: rows, labelWidth: labelWidth, textWidth: textWidth).render(
                into: &buffer, area: area, glyphs: glyphs)
        case .transfer:
            let rows = plans.enumerated().map { index, plan in
                BarChart.Row(
                    label: label(index, plan), value: plan.transfer.rolloutMiB,
                    text: barText(.transfer, plan, state: state, wide: wide, glyphs: glyphs),
                    style: PlanStyle.style(plan.model, stale: state.plansAreStale))
            }
            BarChart(rows: rows, labelWidth: labelWidth, textWidth: textWidth).render(into: &buffer, area: area, glyphs: glyphs)
        case .ready:
            let rows = plans.enumerated().map { index, plan in
                BarChart.Row(
                    label: label(index, plan), value: plan.boot.readySeconds,
                    text: barText(.ready, plan, state: state, wide: wide, glyphs: glyphs),
                    style: PlanStyle.style(plan.model, stale: state.plansAreStale))
            }
            LogBarChart(rows: rows, labelWidth: labelWidth, textWidth: textWidth, showAxis: wide)
                .render(into: &buffer, area: area, glyphs: glyphs)
        case .cost:
            let rows = plans.enumerated().map { index, plan in
                BarChart.Row(
                    label: label(index, plan), value: plan.cost.perMonth,
                    text: barText(.cost, plan, state: state, wide: wide, glyphs: glyphs),
                    style: PlanStyle.style(plan.model, stale: state.plansAreStale))
            }
            BarChart(rows: rows, labelWidth: labelWidth, textWidth: textWidth).render(into: &buffer, area: area, glyphs: glyphs)
        }
    }
}

extension PlanCharts {
    /// "2 ≥2" while it is short; large counts keep just the hosts (the tick still marks the bound).
    static func compactHosts(_ hosts: Int, bound: Int, glyphs: Glyphs) -> String {
        let full = "\(Readable.count(hosts)) \(glyphs.atLeast)\(Readable.count(bound))"
        return DisplayWidth.of(full) <= 9 ? full : Readable.count(hosts)
    }

    /// The number beside a plan's bar for one quantity; costs in `currency`, per month.
    static func text(_ quantity: Quantity, _ plan: Plan, wide: Bool, glyphs: Glyphs, currency: String) -> String {
        switch quantity {
        case .hosts:
            let bound = plan.lowerBoundHosts + plan.failoverHosts
            if PlanReading.hostsAreProviders(plan) {
                // The faas plan's hosts are the provider's: say so beside the count, with what is billed.
                return wide
                    ? "\(Readable.count(plan.hosts)) provider's, \(Readable.count(plan.cost.billedHosts)) billed"
                    : "\(Readable.count(plan.hosts)), \(Readable.count(plan.cost.billedHosts)) billed"
            }
            return wide
                ? "\(Readable.count(plan.hosts)) (\(Readable.count(plan.failoverHosts)) spare, \(glyphs.atLeast)\(Readable.count(bound)))"
                : compactHosts(plan.hosts, bound: bound, glyphs: glyphs)
        case .memory:
            let total = plan.memory.workloadMiB + plan.memory.overheadMiB
            return wide
                ? "\(Readable.mib(total)) \(Readable.percent(plan.memory.overheadFraction.rounded(toPlaces: 3))) ovh"
                : Readable.mib(total)
        case .transfer:
            return wide
                ? "\(Readable.mib(plan.transfer.rolloutMiB)) in \(Readable.seconds(plan.transfer.rolloutSeconds))"
                : Readable.mib(plan.transfer.rolloutMiB)
        case .ready:
            return Readable.seconds(plan.boot.readySeconds)
        case .cost:
            return costText(plan, wide: wide, currency: currency)
        }
    }

    /// `$1,686/mo` with, in the wide layout, what is billed; a faas cost without traffic is
    /// `n/a: no traffic`, never 0.
    static func costText(_ plan: Plan, wide: Bool, currency: String) -> String {
        costText(plan.cost, wide: wide, currency: currency)
    }

    /// `costText` of a plan's cost figures alone (the what-if pane keeps no more of its plans).
    static func costText(_ cost: CostFigures, wide: Bool, currency: String) -> String {
        if cost.functionsUnpriced {
            if cost.hostsPerMonth == 0 { return "n/a: no traffic" }
            return wide
                ? Money.perMonth(cost.perMonth, currency: currency) + " + n/a: no traffic"
                : Money.amount(cost.perMonth, currency: currency) + "+n/a"
        }
        guard wide else {
            return cost.note == nil
                ? Money.perMonth(cost.perMonth, currency: currency) : Money.amount(cost.perMonth, currency: currency) + "+n/a"
        }
        let amount = Money.perMonth(cost.perMonth, currency: currency) + (cost.note == nil ? "" : "+n/a")
        switch cost.basis {
        case "hosts": return amount + " · \(Readable.count(cost.billedHosts)) hosts"
        case "functions": return amount + " · functions"
        default: return amount + " · fn+\(Readable.count(cost.billedHosts)) hosts"
        }
    }
}
