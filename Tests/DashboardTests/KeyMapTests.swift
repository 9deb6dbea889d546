import Dashboard
import TestSupport
import Testing

@Suite struct KeyMapTests {
    @Test func normalKeys() {
        let state = Fixture.state()
        let expected: [(Key, Action)] = [
            (.up, .move(.up)), (.character("k"), .move(.up)), (.character("j"), .move(.down)), (.character("h"), .move(.left)),
            (.character("l"), .move(.right)), (.tab, .nextPane), (.backTab, .previousPane), (.enter, .beginEdit),
            (.character("+"), .step(1)), (.character("-"), .step(-1)), (.character("a"), .addWorkload),
            (.character("D"), .duplicateWorkload), (.character("d"), .deleteWorkload), (.character("t"), .toggleStateful),
            (.character("m"), .cycleModel), (.character("v"), .cycleHypervisor), (.character("u"), .undo), (.control("r"), .redo),
            (.character("s"), .save), (.character("e"), .export), (.character("o"), .open), (.character("q"), .quit),
            (.control("c"), .quit), (.character("?"), .toggleHelp), (.character("2"), .selectPlan(.container)),
        ]
        for (key, action) in expected { #expect(KeyMap.action(for: key, in: state) == action) }
    }

    @Test func typingModesTurnKeysIntoText() {
        var state = Fixture.state()
        state.mode = .editing(EditBuffer(target: .parameter(.name), text: ""))
        #expect(KeyMap.action(for: .character("q"), in: state) == .insert("q"))
        #expect(KeyMap.action(for: .enter, in: state) == .confirm)
        #expect(KeyMap.action(for: .escape, in: state) == .cancel)
        #expect(KeyMap.action(for: .backspace, in: state) == .deleteBackward)
        state.mode = .confirm(.quit)
        #expect(KeyMap.action(for: .character("y"), in: state) == .answer(true))
        #expect(KeyMap.action(for: .control("c"), in: state) == .forceQuit)
        state.mode = .reading(Reading(kind: .help, title: "Keys", paragraphs: []))
        #expect(KeyMap.action(for: .character("x"), in: state) == nil)
        #expect(KeyMap.action(for: .escape, in: state) == .cancel)
        #expect(KeyMap.action(for: .down, in: state) == .move(.down))
    }
}
