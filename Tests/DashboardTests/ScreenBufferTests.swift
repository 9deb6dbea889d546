import Dashboard
import PlannerCore
import TestSupport
import Testing

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoColumnsAndCutCleanly() {
        var buffer = Sentinel.buffer(width: 6, height: 1)
        let end = buffer.put("日本語", x: 0, y: 0, style: Style(.vm, bold: true))
        #expect(end == 6)
        #expect(buffer.line(0) == "日本語")
        #expect(buffer.styleRows(["v": Style(.vm, bold: true)]) == ["vvvvvv"])  // both halves take the style
        var narrow = Sentinel.buffer(width: 5, height: 1)
        narrow.put("日本語", x: 0, y: 0)
        #expect(narrow.line(0) == "日本¤")  // the third does not fit in one column, which is left alone
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Sentinel.buffer(width: 4, height: 1)
        buffer.put("日本", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0, style: Style(.vm))
        #expect(buffer.line(0) == " x本")
        #expect(buffer.styleRows(["n": Style(), "v": Style(.vm)]) == ["nvnn"])
    }

    @Test func controlCharactersAndEscapeSequencesAreShownEscaped() {
        #expect(Sanitizer.clean("red\u{1B}[31mtext") == #"red\u{1B}[31mtext"#)
        #expect(Sanitizer.clean("a\tb\nc\u{7F}") == #"a b\u{A}c\u{7F}"#)
        #expect(Sanitizer.clean("x\u{202E}y\u{9B}z") == #"x\u{202E}y\u{9B}z"#)
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.put("\u{1B}]0;pwn\u{07}", x: 0, y: 0)
        #expect(buffer.line(0) == #"\u{1B}]0;pwn\u{7}   "#)
    }

    @Test func displayWidthCountsWideCombiningAndEmoji() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("表格") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
    }

    @Test func emojiSequencesAreOneTwoColumnPicture() {
        #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧") == 2)  // family: a ZWJ sequence
        #expect(DisplayWidth.of("⛹\u{200D}♀") == 2)  // a ZWJ sequence on a text-style base
        #expect(DisplayWidth.of("🏳\u{FE0F}\u{200D}🌈") == 2)
        #expect(DisplayWidth.of("🇩🇪") == 2)  // a flag: two regional indicators
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)  // keycaps
        #expect(DisplayWidth.of("#\u{FE0F}\u{20E3}") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)  // a skin tone adds nothing
        #expect(DisplayWidth.of("☝🏽") == 2)
        #expect(DisplayWidth.of("ab👨\u{200D}👩\u{200D}👧🇩🇪") == 6)
        // Text-style characters stay narrow.
        #expect(DisplayWidth.of("☺") == 1)
        #expect(DisplayWidth.of("1\u{20E3}") == 1)
        #expect(DisplayWidth.of("a\u{FE0F}") == 1)
        #expect(DisplayWidth.of("a\u{200D}b") == 2)
    }

    @Test func fitAndTheBufferMeasureEmojiSequencesAlike() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TextFit.fit("ab\(family)cd", 5) == "ab\(family)…")
        #expect(TextFit.fit("ab\(family)cd", 4) == "ab…")
        #expect(TextFit.pad("1\u{FE0F}\u{20E3}", 4) == "1\u{FE0F}\u{20E3}  ")
        #expect(TextFit.tail("x\(family)", 2) == family)
        var buffer = ScreenBuffer(width: 8, height: 1)
        #expect(buffer.put(TextFit.pad("\(family)1\u{FE0F}\u{20E3}", 6) + "|", x: 0, y: 0) == 7)
        #expect((0..<8).map { buffer[x: $0, y: 0].text } == [family, "", "1\u{FE0F}\u{20E3}", "", " ", " ", "|", " "])
        #expect((0..<8).map { buffer.columns(x: $0, y: 0) } == [2, 1, 2, 1, 1, 1, 1, 1])
    }

    @Test func emojiSequencesInNamesKeepTheWorkloadColumnsInPlace() throws {
        var state = Fixture.state(size: TerminalSize(width: 80, height: 24))
        let names = ["ab", "👨\u{200D}👩\u{200D}👧", "1\u{FE0F}\u{20E3}x", "👍🏽🇩🇪", "☝🏽z"]
        state.scenario.workloads = names.map { name in
            var workload = state.scenario.workloads[0]
            workload.name = name
            workload.pod = nil
            return workload
        }
        Fixture.planCurrent(&state)
        let buffer = DashboardRenderer.render(state)
        /// The cells of the table row that shows `name`, from column 4 (after every name) on.
        func cells(after name: String) throws -> [String] {
            let y = try #require((0..<buffer.height).first { y in buffer[x: 0, y: y].text == String(name.first!) })
            return (4..<buffer.width).map { buffer[x: $0, y: y].text }
        }
        let plain = try cells(after: "ab")
        #expect(plain.joined().contains("container   0.5   256 MiB"))
        for name in names.dropFirst() {
            #expect(try cells(after: name) == plain, "\(name)")
        }
    }

    @Test func aWideCharacterCoversTwoColumns() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("表a🚀", x: 0, y: 0)
        #expect((0..<5).map { buffer.columns(x: $0, y: 0) } == [2, 1, 1, 2, 1])
    }

    @Test func terminalCellsTakeTheirColumnsByWcwidth() {
        /// glibc's wcwidth for these code points: emoji and CJK 2; regional indicators and
        /// text-style symbols 1; joiners, selectors and combining marks 0; C1 controls not printable.
        func wcwidth(_ scalar: Unicode.Scalar) -> Int {
            switch scalar.value {
            case 0x200D, 0xFE0F, 0x20E3, 0x300...0x36F: return 0
            case 0x7F...0x9F: return -1
            case 0x1F1E6...0x1F1FF: return 1
            case 0x1F300...0x1FAFF, 0x4E00...0x9FFF: return 2
            default: return 1
            }
        }
        #expect(TerminalCell.text("a", columns: 1, width: wcwidth) == "a")
        #expect(TerminalCell.text("e\u{301}", columns: 1, width: wcwidth) == "e\u{301}")
        #expect(TerminalCell.text("表", columns: 2, width: wcwidth) == "表")
        #expect(TerminalCell.text("🇩🇪", columns: 2, width: wcwidth) == "🇩🇪")
        // What ncurses would spread over 6 columns or fit in 1 is cut to what takes the cell's 2.
        #expect(TerminalCell.text("👨\u{200D}👩\u{200D}👧", columns: 2, width: wcwidth) == "👨")
        #expect(TerminalCell.text("👍🏽", columns: 2, width: wcwidth) == "👍")
        #expect(TerminalCell.text("1\u{FE0F}\u{20E3}", columns: 2, width: wcwidth) == "1 ")
        #expect(TerminalCell.text("☝🏽", columns: 2, width: wcwidth) == "☝ ")
        #expect(TerminalCell.text("表", columns: 1, width: wcwidth) == "?")
        #expect(TerminalCell.text("\u{85}", columns: 1, width: wcwidth) == "?")
    }

    @Test func fitCutsByDisplayWidth() {
        #expect(TextFit.fit("recommendation", 8) == "recomme…")
        #expect(TextFit.fit("表格表格", 5) == "表格…")
        #expect(TextFit.pad("ab", 4, .right) == "  ab")
        #expect(TextFit.tail("abcdef", 3) == "def")
    }
}
