/// Short human-readable numbers for messages.
public enum Format {
    /// Cores with up to three decimals ("1.5", "210.8").
    public static func cores(_ value: Double) -> String { trimmed(value, decimals: 3) }

    /// MiB with up to one decimal.
    public static func mib(_ value: Double) -> String { trimmed(value, decimals: 1) }

    /// A number with at most `decimals` decimals, trailing zeros dropped.
    public static func trimmed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }
}
