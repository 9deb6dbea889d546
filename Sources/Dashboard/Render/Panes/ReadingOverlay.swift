/// A text over the dashboard: help, an explanation, the notes or the message log, scrolled.
enum ReadingOverlay {
    static func render(_ reading: Reading, size: TerminalSize, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        let box = ReadingLayout.box(size)
        buffer.fill(box)
        let lines = ReadingLayout.lines(reading, size: size)
        let rows = ReadingLayout.rows(size)
        let indicator = ScrollPosition.indicator(offset: reading.scroll.offset, rows: rows, count: lines.count)
        let inner = Frame(title: reading.title + (indicator.map { " \($0)" } ?? ""), focused: true)
            .render(into: &buffer, area: box, glyphs: glyphs)
        for row in 0..<rows {
            let index = reading.scroll.offset + row
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let heading = line.hasSuffix(":") && !line.hasPrefix(" ")
            buffer.put(
                line, x: inner.x + 1, y: inner.y + row, style: heading ? Style(.heading, bold: true) : Style(),
                limit: inner.width - 2)
        }
        let footer = lines.count > rows ? "↑↓ PgUp PgDn scroll · Esc closes" : "Esc closes"
        buffer.put(footer, x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 2)
    }
}
