/// The characters bars, boxes and markers are drawn with: Unicode block and box characters, or an
/// ASCII set for terminals whose locale is not UTF-8 (htop keeps the same pair).
public struct Glyphs: Sendable, Equatable {
    /// Horizontal fill from 0 to 8 eighths of a cell.
    public var horizontal: [String]
    /// Vertical fill from 0 to 8 eighths of a cell.
    public var vertical: [String]
    /// One-line sparkline levels from 0 (nothing) to 8 (full); every level above 0 is visible.
    public var sparkline: [String]
    /// Bar of the second segment of a stacked bar (overhead).
    public var shade: String
    /// The lower-bound tick on a host bar.
    public var marker: String
    public var horizontalLine: String
    public var verticalLine: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var ellipsis: String
    /// An empty failover spare in the host fill strip.
    public var spare: String
    /// The pointer in front of the selected plan.
    public var pointer: String
    public var warning: String
    public var modified: String
    /// The end of the text being typed.
    public var caret: String
    /// "at least" before a lower bound.
    public var atLeast: String

    public static let unicode = Glyphs(
        horizontal: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        vertical: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        sparkline: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        shade: "▒", marker: "┃", horizontalLine: "─", verticalLine: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…", spare: "·", pointer: "▸", warning: "⚠", modified: "●",
        caret: "▏", atLeast: "≥")

    public static let ascii = Glyphs(
        horizontal: ["", "", "", "", "#", "#", "#", "#", "#"],
        vertical: [" ", " ", ".", ".", ":", ":", "|", "|", "#"],
        sparkline: [" ", "_", "_", ".", "-", "=", "*", "#", "#"],
        shade: "=", marker: "|", horizontalLine: "-", verticalLine: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "~", spare: ".", pointer: ">", warning: "!", modified: "*",
        caret: "_", atLeast: ">=")

    public static func forCapabilities(_ capabilities: Capabilities) -> Glyphs {
        capabilities.unicode ? .unicode : .ascii
    }
}
