import Dashboard
import Foundation
import PlannerCore
import Storage
import Testing

/// Reducer helpers: a state on the default profile with its canned plans, actions applied in turn,
/// and buffer text.
public enum Fixture {
    public static func defaultScenario() -> Scenario {
        try! BundledProfiles.defaultScenario()
    }

    /// The default profile, planned by `CannedPlans`, at `size`.
    public static func state(
        size: TerminalSize = TerminalSize(width: 80, height: 24), unicode: Bool = true, path: String? = nil
    ) -> DashboardState {
        var state = DashboardState(
            scenario: defaultScenario(),
            document: Document(
                path: path, displayName: path ?? "Profiles/online-shop.json",
                stem: path.map(DashboardReducer.stem(of:)) ?? "online-shop"),
            size: size, capabilities: Capabilities(unicode: unicode, colour: false),
            commandLineFiles: ["extra.json"])
        let effects = DashboardReducer.start(&state)
        #expect(effects == [.plan(state.scenario, revision: 0), .findAutosave(state.document)])
        planCurrent(&state)
        return state
    }

    /// Plans the current revision with `CannedPlans` (not the production packer, so a packer
    /// improvement moves no dashboard test) and feeds the result back.
    public static func planCurrent(_ state: inout DashboardState) {
        let result: Result<[Plan], PlanningError>
        do throws(PlanningError) {
            result = .success(try CannedPlans.plans(for: state.scenario))
        } catch {
            result = .failure(error)
        }
        _ = DashboardReducer.reduce(&state, .planFinished(revision: state.revision, result: result))
    }

    /// The buffer's rows with trailing spaces trimmed.
    public static func lines(_ buffer: ScreenBuffer) -> [String] {
        buffer.text.components(separatedBy: "\n")
    }
}

/// Applies `actions` in turn and returns every effect they asked for, in order.
@discardableResult
public func reduce(_ state: inout DashboardState, _ actions: Action...) -> [Effect] {
    var effects: [Effect] = []
    for action in actions { effects += DashboardReducer.reduce(&state, action) }
    return effects
}
