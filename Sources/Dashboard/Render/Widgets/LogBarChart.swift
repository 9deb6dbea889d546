import Foundation

/// Horizontal bars on a logarithmic scale, so that milliseconds and minutes share one axis (ready
/// times). The scale runs from whole decades: `lower` = the decade at or below the smallest positive
/// value (at most 10 ms), `upper` = the decade at or above the largest (at least 10 s).
public struct LogBarChart: Sendable {
    public var rows: [BarChart.Row]
    public var labelWidth: Int
    public var textWidth: Int
    /// Draw a decade axis under the bars when there is a spare row.
    public var showAxis: Bool

    public init(rows: [BarChart.Row], labelWidth: Int, textWidth: Int, showAxis: Bool = false) {
        self.rows = rows
        self.labelWidth = labelWidth
        self.textWidth = textWidth
        self.showAxis = showAxis
    }

    /// The decades the scale spans, as powers of ten: (lower exponent, upper exponent).
    public var decades: (lower: Int, upper: Int) {
        let positive = rows.map(\.value).filter { $0 > 0 && $0.isFinite }
        let smallest = positive.min() ?? 1
        let largest = positive.max() ?? 1
        let lower = min(-2, Int(floor(log10(smallest))))
        let upper = max(1, Int(ceil(log10(largest))), lower + 1)
        return (lower, upper)
    }

    /// Where a value sits on the scale, from 0 to 1.
    public func fraction(_ value: Double) -> Double {
        guard value > 0 else { return 0 }
        let (lower, upper) = decades
        return (log10(value) - Double(lower)) / Double(upper - lower)
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        let columns = BarRowColumns(area: area, labelWidth: labelWidth, textWidth: textWidth)
        let barX = columns.barX
        let barWidth = columns.barWidth
        for (index, row) in rows.enumerated() where index < area.height {
            let y = area.y + index
            columns.putLabel(row.label, y: y, style: row.style, into: &buffer, glyphs: glyphs)
            BarPainter.paint(
                into: &buffer, x: barX, y: y, width: barWidth,
                eighths: BarPainter.eighths(fraction: fraction(row.value), width: barWidth, positive: row.value > 0),
                style: row.style, glyphs: glyphs)
            columns.putText(row.text, y: y, into: &buffer, glyphs: glyphs)
        }
        guard showAxis, rows.count < area.height, barWidth > 0 else { return }
        let (lower, upper) = decades
        var next = barX
        for exponent in lower...upper {
            let label = exponent < 0 ? "\(Int(pow(10, Double(exponent + 3)))) ms" : "\(Int(pow(10, Double(exponent)))) s"
            let position = barX + Int((Double(exponent - lower) / Double(upper - lower) * Double(barWidth - 1)).rounded())
            let start = min(position, barX + barWidth - DisplayWidth.of(label))
            if start >= next {
                buffer.put(label, x: start, y: area.y + rows.count, style: Style(.muted), limit: barX + barWidth - start)
                next = start + DisplayWidth.of(label) + 1
            }
        }
    }
}
