/// The three columns every bar-chart row is drawn in: a label of `labelWidth` cells (none when 0),
/// a space, the bar, a space, and a text of `textWidth` cells at the right of `area`.
struct BarRowColumns {
    let area: Rect
    let labelWidth: Int
    let textWidth: Int

    /// Where the bar starts and how many cells it may take.
    var barX: Int { area.x + (labelWidth > 0 ? labelWidth + 1 : 0) }
    var barWidth: Int { max(0, area.maxX - barX - textWidth - 1) }

    /// The label, padded or cut to its column (nothing when the column is empty).
    func putLabel(_ label: String, y: Int, style: Style, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        guard labelWidth > 0 else { return }
        buffer.put(TextFit.pad(label, labelWidth, ellipsis: glyphs.ellipsis), x: area.x, y: y, style: style)
    }

    /// The text after the bar, padded or cut to its column.
    func putText(_ text: String, y: Int, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        buffer.put(
            TextFit.pad(text, textWidth, ellipsis: glyphs.ellipsis), x: barX + barWidth + 1, y: y,
            style: Style(.normal), limit: textWidth)
    }
}
