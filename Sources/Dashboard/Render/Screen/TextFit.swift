/// Fitting text into columns by display width: cut with an ellipsis, pad to a width.
public enum TextFit {
    public enum Alignment: Sendable {
        case left
        case right
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when cut.
    public static func fit(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + (room >= 0 ? ellipsis : "")
    }

    /// `text` fitted and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, _ width: Int, _ alignment: Alignment = .left, ellipsis: String = "…") -> String {
        let fitted = fit(text, width, ellipsis: ellipsis)
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        return alignment == .left ? fitted + gap : gap + fitted
    }

    /// The last columns of `text` that fit in `width` (for a field being typed).
    public static func tail(_ text: String, _ width: Int) -> String {
        var out: [Character] = []
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            out.append(character)
            used += w
        }
        return String(out.reversed())
    }
}
