/// Where a key binding applies: the pane that has the focus (or any pane), or what the keyboard is
/// doing when it is not moving around (typing, answering, reading, looking inside a plan).
public enum KeyScope: String, Sendable, Equatable, CaseIterable {
    case everywhere
    case workloads
    case parameters
    case plans
    case warnings
    case typing
    case question
    case openList
    case reading
    case hosts
    case layers

    /// The heading of the scope in the help and docs/dashboard.md.
    public var title: String {
        switch self {
        case .everywhere: return "Any pane"
        case .workloads: return "Workloads pane"
        case .parameters: return "Host & model pane"
        case .plans: return "Plans pane"
        case .warnings: return "Warnings pane"
        case .typing: return "Typing (cell edit, path, filter)"
        case .question: return "Questions"
        case .openList: return "Open list"
        case .reading: return "Help, explanations, notes, messages"
        case .hosts: return "Inside a plan (hosts)"
        case .layers: return "Layer editor"
        }
    }

    /// The pane scope of a pane.
    public static func pane(_ pane: Pane) -> KeyScope {
        switch pane {
        case .workloads: return .workloads
        case .parameters: return .parameters
        case .plans: return .plans
        case .warnings: return .warnings
        }
    }
}

/// One row of the key table: the keys, what they do (one action for all keys, or one per key), the
/// help text, the short hint for the bottom line (nil: not hinted) and where it applies.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var actions: [Action]
    /// The keys as the help shows them (`↑↓ / jk`).
    public var label: String
    public var help: String
    public var hint: String?
    public var scope: KeyScope

    public init(_ label: String, _ keys: [Key], _ actions: [Action], help: String, hint: String? = nil, scope: KeyScope) {
        precondition(actions.count == 1 || actions.count == keys.count, "one action, or one per key")
        self.label = label
        self.keys = keys
        self.actions = actions
        self.help = help
        self.hint = hint
        self.scope = scope
    }

    /// The action for `key`, if this binding has it.
    public func action(for key: Key) -> Action? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        return actions.count == 1 ? actions[0] : actions[index]
    }
}
