import Foundation

/// JSON syntax checking with a line and column, which Foundation's decoder does not give.
enum JSONSyntax {
    static func error(in data: Data) -> ScenarioError? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
            if let offset = characterOffset(in: detail) {
                let (line, column) = position(of: offset, in: data)
                let reason = detail.replacingOccurrences(of: " around character \(offset).", with: "")
                return ScenarioError(
                    at: .position(line: line, column: column), reason: "invalid JSON: \(lowercasedFirst(reason))")
            }
            if detail.contains("end of file") || detail.contains("Unexpected end") {
                let (line, column) = position(of: data.count, in: data)
                return ScenarioError(at: .position(line: line, column: column), reason: "invalid JSON: unexpected end of file")
            }
            let trimmed = (detail.hasSuffix(".") ? String(detail.dropLast()) : detail)
                .replacingOccurrences(of: "is not representable in Swift", with: "is out of range")
            return ScenarioError(field: nil, reason: "invalid JSON: \(lowercasedFirst(trimmed))")
        }
    }

    private static func characterOffset(in detail: String) -> Int? {
        guard let range = detail.range(of: "around character ") else { return nil }
        let digits = detail[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }

    /// 1-based line and column of a byte offset (columns count characters, not bytes).
    static func position<Bytes: Collection>(of offset: Int, in data: Bytes) -> (line: Int, column: Int)
    where Bytes.Element == UInt8 {
        var line = 1
        var column = 1
        for byte in data.prefix(max(0, offset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
