import Foundation
import PlannerCore

/// Moving around: the cursor within a pane, by a page, to either end; between the panes; the plan
/// whose host fill and timeline are shown.
extension DashboardReducer {
    // MARK: - Navigation

    static func navigation(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .move(let direction): move(&state, direction)
        case .page(let pages): page(&state, by: pages)
        case .jump(let toEnd): jump(&state, toEnd: toEnd)
        case .nextPane: state.focus = state.focus.next
        case .previousPane: state.focus = state.focus.previous
        case .selectPlan(let index): selectPlan(&state, index)
        default: break
        }
        keepSelectionVisible(&state)
        return []
    }

    static func move(_ state: inout DashboardState, _ direction: Action.Direction) {
        switch (state.focus, direction) {
        case (.workloads, .up): moveRow(&state, by: -1)
        case (.workloads, .down): moveRow(&state, by: 1)
        case (.workloads, .left):
            state.workloadColumn = WorkloadColumn(rawValue: max(0, state.workloadColumn.rawValue - 1))!
        case (.workloads, .right):
            state.workloadColumn = WorkloadColumn(
                rawValue: min(WorkloadColumn.allCases.count - 1, state.workloadColumn.rawValue + 1))!
        case (.parameters, .up): moveParameter(&state, by: -1)
        case (.parameters, .down): moveParameter(&state, by: 1)
        case (.parameters, .left), (.parameters, .right): break
        case (.plans, .up), (.plans, .left): state.selectedPlan = max(0, state.selectedPlan - 1)
        case (.plans, .down), (.plans, .right): state.selectedPlan = min(3, state.selectedPlan + 1)
        }
    }

    /// Up (negative) or down by as many pages of the focused pane as `pages` says.
    static func page(_ state: inout DashboardState, by pages: Int) {
        let layout = ScreenLayout(size: state.size, workloadCount: state.scenario.workloads.count)
        switch state.focus {
        case .workloads: moveRow(&state, by: pages * max(1, layout.workloadRows))
        case .parameters: moveParameter(&state, by: pages * max(1, layout.parameterRows))
        case .plans: break
        }
    }

    /// To the first or the last row of the focused pane.
    static func jump(_ state: inout DashboardState, toEnd: Bool) {
        switch state.focus {
        case .workloads: state.workloadRow = toEnd ? max(0, state.scenario.workloads.count - 1) : 0
        case .parameters: state.parameter = toEnd ? Parameter.allCases.last! : Parameter.allCases[0]
        case .plans: state.selectedPlan = toEnd ? 3 : 0
        }
    }

    /// Plan `index` (0 vm, 1 container, 2 faas, 3 mixed); -1 is the plan before the one shown and
    /// -2 the plan after it, both wrapping around.
    static func selectPlan(_ state: inout DashboardState, _ index: Int) {
        switch index {
        case -1: state.selectedPlan = (state.selectedPlan + 3) % 4
        case -2: state.selectedPlan = (state.selectedPlan + 1) % 4
        default: state.selectedPlan = min(max(index, 0), 3)
        }
    }

    static func moveRow(_ state: inout DashboardState, by delta: Int) {
        let count = state.scenario.workloads.count
        state.workloadRow = count == 0 ? 0 : min(max(state.workloadRow + delta, 0), count - 1)
    }

    static func moveParameter(_ state: inout DashboardState, by delta: Int) {
        let all = Parameter.allCases
        let index = all.firstIndex(of: state.parameter)!
        state.parameter = all[min(max(index + delta, 0), all.count - 1)]
    }
}
