import Dashboard
import PlannerCore
import TestSupport
import Testing

/// The 24-hour chart (`T`) on canned plans: the online shop with every workload that has traffic
/// shaped to business hours, hosts billed by the hour and container replicas autoscaled. The four
/// busiest services serve 2 requests per replica at once (`conc/r`), so their replicas, and the
/// hosts and cost of the container and mixed plans, follow the day.
@Suite struct DayChartTests {
    /// The shop, reshaped through the reducer (`p` twice on each workload with traffic: flat, then
    /// business hours; `2` typed into conc/r of the busiest), with hourly billing and autoscaling
    /// set, planned, and the chart open.
    static func state(size: TerminalSize, unicode: Bool = true) -> DashboardState {
        var state = Fixture.state(size: size, unicode: unicode)
        state.scenario.host.billing = .hourly
        state.scenario.container.autoscale = true
        for row in state.scenario.workloads.indices where state.scenario.workloads[row].requestsPerSecond != nil {
            state.workloadRow = row
            _ = reduce(&state, .cycleTrafficShape, .cycleTrafficShape)
            if ["frontend", "cart", "catalog", "currency"].contains(state.scenario.workloads[row].name) {
                state.workloadColumn = .concurrencyPerReplica
                _ = reduce(&state, .beginEdit, .clearInput, .insert("2"), .confirm)
            }
        }
        state.workloadColumn = .name
        state.workloadRow = 0
        Fixture.planCurrent(&state)
        _ = reduce(&state, .toggleDayChart)
        return state
    }

    @Test func theCannedPlansVaryByHour() throws {
        let state = Self.state(size: TerminalSize(width: 80, height: 24))
        let plans = try #require(state.currentPlans)
        let frontend = state.scenario.workloads[0]
        #expect(frontend.hourlyRequestsPerSecond.flatMap(TrafficShape.matching) == .businessHours)
        #expect(frontend.concurrencyPerReplica == 2)
        for plan in plans {
            #expect(plan.byHour.count == 24, "\(plan.model)")
            #expect(plan.cost.billing == .hourly)
        }
        let container = try #require(plans.first { $0.model == .container })
        let hosts = container.byHour.map(\.hosts)
        #expect(hosts.min()! < hosts.max()!)  // night needs fewer hosts than office hours
        #expect(container.byHour[3].cost < container.byHour[10].cost)
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func chartSnapshots(size: TerminalSize) {
        let text = DashboardRenderer.render(Self.state(size: size)).text
        assertSnapshot(text, named: "day-chart-\(size.width)x\(size.height)")
        #expect(text.contains("24 hours · hosts and cost per hour, USD · T closes"))
        #expect(text.contains("hourly billing: each hour's hosts"))
        #expect(text.contains("hosts 4–6"))
        #expect(text.contains("cold starts/day"))
    }

    @Test func chartSnapshotInASCII() {
        let text = DashboardRenderer.render(Self.state(size: TerminalSize(width: 80, height: 24), unicode: false)).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        assertSnapshot(text, named: "day-chart-80x24-ascii")
    }

    /// Monthly billing: every hour costs the peak hour's hosts, as the chart's words say.
    @Test func monthlyBillingReadsAsThePeakAllMonth() throws {
        var state = Self.state(size: TerminalSize(width: 160, height: 48))
        state.scenario.host.billing = .monthly
        Fixture.planCurrent(&state)
        let container = try #require(state.currentPlans?.first { $0.model == .container })
        #expect(Set(container.byHour.map(\.cost)).count == 1)
        #expect(container.cost.billing == .monthly)
        #expect(DashboardRenderer.render(state).text.contains("monthly billing: peak hosts all month"))
    }

    @Test func axisLabelsSitOverTheirHours() {
        #expect(DayChartPane.axis(hourWidth: 1) == "0     6     12    18  23")
        let wide = DayChartPane.axis(hourWidth: 2)
        #expect(wide.count == 48)
        #expect(wide.hasPrefix("0           6           12") && wide.hasSuffix("23"))
    }

    @Test func sparklinesShareAScaleFromZero() {
        #expect(Sparkline.text([0, 1, 2, 4], scale: 4, glyphs: .unicode) == " ▂▄█")
        #expect(Sparkline.text([0.01, 4], glyphs: .unicode) == "▁█")  // above zero always shows
        #expect(Sparkline.text([0, 1, 2, 4], scale: 4, glyphs: .ascii) == " _-#")
    }
}
