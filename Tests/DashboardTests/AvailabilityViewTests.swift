import Dashboard
import PlannerCore
import TestSupport
import Testing

/// Issue 16 in the dashboard: the spread column (shown, edited, cleared, refused), what the plan
/// survives under the host fill, replicas sharing a host in the drill-down, zones, and the
/// failover parameters.
@Suite struct AvailabilityViewTests {
    private func index(of name: String, in state: DashboardState) -> Int {
        state.scenario.workloads.firstIndex { $0.name == name }!
    }

    /// Types `text` into the spread cell of `name` (starting from an empty field) and presses Enter.
    @discardableResult
    private func editSpread(_ state: inout DashboardState, of name: String, to text: String) -> [Effect] {
        state.workloadRow = index(of: name, in: state)
        state.workloadColumn = .spread
        _ = reduce(&state, .beginEdit, .clearInput)
        for character in text { _ = reduce(&state, .insert(String(character))) }
        return reduce(&state, .confirm)
    }

    // MARK: The spread column

    @Test func theSpreadColumnShowsThePlacementSpreadAndAntiAffinity() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        var checkout = state.scenario.workloads[row]
        #expect(checkout.spread == nil && WorkloadColumn.spread.display(checkout) == "host~3")  // the default, 2+ replicas
        checkout.replicas = 1
        #expect(WorkloadColumn.spread.display(checkout) == "-")
        checkout.spread = Spread(topology: .zone, maxSkew: 2, required: false)
        checkout.antiAffinity = ["payment", "catalog"]
        #expect(WorkloadColumn.spread.display(checkout) == "zone~2≠2")
        #expect(WorkloadColumn.spread.editText(checkout) == "zone~2")
        state.workloadColumn = .spread
        #expect(DashboardRenderer.render(state).text.contains("spread"))
        // ASCII terminals get look-alikes.
        state.scenario.workloads[row] = checkout
        state.capabilities = Capabilities(unicode: false, colour: false)
        let ascii = DashboardRenderer.render(state).text
        #expect(ascii.unicodeScalars.allSatisfy(\.isASCII) && ascii.contains("zone~2!2"))
    }

    @Test func typingASpreadSetsItAndReplans() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        state.workloadRow = row
        state.workloadColumn = .spread
        _ = reduce(&state, .beginEdit)
        guard case .editing(let buffer) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(buffer.text == "auto")  // the default: no spread key in the file
        _ = reduce(&state, .cancel)
        let effects = editSpread(&state, of: "checkout", to: "host 2")
        #expect(state.mode == .normal)
        #expect(state.scenario.workloads[row].spread == Spread(topology: .host, maxSkew: 2, required: true))
        #expect(effects == [.plan(state.scenario, revision: 1)])
        #expect(state.status == .edit("checkout: spread host≤2"))
        #expect(state.history.undo.count == 1)
        // A bare topology is max skew 1, required; the table's own text reads back too.
        editSpread(&state, of: "checkout", to: "zone")
        #expect(state.scenario.workloads[row].spread == Spread(topology: .zone, maxSkew: 1, required: true))
        editSpread(&state, of: "checkout", to: "host≤3")
        #expect(state.scenario.workloads[row].spread == Spread(topology: .host, maxSkew: 3, required: true))
        editSpread(&state, of: "checkout", to: "none")
        #expect(state.scenario.workloads[row].spread == Spread(topology: .none))
        #expect(WorkloadColumn.spread.display(state.scenario.workloads[row]) == "-")
        #expect(state.revision == 4)
    }

    @Test func aSoftSpreadIsWrittenWithATilde() {
        var state = Fixture.state()
        let row = index(of: "catalog", in: state)
        editSpread(&state, of: "catalog", to: "HOST ~ 1")
        #expect(state.scenario.workloads[row].spread == Spread(topology: .host, maxSkew: 1, required: false))
        #expect(state.status == .edit("catalog: spread host~1"))
        _ = reduce(&state, .beginEdit)
        guard case .editing(let buffer) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(buffer.text == "host~1")
    }

    @Test func autoOrNothingClearsTheSpreadBackToTheDefault() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        editSpread(&state, of: "checkout", to: "zone 2")
        #expect(state.scenario.workloads[row].spread != nil)
        editSpread(&state, of: "checkout", to: "auto")
        #expect(state.scenario.workloads[row].spread == nil)
        #expect(state.scenario.workloads[row] == Fixture.defaultScenario().workloads[row])
        editSpread(&state, of: "checkout", to: "host~2")
        editSpread(&state, of: "checkout", to: "")
        #expect(state.scenario.workloads[row].spread == nil)
        // Clearing what is already clear changes nothing and plans nothing.
        #expect(editSpread(&state, of: "checkout", to: "auto").isEmpty)
        #expect(state.status == .edit("unchanged"))
    }

    @Test func aBadSpreadKeepsTheEditAndSaysWhy() {
        var state = Fixture.state()
        let row = index(of: "checkout", in: state)
        for (text, reason) in [
            ("sideways", "spread must be host, host 2, zone~1 (~: soft), none, or auto for the default (got \"sideways\")"),
            ("host 0", "spread's max skew must be a whole number from 1 to \(Limits.maximumInstances)"),
            ("zone x", "spread's max skew must be a whole number from 1 to \(Limits.maximumInstances)"),
            ("none 2", "spread none takes no max skew"),
        ] {
            #expect(editSpread(&state, of: "checkout", to: text).isEmpty, "\(text)")
            guard case .editing(let buffer) = state.mode else {
                Issue.record("left the edit on \(text)")
                return
            }
            #expect(buffer.text == text && buffer.problem == reason)
            #expect(state.status == .edit("not applied: \(reason)", kind: .error))
            #expect(state.scenario.workloads[row].spread == nil && state.revision == 0)
            _ = reduce(&state, .cancel)
        }
    }

    @Test func podMembersShareTheirSpread() {
        var state = Fixture.state()
        let frontend = index(of: "frontend", in: state)
        let envoy = index(of: "frontend-envoy", in: state)
        #expect(state.scenario.workloads[frontend].pod == state.scenario.workloads[envoy].pod)
        editSpread(&state, of: "frontend", to: "host 1")
        #expect(state.scenario.workloads[envoy].spread == Spread(topology: .host, maxSkew: 1, required: true))
        #expect(ScenarioValidator.errors(in: state.scenario).isEmpty)
    }

    @Test func theSpreadSortsAndIsExplained() {
        var state = Fixture.state()
        state.workloadColumn = .spread
        _ = reduce(&state, .explain)
        guard case .reading(let reading) = state.mode else {
            Issue.record("no explanation")
            return
        }
        #expect(reading.paragraphs.first?.hasPrefix("spread (spread): how the replicas spread") == true)
        #expect(reading.paragraphs.contains("  spread: host~3  (spread)"))
        _ = reduce(&state, .cancel, .reverseSort)
        #expect(state.view.sort == WorkloadSort(column: .spread, descending: true))
    }

    // MARK: What the plan survives

    /// The screen row that contains `text` (a line of single-width characters), and the style of
    /// the cell where `text` starts.
    private func line(containing text: String, in buffer: ScreenBuffer) -> (row: String, style: Style)? {
        let rows = buffer.text.components(separatedBy: "\n")
        guard let y = rows.firstIndex(where: { $0.contains(text) }), let start = rows[y].range(of: text) else { return nil }
        let x = rows[y].distance(from: rows[y].startIndex, to: start.lowerBound)
        return (rows[y], buffer.cells[y * buffer.width + x].style)
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func thePlanDetailSaysWhatThePlanSurvives(size: TerminalSize) throws {
        let state = Fixture.state(size: size)
        let plan = try #require(state.selectedPlanValue)
        #expect(plan.availability.holds && plan.availability.worstHostLoss?.workloadsDown == [])
        let survives = plan.availability.survives
        let screen = DashboardRenderer.render(state)
        let found = line(containing: survives, in: screen)
        let shown = try #require(found)
        #expect(!shown.row.contains("⚠ " + survives))
        #expect(shown.style == Style())
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func aHostLossThatTakesAWorkloadDownIsAWarning(size: TerminalSize) throws {
        var state = Fixture.state(size: size)
        state.scenario.workloads[index(of: "checkout", in: state)].replicas = 1
        state.revision += 1
        Fixture.planCurrent(&state)
        let plan = try #require(state.selectedPlanValue)
        #expect(plan.availability.worstHostLoss?.workloadsDown.isEmpty == false)
        let start = String(plan.availability.survives.prefix(30))
        let screen = DashboardRenderer.render(state)
        let found = line(containing: "⚠ " + start, in: screen)
        let shown = try #require(found)
        #expect(shown.style.role == .warning)
        // The explanation of the plans spells it out.
        state.navigation.focus = .plans
        _ = reduce(&state, .explain)
        guard case .reading(let reading) = state.mode else {
            Issue.record("no explanation")
            return
        }
        let text = reading.paragraphs.joined(separator: "\n")
        #expect(text.contains("  availability: \(plan.availability.survives)"))
        #expect(text.contains("worst host loss (host ") && text.contains("down until they restart: checkout"))
    }

    @Test func aPolicyThatDoesNotHoldIsAWarning() throws {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        var plans = try CannedPlans.plans(for: state.scenario)
        plans[0].availability.holds = false
        _ = reduce(&state, .planFinished(revision: state.revision, result: .success(plans)))
        let survives = try #require(state.selectedPlanValue?.availability.survives)
        #expect(survives.hasPrefix("does not hold: cannot survive"))
        let screen = DashboardRenderer.render(state)
        let found = line(containing: "⚠ " + survives.prefix(40), in: screen)
        let shown = try #require(found)
        #expect(shown.style == Style(.warning, bold: true))
    }

    @Test func staleAvailabilityIsMuted() throws {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        _ = reduce(&state, .step(1))
        let error = ScenarioError(field: "host.memoryGiB", reason: "too small for postgres")
        _ = reduce(&state, .planFinished(revision: state.revision, result: .failure(.scenario(error))))
        let plan = try #require(state.selectedPlanValue)
        let screen = DashboardRenderer.render(state)
        let found = line(containing: plan.availability.survives, in: screen)
        let stale = try #require(found)
        #expect(stale.style == Style(.muted))
    }

    // MARK: Inside a plan

    @Test func aHostsWorkloadsAreMarkedWhenTheirReplicasShareIt() throws {
        let state = Fixture.state()
        let plan = try #require(state.currentPlans?.first { $0.model == .container })
        var marked = 0
        for (host, placement) in plan.placements.enumerated() {
            let entries = PlanReading.workloads(on: placement)
            let rows = HostRows.rows(.host(host), 0..<entries.count, plan: plan, scenario: state.scenario)
            for (entry, row) in zip(entries, rows) {
                let name = state.scenario.workloads[entry.workload].name
                let total = PlanReading.hosts(of: entry.workload, in: plan).reduce(0) { $0 + $1.count }
                let expected =
                    entry.count < 2
                    ? name : total > entry.count ? "\(name) ×\(entry.count) same host" : "\(name) ×\(entry.count) all here"
                #expect(row[0] == expected, "host \(host)")
                if entry.count >= 2 { marked += 1 }
            }
        }
        #expect(marked > 0)
        // A narrow column keeps the mark and cuts the name.
        let host = try #require(
            plan.placements.indices.first { PlanReading.workloads(on: plan.placements[$0]).contains { $0.count >= 2 } })
        let narrow = HostRows.rows(.host(host), 0..<20, plan: plan, scenario: state.scenario, nameWidth: 12)
        #expect(narrow.contains { $0[0].hasSuffix(" same") && $0[0].count <= 12 })
    }

    @Test func everyReplicaOnOneHostIsAWarningRow() throws {
        var state = Fixture.state()
        // Hosts big enough for everything and no spread: the replicas pile up on the first host.
        state.scenario.host.cpuCores = 256
        state.scenario.host.memoryGiB = 2048
        for index in state.scenario.workloads.indices { state.scenario.workloads[index].spread = Spread(topology: .none) }
        state.revision += 1
        Fixture.planCurrent(&state)
        let plan = try #require(state.currentPlans?.first { $0.model == .container })
        let entries = PlanReading.workloads(on: plan.placements[0])
        let rows = HostRows.rows(.host(0), 0..<entries.count, plan: plan, scenario: state.scenario)
        let styles = HostRows.styles(.host(0), 0..<entries.count, plan: plan)
        let ads = try #require(entries.firstIndex { state.scenario.workloads[$0.workload].name == "ads" })
        try #require(PlanReading.hosts(of: entries[ads].workload, in: plan).count == 1)
        #expect(rows[ads][0] == "ads ×2 all here")
        #expect(styles[ads].role == .warning)
        for (row, style) in zip(rows, styles) { #expect(row[0].hasSuffix(" all here") == (style.role == .warning), "\(row[0])") }
    }

    @Test func zonesShowInTheDrillDown() throws {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        state.scenario.host.zones = 3
        state.revision += 1
        Fixture.planCurrent(&state)
        let plan = try #require(state.currentPlans?.first { $0.model == .container })
        #expect(HostRows.zoned(plan))
        let columns = HostRows.columns(.hosts, width: 120, zoned: true)
        #expect(columns.map(\.title).prefix(2) == ["host", "zone"])
        #expect(columns.reduce(0) { $0 + $1.width + 1 } == HostRows.columns(.hosts, width: 120).reduce(0) { $0 + $1.width + 1 })
        #expect(HostRows.columns(.host(0), width: 120, zoned: true).map(\.title).contains("zone") == false)
        let first = HostRows.rows(.hosts, 0..<1, plan: plan, scenario: state.scenario)[0]
        #expect(first[1] == "\(plan.placements[0].zone!)" && first.count == columns.count)
        let spare = HostRows.rows(
            .hosts, plan.placements.count..<(plan.placements.count + 1), plan: plan, scenario: state.scenario)
        #expect(spare[0].count == columns.count)
        let title = HostRows.title(.host(1), plan: plan, scenario: state.scenario)
        #expect(title.contains("host \(plan.placements[1].host) (zone \(plan.placements[1].zone!)):"))
        let replicas = HostRows.rows(.replicas(0), 0..<1, plan: plan, scenario: state.scenario)[0]
        #expect(replicas.count == HostRows.columns(.replicas(0), width: 120, zoned: true).count)
        // Without zones there is no zone column.
        let flat = try #require(Fixture.state().currentPlans?.first { $0.model == .container })
        #expect(!HostRows.zoned(flat))
        #expect(!HostRows.title(.host(0), plan: flat, scenario: state.scenario).contains("zone"))
    }

    // MARK: Host parameters

    @Test func zonesAreAParameterAndTheFailoverPolicyIsNot() {
        let paths = Parameter.allCases.map(\.rawValue)
        #expect(paths.contains("host.zones") && paths.contains("host.failoverHosts"))
        #expect(!paths.contains("host.failover"))
        var state = Fixture.state()
        state.focus = .parameters
        state.parameter = .named("host.zones")
        _ = reduce(&state, .step(1))
        #expect(state.scenario.host.zones == 2)
        #expect(state.status == .edit("host zones: 2"))
    }

    @Test func failoverHostsFollowAHostsPolicyAndDoNotApplyToOthers() {
        var state = Fixture.state()
        state.focus = .parameters
        state.parameter = .named("host.failoverHosts")
        state.scenario.host.failover = .hosts(count: 1)
        _ = reduce(&state, .step(1))
        #expect(state.scenario.host.failover == .hosts(count: 2) && state.scenario.host.failoverHosts == 2)
        #expect(state.scenario.host.failoverPolicy == .hosts(count: 2))

        state.scenario.host.failover = .percent(25)
        #expect(Parameter.named("host.failoverHosts").display(in: state.scenario) == "n/a: 25% free")
        let before = state.scenario
        _ = reduce(&state, .step(1))
        #expect(state.scenario == before)
        #expect(
            state.status
                == .edit(
                    "not applied: the failover policy is 25% free (host.failover in the file): failover hosts do not apply",
                    kind: .error))
        #expect(DashboardRenderer.render(state).text.contains("n/a: 25% free") || state.size.width < 120)
    }
}
