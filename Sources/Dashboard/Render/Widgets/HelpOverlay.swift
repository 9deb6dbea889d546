/// A box in the middle of the screen listing every key.
public struct HelpOverlay: Sendable {
    public var entries: [(keys: String, action: String)]

    public init(entries: [(keys: String, action: String)] = KeyMap.help) {
        self.entries = entries
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = entries.map { DisplayWidth.of($0.action) }.max() ?? 0
        let width = min(area.width - 2, keyWidth + textWidth + 7)
        let height = min(area.height - 2, entries.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        let inner = Frame(title: "Keys", focused: true).render(into: &buffer, area: box, glyphs: glyphs)
        for (index, entry) in entries.enumerated() where index < inner.height - 2 {
            let y = inner.y + 1 + index
            buffer.put(TextFit.pad(entry.keys, keyWidth), x: inner.x + 1, y: y, style: Style(.heading, bold: true))
            buffer.put(entry.action, x: inner.x + keyWidth + 3, y: y, limit: inner.maxX - inner.x - keyWidth - 3)
        }
        if inner.height >= 2 {
            buffer.put(
                "any key closes this help", x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 1)
        }
    }
}
