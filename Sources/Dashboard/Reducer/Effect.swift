import Foundation
import PlannerCore
import Storage

/// Work the reducer asks the outside world to do; the results come back as actions.
public enum Effect: Sendable, Equatable {
    /// Plan `scenario` off the input path; answer with `.planFinished(revision:result:)`.
    case plan(Scenario, revision: Int)
    /// Write `data` atomically to `path`; answer with `.saveFinished`.
    case save(path: String, data: Data)
    /// Plan `scenario` at the standard effort of `vplan-tui plan` and stream its plan document to
    /// `path` (as `plan --output` does), off the input path; answer with `.exportFinished`.
    case export(path: String, scenario: Scenario)
    /// Look at what is at `path` (typed for save-as or export): is a file there, is it the file of
    /// `document`? Answer with `.pathChecked`.
    case checkPath(path: String, purpose: PathPrompt.Purpose, document: Document)
    /// Load a profile or file; answer with `.openFinished`.
    case open(ScenarioLocation)
    /// Give up on an open under way: its result is not delivered, and a read blocked on a FIFO is
    /// released.
    case cancelOpen(ScenarioLocation)
    /// Look for an autosave of `document` newer than its file; answer with `.autosaveFound` (or nothing).
    case findAutosave(Document)
    /// Write `data` atomically to the autosave of `document`, off the input path; answer with
    /// `.autosaveFinished`.
    case writeAutosave(Document, data: Data, revision: Int)
    /// Delete the autosave of `document` (after the writes already asked for).
    case removeAutosave(Document)
    /// Plan the pinned baseline at the standard effort, off the input path (the plans on screen may
    /// be the interactive pass's); answer with `.baselinePlanned`.
    case planBaseline(Scenario, revision: Int)
    /// Plan each variant of `scenario` in the background, at a lower priority than `.plan`, first at
    /// interactive and then at standard effort, dropping the work once a newer revision is asked
    /// for; answer with one `.whatIfFinished` per variant and pass.
    case whatIf(Scenario, variants: [WhatIfVariant], revision: Int)
    /// Restore the terminal and exit.
    case quit
}
