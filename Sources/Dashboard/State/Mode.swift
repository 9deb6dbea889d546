import PlannerCore
import Storage

/// What the keyboard is doing right now: moving around, editing a cell, answering a prompt, picking
/// a profile to open, or reading the help.
public enum Mode: Sendable, Equatable {
    case normal
    /// Editing a table cell or a parameter in place.
    case editing(EditBuffer)
    /// Typing a path for save, export or open.
    case prompt(PathPrompt)
    /// A yes/no question (quit or open with unsaved changes).
    case confirm(Confirmation)
    /// The list `o` shows.
    case picker(OpenPicker)
    /// The help overlay.
    case help
}

/// The cell being edited, the text typed so far and, when it is invalid, why.
public struct EditBuffer: Sendable, Equatable {
    public var target: EditTarget
    public var text: String
    /// Why the text cannot be applied (nil when it can).
    public var problem: String?

    public init(target: EditTarget, text: String, problem: String? = nil) {
        self.target = target
        self.text = text
        self.problem = problem
    }
}

/// Which value an edit changes.
public enum EditTarget: Sendable, Equatable {
    case workload(row: Int, column: WorkloadColumn)
    case parameter(Parameter)
}

/// A path being typed in the status line.
public struct PathPrompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case save
        case export
        case open
    }

    public var purpose: Purpose
    public var text: String

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        self.text = text
    }

    public var label: String {
        switch purpose {
        case .save: return "Save scenario to: "
        case .export: return "Export plan JSON to: "
        case .open: return "Open scenario file: "
        }
    }
}

/// A question answered with y or n.
public enum Confirmation: Sendable, Equatable {
    /// Quit although there are unsaved changes.
    case quit
    /// Open another profile although there are unsaved changes.
    case discardAndOpen(ScenarioLocation)
    /// An autosave of unsaved edits, newer than the file, was found at start: load it?
    case restoreAutosave(path: String, scenario: Scenario)

    public var question: String {
        switch self {
        case .restoreAutosave:
            return "Restore autosaved edits? (y restores, n discards)"
        case .quit: return "Unsaved changes. Quit without saving? (y/n, s saves first)"
        case .discardAndOpen(let target): return "Unsaved changes. Discard them and open \(target.label)? (y/n)"
        }
    }
}

/// The list of profiles and files `o` offers, with the highlighted entry. The last entry types a path.
public struct OpenPicker: Sendable, Equatable {
    public var choices: [ScenarioLocation]
    public var selected: Int

    public init(choices: [ScenarioLocation], selected: Int = 0) {
        self.choices = choices
        self.selected = selected
    }

    /// Entries shown: the choices plus "type a path".
    public var entryCount: Int { choices.count + 1 }
}
