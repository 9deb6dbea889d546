import Foundation
import Importers
import PlannerCore

/// Reads the importers' inputs: a path through `ScenarioFile.read` (size limit, one-line errors),
/// or `-` for standard input (once per command), named `<stdin>` in messages.
struct InputReader {
    private var stdinUsed = false

    static let stdinName = "<stdin>"

    mutating func read(_ path: String) throws(ScenarioError) -> InputFile {
        guard path == "-" else { return InputFile(name: path, data: try ScenarioFile.read(path)) }
        guard !stdinUsed else {
            throw ScenarioError(file: Self.stdinName, field: nil, reason: "standard input (-) can be read only once")
        }
        stdinUsed = true
        let data = FileHandle.standardInput.readData(ofLength: Limits.maximumFileBytes + 1)
        if data.count > Limits.maximumFileBytes {
            throw ScenarioError(
                file: Self.stdinName, field: nil,
                reason: "is larger than \(Limits.maximumFileBytes) bytes (64 MiB), the limit for input files")
        }
        return InputFile(name: Self.stdinName, data: data)
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
