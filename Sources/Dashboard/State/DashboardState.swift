import PlannerCore

/// Everything the dashboard shows and remembers. The reducer changes it; the renderer draws it.
public struct DashboardState: Sendable, Equatable {
    /// The scenario being edited.
    public var scenario: Scenario
    /// The scenario as last opened or saved; the document is modified when they differ.
    public var savedScenario: Scenario
    public var document: Document
    /// Bumped on every change to `scenario`; plans carry the revision they were computed for.
    public var revision: Int = 0

    public var focus: Pane = .workloads
    public var workloadRow: Int = 0
    public var workloadColumn: WorkloadColumn = .name
    /// First workload row shown (the table scrolls to keep the selection visible).
    public var workloadScroll: Int = 0
    public var parameter: Parameter = Parameter.allCases[0]
    public var parameterScroll: Int = 0
    /// The plan whose host fill and timeline are shown (index into the four plans).
    public var selectedPlan: Int = 0

    public var mode: Mode = .normal
    public var history = History()
    public var status: StatusMessage?

    /// The last plans computed (possibly for an older revision while a new plan runs).
    public var plans: PlanSnapshot?
    /// Set when the planner refused the current revision.
    public var planFailure: PlanFailure?
    /// Export waiting for the plans of the current revision.
    public var pendingExport: String?
    /// Scenario being written by a save effect (becomes `savedScenario` when it succeeds).
    public var savingScenario: Scenario?
    /// A file or profile being opened off the input loop (Esc cancels it while it has not finished).
    public var opening: OpenProgress = .idle
    /// Quit once the pending save succeeds (`s` in the quit question).
    public var quitAfterSave = false

    public var size: TerminalSize
    public var capabilities: Capabilities
    /// Files named on the command line, offered by `o` besides the bundled profiles.
    public var commandLineFiles: [String]
    /// Set once the reducer has asked to quit.
    public var quitting = false
    /// The autosave of unsaved edits: what is written and when the next write is due.
    public var autosave = AutosaveState()

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
    public var currentPlans: [Plan]? { plans?.plans }

    /// True when the plans shown belong to the scenario shown.
    public var plansAreCurrent: Bool { plans?.revision == revision }

    /// The workload under the cursor, if any.
    public var selectedWorkload: Workload? {
        scenario.workloads.indices.contains(workloadRow) ? scenario.workloads[workloadRow] : nil
    }
}
