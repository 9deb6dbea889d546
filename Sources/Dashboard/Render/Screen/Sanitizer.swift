/// Makes text from files safe to draw: control characters (and so escape sequences) are shown in
/// caret notation (`ESC` becomes `^[`, so `\e[31m` draws as the harmless text `^[[31m`), C1 controls
/// become `?`, and bidirectional overrides and line separators are dropped.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x09:
                out.append(" ")
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                out.append("^")
                out.append("?")
            case 0x80..<0xA0:
                out.append("?")
            case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
