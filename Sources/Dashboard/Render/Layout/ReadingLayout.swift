/// Where a text overlay (help, explanation, notes, message log) goes and how its paragraphs wrap:
/// the reducer scrolls by the same lines the renderer draws.
public enum ReadingLayout {
    /// The box: up to 100 columns wide, the screen's height less two rows above and below.
    public static func box(_ size: TerminalSize) -> Rect {
        let width = min(size.width - 4, 100)
        let height = max(5, size.height - 4)
        return Rect(x: (size.width - width) / 2, y: 2, width: width, height: height)
    }

    /// Text lines visible in the box (inside the frame, less the footer line).
    public static func rows(_ size: TerminalSize) -> Int { max(1, box(size).height - 3) }

    /// The paragraphs wrapped to the box's inner width.
    public static func lines(_ reading: Reading, size: TerminalSize) -> [String] {
        let width = max(10, box(size).width - 4)
        return reading.paragraphs.flatMap { wrap($0, width: width) }
    }

    /// A paragraph cut into lines of at most `width` columns at spaces; a leading indent is kept on
    /// every line; a word longer than a line is cut.
    public static func wrap(_ paragraph: String, width: Int) -> [String] {
        guard DisplayWidth.of(paragraph) > width else { return [paragraph] }
        let indent = String(paragraph.prefix { $0 == " " })
        var lines: [String] = []
        var line = ""
        for word in paragraph.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = line.isEmpty ? indent + word : line + " " + word
            if DisplayWidth.of(candidate) <= width || line.isEmpty {
                line = DisplayWidth.of(candidate) <= width ? candidate : TextFit.fit(candidate, width)
            } else {
                lines.append(line)
                line = DisplayWidth.of(indent + word) <= width ? indent + word : TextFit.fit(indent + word, width)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
