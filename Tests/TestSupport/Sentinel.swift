import Dashboard

/// Widget tests draw onto a buffer whose every cell holds the sentinel, so a cell the widget left
/// alone reads `¤` (in the sentinel's style), told apart from one it cleared to a space.
public enum Sentinel {
    /// A character no widget draws.
    public static let text = "¤"
    /// A style no widget uses.
    public static let style = Style(.error, bold: true, reverse: true, underline: true)

    /// A buffer of `width` × `height` sentinels.
    public static func buffer(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.fill(Rect(x: 0, y: 0, width: width, height: height), with: text, style: style)
        return buffer
    }
}

extension ScreenBuffer {
    /// Each row as one character per cell: the character `legend` gives the cell's style, `¤` for the
    /// sentinel's style, `?` for a style the legend does not name. A wide character's second cell
    /// has its own entry, so column x of a row is cell x.
    public func styleRows(_ legend: [Character: Style]) -> [String] {
        var names: [Style: Character] = [Sentinel.style: Character(Sentinel.text)]
        for (name, style) in legend { names[style] = name }
        return (0..<height).map { y in
            String((0..<width).map { x in names[self[x: x, y: y].style] ?? "?" })
        }
    }
}
