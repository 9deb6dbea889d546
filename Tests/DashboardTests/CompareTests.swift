import Dashboard
import Foundation
import PlannerCore
import TestSupport
import Testing

/// The baseline (`b` pins, `B` clears: every chart shows the change against it) and the what-if
/// pane (`W`: N+0/N+1/N+2 and traffic ×0.5 to ×4, planned in the background), from canned plans.
@Suite struct CompareTests {
    /// An edit made the way the reducer makes one (the scenario, the revision, the undo history),
    /// then planned with the canned planner.
    private func editReplicas(_ state: inout DashboardState, row: Int, to replicas: Int) {
        state.workloadRow = row
        state.workloadColumn = .replicas
        _ = reduce(&state, .beginEdit, .clearInput, .insert(String(replicas)), .confirm)
        #expect(state.scenario.workloads[row].replicas == replicas)
        Fixture.planCurrent(&state)
    }

    /// The first screen line that holds every part, if any.
    private func line(_ screen: String, containing parts: String...) -> String? {
        screen.components(separatedBy: "\n").first { line in parts.allSatisfy { line.contains($0) } }
    }

    /// The first screen line of a plan's chart row (` vm ` or, selected, `▸vm `) that holds `text`.
    private func line(_ screen: String, plan model: PlanModel, containing text: String) -> String? {
        line(screen, containing: " \(model.rawValue) ", text) ?? line(screen, containing: "▸\(model.rawValue) ", text)
    }

    // MARK: Variants

    @Test func variantsEditTheScenarioAndNothingElse() {
        var scenario = Fixture.defaultScenario()
        scenario.host.failover = .zone
        let n2 = WhatIfVariant.failover(2).apply(to: scenario)
        #expect(n2.host.failover == nil && n2.host.failoverHosts == 2 && n2.host.failoverPolicy == .hosts(count: 2))
        var expected = scenario
        expected.host.failover = nil
        expected.host.failoverHosts = 2
        #expect(n2 == expected)

        let doubled = WhatIfVariant.traffic(2).apply(to: scenario)
        for (before, after) in zip(scenario.workloads, doubled.workloads) {
            #expect(after.requestsPerSecond == before.requestsPerSecond.map { $0 * 2 })
            #expect(after.peakRequestsPerSecond == before.peakRequestsPerSecond.map { $0 * 2 })
            var same = after
            same.requestsPerSecond = before.requestsPerSecond
            same.peakRequestsPerSecond = before.peakRequestsPerSecond
            #expect(same == before)
        }
        #expect(scenario.workloads.contains { $0.requestsPerSecond == nil })
        #expect(doubled.host == scenario.host)
        #expect(WhatIfVariant.traffic(1).apply(to: scenario) == scenario)
        // A day of hourly rates scales hour by hour, its shape kept.
        var daily = scenario
        daily.workloads[0].requestsPerSecond = nil
        daily.workloads[0].peakRequestsPerSecond = nil
        daily.workloads[0].hourlyRequestsPerSecond = (0..<24).map { Double($0) }
        #expect(WhatIfVariant.traffic(4).apply(to: daily).workloads[0].hourlyRequestsPerSecond == (0..<24).map { Double($0) * 4 })

        let shop = Fixture.defaultScenario()
        #expect(shop.host.failoverPolicy == .hosts(count: 1))
        #expect(WhatIfVariant.all.filter { $0.isCurrent(in: shop) } == [.failover(1), .traffic(1)])
        #expect(WhatIfVariant.all.filter { $0.isCurrent(in: scenario) } == [.traffic(1)])
        #expect(
            WhatIfVariant.all.map(\.label) == ["N+0", "N+1", "N+2", "traffic ×0.5", "traffic ×1", "traffic ×2", "traffic ×4"])
    }

    @Test func deltasReadLikeTheCharts() {
        #expect(Delta.hosts(2) == "+2 hosts")
        #expect(Delta.hosts(-1) == "−1 host")
        #expect(Delta.hosts(0) == nil)
        #expect(Delta.hosts(-1200) == "−1,200 hosts")
        #expect(Delta.money(-380, currency: "USD") == "−$380/mo")
        #expect(Delta.money(1234.4, currency: "EUR") == "+€1,234/mo")
        #expect(Delta.money(2.5, currency: "CHF", perMonth: false) == "+CHF 2.5")
        #expect(Delta.money(0.004, currency: "USD") == nil)
        #expect(Delta.mib(1536) == "+1.5 GiB")
        #expect(Delta.mib(-256) == "−256 MiB")
        #expect(Delta.mib(0.01) == nil)
        #expect(Delta.seconds(-0.25) == "−250 ms")
        #expect(Delta.seconds(90) == "+1.5 min")
        #expect(Delta.seconds(0.0001) == nil)
    }

    // MARK: Baseline

    @Test func bPinsBReplacesCapitalBClears() throws {
        var state = Fixture.state()
        var expected = state
        let effects = reduce(&state, .pinBaseline)
        #expect(effects == [.planBaseline(state.scenario, revision: 0)])
        expected.baseline = Baseline(
            scenario: expected.scenario, revision: 0, plans: expected.currentPlans, label: "Online shop as opened")
        expected.status = .view("baseline pinned: Online shop as opened; the charts show the change against it (B clears)")
        expected.log = state.log
        #expect(state == expected)

        // Its standard-effort plans replace the ones taken from the screen; an older pin's are ignored.
        var better = try #require(state.currentPlans)
        better[0].activeHosts += 1
        _ = reduce(&state, .baselinePlanned(revision: 7, result: .success([])))
        #expect(state.baseline?.plans == state.currentPlans && state.baseline?.isFinal == false)
        _ = reduce(&state, .baselinePlanned(revision: 0, result: .success(better)))
        #expect(state.baseline?.plans == better && state.baseline?.isFinal == true)
        // A later re-plan of the same revision leaves the final plans alone.
        Fixture.planCurrent(&state)
        #expect(state.baseline?.plans == better)

        editReplicas(&state, row: 2, to: 40)
        #expect(reduce(&state, .pinBaseline) == [.planBaseline(state.scenario, revision: state.revision)])
        #expect(state.baseline?.label == "Online shop @ edit 1" && state.baseline?.revision == state.revision)
        #expect(state.baseline?.plans == state.currentPlans)
        #expect(state.status?.text.hasPrefix("baseline replaced: Online shop @ edit 1") == true)

        _ = reduce(&state, .clearBaseline)
        #expect(state.baseline == nil && state.status == .view("baseline cleared (was Online shop @ edit 1)"))
        _ = reduce(&state, .clearBaseline)
        #expect(state.status == .view("no baseline to clear (b pins the scenario shown)", kind: .warning))
    }

    @Test func aPinBeforeThePlansArriveTakesThemWhenTheyDo() {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        state.scenario.workloads[4].replicas = 9
        state.revision += 1
        _ = reduce(&state, .pinBaseline)
        #expect(state.baseline?.plans == nil)
        #expect(DashboardRenderer.render(state).text.contains("baseline: Online shop @ edit 0 (planning…)"))
        Fixture.planCurrent(&state)
        #expect(state.baseline?.plans == state.currentPlans && state.baseline?.plans != nil)
    }

    @Test func theHeaderNamesTheCatalogPlannedOver() {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        Fixture.planCurrent(&state)
        func header() -> String { DashboardRenderer.render(state).text.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(header().hasSuffix(" planned · USD │ ? help"))
        state.catalogName = "aws-us-east-1"
        #expect(header().hasSuffix(" planned · USD · catalog aws-us-east-1 │ ? help"))
    }

    @Test func aScenarioThatCannotBePlannedIsNotPinned() {
        var state = Fixture.state()
        state.revision += 1
        let error = PlanningError.scenario(ScenarioError(file: "x", field: "host.cpuCores", reason: "must be positive"))
        _ = reduce(&state, .planFinished(revision: state.revision, result: .failure(error)))
        #expect(reduce(&state, .pinBaseline).isEmpty)
        #expect(state.baseline == nil && state.status?.kind == .warning)
        // A baseline whose standard plan fails is dropped with the reason.
        state = Fixture.state()
        _ = reduce(&state, .pinBaseline, .baselinePlanned(revision: 0, result: .failure(error)))
        #expect(state.baseline == nil && state.status?.kind == .error)
    }

    /// After `b` and an edit, every chart shows the change of each plan against the pinned plans;
    /// the header names the baseline. With nothing changed, nothing is shown.
    @Test(arguments: [TerminalSize(width: 160, height: 48), TerminalSize(width: 120, height: 40)])
    func chartsShowTheChangeAgainstTheBaseline(size: TerminalSize) throws {
        var state = Fixture.state(size: size)
        let before = try #require(state.currentPlans)
        _ = reduce(&state, .pinBaseline)
        var screen = DashboardRenderer.render(state).text
        #expect(screen.contains("│ baseline: Online shop as opened"))
        for plan in before where plan.model != .faas {
            let row = try #require(line(screen, plan: plan.model, containing: "≥"))
            #expect(!row.contains("+") && !row.contains("−"), "no change, nothing shown: \(row)")
        }

        editReplicas(&state, row: 0, to: 60)
        let after = try #require(state.currentPlans)
        screen = DashboardRenderer.render(state).text
        let currency = state.scenario.currency
        var shown = 0
        for (old, new) in zip(before, after) {
            let name = new.model
            if let hosts = Delta.hosts(new.hosts - old.hosts) {
                #expect(line(screen, plan: name, containing: hosts) != nil, "\(new.model) hosts \(hosts)")
                shown += 1
            }
            if let cost = Delta.money(new.cost.perMonth - old.cost.perMonth, currency: currency), new.cost.note == nil {
                #expect(
                    line(screen, plan: name, containing: Money.perMonth(new.cost.perMonth, currency: currency) + " " + cost)
                        != nil)
                shown += 1
            }
            if let overhead = Delta.mib(new.memory.overheadMiB - old.memory.overheadMiB) {
                #expect(line(screen, plan: name, containing: overhead + " ovh") != nil, "\(new.model) overhead \(overhead)")
            }
            if let pulled = Delta.mib(new.transfer.rolloutMiB - old.transfer.rolloutMiB) {
                #expect(line(screen, plan: name, containing: Readable.mib(new.transfer.rolloutMiB) + " " + pulled) != nil)
            }
            if let ready = Delta.seconds(new.boot.readySeconds - old.boot.readySeconds) {
                #expect(line(screen, plan: name, containing: Readable.seconds(new.boot.readySeconds) + " " + ready) != nil)
            }
        }
        #expect(shown >= 4, "the edit moves hosts and cost in the container and mixed plans at least")

        _ = reduce(&state, .clearBaseline)
        screen = DashboardRenderer.render(state).text
        #expect(!screen.contains("baseline:"))
        #expect(line(screen, plan: .vm, containing: "spare, ≥") != nil, "the charts read as before")
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func baselineSnapshots(size: TerminalSize) {
        var state = Fixture.state(size: size)
        _ = reduce(&state, .pinBaseline)
        editReplicas(&state, row: 0, to: 60)
        let screen = DashboardRenderer.render(state).text
        #expect(screen.contains("baseline: Online shop as opened"))
        assertSnapshot(screen, named: "baseline-\(size.width)x\(size.height)")
        if size.width == 80 {
            state.capabilities = Capabilities(unicode: false, colour: false)
            let ascii = DashboardRenderer.render(state).text
            #expect(ascii.contains("-$") || ascii.contains("+$"), "a change of cost reads in ASCII too")
            assertSnapshot(ascii, named: "baseline-80x24-ascii")
        }
    }

    // MARK: What-if

    /// Feeds the rows the worker would send, planned with the canned planner.
    private func planWhatIf(_ state: inout DashboardState, effects: [Effect]) throws {
        let request = try #require(effects.first { if case .whatIf = $0 { true } else { false } })
        guard case .whatIf(let scenario, let variants, let revision) = request else { return }
        #expect(variants == WhatIfVariant.all && scenario == state.scenario)
        for (index, variant) in variants.enumerated() {
            let result: Result<[WhatIfFigures], PlanningError>
            do throws(PlanningError) {
                result = .success(try CannedPlans.plans(for: variant.apply(to: scenario)).map(WhatIfFigures.init))
            } catch {
                result = .failure(error)
            }
            _ = reduce(&state, .whatIfFinished(revision: revision, index: index, result: result))
        }
    }

    @Test func wOpensThePaneAndAsksForItsRowsOncePerRevision() throws {
        var state = Fixture.state()
        var effects = reduce(&state, .toggleWhatIf)
        #expect(state.whatIf.isOpen && state.whatIf.requested == 0)
        #expect(effects == [.whatIf(state.scenario, variants: WhatIfVariant.all, revision: 0)])
        #expect(reduce(&state, .move(.down)).isEmpty, "asked once per revision")
        try planWhatIf(&state, effects: effects)
        #expect(state.whatIf.rows.allSatisfy { $0?.revision == 0 })

        // An edit: nothing is asked for until the edit's own plans are there (the re-plan goes first).
        state.workloadRow = 2
        state.workloadColumn = .replicas
        effects = reduce(&state, .step(1))
        #expect(effects == [.plan(state.scenario, revision: 1)])
        #expect(DashboardRenderer.render(state).text.contains("planning…"))
        effects = reduce(&state, .planFinished(revision: 1, result: .success(try CannedPlans.plans(for: state.scenario))))
        #expect(effects == [.whatIf(state.scenario, variants: WhatIfVariant.all, revision: 1)])
        // Rows of an older request are dropped; the old rows stay, marked stale, until the new ones come.
        _ = reduce(&state, .whatIfFinished(revision: 0, index: 0, result: .success([])))
        #expect(state.whatIf.rows[0]?.revision == 0)
        try planWhatIf(&state, effects: effects)
        #expect(state.whatIf.rows.allSatisfy { $0?.revision == 1 })

        // Closed, it asks for nothing; opened again at the same revision, it keeps its rows.
        _ = reduce(&state, .toggleWhatIf)
        #expect(!state.whatIf.isOpen && state.status == .view("what-if closed"))
        state.workloadRow = 2
        #expect(reduce(&state, .step(1)) == [.plan(state.scenario, revision: 2)])
        Fixture.planCurrent(&state)
        #expect(reduce(&state, .toggleWhatIf) == [.whatIf(state.scenario, variants: WhatIfVariant.all, revision: 2)])
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func thePaneShowsHostsAndCostPerVariantAndPlan(size: TerminalSize) throws {
        var state = Fixture.state(size: size)
        let effects = reduce(&state, .toggleWhatIf)
        var screen = DashboardRenderer.render(state).text
        #expect(screen.contains("What if"), "the pane is there at once")
        #expect(line(screen, containing: "N+1 (now)", "…") != nil, "rows not planned yet show …")
        try planWhatIf(&state, effects: effects)
        screen = DashboardRenderer.render(state).text
        #expect(!screen.contains("planning…"))
        #expect(!screen.contains("Hosts (") && !screen.contains("Ready time"), "the pane takes the charts' place")
        let currency = state.scenario.currency
        let shown = WhatIfPane.visibleRows(ScreenLayout(size: size, workloadCount: state.visibleWorkloadCount))
        for (index, variant) in WhatIfVariant.all.enumerated() where index < shown {
            let label = variant.label + (variant.isCurrent(in: state.scenario) ? " (now)" : "")
            let row = try #require(line(screen, containing: label + " "), "\(label)")
            guard case .success(let figures)? = state.whatIf.rows[index]?.result else {
                Issue.record("\(label) not planned")
                continue
            }
            for plan in figures where plan.model != .faas || size.width >= 120 {
                #expect(row.contains(WhatIfPane.cell(plan, currency: currency)), "\(label) \(plan.model): \(row)")
            }
        }
        // More failover hosts never cost less; N+1 is the scenario as it is.
        let hosts = (0..<3).map { index -> [Int] in
            guard case .success(let figures)? = state.whatIf.rows[index]?.result else { return [] }
            return figures.map(\.hosts)
        }
        #expect(hosts[1] == state.currentPlans?.map(\.hosts))
        for model in 0..<4 where model != 2 { #expect(hosts[0][model] <= hosts[1][model] && hosts[1][model] <= hosts[2][model]) }
        assertSnapshot(screen, named: "whatif-\(size.width)x\(size.height)")
    }

    @Test func aZonePolicyIsNamedAndArrowsInThePlansPaneScrollThePane() throws {
        var state = Fixture.state(size: TerminalSize(width: 80, height: 24))
        state.scenario.host.zones = 3
        state.scenario.host.failover = .zone
        state.revision += 1
        Fixture.planCurrent(&state)
        try planWhatIf(&state, effects: reduce(&state, .toggleWhatIf))
        let lines = WhatIfPane.lines(state)
        #expect(lines.last == .note("N+k: the hosts policy with k spare hosts in place of the scenario's zone loss policy"))
        let screen = DashboardRenderer.render(state).text
        #expect(!screen.contains("N+1 (now)") && screen.contains("N+1 ") && screen.contains("traffic ×1 (now)"))
        #expect(screen.contains("in place of the scenario's zone loss"))
        state.focus = .plans
        _ = reduce(&state, .move(.down), .jump(toEnd: true))
        #expect(state.selectedPlan == .vm, "↑↓ scroll the pane, not the plan shown")
    }

    /// With a catalog, the pane lists each type the plans were planned on alone, read off the plans
    /// on screen: hosts and cost per plan, the chosen type marked, a type that does not fit said so.
    @Test(arguments: [TerminalSize(width: 160, height: 48), TerminalSize(width: 80, height: 24)])
    func hostTypeAlternativesFromTheCatalog(size: TerminalSize) throws {
        var state = Fixture.state(size: size)
        state.scenario.hostTypes = [
            HostType(name: "general.4xl", cpuCores: 16, memoryGiB: 64, costPerHour: 0.77),
            HostType(name: "compute.8xl", cpuCores: 32, memoryGiB: 64, costPerHour: 1.36),
            HostType(name: "memory.2xl", cpuCores: 8, memoryGiB: 64, costPerHour: 0.50),
            HostType(name: "tiny.large", cpuCores: 2, memoryGiB: 8, costPerHour: 0.08),
        ]
        state.revision += 1
        Fixture.planCurrent(&state)
        let plans = try #require(state.currentPlans)
        #expect(plans.allSatisfy { $0.alternatives.count == 4 && $0.hostType != nil })
        _ = reduce(&state, .toggleWhatIf)
        let lines = WhatIfPane.lines(state)
        let shownOrder = try #require(state.selectedPlanValue).alternatives.map(\.hostType)
        #expect(Array(lines.suffix(4)) == shownOrder.map { .hostType($0) }, "cheapest first for the plan shown")
        #expect(shownOrder.last == "tiny.large", "a type that does not fit comes last")
        // The compact layout scrolls to them (↑↓ in the plans pane); the wide one shows them all.
        let rows = WhatIfPane.visibleRows(ScreenLayout(size: size, workloadCount: state.visibleWorkloadCount))
        if rows < lines.count {
            state.focus = .plans
            _ = reduce(&state, .jump(toEnd: true))
            #expect(state.whatIf.scroll.offset == lines.count - rows)
        }
        let screen = DashboardRenderer.render(state).text
        #expect(screen.contains("host types alone (▸ each plan's choice), cheapest for vm:"))
        let glyphs = Glyphs.forCapabilities(state.capabilities)
        for name in shownOrder {
            let row = try #require(line(screen, containing: name + " "), "\(name)")
            for plan in plans where size.width >= 120 || plan.model != .faas {
                let alternative = try #require(plan.alternatives.first { $0.hostType == name })
                let cell = WhatIfPane.cell(
                    alternative, chosen: plan.hostType == name, currency: state.scenario.currency, glyphs: glyphs)
                #expect(row.contains(cell), "\(name) \(plan.model): \(row)")
            }
        }
        #expect(line(screen, containing: "tiny.large", "✗ does not fit") != nil)
        #expect(screen.contains("▸"), "the chosen types are marked")
        assertSnapshot(screen, named: "whatif-catalog-\(size.width)x\(size.height)")
    }

    @Test func bAndWAreBoundInEveryPane() {
        var state = Fixture.state()
        for pane in Pane.allCases {
            state.focus = pane
            #expect(KeyMap.action(for: .character("b"), in: state) == .pinBaseline)
            #expect(KeyMap.action(for: .character("B"), in: state) == .clearBaseline)
            #expect(KeyMap.action(for: .character("W"), in: state) == .toggleWhatIf)
        }
        #expect(Explanations.help().contains { $0.contains("b / B") && $0.contains("baseline") })
    }
}
