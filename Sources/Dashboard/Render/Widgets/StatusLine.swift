/// The bottom line: a message on the left (what happened, or what is wrong) and the file name with
/// its saved/modified state on the right.
public struct StatusLine: Sendable {
    public var message: String
    public var messageStyle: Style
    public var file: String
    public var modified: Bool

    public init(message: String, messageStyle: Style, file: String, modified: Bool) {
        self.message = message
        self.messageStyle = messageStyle
        self.file = file
        self.modified = modified
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        let state = modified ? "\(glyphs.modified) unsaved" : "saved"
        // The message matters most; a long path keeps its end (the file name).
        let room = max(0, area.width / 3 - DisplayWidth.of(state) - 3)
        let right = DisplayWidth.of(file) <= room ? file : glyphs.ellipsis + TextFit.tail(file, max(0, room - 1))
        let rightText = " \(right) \(state) "
        let rightX = area.maxX - DisplayWidth.of(rightText)
        buffer.put(
            TextFit.pad(message, max(0, rightX - area.x - 1), ellipsis: glyphs.ellipsis), x: area.x, y: area.y,
            style: messageStyle)
        buffer.put(rightText, x: rightX, y: area.y, style: Style(modified ? .warning : .muted, bold: modified, reverse: true))
    }
}
