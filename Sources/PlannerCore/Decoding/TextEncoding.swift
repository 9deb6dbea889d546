/// Scenario files are UTF-8 (a leading UTF-8 byte-order mark is fine). Foundation's parser would
/// also read UTF-16 and UTF-32, but the duplicate-key check reads bytes as UTF-8, so such a file
/// could pass with a duplicate key; it is refused with the command that converts it.
enum TextEncoding {
    /// The error for a UTF-16 or UTF-32 document, nil for anything else. Found by its byte-order
    /// mark, or without one by the zero bytes of its first character (JSON text starts with an
    /// ASCII character, so UTF-16 gives one zero byte of two and UTF-32 three of four, RFC 4627).
    static func error(in bytes: [UInt8]) -> ScenarioError? {
        guard let name = name(of: bytes) else { return nil }
        return ScenarioError(
            field: nil, reason: "is \(name) text; vplan reads UTF-8 (convert it with iconv -f \(name) -t UTF-8)")
    }

    /// The encoding as iconv names it: "UTF-16" or "UTF-32" with a byte-order mark (iconv reads the
    /// mark), "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" without one; nil for anything else.
    private static func name(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32" }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
        guard bytes.count >= 2 else { return nil }
        let zero = bytes.prefix(4).map { $0 == 0 }
        if zero.count == 4 {
            if zero == [true, true, true, false] { return "UTF-32BE" }
            if zero == [false, true, true, true] { return "UTF-32LE" }
        }
        if zero[0] && !zero[1] { return "UTF-16BE" }
        if !zero[0] && zero[1] { return "UTF-16LE" }
        return nil
    }
}
