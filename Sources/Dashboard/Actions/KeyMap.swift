/// Turns a key into an action, depending on what the keyboard is doing (moving, typing, answering).
/// Pure, so every binding is testable; the help overlay lists the same bindings.
public enum KeyMap {
    public static func action(for key: Key, in state: DashboardState) -> Action? {
        switch state.mode {
        case .help:
            if key == .character("q") { return .quit }
            return .toggleHelp
        case .editing, .prompt:
            return typing(key)
        case .confirm:
            switch key {
            case .character("y"), .character("Y"): return .answer(true)
            case .character("n"), .character("N"), .escape: return .answer(false)
            case .character("s"), .character("S"): return .answerSave
            case .control("c"): return .forceQuit
            default: return nil
            }
        case .picker:
            switch key {
            case .up, .character("k"): return .move(.up)
            case .down, .character("j"), .tab: return .move(.down)
            case .enter: return .confirm
            case .escape, .character("q"), .control("c"): return .cancel
            default: return nil
            }
        case .normal:
            return normal(key)
        }
    }

    private static func typing(_ key: Key) -> Action? {
        switch key {
        case .character(let c): return .insert(String(c))
        case .enter: return .confirm
        case .escape, .control("c"), .control("g"): return .cancel
        case .backspace, .delete: return .deleteBackward
        case .control("u"): return .clearInput
        default: return nil
        }
    }

    private static func normal(_ key: Key) -> Action? {
        switch key {
        case .up, .character("k"): return .move(.up)
        case .down, .character("j"): return .move(.down)
        case .left, .character("h"): return .move(.left)
        case .right, .character("l"): return .move(.right)
        case .pageUp: return .page(-1)
        case .pageDown: return .page(1)
        case .home, .character("g"): return .jump(toEnd: false)
        case .end, .character("G"): return .jump(toEnd: true)
        case .tab: return .nextPane
        case .backTab: return .previousPane
        case .enter: return .beginEdit
        case .character("+"), .character("="): return .step(1)
        case .character("-"), .character("_"): return .step(-1)
        case .character("a"): return .addWorkload
        case .character("D"): return .duplicateWorkload
        case .character("d"), .delete: return .deleteWorkload
        case .character("t"), .character(" "): return .toggleStateful
        case .character("m"): return .cycleModel
        case .character("v"): return .cycleHypervisor
        case .character("u"): return .undo
        case .control("r"): return .redo
        case .character("s"): return .save
        case .character("S"): return .saveAs
        case .character("e"): return .export
        case .character("o"): return .open
        case .character("q"), .control("c"): return .quit
        case .character("?"), .character("H"): return .toggleHelp
        case .character("1"): return .selectPlan(0)
        case .character("2"): return .selectPlan(1)
        case .character("3"): return .selectPlan(2)
        case .character("4"): return .selectPlan(3)
        case .character("["): return .selectPlan(-1)
        case .character("]"): return .selectPlan(-2)
        case .escape: return .cancel
        default: return nil
        }
    }

    /// Every binding in normal mode, as the help overlay lists them.
    public static let help: [(keys: String, action: String)] = [
        ("↑↓←→ / hjkl", "move the cursor (rows and columns)"),
        ("PgUp PgDn g G", "page up/down, first/last row"),
        ("Tab / Shift-Tab", "next/previous pane: workloads, host & model, plans"),
        ("Enter", "edit the cell in place (Enter applies, Esc cancels)"),
        ("+ / -", "step the number under the cursor (replicas elsewhere)"),
        ("a / D / d", "add / duplicate / delete a workload"),
        ("t or Space", "toggle stateful"),
        ("m", "cycle the workload's model (vm, container, faas)"),
        ("v", "cycle the hypervisor type (type 1, type 2)"),
        ("1 2 3 4  [ ]", "show host fill and timeline of vm/container/faas/mixed"),
        ("u / Ctrl-R", "undo / redo"),
        ("s / S", "save (to its file, or ask) / save as"),
        ("e", "export the plan JSON"),
        ("o", "open a bundled profile or a file from the command line"),
        ("?", "this help (any key closes it)"),
        ("q / Ctrl-C", "quit (asks when there are unsaved changes)"),
    ]
}
