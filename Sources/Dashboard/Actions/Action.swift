import Foundation
import PlannerCore
import Storage

/// Everything that can happen to the dashboard: intents from key presses, and results coming back
/// from the world (a resize, a finished plan, a save, an export or an open).
public enum Action: Sendable, Equatable {
    public enum Direction: Sendable, Equatable {
        case up, down, left, right
    }

    // Moving around.
    case move(Direction)
    /// Up (-1) or down (+1) by a page.
    case page(Int)
    /// To the first (false) or last (true) row.
    case jump(toEnd: Bool)
    case nextPane
    case previousPane
    /// Show the host fill and timeline of this plan.
    case selectPlan(PlanModel)
    /// The plan before (-1) or after (+1) the one shown, wrapping around.
    case cyclePlan(Int)

    // Finding, ordering and explaining.
    /// `/`: type a filter for the workload names.
    case startFilter
    /// The next (+1) or previous (-1) sort column of the workload table (after the last: the
    /// scenario's order).
    case cycleSort(Int)
    /// Ascending ↔ descending.
    case reverseSort
    /// `i`: explain the pane or figure under the cursor.
    case explain
    /// `n`: the scenario's notes (where its parameters come from).
    case showNotes
    /// `L`: every status message of the session.
    case showMessages
    /// `w`: the hosts holding the selected workload's replicas in the plan shown.
    case whereIs

    // Editing.
    /// Enter: edit the cell or parameter under the cursor (toggles and choices flip at once).
    case beginEdit
    /// `+` (1) or `-` (-1).
    case step(Int)
    case addWorkload
    case duplicateWorkload
    case deleteWorkload
    case toggleStateful
    case cycleModel
    /// `p`: the selected workload's day shape: flat → business hours → evening peak → nightly
    /// batch, at its daily average.
    case cycleTrafficShape
    /// `)` (1) or `(` (-1): all of the selected workload's traffic × or ÷ 1.25 per step.
    case scaleTraffic(Int)
    case cycleHypervisor
    case undo
    case redo

    // Typing (in an edit, a path prompt or the open list).
    case insert(String)
    case deleteBackward
    case clearInput
    case confirm
    case cancel
    /// y (true) or n (false) to a question; `s` answers the quit question with "save first".
    case answer(Bool)
    case answerSave

    // Files and the program.
    case save
    case saveAs
    case export
    case open
    case quit
    /// Ctrl-C at the quit question: quit at once.
    case forceQuit
    case toggleHelp

    // Comparing.
    /// `b`: pin the scenario (and its plans) as the baseline the charts measure changes against.
    case pinBaseline
    /// `B`: forget the baseline.
    case clearBaseline
    /// `W`: open or close the what-if pane.
    case toggleWhatIf
    /// `T`: open or close the 24-hour chart (hosts and cost of each plan hour by hour).
    case toggleDayChart

    // Results.
    case resize(TerminalSize)
    case planFinished(revision: Int, result: Result<[Plan], PlanningError>)
    case saveFinished(path: String, error: String?)
    case exportFinished(path: String, error: String?)
    case openFinished(target: ScenarioLocation, result: Result<Scenario, LoadError>)
    /// What is at a path typed for save-as or export (answer to `.checkPath`).
    case pathChecked(PathCheck)
    /// The pinned scenario planned at the standard effort (answer to `.planBaseline`).
    case baselinePlanned(revision: Int, result: Result<[Plan], PlanningError>)
    /// One what-if row planned (answer to `.whatIf`): the index into `WhatIfVariant.all`.
    case whatIfFinished(revision: Int, index: Int, result: Result<[WhatIfFigures], PlanningError>)

    // Autosave.
    /// The event loop's clock (seconds, monotonic), sent every `AutosavePolicy.tickInterval`.
    case tick(now: Double)
    /// An autosave of the document just opened was found (answer to `.findAutosave`).
    case autosaveFound(AutosaveFound)
    /// The autosave write of `revision` finished (answer to `.writeAutosave`).
    case autosaveFinished(revision: Int, error: String?)
    /// A signal (SIGTERM, SIGHUP, SIGINT) ends the program: bring the autosave up to date first.
    case terminating
}
