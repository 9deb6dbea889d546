/// What the terminal layer hands ncurses for one cell of the buffer. ncurses measures text code
/// point by code point with the C library's `wcwidth` and starts a new cell at each one that takes
/// room, so a grapheme the buffer holds as one 2-column picture can take other columns there: the
/// family 👨‍👩‍👧 is three 2-column emoji joined by U+200D (6 columns to ncurses, which then draws
/// only 👨 and a dangling joiner), a keycap 1️⃣ is 1 column to it. What follows in the row would
/// then be drawn off by those columns. The text given to ncurses always takes the cell's columns.
public enum TerminalCell {
    /// `text` itself when its code points' `width`s add up to `columns`; else its first code point
    /// when that alone takes `columns` (👨 for 👨‍👩‍👧, 👍 for 👍🏽); else that code point, or `?`
    /// when it does not fit or is not printable, padded with spaces to `columns` (`1 ` for 1️⃣).
    /// `width` is the terminal's per-code-point width (`wcwidth`: negative when not printable).
    public static func text(_ text: String, columns: Int, width: (Unicode.Scalar) -> Int) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return text }
        if scalars.count == 1, first.value >= 0x20, first.value < 0x7F, columns == 1 { return text }
        var total = 0
        for scalar in scalars {
            let w = width(scalar)
            guard w >= 0 else {
                total = -1
                break
            }
            total += w
        }
        if total == columns { return text }
        let firstWidth = width(first)
        if firstWidth == columns { return String(first) }
        let base = firstWidth >= 1 && firstWidth < columns ? String(first) : "?"
        return base + String(repeating: " ", count: max(0, columns - max(1, firstWidth)))
    }
}
