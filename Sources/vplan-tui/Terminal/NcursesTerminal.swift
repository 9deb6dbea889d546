import CNcurses
import CProcess
import Dashboard
import Foundation
import PlannerCore

/// The one place that talks to ncurses: start-up (locale, UTF-8 and colour detection, raw keys,
/// escape delay), drawing a screen buffer (only the rows that changed), reading keys, and restoring
/// the terminal on exit, errors and signals (the handlers and their state are the CProcess C
/// target's), and noticing that the terminal went away.
final class NcursesTerminal {
    /// Something the terminal reports.
    enum Event {
        case key(Key)
        case resize(TerminalSize)
        /// End of input or a read error: the terminal hung up or was closed (a dropped SSH
        /// connection, `tmux kill-session`). Nothing more can be read or shown.
        case gone
    }

    /// Why the dashboard cannot start on this terminal.
    struct Unusable: Error {
        var reason: String
    }

    /// After an ending signal the event loop has this many seconds to flush the autosave and end
    /// before the signal handler's watchdog restores the terminal and ends the process itself.
    static let signalDeadlineSeconds: UInt32 = 2

    /// Reads that fail at once, this many in a row, mean the terminal is gone even when poll(2)
    /// does not say so (an input that is not a terminal and has ended).
    static let failedReadsForGone = 50

    let capabilities: Capabilities
    private var previous: ScreenBuffer?
    private var ended = false

    private var quickFailures = 0

    /// Initialises the terminal. Call `end()` before exiting (signals call it themselves). Throws
    /// when the terminal type is unknown or unusable (`TERM` unset or not in terminfo).
    init() throws(Unusable) {
        setlocale(LC_ALL, "")
        let unicode = vplan_locale_is_utf8() != 0
        vplan_save_shell_modes()
        guard vplan_start_screen() != 0 else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw Unusable(
                reason: term.isEmpty
                    ? "TERM is not set, so the terminal's type is unknown"
                    : "TERM=\(TerminalText.escaped(term)): unknown terminal type (not in terminfo)")
        }
        Self.prepareResetSequence()
        vplan_install_dashboard_signals(Self.signalDeadlineSeconds)
        raw()
        noecho()
        nonl()
        keypad(vplan_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var colour = false
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            colour = true
            for role in ColorRole.allCases {
                if let foreground = Self.foreground(role) { init_pair(Int16(role.rawValue + 1), foreground, -1) }
            }
        }
        capabilities = Capabilities(unicode: unicode, colour: colour)
    }

    deinit { end() }

    /// What endwin() would write (attributes off, cursor visible, keypad normal, leave the
    /// alternate screen), read from terminfo now, while that is safe, for the signal handlers.
    private static func prepareResetSequence() {
        var bytes: [CChar] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = vplan_string_capability(name) else { continue }
            var pointer = value
            while pointer.pointee != 0 {
                bytes.append(pointer.pointee)
                pointer += 1
            }
        }
        vplan_set_reset_sequence(bytes, bytes.count)
    }

    /// Restores the terminal (idempotent).
    func end() {
        guard !ended else { return }
        ended = true
        endwin()
    }

    /// The ending signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received since start, if any. The handler
    /// only records it; the event loop flushes the autosave, calls `end()` and then `reraise`.
    var pendingSignal: Int32? {
        let signal = vplan_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Ends the process the way `signal` says (its default action; exit status 128 + signal), after
    /// `end()`, removing any temporary file still being written.
    func reraise(_ signal: Int32) -> Never {
        end()
        vplan_exit_by_signal(signal)
    }

    var size: TerminalSize { TerminalSize(width: Int(vplan_cols()), height: Int(vplan_lines())) }

    /// Draws a frame, rewriting only the rows that differ from the last one.
    func draw(_ frame: ScreenBuffer) {
        let full = previous == nil || previous!.width != frame.width || previous!.height != frame.height
        if full { erase() }
        for y in 0..<frame.height {
            if !full, let previous, rowEqual(previous, frame, y) { continue }
            for x in 0..<frame.width {
                let cell = frame[x: x, y: y]
                if cell.text.isEmpty { continue }  // second half of a wide character
                let (attributes, pair) = attributes(cell.style)
                // ncurses measures with wcwidth: the text it gets takes exactly the cell's columns.
                let text = TerminalCell.text(cell.text, columns: frame.columns(x: x, y: y)) { Int(vplan_wcwidth($0.value)) }
                vplan_put(Int32(y), Int32(x), text, attributes, pair)
            }
        }
        previous = frame
        refresh()
    }

    /// The next key or resize, nil after `timeout` milliseconds without one, or `.gone` when the
    /// terminal has gone away (never a busy loop of failing reads).
    func read(timeout milliseconds: Int) -> Event? {
        vplan_timeout(Int32(milliseconds))
        var character: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let result = vplan_get_wch(&character)
        if result == ERR {
            if vplan_terminal_gone() != 0 { return .gone }
            // A timed-out read took the timeout; one that failed at once read an end or an error.
            let elapsed = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            quickFailures = elapsed * 2 < UInt64(milliseconds) ? quickFailures + 1 : 0
            return quickFailures >= Self.failedReadsForGone ? .gone : nil
        }
        quickFailures = 0
        if result == vplan_key_code_yes() {
            if Int32(character) == vplan_key_resize() {
                previous = nil
                return .resize(size)
            }
            return KeyDecoding.functionKey(Int32(character)).map(Event.key)
        }
        return KeyDecoding.character(UInt32(character)).map(Event.key)
    }

    private func rowEqual(_ a: ScreenBuffer, _ b: ScreenBuffer, _ y: Int) -> Bool {
        for x in 0..<b.width where a[x: x, y: y] != b[x: x, y: y] { return false }
        return true
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var attributes = vplan_a_normal()
        if style.bold { attributes |= vplan_a_bold() }
        if style.reverse { attributes |= vplan_a_reverse() }
        if style.underline { attributes |= vplan_a_underline() }
        if style.role == .muted { attributes |= vplan_a_dim() }
        guard capabilities.colour, Self.foreground(style.role) != nil else { return (attributes, 0) }
        return (attributes, Int16(style.role.rawValue + 1))
    }

    /// The colour of each role (nil: the terminal's default).
    private static func foreground(_ role: ColorRole) -> Int16? {
        switch role {
        case .normal, .muted, .selection: return nil
        case .title, .heading: return Int16(COLOR_CYAN)
        case .cursor, .input, .warning, .faas: return Int16(COLOR_YELLOW)
        case .vm: return Int16(COLOR_MAGENTA)
        case .container: return Int16(COLOR_BLUE)
        case .mixed, .good: return Int16(COLOR_GREEN)
        case .overhead, .error: return Int16(COLOR_RED)
        case .marker: return Int16(COLOR_WHITE)
        }
    }
}
