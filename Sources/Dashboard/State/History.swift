import PlannerCore

/// Undo and redo stacks of whole scenarios: every edit pushes the scenario it replaced.
public struct History: Sendable, Equatable {
    /// The most scenarios kept for undo; older ones are dropped.
    public static let limit = 500

    public private(set) var undo: [Scenario] = []
    public private(set) var redo: [Scenario] = []

    public init() {}

    /// Records the scenario an edit replaced; a new edit forgets what could be redone.
    public mutating func record(_ previous: Scenario) {
        undo.append(previous)
        if undo.count > Self.limit { undo.removeFirst(undo.count - Self.limit) }
        redo.removeAll()
    }

    /// The scenario to go back to, keeping `current` for redo.
    public mutating func undo(from current: Scenario) -> Scenario? {
        guard let previous = undo.popLast() else { return nil }
        redo.append(current)
        return previous
    }

    /// The scenario to go forward to, keeping `current` for undo.
    public mutating func redo(from current: Scenario) -> Scenario? {
        guard let next = redo.popLast() else { return nil }
        undo.append(current)
        return next
    }
}
