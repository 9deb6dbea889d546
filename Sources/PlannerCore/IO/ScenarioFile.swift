import Foundation

/// Reading scenario files from disk with the size limit and one-line errors naming the file.
public enum ScenarioFile {
    /// Reads at most `Limits.maximumFileBytes` bytes of a file; larger files are refused.
    public static func read(_ path: String) throws(ScenarioError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(file: path, field: nil, reason: "no such file")
        }
        if isDirectory.boolValue { throw ScenarioError(file: path, field: nil, reason: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ScenarioError(file: path, field: nil, reason: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: Limits.maximumFileBytes + 1) ?? Data()
            if data.count > Limits.maximumFileBytes {
                throw ScenarioError(
                    file: path, field: nil,
                    reason: "is larger than \(Limits.maximumFileBytes) bytes (64 MiB), the limit for input files")
            }
            return data
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError(file: path, field: nil, reason: "cannot be read: \(error.localizedDescription)")
        }
    }

    /// Reads, decodes and validates a scenario file.
    public static func load(_ path: String) throws(ScenarioError) -> Scenario {
        let data = try read(path)
        do {
            return try ScenarioDecoder.scenario(from: data)
        } catch {
            throw error.inFile(path)
        }
    }
}
