import PlannerCore
import Storage

/// What the keyboard is doing right now: moving around, editing a cell, answering a prompt, picking
/// a profile to open, typing the filter, reading an overlay, looking inside a plan's hosts, or
/// editing an image's layers.
public enum Mode: Sendable, Equatable {
    case normal
    /// Editing a table cell or a parameter in place.
    case editing(EditBuffer)
    /// Typing a path for save, export or open.
    case prompt(PathPrompt)
    /// A yes/no question (quit, open with unsaved changes, replace a file).
    case confirm(Confirmation)
    /// The list `o` shows.
    case picker(OpenPicker)
    /// Typing the workload filter (`/`): the table follows every key.
    case filter(TextField)
    /// A text to read over the dashboard: the help, an explanation, the notes, the message log.
    case reading(Reading)
    /// Inside a plan: its hosts, one host, or where a workload's replicas are.
    case hosts(HostsView)
    /// The layers of one workload's image.
    case layers(LayerEditor)
}

/// The cell being edited, the text typed so far and, when it is invalid, why.
public struct EditBuffer: Sendable, Equatable {
    public var target: EditTarget
    public var field: TextField
    /// Why the text cannot be applied (nil when it can).
    public var problem: String?

    public init(target: EditTarget, text: String, problem: String? = nil) {
        self.target = target
        self.field = TextField(text)
        self.problem = problem
    }

    /// The text typed so far.
    public var text: String { field.text }
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
    public var field: TextField

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        self.field = TextField(text)
    }

    /// The path typed so far.
    public var text: String { field.text }

    public var label: String {
        switch purpose {
        case .save: return "Save scenario to: "
        case .export: return "Export plan JSON to: "
        case .open: return "Open scenario file: "
        }
    }
}

/// What the world says about a path typed for save-as or export: whether a file is there, and
/// whether it is the scenario being edited.
public struct PathCheck: Sendable, Equatable {
    public var path: String
    public var purpose: PathPrompt.Purpose
    public var exists: Bool
    public var isDocument: Bool

    public init(path: String, purpose: PathPrompt.Purpose, exists: Bool, isDocument: Bool) {
        self.path = path
        self.purpose = purpose
        self.exists = exists
        self.isDocument = isDocument
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
    /// Save-as or export would replace an existing file.
    case replaceFile(PathCheck)

    public var question: String {
        switch self {
        case .restoreAutosave:
            return "Restore autosaved edits? (y restores, n discards)"
        case .quit: return "Unsaved changes. Quit without saving? (y/n, s saves first)"
        case .discardAndOpen(let target): return "Unsaved changes. Discard them and open \(target.label)? (y/n)"
        // The question first, the path last: a long path is what the status line cuts.
        case .replaceFile(let check) where check.purpose == .export && check.isDocument:
            return "Replace the scenario being edited with plan JSON? (y/n) \(check.path)"
        case .replaceFile(let check):
            return "A file exists there. Replace it? (y/n) \(check.path)"
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

/// A text shown over the dashboard, scrolled with the arrows: its title and paragraphs (wrapped to
/// the box when drawn).
public struct Reading: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case help
        case explanation
        case notes
        case messages
    }

    public var kind: Kind
    public var title: String
    /// Paragraphs; an empty one is a blank line, one starting with two spaces is indented.
    public var paragraphs: [String]
    public var scroll = ScrollPosition()

    public init(kind: Kind, title: String, paragraphs: [String]) {
        self.kind = kind
        self.title = title
        self.paragraphs = paragraphs
    }
}

/// The drill-down into a plan: a stack of views, Enter going one deeper and Esc one back.
public struct HostsView: Sendable, Equatable {
    /// One view of the stack.
    public enum Level: Sendable, Equatable {
        /// Every host of the plan.
        case hosts
        /// What one host (index into the plan's placements) holds, by workload.
        case host(Int)
        /// The hosts holding a workload's replicas (index into the scenario's workloads).
        case replicas(Int)
    }

    /// A level and its cursor.
    public struct Page: Sendable, Equatable {
        public var level: Level
        public var scroll = ScrollPosition()

        public init(_ level: Level) { self.level = level }
    }

    public var plan: PlanModel
    /// The pages opened, the one shown last.
    public var pages: [Page]

    public init(plan: PlanModel, level: Level) {
        self.plan = plan
        self.pages = [Page(level)]
    }

    /// The page shown.
    public var page: Page {
        get { pages[pages.count - 1] }
        set { pages[pages.count - 1] = newValue }
    }
}

/// The layer editor of one workload: the layer and column under the cursor and, while a cell is
/// being typed into, its text and problem.
public struct LayerEditor: Sendable, Equatable {
    /// The workload (index into the scenario's workloads).
    public var row: Int
    public var scroll = ScrollPosition()
    /// 0: the id, 1: the size.
    public var column = 0
    public var field: TextField?
    public var problem: String?

    public init(row: Int) { self.row = row }
}
