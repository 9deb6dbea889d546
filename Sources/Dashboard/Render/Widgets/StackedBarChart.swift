/// Horizontal bars made of segments (memory: the workloads' own memory, then the overhead), scaled
/// to the largest total, with the number beside each bar.
public struct StackedBarChart: Sendable {
    public struct Segment: Sendable {
        public var value: Double
        public var style: Style
        /// Shaded segments use the shade glyph, so they read apart without colours.
        public var shaded: Bool

        public init(value: Double, style: Style, shaded: Bool = false) {
            self.value = value
            self.style = style
            self.shaded = shaded
        }
    }

    public struct Row: Sendable {
        public var label: String
        public var segments: [Segment]
        public var text: String
        public var labelStyle: Style

        public init(label: String, segments: [Segment], text: String, labelStyle: Style) {
            self.label = label
            self.segments = segments
            self.text = text
            self.labelStyle = labelStyle
        }

        public var total: Double { segments.reduce(0) { $0 + max(0, $1.value) } }
    }

    public var rows: [Row]
    public var labelWidth: Int
    public var textWidth: Int

    public init(rows: [Row], labelWidth: Int, textWidth: Int) {
        self.rows = rows
        self.labelWidth = labelWidth
        self.textWidth = textWidth
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let scale = rows.map(\.total).max() ?? 0
        let columns = BarRowColumns(area: area, labelWidth: labelWidth, textWidth: textWidth)
        let barX = columns.barX
        let barWidth = columns.barWidth
        for (index, row) in rows.enumerated() where index < area.height {
            let y = area.y + index
            columns.putLabel(row.label, y: y, style: row.labelStyle, into: &buffer, glyphs: glyphs)
            // Cells by cumulative rounding, so the segments add up to the total's length; a segment
            // above zero gets at least one cell when there is room.
            var cumulative = 0.0
            var drawn = 0
            for segment in row.segments {
                cumulative += max(0, segment.value)
                var end = scale > 0 ? Int((cumulative / scale * Double(barWidth)).rounded()) : 0
                if segment.value > 0 && end <= drawn && drawn < barWidth { end = drawn + 1 }
                end = min(end, barWidth)
                let glyph = segment.shaded ? glyphs.shade : glyphs.horizontal[8]
                if end > drawn {
                    buffer.put(String(repeating: glyph, count: end - drawn), x: barX + drawn, y: y, style: segment.style)
                    drawn = end
                }
            }
            columns.putText(row.text, y: y, into: &buffer, glyphs: glyphs)
        }
    }
}
