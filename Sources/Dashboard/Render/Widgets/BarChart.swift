/// Horizontal bars on a linear scale from zero, one row per entry, each with its number beside it
/// and an optional marker (the hosts chart marks the lower bound with it).
public struct BarChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var value: Double
        public var text: String
        public var style: Style
        /// A value to mark on the scale (drawn as a tick at its position).
        public var marker: Double?

        public init(label: String, value: Double, text: String, style: Style, marker: Double? = nil) {
            self.label = label
            self.value = value
            self.text = text
            self.style = style
            self.marker = marker
        }
    }

    public var rows: [Row]
    /// Columns for the labels (0 hides them).
    public var labelWidth: Int
    /// Columns for the numbers beside the bars.
    public var textWidth: Int
    /// The value a full bar stands for (default: the largest value or marker).
    public var maximum: Double?

    public init(rows: [Row], labelWidth: Int, textWidth: Int, maximum: Double? = nil) {
        self.rows = rows
        self.labelWidth = labelWidth
        self.textWidth = textWidth
        self.maximum = maximum
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let scale = maximum ?? rows.map { max($0.value, $0.marker ?? 0) }.max() ?? 0
        let columns = BarRowColumns(area: area, labelWidth: labelWidth, textWidth: textWidth)
        let barX = columns.barX
        let barWidth = columns.barWidth
        for (index, row) in rows.enumerated() where index < area.height {
            let y = area.y + index
            columns.putLabel(row.label, y: y, style: row.style, into: &buffer, glyphs: glyphs)
            let fraction = scale > 0 ? row.value / scale : 0
            let used = BarPainter.paint(
                into: &buffer, x: barX, y: y, width: barWidth,
                eighths: BarPainter.eighths(fraction: fraction, width: barWidth, positive: row.value > 0),
                style: row.style, glyphs: glyphs)
            if let marker = row.marker, scale > 0, barWidth > 0 {
                var cell = min(barWidth - 1, max(0, Int((marker / scale * Double(barWidth) - 1e-9).rounded(.up)) - 1))
                // A bar of one cell keeps it: the tick goes just after it instead.
                if cell == 0 && used <= 1 && barWidth > 1 { cell = 1 }
                buffer.put(glyphs.marker, x: barX + cell, y: y, style: Style(.marker, bold: true))
            }
            columns.putText(row.text, y: y, into: &buffer, glyphs: glyphs)
        }
    }
}
