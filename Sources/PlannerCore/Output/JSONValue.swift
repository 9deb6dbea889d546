import Foundation

/// A JSON document written deterministically: object keys sorted, numbers in one fixed format.
/// The plan file promises the same bytes for the same scenario, which Foundation's encoder does
/// not guarantee across platforms for numbers; and the writer streams a million placements fast.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Compact JSON with sorted keys, ending without a newline.
    public func serialized(pretty: Bool = false) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: pretty ? 0 : nil)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text to `out`. `indent` nil writes compactly; otherwise two spaces a level,
    /// with arrays of plain numbers kept on one line so timelines stay readable.
    public func write(into out: inout [UInt8], indent: Int?) {
        switch self {
        case .object(let members):
            let sorted = members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            if sorted.isEmpty {
                out.append(contentsOf: Array("{}".utf8))
                return
            }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            if elements.isEmpty {
                out.append(contentsOf: Array("[]".utf8))
                return
            }
            let flat = indent == nil || elements.allSatisfy(\.isScalar)
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 {
                    out.append(UInt8(ascii: ","))
                    if flat && indent != nil { out.append(UInt8(ascii: " ")) }
                }
                if !flat { JSONValue.newline(&out, indent.map { $0 + 1 }) }
                element.write(into: &out, indent: flat ? indent : indent.map { $0 + 1 })
            }
            if !flat { JSONValue.newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            JSONValue.writeString(text, into: &out)
        case .number(let value):
            out.append(contentsOf: Array(JSONNumber.format(value).utf8))
        case .integer(let value):
            out.append(contentsOf: Array(String(value).utf8))
        case .bool(let value):
            out.append(contentsOf: Array((value ? "true" : "false").utf8))
        case .null:
            out.append(contentsOf: Array("null".utf8))
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object: return false
        case .array(let elements): return elements.allSatisfy { if case .array = $0 { return false } else { return $0.isScalar } }
        default: return true
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: indent * 2))
    }

    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// The one number format of plan files: integers without a fraction, other values rounded to 12
/// significant digits (which hides binary noise such as 438681.60000000003) in the shortest
/// form that reads back to the rounded value. Non-finite values, which validation rules out,
/// are written as 0 rather than as invalid JSON.
public enum JSONNumber {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let rounded = roundedToSignificantDigits(value, 12)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    private static func roundedToSignificantDigits(_ value: Double, _ digits: Int) -> Double {
        let magnitude = Int(log10(value.magnitude).rounded(.down))
        let shift = digits - 1 - magnitude
        guard abs(shift) <= 300 else { return value }
        let scale = pow(10, Double(abs(shift)))
        let result = shift >= 0 ? (value * scale).rounded() / scale : (value / scale).rounded() * scale
        return result.isFinite ? result : value
    }
}
