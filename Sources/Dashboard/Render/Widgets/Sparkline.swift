/// A row of figures drawn as one line of bars, one character per figure: each figure against
/// `scale` (the largest figure when not given), from zero, so equal figures draw alike in every
/// sparkline sharing a scale. A figure above zero always shows; zero is blank.
public enum Sparkline {
    /// The sparkline of `values` (nothing for no values).
    public static func text(_ values: [Double], scale: Double? = nil, glyphs: Glyphs) -> String {
        values.map { character($0, scale: scale ?? values.max() ?? 0, glyphs: glyphs) }.joined()
    }

    /// One figure's character: 0 to 8 eighths of `scale`, at least one eighth above zero.
    public static func character(_ value: Double, scale: Double, glyphs: Glyphs) -> String {
        glyphs.sparkline[level(value, scale: scale)]
    }

    /// The eighths (0 to 8) `value` fills of `scale`.
    public static func level(_ value: Double, scale: Double) -> Int {
        guard value > 0, value.isFinite else { return value > 0 ? 8 : 0 }
        guard scale > 0, scale.isFinite else { return 8 }
        return min(8, max(1, Int((value / scale * 8).rounded())))
    }
}
