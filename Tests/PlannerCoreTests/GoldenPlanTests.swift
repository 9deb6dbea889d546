import Foundation
import Testing
@testable import PlannerCore
import Storage

/// A golden plan per bundled profile, so every change to the numbers shows in review.
/// Missing goldens, or `RECORD_GOLDEN=1`, record the current output and fail, so a recording never
/// passes silently.
@Suite struct GoldenPlanTests {
    static let goldenDirectory = TestSupport.packageRoot.appendingPathComponent("Tests/PlannerCoreTests/Golden")

    @Test(arguments: BundledProfiles.all.map(\.name))
    func planMatchesGolden(profile: String) throws {
        let scenario = try BundledProfiles.scenario(named: profile)
        let actual = PlanDocument.json(scenario: scenario, plans: try Planner().plans(for: scenario))
        let file = Self.goldenDirectory.appendingPathComponent("\(profile).plan.json")
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? Data(contentsOf: file) else {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try actual.write(to: file)
            Issue.record("recorded \(file.lastPathComponent); run the tests again to compare against it")
            return
        }
        #expect(actual == expected, "plan of \(profile) differs from \(file.lastPathComponent); RECORD_GOLDEN=1 re-records after review")
    }

    @Test func everyProfileSaysWhereItsFiguresComeFrom() throws {
        for profile in BundledProfiles.all {
            let scenario = try BundledProfiles.scenario(named: profile.name)
            #expect(!scenario.notes.isEmpty, "\(profile.name) has no notes")
            _ = try Planner().plans(for: scenario)
        }
        #expect(try BundledProfiles.scenario(named: "dev-laptop").vm.hypervisor == .type2)
    }
}
