import PlannerCore

/// What navigation needs to know besides itself: how many rows each list has and how many fit.
public struct NavigationContext: Sendable, Equatable {
    public var view: WorkloadView
    public var workloadCount: Int
    public var warningCount: Int
    public var layout: ScreenLayout

    public init(_ state: DashboardState) {
        view = state.view
        workloadCount = state.scenario.workloads.count
        warningCount = BottomPane.warningLines(state).count
        layout = ScreenLayout(size: state.size, workloadCount: state.visibleWorkloadCount)
    }

    /// Rows of the workload table after the filter.
    var visibleWorkloads: Int { view.count(total: workloadCount) }
}

/// The navigation domain: moving the cursor within a pane, by a page, to either end, between the
/// panes, and choosing the plan shown. It owns `Navigation` and nothing else.
public enum NavigationReducer {
    public static func reduce(_ nav: inout Navigation, _ action: Action, _ context: NavigationContext) {
        switch action {
        case .move(let direction): move(&nav, direction, context)
        case .page(let pages): page(&nav, by: pages, context)
        case .jump(let toEnd): jump(&nav, toEnd: toEnd, context)
        case .nextPane: nav.focus = nav.focus.next
        case .previousPane: nav.focus = nav.focus.previous
        case .selectPlan(let model): nav.selectedPlan = model
        case .cyclePlan(let steps): nav.selectedPlan = nav.selectedPlan.cycled(by: steps)
        default: break
        }
        keepVisible(&nav, context)
    }

    static func move(_ nav: inout Navigation, _ direction: Action.Direction, _ context: NavigationContext) {
        let last = WorkloadColumn.allCases.count - 1
        switch (nav.focus, direction) {
        case (.workloads, .up): moveRow(&nav, by: -1, context)
        case (.workloads, .down): moveRow(&nav, by: 1, context)
        case (.workloads, .left): nav.workloadColumn = WorkloadColumn(rawValue: max(0, nav.workloadColumn.rawValue - 1))!
        case (.workloads, .right): nav.workloadColumn = WorkloadColumn(rawValue: min(last, nav.workloadColumn.rawValue + 1))!
        case (.parameters, .up): moveParameter(&nav, by: -1)
        case (.parameters, .down): moveParameter(&nav, by: 1)
        case (.parameters, .left), (.parameters, .right): break
        case (.plans, .up), (.plans, .left): nav.selectedPlan = PlanModel.allCases[max(0, nav.selectedPlan.index - 1)]
        case (.plans, .down), (.plans, .right):
            nav.selectedPlan = PlanModel.allCases[min(PlanModel.allCases.count - 1, nav.selectedPlan.index + 1)]
        case (.warnings, .up): nav.warnings.move(by: -1, count: context.warningCount)
        case (.warnings, .down): nav.warnings.move(by: 1, count: context.warningCount)
        case (.warnings, .left), (.warnings, .right): break
        }
    }

    /// Up (negative) or down by as many pages of the focused pane as `pages` says.
    static func page(_ nav: inout Navigation, by pages: Int, _ context: NavigationContext) {
        switch nav.focus {
        case .workloads: moveRow(&nav, by: pages * max(1, context.layout.workloadRows), context)
        case .parameters: moveParameter(&nav, by: pages * max(1, context.layout.parameterRows))
        case .plans: break
        case .warnings: nav.warnings.move(by: pages * max(1, context.layout.warningRows), count: context.warningCount)
        }
    }

    /// To the first or the last row of the focused pane.
    static func jump(_ nav: inout Navigation, toEnd: Bool, _ context: NavigationContext) {
        switch nav.focus {
        case .workloads:
            let count = context.visibleWorkloads
            guard count > 0 else { return }
            nav.workloadRow = context.view.index(at: toEnd ? count - 1 : 0)
        case .parameters: nav.parameter = toEnd ? Parameter.allCases.last! : Parameter.allCases[0]
        case .plans: nav.selectedPlan = toEnd ? PlanModel.allCases.last! : PlanModel.allCases[0]
        case .warnings: nav.warnings.jump(toEnd: toEnd, count: context.warningCount)
        }
    }

    /// Moves the workload cursor by `delta` rows of the table as shown (filtered and sorted).
    static func moveRow(_ nav: inout Navigation, by delta: Int, _ context: NavigationContext) {
        let count = context.visibleWorkloads
        guard count > 0 else { return }
        let position = context.view.position(of: nav.workloadRow, total: context.workloadCount) ?? 0
        nav.workloadRow = context.view.index(at: min(max(position + delta, 0), count - 1))
    }

    static func moveParameter(_ nav: inout Navigation, by delta: Int) {
        let all = Parameter.allCases
        let index = all.firstIndex(of: nav.parameter)!
        nav.parameter = all[min(max(index + delta, 0), all.count - 1)]
    }

    /// Scrolls the workload table, the parameter list and the warnings just enough to show the
    /// cursor. A workload the filter hides gives way to the first row shown.
    public static func keepVisible(_ nav: inout Navigation, _ context: NavigationContext) {
        let count = context.visibleWorkloads
        var position = context.view.position(of: nav.workloadRow, total: context.workloadCount)
        if position == nil, count > 0 {
            nav.workloadRow = context.view.index(at: 0)
            position = 0
        }
        var workloads = ScrollPosition(cursor: position ?? 0, offset: nav.workloadScroll)
        workloads.keepVisible(rows: context.layout.workloadRows, count: count)
        nav.workloadScroll = workloads.offset
        let rows = ParameterRows.rows(width: context.layout.parameterInnerWidth)
        var parameters = ScrollPosition(cursor: ParameterRows.row(of: nav.parameter, in: rows), offset: nav.parameterScroll)
        parameters.keepVisible(rows: context.layout.parameterRows, count: rows.count)
        // The heading of the first group shows when its first parameter is selected.
        if parameters.cursor == 1, case .heading = rows[0] { parameters.offset = 0 }
        nav.parameterScroll = parameters.offset
        nav.warnings.keepVisible(rows: context.layout.warningRows, count: context.warningCount)
    }
}

extension DashboardReducer {
    /// Hands a navigation action to the navigation domain.
    static func navigate(_ state: inout DashboardState, _ action: Action) {
        NavigationReducer.reduce(&state.navigation, action, NavigationContext(state))
    }

    /// Scrolls every list just enough to show its cursor.
    static func keepSelectionVisible(_ state: inout DashboardState) {
        NavigationReducer.keepVisible(&state.navigation, NavigationContext(state))
    }
}
