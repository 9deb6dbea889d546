/// A one-line section heading: a title followed by a horizontal line across the area.
public struct Rule: Sendable {
    public var title: String
    public var focused: Bool

    public init(_ title: String, focused: Bool = false) {
        self.title = title
        self.focused = focused
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard area.width > 0, area.height > 0 else { return }
        let line = String(repeating: glyphs.horizontalLine, count: area.width)
        buffer.put(line, x: area.x, y: area.y, style: Style(.muted), limit: area.width)
        let label = " " + TextFit.fit(title, max(0, area.width - 4), ellipsis: glyphs.ellipsis) + " "
        buffer.put(label, x: area.x + 1, y: area.y, style: Style(focused ? .heading : .title, bold: true), limit: area.width - 1)
    }
}
