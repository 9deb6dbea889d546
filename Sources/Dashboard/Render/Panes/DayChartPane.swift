import PlannerCore

/// The 24-hour chart (`T`), in place of the charts and the plan detail: for each plan, the hosts
/// and the cost of every hour of the day (`Plan.byHour`, hour 0 to 23), the month's and the day's
/// cost, how the hosts are billed (`host.billing`) and, for plans with functions, the cold starts
/// of each hour. Each quantity has one scale for all four plans, from 0, so the bars compare across
/// plans. Compact: a one-line sparkline per quantity (one character per hour); wide: bars several
/// rows high, two columns per hour where the width allows.
public enum DayChartPane {
    /// Where the chart goes: from the charts down to the warnings (as the what-if pane).
    static func area(_ layout: ScreenLayout) -> Rect { WhatIfPane.area(layout) }

    static func render(_ state: DashboardState, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        let area = area(layout)
        let title = self.title(state)
        let inner = Frame(title: title, focused: state.focus == .plans).boxOrHeading(
            wide: layout.isWide, into: &buffer, area: area, glyphs: glyphs)
        guard let plans = state.currentPlans, !plans.isEmpty else {
            let message = state.results.failure.map { "cannot plan: \($0.error.description)" } ?? "planning…"
            buffer.put(message, x: inner.x + 1, y: inner.y, style: Style(.muted), limit: inner.width - 2)
            return
        }
        let chart = DayChart(plans: plans, state: state, glyphs: glyphs)
        if layout.isWide {
            chart.renderWide(into: &buffer, area: inner)
        } else {
            chart.renderCompact(into: &buffer, area: inner)
        }
    }

    /// `24 hours · hosts and cost per hour, USD · T closes` (`STALE · ` when the scenario shown
    /// cannot be planned, `planning… · ` while its plans are under way).
    static func title(_ state: DashboardState) -> String {
        let progress = state.plansAreStale ? "STALE · " : state.plansAreCurrent ? "" : "planning… · "
        return "24 hours · hosts and cost per hour, \(state.scenario.currency) · \(progress)T closes"
    }

    /// `hosts 3–5` (one figure when every hour needs the same), `hosts 2 + functions` when the
    /// provider bills functions beside the hosts, `functions only` without hosts.
    public static func hostsText(_ plan: Plan) -> String {
        let hosts = plan.byHour.map(\.hosts)
        let count: String
        if let low = hosts.min(), let high = hosts.max(), low != high {
            count = "hosts \(Readable.count(low))–\(Readable.count(high))"
        } else {
            count = "hosts \(Readable.count(hosts.first ?? plan.hosts))"
        }
        switch plan.cost.basis {
        case "hosts": return count
        case "functions": return "functions only"
        default: return count + " + functions"
        }
    }

    /// How hosts are paid for over the day (`host.billing`, the same for every plan): each hour
    /// for the hosts it needs, or the peak hour's hosts every hour of the month.
    public static func billingText(_ billing: HostBilling) -> String {
        billing == .hourly ? "hourly billing: each hour's hosts" : "monthly billing: peak hosts all month"
    }

    /// `$2,248/mo · $73.90/day`: the month as the plan bills it, the day as the sum of its hours
    /// (`+n/a` when functions without traffic are left out).
    public static func costText(_ plan: Plan, currency: String) -> String {
        let month = PlanCharts.costText(plan, wide: false, currency: currency)
        let day = plan.byHour.reduce(0) { $0 + $1.cost }
        return "\(month) · \(Money.amount(day, currency: currency))/day" + (plan.cost.note == nil ? "" : "+n/a")
    }

    /// `1.2k cold starts/day` for plans with functions; nil for the others.
    public static func coldStartText(_ plan: Plan) -> String? {
        let hours = plan.byHour.compactMap(\.coldStarts)
        guard !hours.isEmpty else { return nil }
        return "\(Readable.quantity(hours.reduce(0, +).rounded(toPlaces: 1))) cold starts/day"
    }

    /// Hour labels 0, 6, 12, 18 and 23 under (or over) `hourWidth` columns per hour.
    public static func axis(hourWidth: Int) -> String {
        var cells = Array(repeating: " ", count: TrafficProfile.hoursPerDay * hourWidth)
        for hour in [0, 6, 12, 18, 23] {
            let label = Array(String(hour)).map(String.init)
            let start = hour == 23 ? cells.count - label.count : hour * hourWidth
            for (offset, character) in label.enumerated() where start + offset < cells.count {
                cells[start + offset] = character
            }
        }
        return cells.joined()
    }
}

/// The figures of one drawing of the chart: the plans, the scale of each quantity (the largest
/// hour of any plan) and how to draw.
struct DayChart {
    let plans: [Plan]
    let state: DashboardState
    let glyphs: Glyphs
    let hostScale: Double
    let costScale: Double
    let coldStartScale: Double

    init(plans: [Plan], state: DashboardState, glyphs: Glyphs) {
        self.plans = plans
        self.state = state
        self.glyphs = glyphs
        let hours = plans.flatMap(\.byHour)
        hostScale = Double(hours.map(\.hosts).max() ?? 0)
        costScale = hours.map(\.cost).max() ?? 0
        coldStartScale = hours.compactMap(\.coldStarts).max() ?? 0
    }

    var currency: String { state.scenario.currency }
    var billing: String { DayChartPane.billingText(plans.first?.cost.billing ?? state.scenario.host.billing) }
    var labelWidth: Int { 11 }

    func style(_ plan: Plan) -> Style { PlanStyle.style(plan.model, stale: state.plansAreStale) }

    func label(_ plan: Plan) -> String {
        TextFit.pad(PlanStyle.label(plan.model, selected: plan.model == state.selectedPlan, glyphs: glyphs), labelWidth - 1)
    }

    // MARK: - Compact: two lines per plan, a sparkline each

    /// Heading with the hour axis and how hosts are billed, then per plan: its hosts by hour and
    /// their range; its cost by hour, the month and the day (and the cold starts of a plan with
    /// functions).
    func renderCompact(into buffer: inout ScreenBuffer, area: Rect) {
        let sparkX = area.x + labelWidth
        let textX = sparkX + TrafficProfile.hoursPerDay + 1
        let textWidth = area.maxX - textX
        let heading = Style(.heading, bold: true, underline: true)
        buffer.put("plan", x: area.x + 1, y: area.y, style: heading)
        buffer.put(DayChartPane.axis(hourWidth: 1), x: sparkX, y: area.y, style: Style(.muted))
        buffer.put(billing, x: textX, y: area.y, style: Style(.heading, bold: true), limit: textWidth)
        for (index, plan) in plans.enumerated() {
            let y = area.y + 1 + index * 2
            guard y + 1 < area.maxY else { break }
            buffer.put(label(plan), x: area.x, y: y, style: style(plan))
            guard plan.byHour.count == TrafficProfile.hoursPerDay else {
                buffer.put("no hourly figures", x: sparkX, y: y, style: Style(.muted), limit: area.maxX - sparkX)
                continue
            }
            let hosts = Sparkline.text(plan.byHour.map { Double($0.hosts) }, scale: hostScale, glyphs: glyphs)
            let cost = Sparkline.text(plan.byHour.map(\.cost), scale: costScale, glyphs: glyphs)
            buffer.put(hosts, x: sparkX, y: y, style: style(plan))
            buffer.put(cost, x: sparkX, y: y + 1, style: style(plan))
            let first =
                DayChartPane.hostsText(plan) + " · peak " + Money.amount(plan.byHour.map(\.cost).max() ?? 0, currency: currency)
                + "/h"
            let second = [DayChartPane.costText(plan, currency: currency), DayChartPane.coldStartText(plan)]
                .compactMap { $0 }.joined(separator: " · ")
            buffer.put(
                TextFit.fit(first, textWidth, ellipsis: glyphs.ellipsis), x: textX, y: y, style: Style(.normal), limit: textWidth)
            buffer.put(
                TextFit.fit(second, textWidth, ellipsis: glyphs.ellipsis), x: textX, y: y + 1, style: Style(.normal),
                limit: textWidth)
        }
    }

    // MARK: - Wide: bar charts of hosts and cost side by side, figures beside them

    /// Columns: plan, hosts by hour, cost by hour, figures; one block of rows per plan, the hour
    /// axis under the charts.
    func renderWide(into buffer: inout ScreenBuffer, area: Rect) {
        let hourWidth = area.width >= labelWidth + 2 * (48 + 2) + 40 ? 2 : 1
        let chartWidth = TrafficProfile.hoursPerDay * hourWidth
        let hostsX = area.x + labelWidth
        let costX = hostsX + chartWidth + 2
        let textX = costX + chartWidth + 2
        let textWidth = area.maxX - textX
        let block = max(1, (area.height - 2) / plans.count)
        let barRows = block >= 3 ? block - 1 : block
        let heading = Style(.heading, bold: true, underline: true)
        buffer.put("plan", x: area.x + 1, y: area.y, style: heading)
        buffer.put(
            TextFit.fit("hosts per hour (0–\(Readable.count(Int(hostScale))))", chartWidth, ellipsis: glyphs.ellipsis),
            x: hostsX, y: area.y, style: heading)
        buffer.put(
            TextFit.fit(
                "cost per hour (0–\(Money.amount(costScale, currency: currency)))", chartWidth, ellipsis: glyphs.ellipsis),
            x: costX, y: area.y, style: heading)
        buffer.put(billing, x: textX, y: area.y, style: heading, limit: textWidth)
        for (index, plan) in plans.enumerated() {
            let y = area.y + 1 + index * block
            guard y + barRows <= area.maxY - 1 else { break }
            buffer.put(label(plan), x: area.x, y: y, style: style(plan))
            guard plan.byHour.count == TrafficProfile.hoursPerDay else {
                buffer.put("no hourly figures", x: hostsX, y: y, style: Style(.muted), limit: area.maxX - hostsX)
                continue
            }
            let rows = Rect(x: hostsX, y: y, width: chartWidth, height: barRows)
            bars(plan.byHour.map { Double($0.hosts) }, scale: hostScale, area: rows, hourWidth: hourWidth, plan, &buffer)
            let costRows = Rect(x: costX, y: y, width: chartWidth, height: barRows)
            bars(plan.byHour.map(\.cost), scale: costScale, area: costRows, hourWidth: hourWidth, plan, &buffer)
            let lines = figureLines(plan, width: textWidth)
            for (offset, line) in lines.prefix(block).enumerated() {
                buffer.put(line, x: textX, y: y + offset, style: Style(offset == 0 ? .normal : .muted), limit: textWidth)
            }
        }
        let axisY = min(area.y + 1 + plans.count * block, area.maxY - 1)
        buffer.put(DayChartPane.axis(hourWidth: hourWidth), x: hostsX, y: axisY, style: Style(.muted))
        buffer.put(DayChartPane.axis(hourWidth: hourWidth), x: costX, y: axisY, style: Style(.muted))
    }

    /// The figures beside a plan's bars: cost, hosts and instances, the dearest hour, and the cold
    /// starts by hour of a plan with functions.
    func figureLines(_ plan: Plan, width: Int) -> [String] {
        let hours = plan.byHour
        var lines = [
            DayChartPane.costText(plan, currency: currency),
            DayChartPane.hostsText(plan) + " · " + Readable.count(hours.map(\.instances).max() ?? 0) + " instances at peak",
            hourRange(hours.map(\.cost)),
        ]
        if let coldStarts = DayChartPane.coldStartText(plan) {
            let spark = Sparkline.text(plan.byHour.map { $0.coldStarts ?? 0 }, scale: coldStartScale, glyphs: glyphs)
            lines.append(spark + " " + coldStarts)
        }
        return lines.map { TextFit.fit($0, width, ellipsis: glyphs.ellipsis) }
    }

    /// `$3.08 to $5.39 an hour`, or `$3.08 every hour`.
    func hourRange(_ costs: [Double]) -> String {
        let low = Money.amount(costs.min() ?? 0, currency: currency)
        let high = Money.amount(costs.max() ?? 0, currency: currency)
        return low == high ? "\(low) every hour" : "\(low) to \(high) an hour"
    }

    /// Vertical bars, one per hour `hourWidth` columns wide, `area.height` rows high, from 0 to
    /// `scale`; a figure above zero always shows.
    func bars(
        _ values: [Double], scale: Double, area: Rect, hourWidth: Int, _ plan: Plan, _ buffer: inout ScreenBuffer
    ) {
        for (hour, value) in values.enumerated() {
            let eighths =
                value > 0 && scale > 0 ? max(1, Int((value / scale * Double(area.height * 8)).rounded())) : 0
            for level in 0..<area.height {
                let part = min(8, max(0, eighths - level * 8))
                let cell = String(repeating: glyphs.vertical[part], count: hourWidth)
                buffer.put(cell, x: area.x + hour * hourWidth, y: area.maxY - 1 - level, style: style(plan))
            }
        }
    }
}
