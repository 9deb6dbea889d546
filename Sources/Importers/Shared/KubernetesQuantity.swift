import Foundation

/// A Kubernetes resource quantity (`100m`, `0.5`, `128Mi`, `1e3`, `1.5Gi`), parsed by the grammar of
/// k8s.io/apimachinery `resource.Quantity`:
///
///     quantity        ::= signedNumber suffix
///     signedNumber    ::= number | sign number          sign ::= "+" | "-"
///     number          ::= digits | digits "." digits | digits "." | "." digits
///     suffix          ::= binarySI | decimalExponent | decimalSI
///     binarySI        ::= Ki | Mi | Gi | Ti | Pi | Ei                       (powers of 2^10)
///     decimalSI       ::= n | u | m | "" | k | M | G | T | P | E            (10^-9 … 10^18)
///     decimalExponent ::= ("e" | "E") [sign] digits                        (an integer exponent)
///
/// The value is kept exactly as `digits × 10^decimalExponent × 2^binaryExponent`; `1E` is 10^18
/// (the exa suffix), `1e3` is 1000 and `1e` is an error, as in Kubernetes. Strings the reference
/// parser accepts only by accident (`.`, `+`, `-` with no digits) are refused here.
public struct KubernetesQuantity: Sendable, Equatable {
    /// True for a leading `-`.
    public var negative: Bool
    /// All digits of the number, the decimal point removed (`1.5` → `15`), leading zeros kept.
    public var digits: String
    /// Power of ten applied to `digits` (the fraction's length taken off, the SI suffix or `e` added).
    public var decimalExponent: Int
    /// Power of two applied (10 for `Ki`, 20 for `Mi`, …).
    public var binaryExponent: Int

    /// Why a string is not a quantity.
    public enum ParseError: Error, Equatable, Sendable {
        case empty
        case malformed
        case unknownSuffix(String)
    }

    /// Parses one quantity string; no surrounding whitespace is allowed (Kubernetes allows none).
    public static func parse(_ text: String) throws(ParseError) -> KubernetesQuantity {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { throw .empty }
        var position = 0
        var negative = false
        if scalars[0] == "+" || scalars[0] == "-" {
            negative = scalars[0] == "-"
            position = 1
        }
        let integerStart = position
        while position < scalars.count, isDigit(scalars[position]) { position += 1 }
        let integerDigits = String(String.UnicodeScalarView(scalars[integerStart..<position]))
        var fractionDigits = ""
        if position < scalars.count, scalars[position] == "." {
            position += 1
            let fractionStart = position
            while position < scalars.count, isDigit(scalars[position]) { position += 1 }
            fractionDigits = String(String.UnicodeScalarView(scalars[fractionStart..<position]))
        }
        guard !(integerDigits.isEmpty && fractionDigits.isEmpty) else { throw .malformed }
        let suffix = String(String.UnicodeScalarView(scalars[position...]))
        guard let (decimal, binary) = try interpret(suffix: suffix) else { throw .unknownSuffix(suffix) }
        let digits = integerDigits + fractionDigits
        return KubernetesQuantity(
            negative: negative, digits: digits.isEmpty ? "0" : digits,
            decimalExponent: decimal - fractionDigits.count, binaryExponent: binary)
    }

    /// The value as a Double (correctly rounded from the decimal digits, then scaled by 2^binary).
    public var value: Double {
        let decimal = Double("\(digits)e\(decimalExponent)") ?? .infinity
        let scaled = binaryExponent == 0 ? decimal : decimal * pow(2, Double(binaryExponent))
        return negative ? -scaled : scaled
    }

    /// The value in thousandths, rounded up to a whole thousandth as Kubernetes' `MilliValue()`
    /// does (CPU in millicores: `0.0001` → 1).
    public var milliUnits: Double { roundedUp(shiftedBy: 3) }

    /// The value rounded up to a whole unit, as Kubernetes' `Value()` does (memory in bytes).
    public var wholeUnits: Double { roundedUp(shiftedBy: 0) }

    /// ⌈value × 10^shift⌉. Without a binary suffix this is exact decimal arithmetic on the digits
    /// (`100m` → exactly 100 thousandths, `1n` → 1); with one (`1.5Gi`) the product is taken in
    /// Double and near-integers within a few ulps are not pushed up by rounding noise.
    private func roundedUp(shiftedBy shift: Int) -> Double {
        let exponent = decimalExponent + shift
        let sign: Double = negative ? -1 : 1
        if binaryExponent == 0 {
            if exponent >= 0 { return sign * (Double("\(digits)e\(exponent)") ?? .infinity) }
            let cut = max(0, digits.count + exponent)
            let whole = digits.prefix(cut)
            let fraction = digits.dropFirst(cut)
            let roundUp = fraction.contains { $0 != "0" } && !negative
            return sign * ((Double(whole.isEmpty ? "0" : String(whole)) ?? .infinity) + (roundUp ? 1 : 0))
        }
        let scaled = (Double("\(digits)e\(exponent)") ?? .infinity) * pow(2, Double(binaryExponent))
        let nearest = scaled.rounded()
        let whole = abs(scaled - nearest) <= 4 * max(nearest.ulp, scaled.ulp) ? nearest : scaled.rounded(.up)
        return sign * whole
    }

    /// (power of ten, power of two) of a suffix, nil when it is none Kubernetes knows.
    private static func interpret(suffix: String) throws(ParseError) -> (Int, Int)? {
        switch suffix {
        case "": return (0, 0)
        case "n": return (-9, 0)
        case "u": return (-6, 0)
        case "m": return (-3, 0)
        case "k": return (3, 0)
        case "M": return (6, 0)
        case "G": return (9, 0)
        case "T": return (12, 0)
        case "P": return (15, 0)
        case "E": return (18, 0)
        case "Ki": return (0, 10)
        case "Mi": return (0, 20)
        case "Gi": return (0, 30)
        case "Ti": return (0, 40)
        case "Pi": return (0, 50)
        case "Ei": return (0, 60)
        default: break
        }
        let scalars = Array(suffix.unicodeScalars)
        guard scalars.count >= 2, scalars[0] == "e" || scalars[0] == "E" else {
            if suffix.unicodeScalars.contains(where: { !"eEinumkKMGTP".unicodeScalars.contains($0) }) {
                throw .malformed
            }
            return nil
        }
        var position = 1
        var negative = false
        if scalars[position] == "+" || scalars[position] == "-" {
            negative = scalars[position] == "-"
            position += 1
        }
        let exponentDigits = scalars[position...]
        guard !exponentDigits.isEmpty, exponentDigits.allSatisfy(isDigit) else { throw .malformed }
        // Kubernetes reads the exponent as a 64-bit integer; anything past ±10^6 is out of any range here.
        guard exponentDigits.count <= 7, let magnitude = Int(String(String.UnicodeScalarView(exponentDigits))) else {
            throw .malformed
        }
        return (negative ? -magnitude : magnitude, 0)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }
}

extension KubernetesQuantity.ParseError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .empty: return "empty quantity"
        case .malformed: return "not a number with an optional suffix"
        case .unknownSuffix(let suffix): return "unknown suffix \"\(suffix)\""
        }
    }
}
