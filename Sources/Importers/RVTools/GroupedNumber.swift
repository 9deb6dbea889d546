import Foundation

/// Numbers as spreadsheets export them: `16384`, `16,384`, `16.384`, `16 384`, `1'024`, `2.5`,
/// `2,5`. Rules: spaces (also no-break), apostrophes and underscores are grouping; when both `,`
/// and `.` appear the later one is the decimal mark; a single mark followed by exactly three digits
/// is grouping (RVTools' CPU, memory and MiB columns are whole numbers); any other single mark is
/// the decimal mark; a mark that repeats is grouping.
enum GroupedNumber {
    static func parse(_ text: String) -> Double? {
        var cleaned = ""
        for character in text.trimmingCharacters(in: .whitespaces) {
            switch character {
            case " ", "\u{00A0}", "\u{202F}", "'", "’", "_": continue
            default: cleaned.append(character)
            }
        }
        guard !cleaned.isEmpty else { return nil }
        let commas = cleaned.filter { $0 == "," }.count
        let dots = cleaned.filter { $0 == "." }.count
        var decimalMark: Character?
        if commas > 0 && dots > 0 {
            decimalMark = cleaned.lastIndex(of: ",")! > cleaned.lastIndex(of: ".")! ? "," : "."
        } else if commas + dots == 1 {
            let mark: Character = commas == 1 ? "," : "."
            let after = cleaned[cleaned.index(after: cleaned.firstIndex(of: mark)!)...]
            let before = cleaned[..<cleaned.firstIndex(of: mark)!]
            let isGrouping =
                after.count == 3 && after.allSatisfy(\.isASCIIDigit) && !before.isEmpty
                && before.drop(while: { $0 == "-" || $0 == "+" }).first != "0"
            decimalMark = isGrouping ? nil : mark
        }
        var normal = ""
        for character in cleaned {
            if character == decimalMark {
                normal.append(".")
            } else if character != "," && character != "." {
                normal.append(character)
            }
        }
        guard normal.contains(where: \.isASCIIDigit),
            normal.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" || $0 == "+" }),
            let value = Double(normal), value.isFinite
        else { return nil }
        return value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
