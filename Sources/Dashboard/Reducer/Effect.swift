import Foundation
import PlannerCore

/// Work the reducer asks the outside world to do; the results come back as actions.
public enum Effect: Sendable, Equatable {
    /// Plan `scenario` off the input path; answer with `.planFinished(revision:result:)`.
    case plan(Scenario, revision: Int)
    /// Write `data` atomically to `path`; answer with `.saveFinished`.
    case save(path: String, data: Data)
    /// Write `data` atomically to `path`; answer with `.exportFinished`.
    case export(path: String, data: Data)
    /// Load a profile or file; answer with `.openFinished`.
    case open(OpenTarget)
    /// Restore the terminal and exit.
    case quit
}
