/// Instances ready over time during the rollout: a step curve drawn as vertical bars, time running
/// left to right from 0 to the moment the last instance is ready, with the count on the left.
public struct Timeline: Sendable {
    public struct Point: Sendable, Equatable {
        public var seconds: Double
        public var ready: Int

        public init(seconds: Double, ready: Int) {
            self.seconds = seconds
            self.ready = ready
        }
    }

    public var points: [Point]
    public var style: Style

    public init(points: [Point], style: Style) {
        self.points = points
        self.style = style
    }

    /// Instances ready at `time` (the last point at or before it).
    public func ready(at time: Double) -> Int {
        var ready = 0
        for point in points where point.seconds <= time { ready = max(ready, point.ready) }
        return ready
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard area.height >= 2, area.width > 8 else { return }
        let total = points.map(\.ready).max() ?? 0
        let end = points.map(\.seconds).max() ?? 0
        let topLabel = Readable.count(total)
        let gutter = DisplayWidth.of(topLabel) + 1
        let plotWidth = area.width - gutter
        let plotHeight = area.height - 1
        buffer.put(TextFit.pad(topLabel, gutter - 1, .right), x: area.x, y: area.y, style: Style(.muted))
        for column in 0..<plotWidth {
            let time = end * Double(column + 1) / Double(plotWidth)
            let fraction = total > 0 ? Double(ready(at: time)) / Double(total) : 0
            let eighths = Int((fraction * Double(plotHeight * 8)).rounded())
            for level in 0..<plotHeight {
                let part = min(8, max(0, eighths - level * 8))
                buffer.put(glyphs.vertical[part], x: area.x + gutter + column, y: area.y + plotHeight - 1 - level, style: style)
            }
        }
        // Time axis: 0 on the left, the end on the right, the middle between.
        let axisY = area.maxY - 1
        let endLabel = Readable.seconds(end)
        buffer.put("0", x: area.x + gutter, y: axisY, style: Style(.muted))
        let middleLabel = Readable.seconds(end / 2)
        let middleX = area.x + gutter + plotWidth / 2 - DisplayWidth.of(middleLabel) / 2
        if plotWidth > DisplayWidth.of(endLabel) + DisplayWidth.of(middleLabel) + 6 {
            buffer.put(middleLabel, x: middleX, y: axisY, style: Style(.muted))
        }
        buffer.put(endLabel, x: area.maxX - DisplayWidth.of(endLabel), y: axisY, style: Style(.muted))
    }
}
