import Dashboard
import Foundation
import TestSupport
import Testing

/// Each widget drawn onto a buffer of sentinels (`¤`), so the tests see which cells a widget leaves
/// alone (the dashboard draws onto a cleared screen, so those show as blanks), and with a style
/// legend, so they see bold, reverse, underline and the colour role of every cell, not only text.
@Suite struct WidgetTests {
    /// Style names for `styleRows`: `¤` is the sentinel's style, `?` a style not listed here.
    static let legend: [Character: Style] = [
        "n": Style(.normal), "v": Style(.vm), "c": Style(.container), "f": Style(.faas), "o": Style(.overhead),
        "t": Style(.title), "T": Style(.title, bold: true), "h": Style(.heading, bold: true),
        "H": Style(.heading, bold: true, underline: true), "m": Style(.muted), "M": Style(.marker, bold: true),
        "S": Style(.selection, reverse: true), "C": Style(.cursor, bold: true, reverse: true),
        "I": Style(.input, bold: true, underline: true), "E": Style(.error, bold: true, underline: true),
        "g": Style(.good), "W": Style(.warning, bold: true, reverse: true), "R": Style(.muted, reverse: true),
    ]

    private func draw(width: Int, height: Int, _ draw: (inout ScreenBuffer, Rect) -> Void) -> ScreenBuffer {
        var buffer = Sentinel.buffer(width: width, height: height)
        draw(&buffer, Rect(x: 0, y: 0, width: width, height: height))
        return buffer
    }

    private func styles(_ buffer: ScreenBuffer) -> [String] { buffer.styleRows(Self.legend) }

    /// `line` followed by sentinels up to `width` cells (for lines of single-width characters).
    private func untouched(_ line: String, to width: Int) -> String {
        line + String(repeating: Sentinel.text, count: width - line.count)
    }

    @Test func barChartScalesToTheLargestValueWithEighthsAndNumbers() {
        let chart = BarChart(
            rows: [
                BarChart.Row(label: "a", value: 4, text: "4", style: Style(.vm)),
                BarChart.Row(label: "b", value: 2, text: "2", style: Style(.container)),
                BarChart.Row(label: "c", value: 0, text: "0", style: Style(.faas)),
            ],
            labelWidth: 1, textWidth: 2)
        let buffer = draw(width: 10, height: 3) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        // The gaps beside the label and the text, and the bar's empty rest, are left alone.
        #expect(Fixture.lines(buffer) == ["a¤█████¤4", "b¤██▌¤¤¤2", "c¤¤¤¤¤¤¤0"])
        // Label and bar in the row's style, the number plain.
        #expect(styles(buffer) == ["v¤vvvvv¤nn", "c¤ccc¤¤¤nn", "f¤¤¤¤¤¤¤nn"])
    }

    @Test func barChartMarksTheLowerBoundAndShowsTinyValues() {
        let chart = BarChart(
            rows: [
                BarChart.Row(label: "a", value: 4, text: "4", style: Style(.vm)),
                BarChart.Row(label: "b", value: 3, text: "3", style: Style(.container), marker: 2),
                BarChart.Row(label: "c", value: 0.01, text: "x", style: Style(.faas)),
            ],
            labelWidth: 1, textWidth: 2)
        let buffer = draw(width: 10, height: 3) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(buffer) == ["a¤█████¤4", "b¤██┃▊¤¤3", "c¤▏¤¤¤¤¤x"])
        #expect(styles(buffer) == ["v¤vvvvv¤nn", "c¤ccMc¤¤nn", "f¤f¤¤¤¤¤nn"])  // the tick is a bold marker
        let small = BarChart(
            rows: [
                BarChart.Row(label: "a", value: 20, text: "", style: Style(.vm)),
                BarChart.Row(label: "b", value: 3, text: "", style: Style(.vm), marker: 3),
            ],
            labelWidth: 1, textWidth: 0)
        let smallBuffer = draw(width: 7, height: 2) { small.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(smallBuffer) == ["a¤████¤", "b¤▋┃¤¤¤"])  // the tick does not hide a one-cell bar
        #expect(styles(smallBuffer) == ["v¤vvvv¤", "v¤vM¤¤¤"])
        let ascii = draw(width: 10, height: 3) { chart.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(Fixture.lines(ascii) == ["a¤#####¤4", "b¤##|#¤¤3", "c¤¤¤¤¤¤¤x"])
        #expect(styles(ascii) == ["v¤vvvvv¤nn", "c¤ccMc¤¤nn", "f¤¤¤¤¤¤¤nn"])
    }

    @Test func stackedBarSplitsWorkloadAndOverhead() {
        let chart = StackedBarChart(
            rows: [
                StackedBarChart.Row(
                    label: "v",
                    segments: [.init(value: 6, style: Style(.vm)), .init(value: 4, style: Style(.overhead), shaded: true)],
                    text: "10", labelStyle: Style(.title)),
                StackedBarChart.Row(
                    label: "c",
                    segments: [
                        .init(value: 5, style: Style(.container)), .init(value: 0.01, style: Style(.overhead), shaded: true),
                    ],
                    text: "5", labelStyle: Style(.title)),
            ],
            labelWidth: 1, textWidth: 2)
        let buffer = draw(width: 15, height: 2) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        // Bar width 15 − 2 − 2 − 1 = 10 cells: 6 + 4; the second row keeps one cell for its overhead.
        #expect(Fixture.lines(buffer) == ["v¤██████▒▒▒▒¤10", "c¤█████▒¤¤¤¤¤5"])
        #expect(styles(buffer) == ["t¤vvvvvvoooo¤nn", "t¤ccccco¤¤¤¤¤nn"])
    }

    @Test func logScaleGivesMillisecondsAndMinutesOneAxis() {
        let chart = LogBarChart(
            rows: [
                BarChart.Row(label: "a", value: 0.01, text: "10ms", style: Style(.vm)),
                BarChart.Row(label: "b", value: 1, text: "1s", style: Style(.container)),
                BarChart.Row(label: "c", value: 100, text: "100s", style: Style(.faas)),
            ],
            labelWidth: 1, textWidth: 4)
        #expect(chart.decades.lower == -2)
        #expect(chart.decades.upper == 2)
        #expect(chart.fraction(1) == 0.5)
        let buffer = draw(width: 15, height: 3) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(buffer) == ["a¤▏¤¤¤¤¤¤¤¤10ms", "b¤████¤¤¤¤¤1s", "c¤████████¤100s"])
        #expect(styles(buffer) == ["v¤v¤¤¤¤¤¤¤¤nnnn", "c¤cccc¤¤¤¤¤nnnn", "f¤ffffffff¤nnnn"])
    }

    @Test func timelineDrawsInstancesReadyOverTime() {
        let timeline = Timeline(
            points: [
                Timeline.Point(seconds: 0, ready: 0), Timeline.Point(seconds: 1, ready: 2), Timeline.Point(seconds: 2, ready: 4),
            ],
            style: Style(.vm))
        #expect(timeline.ready(at: 0.5) == 0)
        #expect(timeline.ready(at: 1.5) == 2)
        #expect(timeline.ready(at: 2) == 4)
        let buffer = draw(width: 10, height: 3) { timeline.render(into: &$0, area: $1, glyphs: .unicode) }
        // The plot clears its whole area (empty levels are drawn as spaces); the gutter and the axis
        // draw only their labels.
        #expect(Fixture.lines(buffer) == ["4¤       █", "¤¤   █████", "¤¤0¤¤¤¤2 s"])
        #expect(styles(buffer) == ["m¤vvvvvvvv", "¤¤vvvvvvvv", "¤¤m¤¤¤¤mmm"])
    }

    @Test func tableCutsWithEllipsisKeepsWideCharactersAlignedAndScrolls() {
        var table = Table(
            columns: [Table.Column("name", width: 6), Table.Column("n", width: 3, .right)],
            rows: [["alpha", "1"], ["βeta-long", "22"], ["表格", "3"]], selectedRow: 1, selectedColumn: 0)
        var buffer = draw(width: 10, height: 3) { table.render(into: &$0, area: $1, glyphs: .unicode) }
        // The gap between columns is left alone except on the selected row, which is filled.
        // Too narrow for the position: no column's header is hidden by it.
        #expect(Fixture.lines(buffer) == ["name  ¤  n", "alpha ¤  1", "βeta-…  22"])
        // Bold underlined headings, the selected row reversed and its selected cell as the bold
        // reversed cursor.
        #expect(styles(buffer) == ["HHHHHH¤HHH", "nnnnnn¤nnn", "CCCCCCSSSS"])
        // With room beside the last column, the muted position shows at the right end.
        let roomy = draw(width: 24, height: 3) { table.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(roomy)[0].hasSuffix("1-2/3"))
        #expect(styles(roomy)[0].hasSuffix("mmmmm"))
        table.selectedRow = 2
        table.scroll = 1
        buffer = draw(width: 10, height: 3) { table.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(buffer) == ["name  ¤  n", "βeta-…¤ 22", "表格     3"])
        #expect(styles(buffer) == ["HHHHHH¤HHH", "nnnnnn¤nnn", "CCCCCCSSSS"])
        // The wide characters take two cells each, so the number column stays at x = 9.
        #expect(buffer[x: 9, y: 2].text == "3")
        #expect(buffer[x: 1, y: 2].text == "")
        // Without the focus the selected row is bold instead of reversed, and there is no cursor.
        table.focused = false
        buffer = draw(width: 10, height: 3) { table.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(buffer[x: 0, y: 2].style == Style(bold: true))
        #expect(buffer[x: 9, y: 2].style == Style(bold: true))
    }

    @Test func tableShowsTheTextBeingTypedAtItsEnd() {
        var table = Table(
            columns: [Table.Column("v", width: 5)], rows: [["12"]], selectedRow: 0, selectedColumn: 0,
            editing: Table.Editing(row: 0, column: 0, text: "123456", valid: false))
        var buffer = draw(width: 5, height: 2) { table.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(Fixture.lines(buffer) == ["v", "3456_"])
        #expect(styles(buffer) == ["HHHHH", "EEEEE"])  // invalid text: the error role, bold, underlined
        table.editing?.valid = true
        buffer = draw(width: 5, height: 2) { table.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(styles(buffer) == ["HHHHH", "IIIII"])
    }

    @Test func hostFillStripHasOneColumnPerHostAndSparesEmpty() {
        let strip = HostFillStrip(
            hosts: [HostFillStrip.Host(cpu: 1, memory: 0.5), HostFillStrip.Host(cpu: 0.25, memory: 0)], spares: 1,
            style: Style(.vm))
        let buffer = draw(width: 60, height: 3) { strip.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(
            Fixture.lines(buffer) == [
                untouched("cpu¤█¤▂¤·", to: 60),
                untouched("mem¤▄¤ ¤·", to: 60),
                untouched("2 active + 1 spare · avg cpu 63% · mem 25% · CPU binds", to: 60),
            ])
        // Labels, spares and the legend muted; the hosts' bars in the plan's style.
        #expect(
            styles(buffer) == [
                untouched("mmm¤v¤v¤m", to: 60), untouched("mmm¤v¤v¤m", to: 60),
                untouched(String(repeating: "m", count: 54), to: 60),
            ])
        let tall = draw(width: 40, height: 6) { strip.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(
            Fixture.lines(tall) == [
                untouched("¤¤¤¤█¤ ", to: 40), untouched("cpu¤█¤▄¤·", to: 40), untouched("¤¤¤¤ ¤ ", to: 40),
                untouched("mem¤█¤ ¤·", to: 40), untouched("2 active + 1 spare", to: 40),
                untouched("avg cpu 63% · mem 25% · CPU binds", to: 40),
            ])
        #expect(
            styles(tall)[0...3] == [
                untouched("¤¤¤¤v¤v", to: 40), untouched("mmm¤v¤v¤m", to: 40), untouched("¤¤¤¤v¤v", to: 40),
                untouched("mmm¤v¤v¤m", to: 40),
            ])
    }

    @Test func hostFillStripGroupsHostsWhenThereAreMoreThanColumns() {
        let strip = HostFillStrip(
            hosts: Array(repeating: HostFillStrip.Host(cpu: 1, memory: 1), count: 20), spares: 0, style: Style(.container))
        #expect(strip.hostsPerColumn(6) == 4)
        let buffer = draw(width: 10, height: 2) { strip.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(Fixture.lines(buffer) == ["cpu¤#####¤", "mem¤#####¤"])
        #expect(styles(buffer) == ["mmm¤ccccc¤", "mmm¤ccccc¤"])
    }

    @Test func frameDrawsBoxAndTitleAndLeavesTheInsideAlone() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let buffer = draw(width: 12, height: 3) { inner = Frame(title: "Hosts").render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(Fixture.lines(buffer) == ["+- Hosts --+", "|¤¤¤¤¤¤¤¤¤¤|", "+----------+"])
        #expect(styles(buffer) == ["mmTTTTTTTmmm", "m¤¤¤¤¤¤¤¤¤¤m", "mmmmmmmmmmmm"])
        // A focused frame draws its border and title as bold headings.
        let focused = draw(width: 12, height: 3) {
            Frame(title: "Hosts", focused: true).render(into: &$0, area: $1, glyphs: .ascii)
        }
        #expect(styles(focused) == ["hhhhhhhhhhhh", "h¤¤¤¤¤¤¤¤¤¤h", "hhhhhhhhhhhh"])
    }

    @Test func ruleDrawsATitledLineAcrossTheArea() {
        let buffer = draw(width: 12, height: 2) { Rule("Plans").render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(buffer) == ["─ Plans ────", "¤¤¤¤¤¤¤¤¤¤¤¤"])
        #expect(styles(buffer)[0] == "mTTTTTTTmmmm")
        let focused = draw(width: 12, height: 1) { Rule("Plans", focused: true).render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(styles(focused) == ["mhhhhhhhmmmm"])
    }

    @Test func statusLineShowsMessageFileAndUnsavedState() {
        let line = StatusLine(message: "saved", messageStyle: Style(.good), file: "a.json", modified: true)
        let buffer = draw(width: 60, height: 1) { line.render(into: &$0, area: $1, glyphs: .ascii) }
        // The message is padded up to one cell before the file part, which keeps its spaces.
        #expect(Fixture.lines(buffer) == ["saved" + String(repeating: " ", count: 36) + "¤ a.json * unsaved"])
        // Unsaved: the file part is a bold reversed warning; the message keeps its own style.
        #expect(styles(buffer) == [String(repeating: "g", count: 41) + "¤" + String(repeating: "W", count: 18)])
        let long = StatusLine(message: "ok", messageStyle: Style(.good), file: "/very/long/path/shop.json", modified: false)
        let longBuffer = draw(width: 60, height: 1) { long.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(Fixture.lines(longBuffer)[0].hasSuffix("¤ …h/shop.json saved"))
        // Saved: reversed and muted.
        #expect(styles(longBuffer)[0].hasSuffix("¤" + String(repeating: "R", count: 20)))
    }

    @Test func helpListsEveryBindingOfTheKeyTable() {
        let help = Explanations.help().joined(separator: "\n")
        for binding in KeyBindings.all {
            #expect(help.contains(binding.label), "\(binding.label)")
            #expect(help.contains(binding.help), "\(binding.help)")
        }
        #expect(help.contains("Ctrl-R"))
    }

    @Test func aReadingOverlayClearsItsBoxOnlyAndScrolls() {
        let size = TerminalSize(width: 90, height: 24)
        var reading = Reading(kind: .help, title: "Keys", paragraphs: Explanations.help())
        var state = Fixture.state(size: size)
        state.mode = .reading(reading)
        let buffer = draw(width: 90, height: 24) { buffer, _ in
            buffer = DashboardRenderer.render(state)
        }
        let box = ReadingLayout.box(size)
        #expect(buffer.line(box.y).contains("┌─ Keys 1-"))
        #expect(buffer.line(box.y + 1).contains(Explanations.help()[0].prefix(40)))
        // Scrolled down a page, the first line shown is the page's.
        _ = reduce(&state, .page(1))
        if case .reading(let scrolled) = state.mode { reading = scrolled }
        #expect(reading.scroll.offset == ReadingLayout.rows(size))
        let lines = ReadingLayout.lines(reading, size: size)
        let scrolledBuffer = DashboardRenderer.render(state)
        #expect(scrolledBuffer.line(box.y + 1).contains(lines[reading.scroll.offset].trimmingCharacters(in: .whitespaces)))
    }
}
