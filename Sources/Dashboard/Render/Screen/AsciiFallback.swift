/// The last step for terminals whose locale is not UTF-8: every cell that is still not ASCII (an
/// arrow in a hint, a name from a file) becomes an ASCII look-alike or `?`, one per column, so the
/// layout stays aligned and nothing draws as mojibake.
extension ScreenBuffer {
    static let asciiLookalikes: [String: String] = [
        "≥": ">", "≤": "<", "≠": "!", "·": "-", "↑": "^", "↓": "v", "←": "<", "→": ">", "×": "x", "✗": "x", "⚠": "!", "…": "~",
        "▸": ">", "●": "*", "─": "-", "│": "|", "┃": "|", "▏": "|", "█": "#", "▒": "=", "é": "e", "ü": "u",
        "▲": "^", "▼": "v", "−": "-", "–": "-", "€": "E", "£": "L", "¥": "Y", "₹": "R",
    ]

    /// The same screen with only ASCII in it.
    public func asciiOnly() -> ScreenBuffer {
        var copy = self
        copy.transformCells { cell in
            guard !cell.text.unicodeScalars.allSatisfy(\.isASCII) else { return }
            cell.text = cell.text.isEmpty ? "?" : Self.asciiLookalikes[cell.text] ?? "?"
        }
        return copy
    }
}
