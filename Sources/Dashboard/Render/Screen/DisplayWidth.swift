/// Columns a character takes in a terminal: 0 for combining marks and format characters, 2 for East
/// Asian wide and fullwidth characters and emoji, 1 otherwise. A fixed table rather than the
/// locale's `wcwidth`, so layout and tests agree whatever the locale.
///
/// A `Character` is a whole grapheme cluster, measured as one unit the way terminals draw emoji:
/// a ZWJ sequence (👨‍👩‍👧), a flag (🇩🇪), a keycap (1️⃣), a skin-tone sequence (👍🏽) or an emoji
/// with the emoji presentation selector (❤️) is one 2-column picture; the characters joined to
/// its base add nothing.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F && scalars.count == 1 { return first.value >= 0x20 ? 1 : 0 }
        if isEmojiSequence(scalars) { return 2 }
        return of(first)
    }

    /// An emoji base (`Emoji`, which includes the keycap bases 0-9, # and *) followed by the emoji
    /// presentation selector U+FE0F, a skin-tone modifier, or U+200D joining another emoji. Bases
    /// that are emoji by default (🚀, and regional indicators) are 2 columns on their own.
    private static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
        guard let first = scalars.first, first.properties.isEmoji else { return false }
        var joined = false
        for scalar in scalars.dropFirst() {
            if scalar.value == 0xFE0F || scalar.properties.isEmojiModifier { return true }
            if joined && scalar.properties.isEmoji { return true }
            joined = scalar.value == 0x200D
        }
        return false
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        for range in wide where range.contains(v) { return 2 }
        return 1
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15, EastAsianWidth.txt, merged).
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
