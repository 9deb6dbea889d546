import PlannerCore

/// Makes text from files safe to draw. Every string reaches the screen through `ScreenBuffer.put`,
/// which calls this, so names, notes, warnings, file names and error messages that quote them are
/// all covered. One rule for the whole program: `TerminalText.escaped` (PlannerCore), which the CLI's
/// error messages use too. C0 and C1 controls, DEL and the bidirectional marks and overrides are
/// shown as a visible `\u{XX}` (so `ESC [31m` draws as the harmless text `\u{1B}[31m`); a tab is
/// drawn as a space.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        return TerminalText.escaped(String(text.map { $0 == "\t" ? " " : $0 }))
    }
}
