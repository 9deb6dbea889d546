/// Draws one horizontal bar of a given length in eighths of a cell, for the bar chart widgets.
enum BarPainter {
    /// Paints `eighths` eighths from column `x`, at most `width` cells; returns the cells used.
    @discardableResult
    static func paint(
        into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, eighths: Int, style: Style, glyphs: Glyphs
    ) -> Int {
        let clamped = min(max(0, eighths), width * 8)
        let full = clamped / 8
        let rest = clamped % 8
        var text = String(repeating: glyphs.horizontal[8], count: full)
        if rest > 0 { text += glyphs.horizontal[rest] }
        let used = DisplayWidth.of(text)
        buffer.put(text, x: x, y: y, style: style, limit: width)
        return used
    }

    /// The length in eighths of a bar for `fraction` of `width` cells; a value above zero always shows.
    static func eighths(fraction: Double, width: Int, positive: Bool) -> Int {
        guard fraction.isFinite else { return positive ? width * 8 : 0 }
        let length = Int((min(max(fraction, 0), 1) * Double(width * 8)).rounded())
        return positive ? max(1, length) : length
    }
}
