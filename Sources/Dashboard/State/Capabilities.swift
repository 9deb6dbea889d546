/// What the terminal can show: UTF-8 block and box characters, and colours.
public struct Capabilities: Sendable, Equatable {
    /// The locale is UTF-8, so block, box and ellipsis characters draw correctly.
    public var unicode: Bool
    /// The terminal has colours and `NO_COLOR` is not set.
    public var colour: Bool

    public init(unicode: Bool, colour: Bool) {
        self.unicode = unicode
        self.colour = colour
    }
}
