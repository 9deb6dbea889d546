import PlannerCore

/// The one table of key bindings. The key map, the help overlay, the bottom hint line and the key
/// table of docs/dashboard.md are all derived from it.
public enum KeyBindings {
    static let plans = PlanModel.allCases

    // swift-format-ignore
    /// Every binding, pane-specific ones before the ones that apply in any pane (the first match wins).
    public static let all: [KeyBinding] = workloads + parameters + planPane + warnings + everywhere + typing + question
        + openList + reading + hosts + layers

    static let workloads: [KeyBinding] = [
        KeyBinding(
            "Enter", [.enter], [.beginEdit], help: "edit the cell in place (model, state: cycle; image: layer editor)",
            hint: "edit", scope: .workloads),
        KeyBinding(
            "+ / -", [.character("+"), .character("="), .character("-"), .character("_")],
            [.step(1), .step(1), .step(-1), .step(-1)], help: "step the number under the cursor (replicas elsewhere)",
            hint: "step", scope: .workloads),
        KeyBinding(
            "/", [.character("/")], [.startFilter], help: "filter workloads by name (live; Esc clears)", hint: "filter",
            scope: .workloads),
        KeyBinding(
            "> / <", [.character(">"), .character("<")], [.cycleSort(1), .cycleSort(-1)],
            help: "sort by the next / previous column (then the scenario's order)", hint: "sort", scope: .workloads),
        KeyBinding("I", [.character("I")], [.reverseSort], help: "invert the sort direction", scope: .workloads),
        KeyBinding(
            "w", [.character("w")], [.whereIs], help: "where the workload's replicas run in the plan shown", hint: "where",
            scope: .workloads),
        KeyBinding(
            "a / D / d", [.character("a"), .character("D"), .character("d"), .delete],
            [.addWorkload, .duplicateWorkload, .deleteWorkload, .deleteWorkload], help: "add / duplicate / delete a workload",
            hint: "add", scope: .workloads),
        KeyBinding(
            "t or Space", [.character("t"), .character(" ")], [.toggleStateful], help: "toggle stateful", hint: "stateful",
            scope: .workloads),
        KeyBinding(
            "m", [.character("m")], [.cycleModel], help: "cycle the workload's model in the mixed plan (vm, container, faas)",
            hint: "model", scope: .workloads),
        KeyBinding(
            "p", [.character("p")], [.cycleTrafficShape],
            help: "the workload's traffic over the day: flat, business hours, evening peak, nightly batch (same daily average)",
            scope: .workloads),
        KeyBinding(
            "( / )", [.character("("), .character(")")], [.scaleTraffic(-1), .scaleTraffic(1)],
            help: "scale all of the workload's traffic (its hourly profile, or req/s and peak/s) ÷ / × 1.25",
            scope: .workloads),
    ]

    static let parameters: [KeyBinding] = [
        KeyBinding(
            "Enter", [.enter], [.beginEdit], help: "edit the parameter (toggles and choices flip)", hint: "edit",
            scope: .parameters),
        KeyBinding(
            "+ / -", [.character("+"), .character("="), .character("-"), .character("_")],
            [.step(1), .step(1), .step(-1), .step(-1)], help: "step the parameter", hint: "step", scope: .parameters),
    ]

    static let planPane: [KeyBinding] = [
        KeyBinding("Enter", [.enter], [.beginEdit], help: "open the plan's hosts (Esc returns)", hint: "hosts", scope: .plans),
        KeyBinding(
            "↑↓ / + -", [.up, .down, .character("k"), .character("j"), .character("+"), .character("-")],
            [.move(.up), .move(.down), .move(.up), .move(.down), .step(1), .step(-1)], help: "choose the plan shown",
            hint: "plan", scope: .plans),
    ]

    static let warnings: [KeyBinding] = [
        KeyBinding(
            "↑↓ PgUp PgDn", [.up, .down, .character("k"), .character("j"), .pageUp, .pageDown],
            [.move(.up), .move(.down), .move(.up), .move(.down), .page(-1), .page(1)], help: "scroll through every warning",
            hint: "scroll", scope: .warnings),
        KeyBinding("Enter", [.enter], [.explain], help: "read the warning in full", hint: "read", scope: .warnings),
    ]

    static let everywhere: [KeyBinding] = [
        KeyBinding("?", [.character("?"), .character("H")], [.toggleHelp], help: "this help", hint: "help", scope: .everywhere),
        KeyBinding(
            "i", [.character("i")], [.explain], help: "explain the pane or figure under the cursor", hint: "explain",
            scope: .everywhere),
        KeyBinding(
            "↑↓←→ / hjkl", [.up, .down, .left, .right, .character("k"), .character("j"), .character("h"), .character("l")],
            [.move(.up), .move(.down), .move(.left), .move(.right), .move(.up), .move(.down), .move(.left), .move(.right)],
            help: "move the cursor (rows and columns)", scope: .everywhere),
        KeyBinding(
            "PgUp PgDn g G", [.pageUp, .pageDown, .home, .character("g"), .end, .character("G")],
            [.page(-1), .page(1), .jump(toEnd: false), .jump(toEnd: false), .jump(toEnd: true), .jump(toEnd: true)],
            help: "page up/down, first/last row", scope: .everywhere),
        KeyBinding(
            "Tab / Shift-Tab", [.tab, .backTab], [.nextPane, .previousPane],
            help: "next/previous pane: workloads, host & model, plans, warnings", hint: "pane", scope: .everywhere),
        KeyBinding(
            "1 2 3 4  [ ]",
            [.character("1"), .character("2"), .character("3"), .character("4"), .character("["), .character("]")],
            plans.map { .selectPlan($0) } + [.cyclePlan(-1), .cyclePlan(1)],
            help: "show the host fill and timeline of vm / container / faas / mixed", scope: .everywhere),
        KeyBinding(
            "v", [.character("v")], [.cycleHypervisor], help: "cycle the hypervisor type (type 1, type 2)", scope: .everywhere),
        KeyBinding(
            "u / Ctrl-R", [.character("u"), .control("r")], [.undo, .redo], help: "undo / redo", hint: "undo", scope: .everywhere),
        KeyBinding(
            "s / S", [.character("s"), .character("S")], [.save, .saveAs],
            help: "save (to its file, or ask) / save as (asks before replacing a file)", hint: "save", scope: .everywhere),
        KeyBinding(
            "e", [.character("e")], [.export], help: "export the plan JSON (asks before replacing a file)", hint: "export",
            scope: .everywhere),
        KeyBinding(
            "o", [.character("o")], [.open], help: "open a bundled profile or a file from the command line", hint: "open",
            scope: .everywhere),
        KeyBinding(
            "n", [.character("n")], [.showNotes], help: "the scenario's notes: where its parameters come from", hint: "notes",
            scope: .everywhere),
        KeyBinding(
            "L", [.character("L")], [.showMessages], help: "the message log of this session", hint: "log", scope: .everywhere),
        KeyBinding(
            "b / B", [.character("b"), .character("B")], [.pinBaseline, .clearBaseline],
            help: "pin the scenario shown as the baseline (the charts show the change against it) / clear it",
            hint: "baseline", scope: .everywhere),
        KeyBinding(
            "W", [.character("W")], [.toggleWhatIf],
            help:
                "what-if pane: hosts and cost at N+0/N+1/N+2, at traffic ×0.5 to ×4 and on each host type of a catalog (in the plans pane ↑↓ scroll it)",
            hint: "what-if", scope: .everywhere),
        KeyBinding(
            "T", [.character("T")], [.toggleDayChart],
            help:
                "24-hour chart: each plan's hosts and cost hour by hour, with the day's and month's cost and how hosts are billed",
            hint: "24h", scope: .everywhere),
        KeyBinding(
            "Esc", [.escape], [.cancel], help: "clear the filter, cancel an open under way, clear the status line",
            scope: .everywhere),
        KeyBinding(
            "q / Ctrl-C", [.character("q"), .control("c")], [.quit], help: "quit (asks when there are unsaved changes)",
            hint: "quit", scope: .everywhere),
    ]

    static let typing: [KeyBinding] = [
        KeyBinding(
            "type", [], [.insert("")], help: "insert text (512M, 4G, 250m where units apply)", hint: "value", scope: .typing),
        KeyBinding("Enter", [.enter], [.confirm], help: "apply", hint: "apply", scope: .typing),
        KeyBinding(
            "Esc / Ctrl-G", [.escape, .control("c"), .control("g")], [.cancel], help: "cancel (the filter: clear it)",
            hint: "cancel", scope: .typing),
        KeyBinding(
            "Bksp", [.backspace, .delete], [.deleteBackward], help: "delete the last character", hint: "delete", scope: .typing),
        KeyBinding("Ctrl-U", [.control("u")], [.clearInput], help: "clear the text", hint: "clear", scope: .typing),
    ]

    static let question: [KeyBinding] = [
        KeyBinding("y", [.character("y"), .character("Y")], [.answer(true)], help: "yes", hint: "yes", scope: .question),
        KeyBinding(
            "n / Esc", [.character("n"), .character("N"), .escape], [.answer(false)], help: "no", hint: "no", scope: .question),
        KeyBinding(
            "s", [.character("s"), .character("S")], [.answerSave], help: "save first (the quit question)", scope: .question),
        KeyBinding("Ctrl-C", [.control("c")], [.forceQuit], help: "quit at once (the quit question)", scope: .question),
    ]

    static let openList: [KeyBinding] = [
        KeyBinding(
            "↑↓ / jk", [.up, .character("k"), .down, .character("j"), .tab],
            [.move(.up), .move(.up), .move(.down), .move(.down), .move(.down)], help: "choose", hint: "choose", scope: .openList),
        KeyBinding("Enter", [.enter], [.confirm], help: "open", hint: "open", scope: .openList),
        KeyBinding(
            "Esc / q", [.escape, .character("q"), .control("c")], [.cancel], help: "close the list", hint: "cancel",
            scope: .openList),
    ]

    static let reading: [KeyBinding] = [
        KeyBinding(
            "↑↓ PgUp PgDn g G",
            [.up, .character("k"), .down, .character("j"), .pageUp, .pageDown, .home, .character("g"), .end, .character("G")],
            [
                .move(.up), .move(.up), .move(.down), .move(.down), .page(-1), .page(1), .jump(toEnd: false), .jump(toEnd: false),
                .jump(toEnd: true), .jump(toEnd: true),
            ], help: "scroll", hint: "scroll", scope: .reading),
        KeyBinding(
            "Esc / Enter / q",
            [.escape, .enter, .character("q"), .character("?"), .character("i"), .character("n"), .character("L")], [.cancel],
            help: "close", hint: "close", scope: .reading),
    ]

    static let hosts: [KeyBinding] = [
        KeyBinding(
            "↑↓ PgUp PgDn g G",
            [.up, .character("k"), .down, .character("j"), .pageUp, .pageDown, .home, .character("g"), .end, .character("G")],
            [
                .move(.up), .move(.up), .move(.down), .move(.down), .page(-1), .page(1), .jump(toEnd: false), .jump(toEnd: false),
                .jump(toEnd: true), .jump(toEnd: true),
            ], help: "move", hint: "move", scope: .hosts),
        KeyBinding(
            "Enter", [.enter], [.confirm], help: "a host: what it holds; a workload: where its replicas are", hint: "open",
            scope: .hosts),
        KeyBinding(
            "1 2 3 4  [ ]",
            [.character("1"), .character("2"), .character("3"), .character("4"), .character("["), .character("]")],
            plans.map { .selectPlan($0) } + [.cyclePlan(-1), .cyclePlan(1)], help: "the same view in another plan", hint: "plan",
            scope: .hosts),
        KeyBinding("i", [.character("i")], [.explain], help: "explain the columns", hint: "explain", scope: .hosts),
        KeyBinding(
            "Esc / q", [.escape, .backspace, .character("q")], [.cancel], help: "back one view (from the hosts: the dashboard)",
            hint: "back", scope: .hosts),
    ]

    static let layers: [KeyBinding] = [
        KeyBinding(
            "↑↓←→", [.up, .character("k"), .down, .character("j"), .left, .character("h"), .right, .character("l")],
            [.move(.up), .move(.up), .move(.down), .move(.down), .move(.left), .move(.left), .move(.right), .move(.right)],
            help: "choose the layer and the column (id, size)", hint: "move", scope: .layers),
        KeyBinding("Enter", [.enter], [.beginEdit], help: "rename (id) or resize (size) the layer", hint: "edit", scope: .layers),
        KeyBinding(
            "+ / -", [.character("+"), .character("="), .character("-"), .character("_")],
            [.step(1), .step(1), .step(-1), .step(-1)], help: "resize the layer by a step", hint: "resize", scope: .layers),
        KeyBinding(
            "a / d", [.character("a"), .character("d"), .delete], [.addWorkload, .deleteWorkload, .deleteWorkload],
            help: "add a layer after the cursor / remove the layer", hint: "add/del", scope: .layers),
        KeyBinding(
            "u / Ctrl-R", [.character("u"), .control("r")], [.undo, .redo], help: "undo / redo", hint: "undo", scope: .layers),
        KeyBinding(
            "Esc / q", [.escape, .character("q")], [.cancel], help: "close the layer editor (every change is already applied)",
            hint: "close", scope: .layers),
    ]

    /// The scopes whose bindings apply in `state`, most specific first.
    public static func scopes(in state: DashboardState) -> [KeyScope] {
        switch state.mode {
        case .normal: return [.pane(state.focus), .everywhere]
        case .editing, .prompt, .filter: return [.typing]
        case .layers(let editor): return editor.field == nil ? [.layers] : [.typing]
        case .confirm: return [.question]
        case .picker: return [.openList]
        case .reading: return [.reading]
        case .hosts: return [.hosts]
        }
    }

    /// The bindings of `scope`, in table order.
    public static func bindings(in scope: KeyScope) -> [KeyBinding] { all.filter { $0.scope == scope } }

    /// docs/dashboard.md's key table: one section per scope.
    public static func markdownTable() -> String {
        var lines: [String] = []
        for scope in KeyScope.allCases {
            lines.append("**\(scope.title)**")
            lines.append("")
            lines.append("| keys | what they do |")
            lines.append("| --- | --- |")
            for binding in bindings(in: scope) {
                lines.append("| `\(binding.label)` | \(binding.help.replacingOccurrences(of: "|", with: "\\|")) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Puts the key table between the `<!-- keys:begin -->` and `<!-- keys:end -->` markers of a
    /// markdown text; nil when the markers are missing.
    public static func replacingTable(in markdown: String) -> String? {
        let begin = "<!-- keys:begin (generated from KeyBindings by `vplan-tui schema --docs`; do not edit) -->\n"
        let end = "<!-- keys:end -->"
        guard let start = markdown.range(of: begin),
            let stop = markdown.range(of: end, range: start.upperBound..<markdown.endIndex)
        else { return nil }
        return markdown.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: markdownTable())
    }
}
