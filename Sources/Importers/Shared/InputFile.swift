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

    /// The contents as UTF-8 text with a leading byte-order mark removed; other encodings are refused.
    public func text() throws(ScenarioError) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ScenarioError(file: name, field: nil, reason: "is UTF-16; save it as UTF-8")
        }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw ScenarioError(file: name, field: nil, reason: "is not valid UTF-8 text")
        }
        return text
    }
}
