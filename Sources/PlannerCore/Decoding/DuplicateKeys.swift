/// Finds a key that appears twice in one JSON object. Foundation's parser keeps the last value
/// silently, which would let a typo or a merge accident pass unseen. Runs on text that has
/// already parsed as JSON, so it only tracks strings, nesting and keys.
enum DuplicateKeys {
    static func first(in bytes: [UInt8]) -> ScenarioError? {
        var objects: [Set<[UInt8]>?] = []  // nil marks an array level
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
                let key = Array(bytes[(start + 1)..<min(index, count)])
                var next = index + 1
                while next < count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
                if next < count, bytes[next] == UInt8(ascii: ":"), let top = objects.last, var keys = top {
                    if keys.contains(key) {
                        let (line, column) = JSONSyntax.position(of: start, in: bytes)
                        let name = TerminalText.escaped(String(decoding: key, as: UTF8.self))
                        return ScenarioError(field: "line \(line), column \(column)", reason: "duplicate key \"\(name)\" in one object")
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
}
