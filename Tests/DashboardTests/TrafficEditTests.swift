import Dashboard
import PlannerCore
import TestSupport
import Testing

/// The traffic edits of the workloads pane: the day's shape (`p`), scaling all of the traffic
/// (`(` `)`), the burstiness, concurrency-per-replica and function-memory cells, the cells that
/// read an hourly profile's average and peak, and the 24-hour chart's toggle; then the new
/// parameters (host billing, autoscaling) in the parameter pane.
@Suite struct TrafficEditTests {
    private func index(of name: String, in state: DashboardState) -> Int {
        state.scenario.workloads.firstIndex { $0.name == name }!
    }

    /// Types `text` into the cell of `column` on `row` (from an empty field) and presses Enter.
    private func type(_ text: String, column: WorkloadColumn, row: Int, _ state: inout DashboardState) {
        state.workloadRow = row
        state.workloadColumn = column
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in text { _ = reduce(&state, .insert(String(character))) }
        _ = reduce(&state, .confirm)
    }

    /// frontend: 900 req/s on average, peak 2,400. `p` makes it flat at 900 every hour, `p` again
    /// business hours (900 × 0.2 = 180 at 03, 900 × 1.95 = 1,755 at 10), then evening peak, nightly
    /// batch and flat again; every step is one undoable edit that asks for a plan.
    @Test func pCyclesTheShapeAtTheSameDailyAverage() throws {
        var state = Fixture.state()
        let row = index(of: "frontend", in: state)
        state.workloadRow = row
        let before = state.scenario
        let effects = reduce(&state, .cycleTrafficShape)
        #expect(effects == [.plan(state.scenario, revision: 1)])
        var w = state.scenario.workloads[row]
        #expect(w.hourlyRequestsPerSecond == Array(repeating: 900, count: 24))
        #expect(w.requestsPerSecond == nil && w.peakRequestsPerSecond == nil)
        #expect(state.status?.text == "frontend: flat, 900 req/s on average, peak 900 req/s (p: next shape, u undoes)")

        _ = reduce(&state, .cycleTrafficShape)
        w = state.scenario.workloads[row]
        let hourly = try #require(w.hourlyRequestsPerSecond)
        #expect(hourly[3] == 180 && hourly[10] == 1755)
        #expect(abs(hourly.reduce(0, +) / 24 - 900) < 1e-6)
        #expect(WorkloadColumn.requestsPerSecond.display(w) == "~900")
        #expect(WorkloadColumn.peakRequestsPerSecond.display(w) == "~1.75k")
        // 0.2 and 0.3 of 1.95 are one eighth, 0.6 and 0.5 two, 0.8 three.
        let spark = String(repeating: "▁", count: 7) + "▂" + String(repeating: "█", count: 10) + "▃▂▁▁▁▁"
        #expect(WorkloadColumn.hourlyProfile.display(w) == spark)

        _ = reduce(&state, .cycleTrafficShape, .cycleTrafficShape)
        #expect(state.scenario.workloads[row].hourlyRequestsPerSecond.flatMap(TrafficShape.matching) == .nightlyBatch)
        _ = reduce(&state, .cycleTrafficShape)
        #expect(state.scenario.workloads[row].hourlyRequestsPerSecond == Array(repeating: 900, count: 24))
        #expect(state.history.undo.count == 5)
        _ = reduce(&state, .undo, .undo, .undo, .undo, .undo)
        #expect(state.scenario == before)
    }

    @Test func aWorkloadWithoutTrafficCannotBeShapedOrScaled() {
        var state = Fixture.state()
        state.workloadRow = index(of: "frontend-envoy", in: state)
        let before = state
        #expect(reduce(&state, .cycleTrafficShape).isEmpty)
        #expect(state.scenario == before.scenario && state.revision == before.revision)
        #expect(state.status?.text == "not applied: frontend-envoy has no traffic to shape: give req/s first")
        #expect(reduce(&state, .scaleTraffic(1)).isEmpty)
        #expect(state.status?.text == "not applied: frontend-envoy has no traffic to scale: give req/s first")
    }

    /// `)`: 900 → 1,125 and 2,400 → 3,000; `(` brings them back. With a profile every hour scales
    /// (1,755 → 2,193.75) and the shape stays.
    @Test func parenthesesScaleAllTheTraffic() throws {
        var state = Fixture.state()
        let row = index(of: "frontend", in: state)
        state.workloadRow = row
        _ = reduce(&state, .scaleTraffic(1))
        #expect(state.scenario.workloads[row].requestsPerSecond == 1125)
        #expect(state.scenario.workloads[row].peakRequestsPerSecond == 3000)
        #expect(state.status?.text == "×1.25: frontend: 1.12k req/s on average, peak 3k req/s")
        _ = reduce(&state, .scaleTraffic(-1))
        #expect(state.scenario == Fixture.defaultScenario())

        _ = reduce(&state, .cycleTrafficShape, .cycleTrafficShape, .scaleTraffic(1))
        let hourly = try #require(state.scenario.workloads[row].hourlyRequestsPerSecond)
        #expect(hourly[10] == 2193.75 && hourly[3] == 225)
        #expect(TrafficShape.matching(hourly) == .businessHours)
        // + and - on the day column scale too.
        state.workloadColumn = .hourlyProfile
        _ = reduce(&state, .step(-1))
        #expect(state.scenario.workloads[row].hourlyRequestsPerSecond?[10] == 1755)
        #expect(state.status?.text == "÷1.25: frontend: business hours, 900 req/s on average, peak 1.75k req/s")
    }

    /// An hourly workload's req/s and peak/s cells read the profile (marked ~) and typing into
    /// them scales it; `-` in peak/s goes back to one rate all day at the average.
    @Test func averageAndPeakCellsScaleAProfile() throws {
        var state = Fixture.state()
        let row = index(of: "frontend", in: state)
        state.workloadRow = row
        _ = reduce(&state, .cycleTrafficShape, .cycleTrafficShape)
        type("450", column: .requestsPerSecond, row: row, &state)
        var hourly = try #require(state.scenario.workloads[row].hourlyRequestsPerSecond)
        #expect(abs(hourly.reduce(0, +) / 24 - 450) < 1e-6 && hourly[10] == 877.5)
        type("1755", column: .peakRequestsPerSecond, row: row, &state)
        hourly = try #require(state.scenario.workloads[row].hourlyRequestsPerSecond)
        #expect(hourly.max() == 1755 && hourly[3] == 180)
        type("-", column: .peakRequestsPerSecond, row: row, &state)
        let w = state.scenario.workloads[row]
        #expect(w.hourlyRequestsPerSecond == nil && w.requestsPerSecond == 900 && w.peakRequestsPerSecond == nil)
    }

    /// The day column takes a shape's name, 24 rates or `-`; anything else is refused with why.
    @Test func theDayColumnTakesAShapeOrTwentyFourRates() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        type("evening peak", column: .hourlyProfile, row: row, &state)
        #expect(state.scenario.workloads[row].hourlyRequestsPerSecond.flatMap(TrafficShape.matching) == .eveningPeak)
        let rates = (0..<24).map { String($0 + 1) }.joined(separator: ", ")
        type(rates, column: .hourlyProfile, row: row, &state)
        #expect(state.scenario.workloads[row].hourlyRequestsPerSecond == (1...24).map(Double.init))
        type("-", column: .hourlyProfile, row: row, &state)
        #expect(state.scenario.workloads[row].hourlyRequestsPerSecond == nil)
        #expect(state.scenario.workloads[row].requestsPerSecond == 12.5)  // the average of 1 to 24
        type("1 2 3", column: .hourlyProfile, row: row, &state)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.contains("type 24 rates (hour 0 to 23)") == true)
        _ = reduce(&state, .cancel)
        #expect(state.scenario.workloads[row].requestsPerSecond == 12.5)
    }

    /// Burstiness (default 1), concurrency per replica and function memory (defaults derived,
    /// shown with ~): typed, stepped, and cleared back to their defaults.
    @Test func burstinessConcurrencyAndFunctionMemoryEditInPlace() {
        var state = Fixture.state()
        let row = index(of: "frontend", in: state)
        let w = state.scenario.workloads[row]
        // 2,400 req/s × 0.06 s = 144 in progress on average, 173 at p99 (scipy poisson.ppf(0.99, 144)),
        // ÷ 6 replicas = 28.83 requests per replica.
        #expect(WorkloadColumn.concurrencyPerReplica.display(w) == "~28.8")
        #expect(WorkloadColumn.functionMemory.display(w) == "~256 MiB")
        #expect(WorkloadColumn.burstiness.display(w) == "1")

        type("2.5", column: .burstiness, row: row, &state)
        #expect(state.scenario.workloads[row].burstiness == 2.5)
        _ = reduce(&state, .step(1))
        #expect(state.scenario.workloads[row].burstiness == 3)
        type("-", column: .burstiness, row: row, &state)
        #expect(state.scenario.workloads[row].burstiness == 1)
        type("20", column: .burstiness, row: row, &state)
        #expect(state.status?.kind == .error)  // the range is 0.1 to 10
        _ = reduce(&state, .cancel)

        state.workloadColumn = .concurrencyPerReplica
        _ = reduce(&state, .step(1))
        let stepped = state.scenario.workloads[row].concurrencyPerReplica ?? 0
        #expect(abs(stepped - (173.0 / 6 + 5)) < 1e-5)  // from the derived 28.83, by 5 (six decimals kept)
        type("auto", column: .concurrencyPerReplica, row: row, &state)
        #expect(state.scenario.workloads[row].concurrencyPerReplica == nil)

        type("1G", column: .functionMemory, row: row, &state)
        #expect(state.scenario.workloads[row].functionMemoryMiB == 1024)
        #expect(WorkloadColumn.functionMemory.display(state.scenario.workloads[row]) == "1 GiB")
        type("", column: .functionMemory, row: row, &state)
        #expect(state.scenario.workloads[row].functionMemoryMiB == nil)
        #expect(state.scenario == Fixture.defaultScenario())
    }

    /// `T` opens the chart in place of the charts; `W` replaces it with the what-if pane and `T`
    /// takes the place back; neither edits the scenario.
    @Test func tTogglesTheChartAndTheWhatIfPaneTakesItsPlace() {
        var state = Fixture.state()
        #expect(reduce(&state, .toggleDayChart).isEmpty)
        #expect(state.showsDayChart && !state.whatIf.isOpen)
        _ = reduce(&state, .toggleWhatIf)
        #expect(state.whatIf.isOpen && !state.showsDayChart)
        _ = reduce(&state, .toggleDayChart)
        #expect(state.showsDayChart && !state.whatIf.isOpen)
        _ = reduce(&state, .toggleDayChart)
        #expect(!state.showsDayChart)
        #expect(state.status?.text == "24-hour chart closed")
        #expect(state.revision == 0 && !state.isModified)
    }

    @Test func theKeysReachTheActions() {
        var state = Fixture.state()
        #expect(KeyMap.action(for: .character("p"), in: state) == .cycleTrafficShape)
        #expect(KeyMap.action(for: .character(")"), in: state) == .scaleTraffic(1))
        #expect(KeyMap.action(for: .character("("), in: state) == .scaleTraffic(-1))
        #expect(KeyMap.action(for: .character("T"), in: state) == .toggleDayChart)
        state.focus = .plans
        #expect(KeyMap.action(for: .character("T"), in: state) == .toggleDayChart)
        #expect(KeyMap.action(for: .character("p"), in: state) == nil)
    }

    /// The new parameters are rows of the parameter pane: host billing cycles, autoscale toggles,
    /// min replicas and the provider's limits step.
    @Test func billingAutoscaleAndProviderLimitsAreParameters() {
        var state = Fixture.state()
        _ = reduce(&state, .nextPane)
        state.parameter = .named("host.billing")
        _ = reduce(&state, .beginEdit)
        #expect(state.scenario.host.billing == .hourly)
        _ = reduce(&state, .step(1))
        #expect(state.scenario.host.billing == .monthly)
        state.parameter = .named("container.autoscale")
        _ = reduce(&state, .beginEdit)
        #expect(state.scenario.container.autoscale)
        state.parameter = .named("container.minReplicas")
        _ = reduce(&state, .step(1))
        #expect(state.scenario.container.minReplicas == 2)
        state.parameter = .named("faas.minMemoryMiB")
        _ = reduce(&state, .step(1))
        #expect(state.scenario.faas.minMemoryMiB > 128)
        for path in ["faas.maxMemoryMiB", "faas.mibPerVcpu", "faas.selfHostedConcurrency", "faas.concurrencyPercentile"] {
            #expect(Parameter.allCases.contains(.named(path)), "\(path)")
        }
    }
}
