import Fixtures
import Foundation
import Testing

@testable import PlannerCore

/// `ScenarioValidator.errors(in:touching:)`, the dashboard's per-key validation, finds exactly the
/// problems an edit of some workloads brings, worded as the full validation words them.
@Suite struct LocalValidationTests {
    /// One random edit of workload `row`, often an invalid one, sometimes clashing with another workload.
    static func edit(_ scenario: Scenario, row: Int, _ rng: inout SplitMix64) -> Scenario {
        var s = scenario
        let other = s.workloads[Int.random(in: 0..<s.workloads.count, using: &rng)]
        switch Int.random(in: 0...10, using: &rng) {
        case 0: s.workloads[row].name = other.name  // a duplicate (or itself)
        case 1: s.workloads[row].name = Bool.random(using: &rng) ? " \t" : "bad\u{7}name"
        case 2: s.workloads[row].cpuCores = [-1, 0, 0.0001, 5, .infinity, 1e9].randomElement(using: &rng)!
        case 3: s.workloads[row].memoryMiB = [-5, 0, 1e-5, 512, .nan].randomElement(using: &rng)!
        case 4: s.workloads[row].replicas = [-1, 0, 3, 10_000_001].randomElement(using: &rng)!
        case 5:
            // A layer another workload has, with another size; or its own size changed.
            if let layer = other.layers.first, !s.workloads[row].layers.isEmpty {
                s.workloads[row].layers[0] = ImageLayer(
                    id: layer.id, sizeMiB: layer.sizeMiB + Double(Int.random(in: 0...1, using: &rng)))
            }
        case 6: s.workloads[row].pod = other.pod ?? "pod-x"  // joins a pod without agreeing
        case 7: s.workloads[row].peakRequestsPerSecond = 0.5
        case 8:
            s.workloads[row].model = .faas
            s.workloads[row].stateful = Bool.random(using: &rng)
        case 9: s.workloads[row].requestSeconds = [-1, 0, 1e12].randomElement(using: &rng)!
        default: s.workloads[row].runtimeClass = "kata"  // a class container.runtimeClasses does not name
        }
        return s
    }

    @Test func anEditBringsTheSameNewProblemsLocallyAsInFull() {
        var rng = SplitMix64(seed: 20_261_130)
        var sawProblems = 0
        for _ in 0..<600 {
            let before = RandomScenario.make(&rng)
            let row = Int.random(in: 0..<before.workloads.count, using: &rng)
            let after = Self.edit(before, row: row, &rng)
            let full = Set(ScenarioValidator.errors(in: after).map(\.description))
                .subtracting(ScenarioValidator.errors(in: before).map(\.description))
            let local = Set(ScenarioValidator.errors(in: after, touching: [row]).map(\.description))
                .subtracting(ScenarioValidator.errors(in: before, touching: [row]).map(\.description))
            #expect(local == full, "row \(row): full \(full.sorted()) local \(local.sorted())")
            #expect(
                Set(ScenarioValidator.errors(in: after, touching: [row]).map(\.description))
                    .isSubset(of: ScenarioValidator.errors(in: after).map(\.description)))
            if !full.isEmpty { sawProblems += 1 }
        }
        #expect(sawProblems > 300)
    }

    @Test func blankIsWhatTrimmingSpacesAndTabsEmpties() {
        let scalars = (0..<0x10000).compactMap(Unicode.Scalar.init).map { String($0) }
        for text in ["", " ", "\t", "\u{2003}\u{00A0}", " a ", "\n", "x"] + scalars {
            #expect(
                ScenarioValidator.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty, "\(text.debugDescription)")
        }
    }
}
