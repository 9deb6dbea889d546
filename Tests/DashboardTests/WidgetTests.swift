import Dashboard
import TestSupport
import Testing

@Suite struct WidgetTests {
    private func render(width: Int, height: Int, _ draw: (inout ScreenBuffer, Rect) -> Void) -> [String] {
        var buffer = ScreenBuffer(width: width, height: height)
        draw(&buffer, Rect(x: 0, y: 0, width: width, height: height))
        return Fixture.lines(buffer)
    }

    @Test func barChartScalesToTheLargestValueWithEighthsAndNumbers() {
        let chart = BarChart(
            rows: [
                BarChart.Row(label: "a", value: 4, text: "4", style: Style()),
                BarChart.Row(label: "b", value: 2, text: "2", style: Style()),
                BarChart.Row(label: "c", value: 0, text: "0", style: Style()),
            ],
            labelWidth: 1, textWidth: 2)
        let lines = render(width: 10, height: 3) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == ["a █████ 4", "b ██▌   2", "c       0"])
    }

    @Test func barChartMarksTheLowerBoundAndShowsTinyValues() {
        let chart = BarChart(
            rows: [
                BarChart.Row(label: "a", value: 4, text: "4", style: Style()),
                BarChart.Row(label: "b", value: 3, text: "3", style: Style(), marker: 2),
                BarChart.Row(label: "c", value: 0.01, text: "x", style: Style()),
            ],
            labelWidth: 1, textWidth: 2)
        let lines = render(width: 10, height: 3) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == ["a █████ 4", "b ██┃▊  3", "c ▏     x"])
        let small = BarChart(
            rows: [BarChart.Row(label: "a", value: 20, text: "", style: Style()), BarChart.Row(label: "b", value: 3, text: "", style: Style(), marker: 3)],
            labelWidth: 1, textWidth: 0)
        let smallLines = render(width: 7, height: 2) { small.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(smallLines == ["a ████", "b ▋┃"])  // the tick does not hide a one-cell bar
        let ascii = render(width: 10, height: 3) { chart.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(ascii == ["a ##### 4", "b ##|#  3", "c       x"])
    }

    @Test func stackedBarSplitsWorkloadAndOverhead() {
        let chart = StackedBarChart(
            rows: [
                StackedBarChart.Row(
                    label: "v", segments: [.init(value: 6, style: Style()), .init(value: 4, style: Style(), shaded: true)],
                    text: "10", labelStyle: Style()),
                StackedBarChart.Row(
                    label: "c", segments: [.init(value: 5, style: Style()), .init(value: 0.01, style: Style(), shaded: true)],
                    text: "5", labelStyle: Style()),
            ],
            labelWidth: 1, textWidth: 2)
        let lines = render(width: 15, height: 2) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        // Bar width 15 − 2 − 2 − 1 = 10 cells: 6 + 4; the second row keeps one cell for its overhead.
        #expect(lines == ["v ██████▒▒▒▒ 10", "c █████▒     5"])
    }

    @Test func logScaleGivesMillisecondsAndMinutesOneAxis() {
        let chart = LogBarChart(
            rows: [
                BarChart.Row(label: "a", value: 0.01, text: "10ms", style: Style()),
                BarChart.Row(label: "b", value: 1, text: "1s", style: Style()),
                BarChart.Row(label: "c", value: 100, text: "100s", style: Style()),
            ],
            labelWidth: 1, textWidth: 4)
        #expect(chart.decades.lower == -2)
        #expect(chart.decades.upper == 2)
        #expect(chart.fraction(1) == 0.5)
        let lines = render(width: 15, height: 3) { chart.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == ["a ▏        10ms", "b ████     1s", "c ████████ 100s"])
    }

    @Test func timelineDrawsInstancesReadyOverTime() {
        let timeline = Timeline(
            points: [Timeline.Point(seconds: 0, ready: 0), Timeline.Point(seconds: 1, ready: 2), Timeline.Point(seconds: 2, ready: 4)],
            style: Style())
        #expect(timeline.ready(at: 0.5) == 0)
        #expect(timeline.ready(at: 1.5) == 2)
        #expect(timeline.ready(at: 2) == 4)
        let lines = render(width: 10, height: 3) { timeline.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == ["4        █", "     █████", "  0    2 s"])
    }

    @Test func tableCutsWithEllipsisKeepsWideCharactersAlignedAndScrolls() {
        var table = Table(
            columns: [Table.Column("name", width: 6), Table.Column("n", width: 3, .right)],
            rows: [["alpha", "1"], ["βeta-long", "22"], ["表格", "3"]], selectedRow: 1, selectedColumn: 0)
        var lines = render(width: 10, height: 3) { table.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == ["name 1-2/3", "alpha    1", "βeta-…  22"])
        table.selectedRow = 2
        table.scroll = 1
        lines = render(width: 10, height: 3) { table.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == ["name 2-3/3", "βeta-…  22", "表格     3"])
        // The wide characters take two cells each, so the number column stays at x = 9.
        var buffer = ScreenBuffer(width: 10, height: 3)
        table.render(into: &buffer, area: Rect(x: 0, y: 0, width: 10, height: 3), glyphs: .unicode)
        #expect(buffer[x: 9, y: 2].text == "3")
        #expect(buffer[x: 1, y: 2].text == "")
    }

    @Test func tableShowsTheTextBeingTypedAtItsEnd() {
        let table = Table(
            columns: [Table.Column("v", width: 5)], rows: [["12"]], selectedRow: 0, selectedColumn: 0,
            editing: Table.Editing(row: 0, column: 0, text: "123456", valid: false))
        let lines = render(width: 5, height: 2) { table.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(lines == ["v", "3456_"])
    }

    @Test func hostFillStripHasOneColumnPerHostAndSparesEmpty() {
        let strip = HostFillStrip(
            hosts: [HostFillStrip.Host(cpu: 1, memory: 0.5), HostFillStrip.Host(cpu: 0.25, memory: 0)], spares: 1,
            style: Style())
        let lines = render(width: 60, height: 3) { strip.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(lines == [
            "cpu █ ▂ ·",
            "mem ▄   ·",
            "2 active + 1 spare · avg cpu 63% · mem 25% · CPU binds",
        ])
        let tall = render(width: 40, height: 6) { strip.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(tall == ["    █", "cpu █ ▄ ·", "", "mem █   ·", "2 active + 1 spare", "avg cpu 63% · mem 25% · CPU binds"])
    }

    @Test func hostFillStripGroupsHostsWhenThereAreMoreThanColumns() {
        let strip = HostFillStrip(
            hosts: Array(repeating: HostFillStrip.Host(cpu: 1, memory: 1), count: 20), spares: 0, style: Style())
        #expect(strip.hostsPerColumn(6) == 4)
        let lines = render(width: 10, height: 2) { strip.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(lines == ["cpu #####", "mem #####"])
    }

    @Test func frameDrawsBoxAndTitle() {
        let lines = render(width: 12, height: 3) { Frame(title: "Hosts").render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(lines == ["+- Hosts --+", "|          |", "+----------+"])
    }

    @Test func statusLineShowsMessageFileAndUnsavedState() {
        let line = StatusLine(message: "saved", messageStyle: Style(), file: "a.json", modified: true)
        let lines = render(width: 60, height: 1) { line.render(into: &$0, area: $1, glyphs: .ascii) }
        #expect(lines == ["saved" + String(repeating: " ", count: 38) + "a.json * unsaved"])
        let long = StatusLine(message: "ok", messageStyle: Style(), file: "/very/long/path/shop.json", modified: false)
        let longLines = render(width: 60, height: 1) { long.render(into: &$0, area: $1, glyphs: .unicode) }
        #expect(longLines[0].hasSuffix(" …h/shop.json saved"))
    }

    @Test func helpOverlayListsEveryKey() {
        let lines = render(width: 90, height: 24) { HelpOverlay().render(into: &$0, area: $1, glyphs: .unicode) }
        let text = lines.joined(separator: "\n")
        for entry in KeyMap.help { #expect(text.contains(entry.keys)) }
        #expect(text.contains("Ctrl-R"))
    }
}
