import Dashboard
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
        #expect(state.plans?.plans == canned)
        for plan in canned { #expect(plan.lowerBoundHosts >= 1 && plan.lowerBoundHosts <= plan.activeHosts, "\(plan.model)") }
    }

    @Test func parametersPaneAndHelpAt80x24() {
        var state = Fixture.state(size: TerminalSize(width: 80, height: 24))
        _ = DashboardReducer.reduce(&state, .nextPane)
        for _ in 0..<9 { _ = DashboardReducer.reduce(&state, .move(.down)) }
        #expect(state.parameter == .named("host.targetUtilization"))
        let parameters = DashboardRenderer.render(state).text
        #expect(parameters.contains("target utilization"))
        #expect(parameters.contains("80%"))
        _ = DashboardReducer.reduce(&state, .toggleHelp)
        let help = DashboardRenderer.render(state).text
        #expect(help.contains("Keys"))
        #expect(help.contains("undo / redo"))
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
