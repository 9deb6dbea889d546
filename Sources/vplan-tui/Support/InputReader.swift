import Foundation
import Importers
import PlannerCore
import Storage

/// Reads the importers' inputs: a path through `ScenarioFile.read` (size limit, one-line errors),
/// or `-` for standard input (once per command), named `<stdin>` in messages. All inputs of one
/// command together may hold at most `maximumTotalBytes` (four files at the 64 MiB limit), so a
/// directory of large files cannot fill the memory before anything is parsed.
struct InputReader {
    private var stdinUsed = false
    private var totalBytes = 0

    static let maximumTotalBytes = 4 * Limits.maximumFileBytes

    static let stdinName = "<stdin>"

    mutating func read(_ path: String) throws(FileError) -> InputFile {
        let file = try readOne(path)
        totalBytes += file.data.count
        guard totalBytes <= Self.maximumTotalBytes else {
            throw FileError(
                file: file.name,
                reason: "brings the inputs to more than \(Self.maximumTotalBytes) bytes (256 MiB), the limit for one import")
        }
        return file
    }

    private mutating func readOne(_ path: String) throws(FileError) -> InputFile {
        guard path == "-" else { return InputFile(name: path, data: try ScenarioFile.read(path)) }
        guard !stdinUsed else {
            throw FileError(file: Self.stdinName, reason: "standard input (-) can be read only once")
        }
        stdinUsed = true
        return InputFile(name: Self.stdinName, data: try ScenarioFile.readAll(STDIN_FILENO, name: Self.stdinName))
    }

    /// A file, or every `.yaml`, `.yml` and `.json` file of a directory (not its subdirectories),
    /// sorted by name.
    mutating func readFiles(_ path: String) throws(FileError) -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return [try read(path)] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw FileError(file: path, reason: "cannot be listed: \(error.localizedDescription)")
        }
        let manifests = names.filter { name in
            [".yaml", ".yml", ".json"].contains { name.lowercased().hasSuffix($0) } && !name.hasPrefix(".")
        }.sorted()
        guard !manifests.isEmpty else {
            throw FileError(file: path, reason: "is a directory with no .yaml, .yml or .json files")
        }
        var files: [InputFile] = []
        for name in manifests {
            let full = path.hasSuffix("/") ? path + name : "\(path)/\(name)"
            var isSubdirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isSubdirectory), isSubdirectory.boolValue { continue }
            files.append(try read(full))
        }
        return files
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
