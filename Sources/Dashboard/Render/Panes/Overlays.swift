/// Boxes drawn over the dashboard: the open list and the "terminal too small" message.
enum Overlays {
    static func picker(_ picker: OpenPicker, into buffer: inout ScreenBuffer, size: TerminalSize, glyphs: Glyphs) {
        let entries = picker.choices.map(\.label) + ["type a path…"]
        let width = min(size.width - 4, max(40, (entries.map { DisplayWidth.of($0) }.max() ?? 0) + 8))
        let height = min(size.height - 4, entries.count + 2)
        let box = Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        let inner = Frame(title: "Open a profile", focused: true).render(into: &buffer, area: box, glyphs: glyphs)
        let first = max(0, min(picker.selected - inner.height + 1, entries.count - inner.height))
        for row in 0..<min(inner.height, entries.count - first) {
            let index = first + row
            let selected = index == picker.selected
            let text = TextFit.pad(
                (selected ? glyphs.pointer : " ") + " " + entries[index], inner.width, ellipsis: glyphs.ellipsis)
            buffer.put(
                text, x: inner.x, y: inner.y + row, style: selected ? Style(.selection, bold: true, reverse: true) : Style())
        }
    }

    static func tooSmall(into buffer: inout ScreenBuffer, size: TerminalSize) {
        let lines = [
            "vplan needs a terminal of at least \(TerminalSize.minimum.width)×\(TerminalSize.minimum.height).",
            "This one is \(size.width)×\(size.height): please make it larger.",
            "(q quits)",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < size.height {
            let fitted = TextFit.fit(line, size.width, ellipsis: "~")
            buffer.put(
                fitted, x: max(0, (size.width - DisplayWidth.of(fitted)) / 2), y: top + index, style: Style(.warning, bold: true))
        }
    }
}
