/// A table with a header row, a highlighted row and cell, and vertical scrolling. Cells wider than
/// their column are cut with an ellipsis; wide characters keep the columns aligned.
public struct Table: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var width: Int
        public var alignment: TextFit.Alignment

        public init(_ title: String, width: Int, _ alignment: TextFit.Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// A cell being typed into: its text and whether the text is valid.
    public struct Editing: Sendable {
        public var row: Int
        public var column: Int
        public var text: String
        public var valid: Bool

        public init(row: Int, column: Int, text: String, valid: Bool) {
            self.row = row
            self.column = column
            self.text = text
            self.valid = valid
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    public var selectedRow: Int?
    public var selectedColumn: Int?
    /// First row shown.
    public var scroll: Int
    /// The table has the keyboard focus (the selection is drawn reversed, else bold).
    public var focused: Bool
    public var editing: Editing?
    /// Style per row (e.g. dim for rows with 0 replicas); default plain.
    public var rowStyles: [Style]
    /// For long lists the caller may pass only the rows on screen: `rows[0]` is row `rowOffset` of
    /// `totalRows` (indices in `selectedRow`, `scroll`, `editing` and `rowStyles` stay absolute).
    public var rowOffset: Int = 0
    public var totalRows: Int?
    /// Draw "3-10/40" at the header's right end when the rows do not fit. Off where the caller
    /// shows the position elsewhere (a frame's title), so it never hides a column's header.
    public var showsIndicator = true

    public init(
        columns: [Column], rows: [[String]], selectedRow: Int? = nil, selectedColumn: Int? = nil, scroll: Int = 0,
        focused: Bool = true, editing: Editing? = nil, rowStyles: [Style] = []
    ) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.selectedColumn = selectedColumn
        self.scroll = scroll
        self.focused = focused
        self.editing = editing
        self.rowStyles = rowStyles
    }

    /// Rows that fit under the header.
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 1) }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        var x = area.x
        for column in columns {
            buffer.put(
                TextFit.pad(column.title, column.width, column.alignment, ellipsis: glyphs.ellipsis), x: x, y: area.y,
                style: Style(.heading, bold: true, underline: true), limit: area.maxX - x)
            x += column.width + 1
        }
        let visible = Self.visibleRows(in: area)
        let total = totalRows ?? rows.count
        let first = max(0, min(scroll, max(0, total - visible)))
        for (offset, rowIndex) in (first..<min(total, first + visible)).enumerated() {
            let local = rowIndex - rowOffset
            guard rows.indices.contains(local) else { continue }
            let y = area.y + 1 + offset
            let selected = rowIndex == selectedRow
            var rowStyle = rowIndex < rowStyles.count ? rowStyles[rowIndex] : Style()
            if selected {
                if focused { rowStyle = Style(.selection, reverse: true) } else { rowStyle.bold = true }
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle)
            }
            x = area.x
            for (index, column) in columns.enumerated() {
                let value = index < rows[local].count ? rows[local][index] : ""
                var style = rowStyle
                var text = TextFit.pad(value, column.width, column.alignment, ellipsis: glyphs.ellipsis)
                if selected && focused && index == selectedColumn { style = Style(.cursor, bold: true, reverse: true) }
                if let editing, editing.row == rowIndex, editing.column == index {
                    style = Style(editing.valid ? .input : .error, bold: true, underline: true)
                    text = TextFit.pad(TextFit.tail(editing.text, column.width - 1) + glyphs.caret, column.width)
                }
                buffer.put(text, x: x, y: y, style: style, limit: area.maxX - x)
                x += column.width + 1
            }
        }
        let used = columns.reduce(0) { $0 + $1.width + 1 }
        if showsIndicator, total > visible, visible > 0, used + 12 <= area.width {
            let note = "\(first + 1)-\(min(total, first + visible))/\(total)"
            buffer.put(note, x: area.maxX - DisplayWidth.of(note), y: area.y, style: Style(.muted))
        }
    }
}
