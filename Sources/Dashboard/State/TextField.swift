/// Text being typed: a cell edit, a path prompt, the workload filter, a layer's name or size. One
/// type so every place that takes typing takes the same keys.
public struct TextField: Sendable, Equatable {
    public var text: String

    public init(_ text: String = "") {
        self.text = text
    }

    /// Applies a typing action; false when the action is not typing (Enter, Esc, …).
    @discardableResult
    public mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .insert(let typed): text += typed
        case .deleteBackward: if !text.isEmpty { text.removeLast() }
        case .clearInput: text = ""
        default: return false
        }
        return true
    }
}
