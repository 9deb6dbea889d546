import Dashboard
import Testing

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoColumnsAndCutCleanly() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let end = buffer.put("日本語", x: 0, y: 0)
        #expect(end == 6)
        #expect(buffer.line(0) == "日本語")
        var narrow = ScreenBuffer(width: 5, height: 1)
        narrow.put("日本語", x: 0, y: 0)
        #expect(narrow.line(0) == "日本 ")  // the third does not fit in one column
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("日本", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.line(0) == " x本")
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

    @Test func fitCutsByDisplayWidth() {
        #expect(TextFit.fit("recommendation", 8) == "recomme…")
        #expect(TextFit.fit("表格表格", 5) == "表格…")
        #expect(TextFit.pad("ab", 4, .right) == "  ab")
        #expect(TextFit.tail("abcdef", 3) == "def")
    }
}
