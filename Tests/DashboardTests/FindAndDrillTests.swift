import Dashboard
import Foundation
import PlannerCore
import TestSupport
import Testing

/// The questions a planner asks next: find a workload, order the table, look inside a plan, read
/// every message, and never replace a file without asking. Each test states the whole change an
/// action makes: the expected state is the state before with exactly those fields changed.
@Suite struct FindAndDrillTests {
    private func names(_ state: DashboardState) -> [String] {
        (0..<state.visibleWorkloadCount).map { state.scenario.workloads[state.view.index(at: $0)].name }
    }

    // MARK: Filter

    @Test func slashFiltersLiveCountsMatchesAndEscClears() {
        var state = Fixture.state()
        var expected = state
        _ = reduce(&state, .startFilter)
        expected.mode = .filter(TextField())
        #expect(state == expected)

        _ = reduce(&state, .insert("e"), .insert("n"), .insert("v"))
        expected.mode = .filter(TextField("env"))
        expected.view.filter = "env"
        expected.view.refresh(expected.scenario.workloads)
        expected.navigation.workloadRow = 1  // frontend is hidden: the first match is selected
        #expect(state == expected)
        #expect(names(state) == ["frontend-envoy", "cart-envoy"])
        #expect(DashboardRenderer.render(state).text.contains("/env▏  2 of 14 match"))

        _ = reduce(&state, .confirm)
        #expect(state.mode == .normal && state.view.filter == "env")
        #expect(state.status == .view("filter \"env\": 2 of 14 workloads (Esc clears)"))
        // Moving stays within the matches.
        _ = reduce(&state, .move(.down), .move(.down))
        #expect(state.workloadRow == 3)
        // Esc in normal mode clears the filter and keeps the selection.
        _ = reduce(&state, .cancel)
        #expect(state.view == WorkloadView() && state.workloadRow == 3 && state.visibleWorkloadCount == 14)
    }

    @Test func aFilterThatMatchesNothingBlocksEditsOfHiddenRows() {
        var state = Fixture.state()
        _ = reduce(&state, .startFilter, .insert("zzz"), .confirm)
        #expect(state.visibleWorkloadCount == 0 && state.selectedWorkload == nil)
        let before = state.scenario
        #expect(reduce(&state, .deleteWorkload).isEmpty)
        #expect(state.scenario == before && state.status?.kind == .warning)
        #expect(DashboardRenderer.render(state).text.contains("No workload name contains \"zzz\""))
    }

    // MARK: Sort

    @Test func sortCyclesColumnsAndDirectionAndShowsItInTheHeader() {
        var state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        _ = reduce(&state, .cycleSort(1))
        #expect(state.view.sort == WorkloadSort(column: .name))
        _ = reduce(&state, .cycleSort(1), .cycleSort(1))
        #expect(state.view.sort == WorkloadSort(column: .cpu))
        var expected = state
        _ = reduce(&state, .reverseSort)
        expected.view.sort = WorkloadSort(column: .cpu, descending: true)
        expected.view.refresh(expected.scenario.workloads)
        expected.status = .view(
            "workloads sorted by cpu, descending (> next column, I inverts)")
        #expect(state == expected)
        #expect(names(state).prefix(2) == ["postgres", "redis"])
        #expect(DashboardRenderer.render(state).text.contains("cpu▼"))
        // Ties keep the scenario's order; past the last column the table is back in that order.
        for _ in 0..<(WorkloadColumn.allCases.count - 2) { _ = reduce(&state, .cycleSort(1)) }
        #expect(state.view.sort == nil && state.view.rows == nil)
        #expect(names(state) == state.scenario.workloads.map(\.name))
    }

    @Test func editsKeepTheSortAndTheSelection() {
        var state = Fixture.state()
        _ = reduce(&state, .cycleSort(1))  // by name
        let redis = state.scenario.workloads.firstIndex { $0.name == "redis" }!
        state.navigation.workloadRow = redis
        state.navigation.workloadColumn = .name
        _ = reduce(&state, .beginEdit, .clearInput, .insert("aardvark"), .confirm)
        #expect(state.workloadRow == redis && names(state).first == "aardvark")
    }

    // MARK: Drill-down

    @Test func enterOnAPlanOpensItsHostsAndEscReturns() throws {
        var state = Fixture.state()
        state.navigation.focus = .plans
        _ = reduce(&state, .selectPlan(.container))
        var expected = state
        _ = reduce(&state, .beginEdit)
        expected.mode = .hosts(HostsView(plan: .container, level: .hosts))
        #expect(state == expected)
        let plan = try #require(state.selectedPlanValue)
        let screen = DashboardRenderer.render(state).text
        #expect(screen.contains("container plan: \(plan.hosts) hosts"))
        #expect(screen.contains("binds") && screen.contains("holds"))

        // Enter on host 0: what it holds, by workload; Enter on its first workload: its replicas.
        _ = reduce(&state, .confirm)
        guard case .hosts(let view) = state.mode else {
            Issue.record("left the drill-down")
            return
        }
        #expect(view.pages.map(\.level) == [.hosts, .host(0)])
        let first = PlanReading.workloads(on: plan.placements[0])[0].workload
        _ = reduce(&state, .confirm)
        if case .hosts(let deeper) = state.mode { #expect(deeper.page.level == .replicas(first)) }
        let replicas = DashboardRenderer.render(state).text
        #expect(
            replicas.contains("\(state.scenario.workloads[first].name): \(state.scenario.workloads[first].replicas) instances"))
        // Esc goes back one view at a time, then to the dashboard.
        _ = reduce(&state, .cancel, .cancel)
        #expect(state.mode == .hosts(HostsView(plan: .container, level: .hosts)))
        _ = reduce(&state, .cancel)
        #expect(state == expected.with { $0.mode = .normal })
    }

    @Test func wShowsWhereAWorkloadsReplicasRun() throws {
        var state = Fixture.state()
        let redis = state.scenario.workloads.firstIndex { $0.name == "redis" }!
        state.navigation.workloadRow = redis
        _ = reduce(&state, .selectPlan(.container), .whereIs)
        #expect(state.mode == .hosts(HostsView(plan: .container, level: .replicas(redis))))
        let plan = try #require(state.selectedPlanValue)
        let hosts = PlanReading.hosts(of: redis, in: plan)
        #expect(hosts.reduce(0) { $0 + $1.count } == 3)
        #expect(HostRows.count(.replicas(redis), plan: plan, scenario: state.scenario) == hosts.count)
        // Another plan shows the same workload there.
        _ = reduce(&state, .selectPlan(.vm))
        #expect(state.mode == .hosts(HostsView(plan: .vm, level: .replicas(redis))))
    }

    @Test func hostRowsMarkSeveralReplicasOfOneWorkload() throws {
        let state = Fixture.state()
        let plan = try #require(state.currentPlans?.first { $0.model == .container })
        for (index, placement) in plan.placements.enumerated() {
            let row = HostRows.rows(.hosts, index..<(index + 1), plan: plan, scenario: state.scenario)[0]
            let crowded = PlanReading.workloads(on: placement).contains { $0.count > 1 }
            #expect(row.last!.hasPrefix("⚠") == crowded, "host \(index): \(row.last!)")
            #expect(row[5] == "\(placement.instanceCount)")
        }
        // The spares come last, empty.
        let spare = HostRows.rows(
            .hosts, plan.placements.count..<(plan.placements.count + 1), plan: plan, scenario: state.scenario)
        #expect(spare[0].last == "failover spare (empty)")
    }

    // MARK: Messages

    @Test func theMessageLogKeepsEveryStatusAndAnEditsHostChange() {
        var state = Fixture.state()
        state.workloadRow = state.scenario.workloads.firstIndex { $0.name == "checkout" }!
        state.workloadColumn = .replicas
        _ = reduce(&state, .beginEdit, .clearInput, .insert("1500"), .confirm)
        let edit = state.status
        #expect(edit?.origin == .edit && edit?.hostChange == nil)
        Fixture.planCurrent(&state)
        #expect(state.status?.hostChange != nil && state.status?.line.contains("→ hosts vm") == true)
        _ = reduce(&state, .undo)
        Fixture.planCurrent(&state)
        // One entry per message: the edit's gained its host change in place.
        let texts = state.log.entries.map(\.text)
        #expect(texts.suffix(2) == [edit!.text, "undone (Ctrl-R redoes)"])
        #expect(state.log.entries.suffix(2).first?.hostChange != nil)
        _ = reduce(&state, .showMessages)
        guard case .reading(let reading) = state.mode else {
            Issue.record("no log")
            return
        }
        #expect(reading.kind == .messages && reading.paragraphs.last?.contains("[edit] undone") == true)
    }

    // MARK: Files

    @Test func saveAsAndExportAskBeforeReplacingAFile() {
        var state = Fixture.state(path: "/tmp/shop.json")
        _ = reduce(&state, .saveAs, .clearInput, .insert("/tmp/other.json"))
        #expect(reduce(&state, .confirm) == [.checkPath(path: "/tmp/other.json", purpose: .save, document: state.document)])
        let exists = PathCheck(path: "/tmp/other.json", purpose: .save, exists: true, isDocument: false)
        var expected = state
        #expect(reduce(&state, .pathChecked(exists)).isEmpty)
        expected.mode = .confirm(.replaceFile(exists))
        #expect(state == expected)
        // n: nothing is written.
        #expect(reduce(&state, .answer(false)).isEmpty)
        #expect(state.status == .file("not replaced: /tmp/other.json is unchanged") && state.mode == .normal)
        // y: written.
        _ = reduce(&state, .pathChecked(exists))
        #expect(reduce(&state, .answer(true)) == [.save(path: "/tmp/other.json", data: ScenarioDocument.json(state.scenario))])

        // Saving onto the document's own file does not ask; exporting onto it always does.
        var own = Fixture.state(path: "/tmp/shop.json")
        let same = PathCheck(path: "./shop.json", purpose: .save, exists: true, isDocument: true)
        #expect(reduce(&own, .pathChecked(same)) == [.save(path: "./shop.json", data: ScenarioDocument.json(own.scenario))])
        let onto = PathCheck(path: "/tmp/shop.json", purpose: .export, exists: true, isDocument: true)
        _ = reduce(&own, .pathChecked(onto))
        #expect(own.mode == .confirm(.replaceFile(onto)))
        #expect(Confirmation.replaceFile(onto).question.hasPrefix("Replace the scenario being edited with plan JSON?"))
        // A new file is written without a question.
        let fresh = PathCheck(path: "/tmp/new.plan.json", purpose: .export, exists: false, isDocument: false)
        _ = reduce(&own, .answer(false))
        #expect(reduce(&own, .pathChecked(fresh)) == [.export(path: "/tmp/new.plan.json", scenario: own.scenario)])
    }

    // MARK: Explaining

    @Test func iExplainsThePaneUnderTheCursor() throws {
        var state = Fixture.state()
        state.workloadColumn = .model
        _ = reduce(&state, .explain)
        guard case .reading(let workload) = state.mode else { throw Failure("no explanation") }
        #expect(workload.paragraphs.joined().contains("mixed plan only"))
        _ = reduce(&state, .cancel, .nextPane, .nextPane, .explain)
        guard case .reading(let plans) = state.mode else { throw Failure("no explanation") }
        let text = plans.paragraphs.joined(separator: "\n")
        for phrase in [
            "vm: every instance", "faas: every stateless", "mixed: each workload", "of the planned capacity",
            "physical cores after reservations", "≥N",
        ] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        _ = reduce(&state, .cancel, .showNotes)
        guard case .reading(let notes) = state.mode else { throw Failure("no notes") }
        #expect(notes.paragraphs.first == state.scenario.notes.first)
    }

    @Test func aFailedPlanMarksTheChartsStaleWithTheReason() {
        for size in [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)] {
            var state = Fixture.state(size: size)
            _ = reduce(&state, .step(1))
            let error = ScenarioError(field: "host.memoryGiB", reason: "too small for postgres")
            _ = reduce(&state, .planFinished(revision: state.revision, result: .failure(.scenario(error))))
            #expect(state.plansAreStale)
            let screen = DashboardRenderer.render(state).text
            #expect(screen.contains("STALE"), "\(size)")
            #expect(screen.contains("cannot plan"), "\(size)")
        }
    }

    /// A scenario without traffic (as every import from manifests is): the faas cost is never 0.
    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func aFaaSCostWithoutTrafficReadsNotAvailable(size: TerminalSize) {
        var state = Fixture.state(size: size)
        for index in state.scenario.workloads.indices {
            state.scenario.workloads[index].requestsPerSecond = nil
            state.scenario.workloads[index].peakRequestsPerSecond = nil
            state.scenario.workloads[index].stateful = false
            // Within the provider's 10,240 MiB, so every workload is a function.
            state.scenario.workloads[index].memoryMiB = min(state.scenario.workloads[index].memoryMiB, 4096)
        }
        state.revision += 1
        Fixture.planCurrent(&state)
        let screen = DashboardRenderer.render(state).text
        #expect(screen.contains("n/a: no traffic"), "\(size)")
        // The plans on hosts keep their price.
        let vm = state.currentPlans?.first { $0.model == .vm }
        let price = vm.map { Money.perMonth($0.cost.perMonth, currency: state.scenario.currency) }
        #expect(price.map(screen.contains) == true, "\(size): \(price ?? "no vm plan")")
    }

    @Test func theKeyTableOfTheDocsIsGenerated() throws {
        let doc = try String(contentsOf: SourceTree.url("docs/dashboard.md"), encoding: .utf8)
        #expect(
            KeyBindings.replacingTable(in: doc) == doc, "docs/dashboard.md's key table drifted: run vplan-tui schema --docs docs")
    }
}

/// A test failure with a message, for `throw`.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension DashboardState {
    /// A copy with `change` applied (for stating an expected state).
    func with(_ change: (inout DashboardState) -> Void) -> DashboardState {
        var copy = self
        change(&copy)
        return copy
    }
}
