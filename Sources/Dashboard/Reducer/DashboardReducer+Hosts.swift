import PlannerCore

/// The drill-down into a plan: Enter on a plan opens its hosts, Enter on a host what it holds,
/// Enter on a workload where its replicas are; Esc goes back one view. `w` on a workload opens
/// where its replicas are directly.
extension DashboardReducer {
    /// Enter in the plans pane.
    static func openHosts(_ state: inout DashboardState) -> [Effect] {
        guard state.selectedPlanValue != nil else {
            state.status = .view("no plan yet: the hosts show once the plan is there", kind: .warning)
            return []
        }
        state.mode = .hosts(HostsView(plan: state.selectedPlan, level: .hosts))
        return []
    }

    /// `w` in the workloads pane.
    static func openReplicas(_ state: inout DashboardState) -> [Effect] {
        guard state.selectedWorkload != nil else {
            state.status = .view("no workload selected", kind: .warning)
            return []
        }
        guard state.selectedPlanValue != nil else {
            state.status = .view("no plan yet: where replicas run shows once the plan is there", kind: .warning)
            return []
        }
        state.mode = .hosts(HostsView(plan: state.selectedPlan, level: .replicas(state.workloadRow)))
        return []
    }

    static func hostsMode(_ state: inout DashboardState, _ view: HostsView, _ action: Action) -> [Effect] {
        var view = view
        guard let plan = state.currentPlans?.first(where: { $0.model == view.plan }) else {
            state.mode = .normal
            return []
        }
        let count = HostRows.count(view.page.level, plan: plan, scenario: state.scenario)
        let rows = HostRows.visibleRows(state.size)
        switch action {
        case .move(.up): view.page.scroll.move(by: -1, count: count)
        case .move(.down): view.page.scroll.move(by: 1, count: count)
        case .page(let pages): view.page.scroll.move(by: pages * rows, count: count)
        case .jump(let toEnd): view.page.scroll.jump(toEnd: toEnd, count: count)
        case .confirm:
            guard let next = HostRows.deeper(view.page.level, row: view.page.scroll.cursor, plan: plan) else {
                state.status = .view("nothing inside: a failover spare is empty")
                return []
            }
            view.pages.append(HostsView.Page(next))
        case .selectPlan, .cyclePlan:
            navigate(&state, action)
            // The same view in the other plan: its hosts, or the same workload's replicas (a host
            // number means nothing in another plan).
            var root = view.pages[0].level
            if case .host = root { root = .hosts }
            view = HostsView(plan: state.selectedPlan, level: root)
        case .explain:
            return readingCommands(&state, .explain)
        case .cancel:
            view.pages.removeLast()
            if view.pages.isEmpty {
                state.mode = .normal
                return []
            }
        default:
            return []
        }
        view.page.scroll.keepVisible(rows: rows, count: HostRows.count(view.page.level, plan: plan, scenario: state.scenario))
        state.mode = .hosts(view)
        return []
    }
}
