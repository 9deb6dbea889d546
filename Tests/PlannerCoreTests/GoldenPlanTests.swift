import Foundation
import Storage
import TestSupport
import Testing

@testable import PlannerCore

/// Per bundled profile, a summary of its four plans (hosts, bounds, memory by source, transfer,
/// ready time, cost, warnings) in `Golden/<profile>.txt`, so every change to the figures shows in
/// review as a readable diff. A missing file, or `RECORD_SNAPSHOTS=1`, records and fails (see
/// `Snapshot`). Placements are not recorded: `InvariantTests` checks them on every bundled profile
/// and on random scenarios, and `PlannerPropertyTests` checks the streamed JSON against the tree.
@Suite struct GoldenPlanTests {
    @Test(arguments: BundledProfiles.all.map(\.name))
    func planSummaryMatchesGolden(profile: String) throws {
        let scenario = try BundledProfiles.scenario(named: profile)
        let plans = try Planner().plans(for: scenario)
        assertSnapshot(PlanSummary.text(profile: profile, scenario: scenario, plans: plans), named: profile, in: "Golden")
    }

    @Test func summaryNumbersAreRoundedToTwoDecimals() {
        #expect(PlanSummary.number(4096) == "4096")
        #expect(PlanSummary.number(916.288) == "916.29")
        #expect(PlanSummary.number(0.5) == "0.5")
        #expect(PlanSummary.number(-0.001) == "0")
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
