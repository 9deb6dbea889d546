/// Finds a key that appears twice in one JSON object. Foundation's parser keeps one value
/// silently, which would let a typo or a merge accident pass unseen. Runs on text that has
/// already parsed as JSON, so it only tracks strings, nesting and keys. Keys are compared as the
/// decoder sees them, after their escapes: `"r\u0065plicas"` is `"replicas"`.
enum DuplicateKeys {
    static func first(in bytes: [UInt8]) -> ScenarioError? {
        var objects: [Set<String>?] = []  // nil marks an array level
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"): objects.append([])
            case UInt8(ascii: "["): objects.append(nil)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !objects.isEmpty { objects.removeLast() }
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while index < count && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                var next = index + 1
                while next < count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
                if next < count, bytes[next] == UInt8(ascii: ":"), let top = objects.last, var keys = top {
                    let key = decoded(bytes[(start + 1)..<min(index, count)])
                    if keys.contains(key) {
                        let (line, column) = JSONSyntax.position(of: start, in: bytes)
                        let name = TerminalText.escaped(key)
                        return ScenarioError(
                            at: .position(line: line, column: column), reason: "duplicate key \"\(name)\" in one object")
                    }
                    keys.insert(key)
                    objects[objects.count - 1] = keys
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The text of a JSON string's contents (between its quotes) with its escapes decoded. The
    /// parser has accepted the document, so every escape is well formed; a lone surrogate, which
    /// it refuses, would become U+FFFD.
    static func decoded(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.endIndex else {
                utf8.append(byte)
                index += 1
                continue
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4(raw, at: index) else { continue }
                index += 4
                var value = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit), index + 1 < raw.endIndex,
                    raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u"),
                    let low = hex4(raw, at: index + 2), (0xDC00...0xDFFF).contains(low)
                {
                    value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    index += 6
                }
                utf8.append(contentsOf: String(Unicode.Scalar(value) ?? "\u{FFFD}").utf8)
            default: utf8.append(escape)  // \" \\ \/
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The value of four hex digits at `index`, nil when there are not four.
    private static func hex4(_ raw: ArraySlice<UInt8>, at index: Int) -> UInt16? {
        guard index + 4 <= raw.endIndex else { return nil }
        var value: UInt16 = 0
        for byte in raw[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
