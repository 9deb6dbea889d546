import PlannerCore

/// The selected plan up close: the host fill strip, the rollout timeline and what the plan
/// survives.
enum PlanDetail {
    static func strip(for plan: Plan, stale: Bool = false) -> HostFillStrip {
        let hosts = plan.placements.map { placement in
            HostFillStrip.Host(
                cpu: plan.hostCapacity.cpuCores > 0 ? placement.cpuCores / plan.hostCapacity.cpuCores : 0,
                memory: plan.hostCapacity.memoryMiB > 0 ? placement.memoryMiB / plan.hostCapacity.memoryMiB : 0)
        }
        return HostFillStrip(hosts: hosts, spares: plan.failoverHosts, style: PlanStyle.style(plan.model, stale: stale))
    }

    static func timeline(for plan: Plan) -> Timeline {
        Timeline(
            points: plan.boot.timeline.map { Timeline.Point(seconds: $0.seconds, ready: $0.instancesReady) },
            style: PlanStyle.style(plan.model))
    }

    /// The strip's title: whose hosts, and against what the fill is measured.
    static func stripTitle(_ plan: Plan, stale: Bool = false, short: Bool = false) -> String {
        let mark = stale ? "STALE · " : ""
        if PlanReading.hostsAreProviders(plan) {
            let owner = "provider's hosts, \(plan.cost.billedHosts) billed"
            return mark + (short ? "faas: \(owner)" : "faas plan (\(owner)) · fill of planned capacity")
        }
        return mark + "\(plan.model.rawValue) plan · fill of planned capacity"
    }

    static func timelineTitle(_ plan: Plan) -> String {
        "rollout: \(Readable.count(plan.instances)) ready in \(Readable.seconds(plan.boot.readySeconds))"
    }

    /// What the plan survives (`Availability.survives`), and whether it is a warning: the failover
    /// policy does not hold, or losing one host takes a workload down (every replica on it).
    static func availability(_ plan: Plan) -> (text: String, warns: Bool) {
        let availability = plan.availability
        let down = !(availability.worstHostLoss?.workloadsDown.isEmpty ?? true)
        return (availability.survives, !availability.holds || down)
    }

    /// The availability line in `area`'s first row: after `⚠` in the warning colour when it warns,
    /// plain otherwise, muted when the plans are stale.
    static func renderAvailability(_ plan: Plan, stale: Bool, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let (text, warns) = availability(plan)
        let line = (warns ? glyphs.warning + " " : "") + text
        let style = stale ? Style(.muted) : warns ? Style(.warning, bold: true) : Style()
        buffer.put(
            TextFit.fit(line, area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, style: style, limit: area.width)
    }

    /// `area` without its last row (which the availability line takes) when it has rows to spare.
    static func aboveAvailability(_ area: Rect) -> Rect {
        area.height >= 3 ? Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1) : area
    }

    /// The compact detail: the title rule, the strip and the timeline side by side, and the
    /// availability line across both at the bottom.
    static func renderCompact(
        _ state: DashboardState, plan: Plan, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let rule = layout.detailRule
        buffer.put(String(repeating: glyphs.horizontalLine, count: rule.width), x: rule.x, y: rule.y, style: Style(.muted))
        buffer.put(
            " \(stripTitle(plan, stale: state.plansAreStale, short: true)) ", x: rule.x + 1, y: rule.y,
            style: Style(.title, bold: true), limit: layout.hostFill.width - 1)
        buffer.put(
            " \(timelineTitle(plan)) ", x: layout.timeline.x, y: rule.y, style: Style(.title, bold: true),
            limit: layout.timeline.width)
        let fill = aboveAvailability(layout.hostFill)
        strip(for: plan, stale: state.plansAreStale).render(into: &buffer, area: fill, glyphs: glyphs)
        timeline(for: plan).render(into: &buffer, area: aboveAvailability(layout.timeline), glyphs: glyphs)
        if fill.height < layout.hostFill.height {
            let line = Rect(x: layout.hostFill.x, y: fill.maxY, width: layout.timeline.maxX - layout.hostFill.x, height: 1)
            renderAvailability(plan, stale: state.plansAreStale, into: &buffer, area: line, glyphs: glyphs)
        }
    }

    static func renderWide(
        _ state: DashboardState, plan: Plan, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let fill = Frame(title: stripTitle(plan, stale: state.plansAreStale) + " · Enter in Plans: hosts").render(
            into: &buffer, area: layout.hostFill, glyphs: glyphs)
        let above = aboveAvailability(fill)
        strip(for: plan, stale: state.plansAreStale).render(into: &buffer, area: above, glyphs: glyphs)
        if above.height < fill.height {
            renderAvailability(plan, stale: state.plansAreStale, into: &buffer, area: fill.row(fill.height - 1), glyphs: glyphs)
        }
        let time = Frame(title: timelineTitle(plan)).render(into: &buffer, area: layout.timeline, glyphs: glyphs)
        timeline(for: plan).render(into: &buffer, area: time, glyphs: glyphs)
    }
}
