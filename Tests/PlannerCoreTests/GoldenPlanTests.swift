import Foundation
import TestSupport
import Testing
@testable import PlannerCore
import Storage

/// A golden plan per bundled profile, so every change to the numbers shows in review. Missing
/// goldens, or `RECORD_SNAPSHOTS=1`, record the current output and fail (see `Snapshot`).
@Suite struct GoldenPlanTests {
    static let goldenDirectory = SourceTree.url("Tests/PlannerCoreTests/Golden")

    @Test(arguments: BundledProfiles.all.map(\.name))
    func planMatchesGolden(profile: String) throws {
        let scenario = try BundledProfiles.scenario(named: profile)
        var actual = String(decoding: PlanDocument.json(scenario: scenario, plans: try Planner().plans(for: scenario)), as: UTF8.self)
        if actual.hasSuffix("\n") { actual.removeLast() }
        Snapshot.expect(actual, matches: Self.goldenDirectory.appendingPathComponent("\(profile).plan.json"))
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
