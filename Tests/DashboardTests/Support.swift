import Dashboard
import Foundation
import PlannerCore
import Storage
import Testing

/// Shared helpers: a state on the default profile with its plans, and buffer text.
enum Fixture {
    static func defaultScenario() -> Scenario {
        try! BundledProfiles.defaultScenario()
    }

    /// The default profile, planned, at `size`.
    static func state(
        size: TerminalSize = TerminalSize(width: 80, height: 24), unicode: Bool = true, path: String? = nil
    ) -> DashboardState {
        var state = DashboardState(
            scenario: defaultScenario(),
            document: Document(path: path, displayName: path ?? "Profiles/online-shop.json", stem: path.map(DashboardReducer.stem(of:)) ?? "online-shop"),
            size: size, capabilities: Capabilities(unicode: unicode, colour: false),
            commandLineFiles: ["extra.json"])
        let effects = DashboardReducer.start(&state)
        #expect(effects == [.plan(state.scenario, revision: 0), .findAutosave(state.document)])
        planCurrent(&state)
        return state
    }

    /// Runs the planner for the current revision and feeds the result back.
    static func planCurrent(_ state: inout DashboardState) {
        let result: Result<[Plan], PlanningError>
        do throws(PlanningError) {
            result = .success(try Planner(packer: NearOptimalPacker.packer(effort: .interactive)).plans(for: state.scenario))
        } catch {
            result = .failure(error)
        }
        _ = DashboardReducer.reduce(&state, .planFinished(revision: state.revision, result: result))
    }

    /// The buffer's rows with trailing spaces trimmed.
    static func lines(_ buffer: ScreenBuffer) -> [String] {
        buffer.text.components(separatedBy: "\n")
    }
}

/// Compares text with a file under Snapshots/. Records the file when it is missing or when
/// RECORD_SNAPSHOTS is set, and then fails, so a recording never passes silently.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name) at \(url.path); check it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    let actualLines = (text + "\n").components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    if actualLines != expectedLines {
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? actualLines[index] : "<end>"
        let want = index < expectedLines.count ? expectedLines[index] : "<end>"
        Issue.record(
            "snapshot \(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)",
            sourceLocation: sourceLocation)
    }
}
