import Dashboard
import PlannerCore
import TestSupport
import Testing

@Suite struct RenderSizeTests {
    @Test(arguments: [
        (0, 0), (1, 1), (79, 23), (80, 24), (81, 25), (100, 30), (119, 35), (120, 36), (139, 39), (140, 40), (200, 60),
        (300, 120),
    ])
    func everySizeFillsTheScreenWithoutOverflow(width: Int, height: Int) {
        var state = Fixture.state(size: TerminalSize(width: width, height: height))
        for mode in [
            Mode.normal, .reading(Reading(kind: .help, title: "Keys", paragraphs: Explanations.help())),
            .picker(OpenPicker(choices: [.bundled("online-shop"), .file("x.json")])),
        ] {
            state.mode = mode
            let buffer = DashboardRenderer.render(state)
            #expect(buffer.width == width && buffer.height == height)
            for y in 0..<height { #expect(DisplayWidth.of(buffer.line(y)) == width) }
        }
    }

    @Test func anEmptyScenarioAndMissingPlansStillDraw() {
        var state = DashboardState(
            scenario: Scenario(name: "Empty"), document: Document(path: nil, displayName: "new", stem: "new"),
            size: TerminalSize(width: 80, height: 24), capabilities: Capabilities(unicode: true, colour: true))
        var text = DashboardRenderer.render(state).text
        #expect(text.contains("planning…"))
        #expect(text.contains("No workloads. Press a to add one."))
        Fixture.planCurrent(&state)
        text = DashboardRenderer.render(state).text
        #expect(text.contains("0 workloads"))
        _ = DashboardReducer.reduce(&state, .addWorkload)
        Fixture.planCurrent(&state)
        #expect(DashboardRenderer.render(state).text.contains("workload "))
    }

    @Test func aPlanFailureIsShownWithTheLastPlan() {
        var state = Fixture.state()
        _ = DashboardReducer.reduce(&state, .step(1))
        let error = ScenarioError(field: "workloads[0]", reason: "does not fit on an empty host")
        _ = DashboardReducer.reduce(&state, .planFinished(revision: state.revision, result: .failure(.scenario(error))))
        let text = DashboardRenderer.render(state).text
        #expect(text.contains("cannot plan"))
        #expect(text.contains("hosts"))  // the last plan's charts stay
    }
}
