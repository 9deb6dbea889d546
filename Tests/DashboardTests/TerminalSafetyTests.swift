import Dashboard
import Foundation
import PlannerCore
import Storage
import TestSupport
import Testing

/// Nothing from a file reaches the terminal as a control: names, notes, pods, warnings, file names
/// and error messages that quote them are drawn with every control character, escape sequence, C1
/// control and bidirectional override shown escaped. The check reads every cell of the screen buffer
/// the terminal layer copies out.
@Suite struct TerminalSafetyTests {
    /// Attacks a manifest could carry: clear screen, clipboard write (OSC 52), window title (OSC 0),
    /// the one-byte C1 CSI, a right-to-left override, a bell, a carriage return, a line separator.
    static let hostile = [
        "\u{1B}[2J\u{1B}[H", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}]0;pwned\u{1B}\\", "\u{9B}31m",
        "\u{202E}gpj.exe", "\u{07}\r\u{2028}",
    ]

    /// Every scalar of every cell is safe to send to a terminal.
    private func expectClean(_ buffer: ScreenBuffer, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (index, cell) in buffer.cells.enumerated() {
            if let bad = cell.text.unicodeScalars.first(where: TerminalText.isUnsafe) {
                Issue.record(
                    "\(context): U+\(String(bad.value, radix: 16, uppercase: true)) at column \(index % buffer.width), row \(index / buffer.width)",
                    sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// The default profile with hostile text in every string a file can set, planned (with hostile
    /// warnings) at `size`.
    private func hostileState(size: TerminalSize) throws -> DashboardState {
        var state = Fixture.state(size: size, path: "/tmp/evil\u{1B}]0;title\u{07}.json")
        let plans = try CannedPlans.plans(for: state.scenario)
        state.scenario.name = "Shop " + Self.hostile.joined()
        state.scenario.notes = Self.hostile
        for index in state.scenario.workloads.indices {
            state.scenario.workloads[index].name = Self.hostile[index % Self.hostile.count] + "w\(index)"
            if state.scenario.workloads[index].pod != nil { state.scenario.workloads[index].pod = Self.hostile[1] }
        }
        state.savedScenario = state.scenario
        state.document = Document(path: state.document.path, displayName: state.document.path!, stem: "evil\u{9B}")
        state.commandLineFiles = Self.hostile.map { "/tmp/\($0).json" }
        let warned = plans.map { plan -> Plan in
            var plan = plan
            plan.warnings = Self.hostile.map { "workload \($0) is odd" }
            return plan
        }
        state.results.snapshot = PlanSnapshot(plans: warned, revision: state.revision)
        return state
    }

    @Test(arguments: [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 200, height: 60),
    ])
    func everyPaneDrawsHostileTextEscaped(size: TerminalSize) throws {
        var state = try hostileState(size: size)
        let screen = DashboardRenderer.render(state)
        expectClean(screen, "main screen \(size.width)×\(size.height)")
        #expect(screen.text.contains(#"\u{1B}"#))  // shown, not hidden
        for pane in 0..<3 {
            state.focus = Pane(rawValue: pane)!
            expectClean(DashboardRenderer.render(state), "pane \(pane)")
        }
        state.focus = .workloads
        for row in state.scenario.workloads.indices {
            state.workloadRow = row
            expectClean(DashboardRenderer.render(state), "row \(row)")
        }
    }

    @Test func errorMessagesQuotingFileNamesAndContentAreEscaped() throws {
        var state = try hostileState(size: TerminalSize(width: 120, height: 40))
        for text in Self.hostile {
            let error = ScenarioError(file: "/tmp/\(text).json", field: "workloads[0].name", reason: "got \"\(text)\"")
            _ = DashboardReducer.reduce(
                &state, .openFinished(target: .file("/tmp/\(text).json"), result: .failure(.scenario(error))))
            expectClean(DashboardRenderer.render(state), "open error")
            _ = DashboardReducer.reduce(&state, .saveFinished(path: "/tmp/\(text)", error: "cannot write \(text)"))
            expectClean(DashboardRenderer.render(state), "save error")
            _ = DashboardReducer.reduce(&state, .exportFinished(path: "/tmp/\(text)", error: "cannot write \(text)"))
            expectClean(DashboardRenderer.render(state), "export error")
            state.autosave = AutosaveState()
            _ = DashboardReducer.reduce(&state, .autosaveFinished(revision: state.revision, error: "cannot write \(text)"))
            expectClean(DashboardRenderer.render(state), "autosave error")
            _ = DashboardReducer.reduce(
                &state, .autosaveFound(AutosaveFound(path: "/tmp/\(text)", result: .failure(.scenario(error)))))
            expectClean(DashboardRenderer.render(state), "corrupt autosave")
        }
        let failure = ScenarioError(file: nil, field: "workloads[0].name", reason: "bad \(Self.hostile.joined())")
        _ = DashboardReducer.reduce(&state, .planFinished(revision: state.revision, result: .failure(.scenario(failure))))
        expectClean(DashboardRenderer.render(state), "plan failure")
    }

    @Test func promptsPickerQuestionsAndHelpAreEscaped() throws {
        var state = try hostileState(size: TerminalSize(width: 120, height: 40))
        _ = DashboardReducer.reduce(&state, .open)
        expectClean(DashboardRenderer.render(state), "open list")
        state.mode = .prompt(PathPrompt(purpose: .open, text: Self.hostile.joined()))
        expectClean(DashboardRenderer.render(state), "path prompt")
        state.mode = .editing(
            EditBuffer(target: .workload(row: 0, column: .name), text: Self.hostile.joined(), problem: Self.hostile[0]))
        expectClean(DashboardRenderer.render(state), "edit buffer")
        state.mode = .confirm(.discardAndOpen(.file(Self.hostile[2])))
        expectClean(DashboardRenderer.render(state), "question")
        state.mode = .confirm(.restoreAutosave(path: Self.hostile[1], scenario: state.scenario))
        expectClean(DashboardRenderer.render(state), "restore question")
        state.mode = .reading(Reading(kind: .help, title: "Keys", paragraphs: Explanations.help()))
        expectClean(DashboardRenderer.render(state), "help")
    }

    @Test func theDashboardAndTheCLIEscapeAlike() {
        for text in Self.hostile + ["tab\there", "plain ✓ 名前"] {
            let expected = TerminalText.escaped(String(text.map { $0 == "\t" ? " " : $0 }))
            #expect(Sanitizer.clean(text) == expected)
        }
        #expect(Sanitizer.clean("\u{1B}]52;c;ZXZpbA==\u{07}") == #"\u{1B}]52;c;ZXZpbA==\u{7}"#)
        #expect(Sanitizer.clean("a\u{202E}b\u{2028}c\u{061C}") == #"a\u{202E}b\u{2028}c\u{61C}"#)
    }
}
