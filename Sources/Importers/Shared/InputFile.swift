import Foundation
import PlannerCore

/// One input of an importer: the name messages use (a path, or `<stdin>`) and its bytes. The
/// importers never touch the file system; the command line reads the files.
public struct InputFile: Sendable, Equatable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The contents as text: UTF-8 (a leading byte-order mark removed), or UTF-16 with its
    /// byte-order mark. Anything else is refused.
    public func text() throws(ScenarioError) -> String {
        let decoded = try decodedText(allowWindows1252: false)
        return decoded.text
    }

    /// Like `text()`, but bytes that are not UTF-8 are read as Windows-1252 (what Excel's "CSV"
    /// writes on Windows); `windows1252` tells when that happened.
    public func decodedText(allowWindows1252: Bool) throws(ScenarioError) -> (text: String, windows1252: Bool) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard var text = String(data: Data(bytes), encoding: .utf16) else {
                throw ScenarioError(file: name, field: nil, reason: "is not valid UTF-16 text")
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return (text, false)
        }
        if let text = String(data: Data(bytes), encoding: .utf8) { return (text, false) }
        if allowWindows1252, let text = String(data: Data(bytes), encoding: .windowsCP1252) { return (text, true) }
        throw ScenarioError(file: name, field: nil, reason: "is not valid UTF-8 text")
    }
}
