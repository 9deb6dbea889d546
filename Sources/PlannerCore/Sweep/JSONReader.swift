/// Reads JSON text into a `JSONValue`, object members in the document's order, so that a sweep can
/// edit a scenario file at the JSON level and hand the result to `ScenarioDecoder`. Integers (no
/// fraction or exponent, within `Int`) stay `.integer`; other numbers are `.number`. The sweep reads
/// only documents `ScenarioDecoder` has already accepted, so errors here name no position.
enum JSONReader {
    /// Nesting deeper than this is refused rather than recursed into.
    static let maximumDepth = 512

    static func value(from bytes: [UInt8]) throws(EditFailure) -> JSONValue {
        var reader = Cursor(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.offset == bytes.count else { throw EditFailure(reason: "invalid JSON: text after the document") }
        return value
    }

    private struct Cursor {
        let bytes: [UInt8]
        var offset = 0

        mutating func skipSpace() {
            while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
        }

        func invalid(_ what: String) -> EditFailure { EditFailure(reason: "invalid JSON: \(what) at byte \(offset)") }

        mutating func value(depth: Int) throws(EditFailure) -> JSONValue {
            guard depth < JSONReader.maximumDepth else { throw invalid("nesting deeper than \(JSONReader.maximumDepth)") }
            skipSpace()
            guard offset < bytes.count else { throw invalid("unexpected end") }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try number()
            }
        }

        mutating func literal(_ text: String, _ value: JSONValue) throws(EditFailure) -> JSONValue {
            let expected = Array(text.utf8)
            guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected else {
                throw invalid("unexpected character")
            }
            offset += expected.count
            return value
        }

        mutating func object(depth: Int) throws(EditFailure) -> JSONValue {
            offset += 1
            var members: [(String, JSONValue)] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw invalid("expected a key") }
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                if try endOrComma(UInt8(ascii: "}")) { return .object(members) }
            }
        }

        mutating func array(depth: Int) throws(EditFailure) -> JSONValue {
            offset += 1
            var elements: [JSONValue] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(elements)
            }
            while true {
                elements.append(try value(depth: depth + 1))
                skipSpace()
                if try endOrComma(UInt8(ascii: "]")) { return .array(elements) }
            }
        }

        /// True after the closing byte, false after a comma.
        mutating func endOrComma(_ close: UInt8) throws(EditFailure) -> Bool {
            guard offset < bytes.count else { throw invalid("unexpected end") }
            let byte = bytes[offset]
            offset += 1
            if byte == close { return true }
            if byte == UInt8(ascii: ",") { return false }
            throw invalid("expected , or \(Character(UnicodeScalar(close)))")
        }

        mutating func expect(_ byte: UInt8) throws(EditFailure) {
            guard offset < bytes.count, bytes[offset] == byte else { throw invalid("expected \(Character(UnicodeScalar(byte)))") }
            offset += 1
        }

        mutating func number() throws(EditFailure) -> JSONValue {
            let start = offset
            while offset < bytes.count, Self.numberBytes.contains(bytes[offset]) { offset += 1 }
            let text = String(decoding: bytes[start..<offset], as: UTF8.self)
            guard JSONReader.isNumber(text) else { throw invalid("unexpected character") }
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let integer = Int(text) {
                return .integer(integer)
            }
            guard let value = Double(text), value.isFinite else { throw invalid("number out of range") }
            return .number(value)
        }

        static let numberBytes = Set("+-0123456789.eE".utf8)

        mutating func string() throws(EditFailure) -> String {
            offset += 1
            var out: [UInt8] = []
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                if byte != UInt8(ascii: "\\") {
                    out.append(byte)
                    continue
                }
                try escape(into: &out)
            }
            throw invalid("unterminated string")
        }

        mutating func escape(into out: inout [UInt8]) throws(EditFailure) {
            guard offset < bytes.count else { throw invalid("unterminated string") }
            let byte = bytes[offset]
            offset += 1
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
                UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
            ]
            if let plain = simple[byte] {
                out.append(plain)
                return
            }
            guard byte == UInt8(ascii: "u") else { throw invalid("invalid escape") }
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar), offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                bytes[offset + 1] == UInt8(ascii: "u")
            {
                let saved = offset
                offset += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    offset = saved
                }
            }
            let character = UnicodeScalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(character)).utf8))
        }

        mutating func hex4() throws(EditFailure) -> UInt32 {
            guard offset + 4 <= bytes.count,
                let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
            else { throw invalid("invalid \\u escape") }
            offset += 4
            return value
        }
    }

    /// True for text in JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let leadingZero = bytes.first == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
