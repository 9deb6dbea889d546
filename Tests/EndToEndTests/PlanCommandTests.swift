import Foundation
import TestSupport
import Testing

/// The headless commands end to end.
@Suite struct PlanCommandTests {
    @Test func planPrintsTheDefaultScenarioDeterministically() throws {
        let first = try CLI.run(["plan"])
        let second = try CLI.run(["plan"])
        #expect(first.status == 0 && first.stderr.isEmpty)
        #expect(first.stdout == second.stdout)
        let json = try JSONSerialization.jsonObject(with: first.stdout) as? [String: Any]
        #expect(json?["schema"] as? String == "vplan.plan/v1")
        let plans = json?["plans"] as? [[String: Any]] ?? []
        #expect(plans.compactMap { $0["model"] as? String } == ["vm", "container", "faas", "mixed"])
    }

    @Test func outputFileEqualsStdout() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plan.json")
        let written = try CLI.run(["plan", "--profile", "dev-laptop", "--output", file.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        let printed = try CLI.run(["plan", "--profile", "dev-laptop"])
        #expect(try Data(contentsOf: file) == printed.stdout)
    }

    @Test func validateAndProfiles() throws {
        let valid = try CLI.run(["validate", SourceTree.url("Profiles/online-shop.json").path])
        #expect(valid.status == 0)
        #expect(String(decoding: valid.stdout, as: UTF8.self) == "ok\n")
        let profiles = try CLI.run(["profiles"])
        let lines = String(decoding: profiles.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.first?.hasPrefix("online-shop (default): ") == true)
    }
}
