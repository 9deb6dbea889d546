/// One cell of the screen: the grapheme it shows and its style. A wide character's second cell holds
/// the empty string.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
}

/// An in-memory screen: a grid of cells that widgets draw into and the terminal layer copies out
/// (only the rows that changed). Tests read it back as text.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x x: Int, y y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Columns the cell at (`x`, `y`) covers: 2 for a wide character (the next cell is its empty
    /// second half), else 1.
    public func columns(x: Int, y: Int) -> Int {
        x + 1 < width && !self[x: x, y: y].text.isEmpty && self[x: x + 1, y: y].text.isEmpty ? 2 : 1
    }

    /// Draws `text` (sanitized) from column `x` of row `y`, at most `limit` columns; returns the column
    /// after the last one written. Wide characters that do not fit are left out.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        for character in Sanitizer.clean(text) {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A combining mark joins the previous cell's grapheme.
                if column > 0, column - 1 >= x, column - 1 < width {
                    var index = (y * width) + column - 1
                    if cells[index].text.isEmpty, column - 2 >= 0 { index -= 1 }
                    cells[index].text.append(character)
                }
                continue
            }
            if column + w > end { break }
            if column >= 0 {
                set(x: column, y: y, Cell(String(character), style: style))
                if w == 2 { set(x: column + 1, y: y, Cell("", style: style)) }
            }
            column += w
        }
        return column
    }

    /// Fills a rectangle with one character.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .plain) {
        let row = String(repeating: text, count: max(0, rect.width))
        for y in rect.y..<rect.maxY { put(row, x: rect.x, y: y, style: style, limit: rect.width) }
    }

    /// Changes the style of every cell in a rectangle.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { change(&cells[y * width + x].style) }
        }
    }

    /// Changes every cell in place.
    mutating func transformCells(_ change: (inout Cell) -> Void) {
        for index in cells.indices { change(&cells[index]) }
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].text.isEmpty, cell.text != "", x > 0 { cells[index - 1].text = " " }
        if x + 1 < width, cells[index + 1].text.isEmpty, !cells[index].text.isEmpty { cells[index + 1].text = " " }
        cells[index] = cell
    }

    /// Row `y` as text (wide characters once, trailing spaces kept).
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<width { out += self[x: x, y: y].text }
        return out
    }

    /// The whole screen as text, one line per row, trailing spaces trimmed.
    public var text: String {
        (0..<height).map { y in
            var line = self.line(y)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
