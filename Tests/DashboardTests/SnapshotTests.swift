import Dashboard
import PlannerCore
import TestSupport
import Testing

@Suite struct SnapshotTests {
    @Test func defaultProfileAt80x24() {
        let state = Fixture.state(size: TerminalSize(width: 80, height: 24))
        assertSnapshot(DashboardRenderer.render(state).text, named: "default-80x24")
    }

    @Test func defaultProfileAt160x48() {
        let state = Fixture.state(size: TerminalSize(width: 160, height: 48))
        assertSnapshot(DashboardRenderer.render(state).text, named: "default-160x48")
    }

    @Test func defaultProfileAt80x24InASCII() {
        let state = Fixture.state(size: TerminalSize(width: 80, height: 24), unicode: false)
        let text = DashboardRenderer.render(state).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        assertSnapshot(text, named: "default-80x24-ascii")
    }

    /// The snapshots show canned plans (a fixed first-fit packer, the volume bound), so a better
    /// production packer or lower bound leaves them alone.
    @Test func snapshotsShowCannedPlans() throws {
        let state = Fixture.state()
        let canned = try CannedPlans.plans(for: state.scenario)
        #expect(state.results.snapshot?.plans == canned)
        for plan in canned { #expect(plan.lowerBoundHosts >= 1 && plan.lowerBoundHosts <= plan.activeHosts, "\(plan.model)") }
    }

    @Test func parametersPaneAndHelpAt80x24() {
        var state = Fixture.state(size: TerminalSize(width: 80, height: 24))
        _ = DashboardReducer.reduce(&state, .nextPane)
        for _ in 0..<11 { _ = DashboardReducer.reduce(&state, .move(.down)) }
        #expect(state.parameter == .named("host.targetUtilization"))
        let parameters = DashboardRenderer.render(state).text
        #expect(parameters.contains("target utilization"))
        #expect(parameters.contains("80%"))
        _ = DashboardReducer.reduce(&state, .toggleHelp)
        let help = DashboardRenderer.render(state).text
        #expect(help.contains("Keys"))
        #expect(help.contains("Any pane:"))
        #expect(help.contains("explain the pane or figure under the cursor"))
    }

    /// The new views at both layouts: the filter being typed and a sort, the drill-down into a
    /// plan's hosts and into one host, the explanation of the plans, and stale charts.
    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 160, height: 48)])
    func findSortDrillExplainAndStale(size: TerminalSize) {
        let suffix = "\(size.width)x\(size.height)"
        var state = Fixture.state(size: size)
        _ = DashboardReducer.reduce(&state, .cycleSort(1))
        _ = DashboardReducer.reduce(&state, .startFilter)
        for character in "e" { _ = DashboardReducer.reduce(&state, .insert(String(character))) }
        assertSnapshot(DashboardRenderer.render(state).text, named: "filter-sort-\(suffix)")

        state = Fixture.state(size: size)
        state.navigation.focus = .plans
        _ = DashboardReducer.reduce(&state, .selectPlan(.container))
        _ = DashboardReducer.reduce(&state, .beginEdit)
        assertSnapshot(DashboardRenderer.render(state).text, named: "hosts-\(suffix)")
        _ = DashboardReducer.reduce(&state, .confirm)
        assertSnapshot(DashboardRenderer.render(state).text, named: "host-0-\(suffix)")

        state = Fixture.state(size: size)
        state.navigation.focus = .plans
        _ = DashboardReducer.reduce(&state, .selectPlan(.faas))
        _ = DashboardReducer.reduce(&state, .explain)
        assertSnapshot(DashboardRenderer.render(state).text, named: "explain-faas-\(suffix)")

        state = Fixture.state(size: size)
        _ = DashboardReducer.reduce(&state, .step(1))
        let error = ScenarioError(field: "host.memoryGiB", reason: "too small for postgres")
        _ = DashboardReducer.reduce(&state, .planFinished(revision: state.revision, result: .failure(.scenario(error))))
        assertSnapshot(DashboardRenderer.render(state).text, named: "stale-\(suffix)")
    }

    @Test func tooSmallTerminalAsksForMoreRoom() {
        let state = Fixture.state(size: TerminalSize(width: 79, height: 24))
        let text = DashboardRenderer.render(state).text
        #expect(text.contains("at least 80×24"))
        #expect(text.contains("This one is 79×24"))
    }

    @Test func namesFromFilesAreSanitizedOnScreen() {
        var state = Fixture.state()
        state.scenario.workloads[0].name = "evil\u{1B}[2Jname"
        let text = DashboardRenderer.render(state).text
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains(#"evil\u{1B}"#))
    }
}
