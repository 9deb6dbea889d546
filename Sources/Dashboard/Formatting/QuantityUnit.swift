/// The unit a typed value is read in. Each accepts a few suffixes, so "4G" and "4096" are the same
/// memory, and "250ms" and "0.25" the same duration.
public enum QuantityUnit: Sendable, Equatable {
    /// A bare number.
    case plain
    /// Cores.
    case cores
    /// MiB (accepts K/M/G/T suffixes, binary).
    case mib
    /// GiB (accepts M/G/T suffixes, binary).
    case gib
    /// Seconds (accepts ms, s, min, h).
    case seconds
    /// Gbit/s (accepts Mbps, Gbps).
    case gbps
    /// A fraction (accepts a trailing % as hundredths).
    case fraction
    /// Money.
    case money
    /// A multiplying factor (accepts a trailing x).
    case factor

    /// The value of `text` in this unit, or why it is not a number.
    public func parse(_ text: String) -> Result<Double, EditProblem> {
        let compact = text.lowercased().filter { !$0.isWhitespace && $0 != "," && $0 != "_" }
        if compact.isEmpty { return .failure(EditProblem("enter a number")) }
        for (suffix, factor) in suffixes {
            guard compact.hasSuffix(suffix) else { continue }
            let number = String(compact.dropLast(suffix.count))
            // Divide by the reciprocal for fractions, so "70%" is exactly 0.7 (70 × 0.01 is not).
            if let value = Double(number), !number.isEmpty {
                return .success(factor < 1 ? value / (1 / factor).rounded() : value * factor)
            }
        }
        if let value = Double(compact) { return .success(value) }
        return .failure(EditProblem("not a number: \"\(text)\"\(hint)"))
    }

    /// The suffixes this unit accepts, longest first, with the factor to this unit.
    private var suffixes: [(String, Double)] {
        switch self {
        case .plain, .cores, .money: return []
        case .mib:
            return [
                ("tib", 1_048_576), ("gib", 1024), ("mib", 1), ("kib", 1.0 / 1024), ("tb", 1_048_576), ("gb", 1024),
                ("mb", 1), ("kb", 1.0 / 1024), ("t", 1_048_576), ("g", 1024), ("m", 1), ("k", 1.0 / 1024),
            ]
        case .gib:
            return [
                ("tib", 1024), ("gib", 1), ("mib", 1.0 / 1024), ("tb", 1024), ("gb", 1), ("mb", 1.0 / 1024),
                ("t", 1024), ("g", 1), ("m", 1.0 / 1024),
            ]
        case .seconds:
            return [("min", 60), ("ms", 0.001), ("sec", 1), ("s", 1), ("h", 3600), ("m", 60)]
        case .gbps:
            return [("gbps", 1), ("mbps", 0.001), ("gbit/s", 1), ("mbit/s", 0.001), ("g", 1), ("m", 0.001)]
        case .fraction:
            return [("%", 0.01)]
        case .factor:
            return [("x", 1), ("×", 1)]
        }
    }

    private var hint: String {
        switch self {
        case .mib, .gib: return " (e.g. 512M, 4G)"
        case .seconds: return " (e.g. 250ms, 30s, 2min)"
        case .fraction: return " (e.g. 0.8 or 80%)"
        default: return ""
        }
    }

    /// The exact value as text to start an edit from; parsing it gives back the same number.
    public func exactText(_ value: Double) -> String {
        switch self {
        case .mib:
            if value >= 1_048_576, value.truncatingRemainder(dividingBy: 1_048_576) == 0 {
                return "\(Self.exact(value / 1_048_576)) TiB"
            }
            if value >= 1024, value.truncatingRemainder(dividingBy: 1024) == 0 { return "\(Self.exact(value / 1024)) GiB" }
            return "\(Self.exact(value)) MiB"
        case .gib: return "\(Self.exact(value)) GiB"
        case .seconds: return "\(Self.exact(value)) s"
        default: return Self.exact(value)
        }
    }

    /// Shortest text that reads back as the same Double ("0.1", "64", "1e-05").
    public static func exact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// Why a typed value cannot be applied, in words for the status line.
public struct EditProblem: Error, Sendable, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
