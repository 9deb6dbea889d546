extension JSONValue {
    /// Compact JSON text with object members in their given order (not sorted, unlike
    /// `serialized`): an edited scenario keeps its file's order, and a sweep row its columns'.
    /// `number` writes non-integer values; by default in the shortest form that reads back to the
    /// same `Double`, so an edited scenario loses no digit of the file's numbers.
    func orderedText(number: (Double) -> String = JSONValue.exactNumber) -> String {
        var out: [UInt8] = []
        writeOrdered(into: &out, number: number)
        return String(decoding: out, as: UTF8.self)
    }

    /// Integral values below 10^15 as integers, others in Swift's shortest round-trip form (`0.1`,
    /// `1e-05`, valid JSON for every finite value); non-finite values, which no document holds, as 0.
    static func exactNumber(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private func writeOrdered(into out: inout [UInt8], number: (Double) -> String) {
        switch self {
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                value.writeOrdered(into: &out, number: number)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.writeOrdered(into: &out, number: number)
            }
            out.append(UInt8(ascii: "]"))
        case .number(let value):
            out.append(contentsOf: Array(number(value).utf8))
        default:
            write(into: &out, indent: nil)
        }
    }
}
