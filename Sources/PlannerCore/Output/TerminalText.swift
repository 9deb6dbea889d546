/// Text from files made safe to show on a terminal: control characters (C0, DEL, C1) and the
/// Unicode bidirectional overrides are replaced by a visible `\u{XX}` escape, so a name in a
/// manifest cannot move the cursor, change colours, set the window title, reach the clipboard
/// (OSC 52) or reorder what the user reads.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True for characters a terminal would act on instead of drawing.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi marks and overrides
        case 0x2028, 0x2029: return true  // line and paragraph separators
        default: return false
        }
    }

    /// True when a text holds any character `escaped` would replace.
    public static func containsUnsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }
}
