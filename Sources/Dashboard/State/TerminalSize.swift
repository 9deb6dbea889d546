/// The terminal's size in character cells.
public struct TerminalSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest terminal the dashboard lays out; below it a message asks for more room.
    public static let minimum = TerminalSize(width: 80, height: 24)

    /// True when the terminal is at least `minimum` in both directions.
    public var isLargeEnough: Bool { width >= Self.minimum.width && height >= Self.minimum.height }
}
