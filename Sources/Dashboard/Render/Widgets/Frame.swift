/// A box with a title in its top border; returns the inside for the content.
public struct Frame: Sendable {
    public var title: String
    public var focused: Bool

    public init(title: String, focused: Bool = false) {
        self.title = title
        self.focused = focused
    }

    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let style = Style(focused ? .heading : .muted, bold: focused)
        let inner = String(repeating: glyphs.horizontalLine, count: area.width - 2)
        buffer.put(glyphs.topLeft + inner + glyphs.topRight, x: area.x, y: area.y, style: style, limit: area.width)
        buffer.put(glyphs.bottomLeft + inner + glyphs.bottomRight, x: area.x, y: area.maxY - 1, style: style, limit: area.width)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.put(glyphs.verticalLine, x: area.x, y: y, style: style)
            buffer.put(glyphs.verticalLine, x: area.maxX - 1, y: y, style: style)
        }
        if area.width > 6 {
            let label = " " + TextFit.fit(title, area.width - 6, ellipsis: glyphs.ellipsis) + " "
            buffer.put(label, x: area.x + 2, y: area.y, style: Style(focused ? .heading : .title, bold: true))
        }
        return area.inset(1)
    }
}

extension Frame {
    /// A box on wide layouts; on compact ones a heading line over the area, to save the border
    /// rows (the panes that take the charts' place: what-if and the day chart). Returns the inside.
    func boxOrHeading(wide: Bool, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) -> Rect {
        if wide { return render(into: &buffer, area: area, glyphs: glyphs) }
        buffer.put(String(repeating: glyphs.horizontalLine, count: area.width), x: area.x, y: area.y, style: Style(.muted))
        buffer.put(" \(title) ", x: area.x + 1, y: area.y, style: Style(.heading, bold: true), limit: area.width - 2)
        return Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    }
}
