import PlannerCore

/// The selected plan up close: the host fill strip and the rollout timeline.
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
        strip(for: plan, stale: state.plansAreStale).render(into: &buffer, area: layout.hostFill, glyphs: glyphs)
        timeline(for: plan).render(into: &buffer, area: layout.timeline, glyphs: glyphs)
    }

    static func renderWide(
        _ state: DashboardState, plan: Plan, layout: ScreenLayout, into buffer: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let fill = Frame(title: stripTitle(plan, stale: state.plansAreStale) + " · Enter in Plans: hosts").render(
            into: &buffer, area: layout.hostFill, glyphs: glyphs)
        strip(for: plan, stale: state.plansAreStale).render(into: &buffer, area: fill, glyphs: glyphs)
        let time = Frame(title: timelineTitle(plan)).render(into: &buffer, area: layout.timeline, glyphs: glyphs)
        timeline(for: plan).render(into: &buffer, area: time, glyphs: glyphs)
    }
}
