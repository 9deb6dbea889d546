import Foundation
import Testing

/// Recorded text files that tests compare output with: whole screens, per-profile plan summaries.
///
/// One rule everywhere: a missing file, or a run with `RECORD_SNAPSHOTS=1`, writes the current text
/// and fails, so a recording never passes silently. Review the diff of the recorded files, then run
/// the tests again without the variable.
public enum Snapshot {
    /// The environment variable that re-records every snapshot (any value but empty or `0`).
    public static let recordingVariable = "RECORD_SNAPSHOTS"

    public static var isRecording: Bool {
        guard let value = ProcessInfo.processInfo.environment[recordingVariable] else { return false }
        return !value.isEmpty && value != "0"
    }

    /// Compares `text` with the file at `url` line by line, naming the first line that differs.
    public static func expect(_ text: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let name = url.lastPathComponent
        guard !isRecording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(name) at \(url.path); review it and run the tests again", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(name) at \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        let actualLines = (text + "\n").components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        guard actualLines != expectedLines else { return }
        let index =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? actualLines[index] : "<end>"
        let want = index < expectedLines.count ? expectedLines[index] : "<end>"
        Issue.record(
            "\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(\(recordingVariable)=1 re-records)",
            sourceLocation: sourceLocation)
    }
}

/// Compares text with `<folder>/<name>.txt` beside the calling test file (`Snapshots/` by default);
/// see `Snapshot` for how recording works.
public func assertSnapshot(
    _ text: String, named name: String, in folder: String = "Snapshots", filePath: StaticString = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
        .appendingPathComponent(folder).appendingPathComponent("\(name).txt")
    Snapshot.expect(text, matches: url, sourceLocation: sourceLocation)
}
