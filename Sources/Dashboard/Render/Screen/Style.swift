/// What a cell means; the terminal layer turns roles into colours (or none under `NO_COLOR`).
public enum ColorRole: Int, Sendable, Hashable, CaseIterable {
    case normal
    case title
    case heading
    case muted
    case selection
    case cursor
    case input
    case vm
    case container
    case faas
    case mixed
    case overhead
    case marker
    case good
    case warning
    case error
}

/// A cell's look: its role and the attributes that work without colours too.
public struct Style: Sendable, Hashable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}
