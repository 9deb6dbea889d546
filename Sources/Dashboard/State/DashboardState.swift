import PlannerCore

/// Everything the dashboard shows and remembers. The reducer changes it; the renderer draws it.
/// Each domain has its own value: where the keyboard is (`navigation`), how the workload table is
/// shown (`view`), the plans (`results`), the file flow (`files`), the autosave.
public struct DashboardState: Sendable, Equatable {
    /// The scenario being edited.
    public var scenario: Scenario
    /// The scenario as last opened or saved; the document is modified when they differ.
    public var savedScenario: Scenario
    public var document: Document
    /// Bumped on every change to `scenario`; plans carry the revision they were computed for.
    public var revision: Int = 0

    public var navigation = Navigation()
    /// The workload filter and sort.
    public var view = WorkloadView()
    public var mode: Mode = .normal
    public var history = History()
    /// The message on the status line; every message shown also goes to `log`.
    public var status: StatusMessage? {
        didSet { if let status, status != oldValue { log.record(status) } }
    }
    /// Every status message of the session (`L`).
    public var log = MessageLog()

    /// The last plans computed and the last refusal.
    public var results = PlanResults()
    /// Saves, exports and opens under way.
    public var files = FileFlow()

    public var size: TerminalSize
    public var capabilities: Capabilities
    /// Files named on the command line, offered by `o` besides the bundled profiles.
    public var commandLineFiles: [String]
    /// Set once the reducer has asked to quit.
    public var quitting = false
    /// The autosave of unsaved edits: what is written and when the next write is due.
    public var autosave = AutosaveState()
    /// The scenario pinned with `b`: the charts show the change against its plans.
    public var baseline: Baseline?
    /// The what-if pane (`W`) and its rows, planned in the background.
    public var whatIf = WhatIfState()
    /// The 24-hour chart (`T`) is shown in place of the charts and the plan detail (it and the
    /// what-if pane replace each other).
    public var showsDayChart = false
    /// The host catalog the session plans over (`vplan-tui --catalog NAME`), named in the header;
    /// it is never written into the scenario.
    public var catalogName: String?

    public init(
        scenario: Scenario, document: Document, size: TerminalSize, capabilities: Capabilities,
        commandLineFiles: [String] = []
    ) {
        self.scenario = scenario
        self.savedScenario = scenario
        self.document = document
        self.size = size
        self.capabilities = capabilities
        self.commandLineFiles = commandLineFiles
    }

    /// The document has changes that are not on disk.
    public var isModified: Bool { scenario != savedScenario }

    /// The plans to draw, if any.
    public var currentPlans: [Plan]? { results.snapshot?.plans }

    /// True when the plans shown belong to the scenario shown.
    public var plansAreCurrent: Bool { results.snapshot?.revision == revision }

    /// True when the scenario shown cannot be planned: the plans drawn are an older revision's.
    public var plansAreStale: Bool { results.failure?.revision == revision }

    /// The plan whose detail is shown, if the plans are there.
    public var selectedPlanValue: Plan? { currentPlans?.first { $0.model == navigation.selectedPlan } }

    /// The workload under the cursor, if the filter shows it.
    public var selectedWorkload: Workload? {
        let row = navigation.workloadRow
        guard scenario.workloads.indices.contains(row),
            view.position(of: row, total: scenario.workloads.count) != nil
        else { return nil }
        return scenario.workloads[row]
    }

    /// Rows of the workload table (after the filter).
    public var visibleWorkloadCount: Int { view.count(total: scenario.workloads.count) }

    // The navigation's fields, read and written where the domain is obvious.
    public var focus: Pane {
        get { navigation.focus }
        set { navigation.focus = newValue }
    }
    public var workloadRow: Int {
        get { navigation.workloadRow }
        set { navigation.workloadRow = newValue }
    }
    public var workloadColumn: WorkloadColumn {
        get { navigation.workloadColumn }
        set { navigation.workloadColumn = newValue }
    }
    public var parameter: Parameter {
        get { navigation.parameter }
        set { navigation.parameter = newValue }
    }
    public var selectedPlan: PlanModel {
        get { navigation.selectedPlan }
        set { navigation.selectedPlan = newValue }
    }
}

/// What the planner last answered: the plans of some revision, and the revision it refused, if any.
public struct PlanResults: Sendable, Equatable {
    /// The last plans computed (possibly for an older revision while a new plan runs).
    public var snapshot: PlanSnapshot?
    /// Set when the planner refused a revision (the charts are stale when it is the current one).
    public var failure: PlanFailure?

    public init() {}
}

/// The file flow: what is being saved, exported or opened, and whether to quit after the save.
public struct FileFlow: Sendable, Equatable {
    /// Export waiting for the plans of the current revision.
    public var pendingExport: String?
    /// Scenario being written by a save effect (becomes `savedScenario` when it succeeds).
    public var savingScenario: Scenario?
    /// A file or profile being opened off the input loop (Esc cancels it while it has not finished).
    public var opening: OpenProgress = .idle
    /// Quit once the pending save succeeds (`s` in the quit question): the one quit path runs then.
    public var quitAfterSave = false

    public init() {}
}
