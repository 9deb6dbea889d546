import Foundation

/// Numbers in the units people read at a glance: MiB/GiB/TiB, ms/s/min/h, counts with thousands
/// separators. Used beside every bar and in the tables.
public enum Readable {
    /// A size given in MiB, in the largest binary unit that keeps it at least 1 (1536 → "1.5 GiB").
    public static func mib(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let units = ["MiB", "GiB", "TiB", "PiB", "EiB"]
        var scaled = value
        var index = 0
        while abs(scaled) >= 1024, index < units.count - 1 {
            scaled /= 1024
            index += 1
        }
        return "\(significant(scaled)) \(units[index])"
    }

    /// A duration in seconds: "250 ms", "1.5 s", "6.4 min", "2.5 h", "3.1 d".
    public static func seconds(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == 0 { return "0 s" }
        if abs(value) < 1 { return "\(significant(value * 1000)) ms" }
        if abs(value) < 60 { return "\(significant(value)) s" }
        if abs(value) < 3600 { return "\(significant(value / 60)) min" }
        if abs(value) < 86_400 { return "\(significant(value / 3600)) h" }
        return "\(significant(value / 86_400)) d"
    }

    /// A whole number with thousands separators ("12,345").
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// Money per month: cents below 10, whole units with separators below a million, then "1.25M".
    public static func money(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if abs(value) < 10 { return String(format: "%.2f", value) }
        if abs(value) < 1_000_000 { return count(Int(value.rounded())) }
        if abs(value) < 1e9 { return "\(significant(value / 1e6))M" }
        return "\(significant(value / 1e9))G"
    }

    /// A rate or other plain quantity: "900", "1.2k", "3.4M".
    public static func quantity(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if abs(value) < 1000 { return significant(value) }
        if abs(value) < 1e6 { return "\(significant(value / 1000))k" }
        if abs(value) < 1e9 { return "\(significant(value / 1e6))M" }
        return "\(significant(value / 1e9))G"
    }

    /// A fraction as a percentage: "34.8%", "0.6%", "80%".
    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "\(fraction)" }
        let value = fraction * 100
        if value == value.rounded() { return "\(Int64(value))%" }
        return abs(value) < 10 ? trim(String(format: "%.1f", value)) + "%" : String(format: "%.0f", value) + "%"
    }

    /// Three significant figures at most, trailing zeros dropped: 1.5, 29.1, 385, 0.264 → "0.26".
    public static func significant(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let magnitude = abs(value)
        let text: String
        if magnitude >= 100 || magnitude == magnitude.rounded() && magnitude < 1e15 {
            text = String(format: "%.0f", value)
        } else if magnitude >= 10 {
            text = String(format: "%.1f", value)
        } else if magnitude >= 0.01 {
            text = String(format: "%.2f", value)
        } else {
            text = String(format: "%.3g", value)
        }
        return trim(text)
    }

    private static func trim(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text == "-0" ? "0" : text }
        var out = text
        while out.hasSuffix("0") { out.removeLast() }
        if out.hasSuffix(".") { out.removeLast() }
        return out == "-0" ? "0" : out
    }
}
