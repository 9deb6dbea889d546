import Foundation
import Importers
import PlannerCore
import Testing

/// What an import writes and says: the checked scenario document and the summary.
@Suite struct ImportOutputTests {
    static func result(_ workloads: [Workload]) -> ImportResult {
        ImportResult(
            scenario: Scenario(name: "Imported", workloads: workloads),
            summary: ImportSummary(files: 1, workloads: workloads, skipped: [], warnings: []))
    }

    @Test func aPlannableScenarioIsItsDocumentAndTheSummary() throws {
        let result = Self.result([Workload(name: "api", cpuCores: 0.5, memoryMiB: 256, replicas: 2)])
        let output = try result.output(file: nil)
        #expect(output.data == ScenarioDocument.json(result.scenario))
        #expect(output.summary == result.summary.text)
    }

    @Test func anInvalidScenarioIsRefusedNamingTheOutput() {
        let result = Self.result([Workload(name: "api", cpuCores: 0.5, memoryMiB: -5, replicas: 1)])
        for (file, name) in [(nil, "(imported scenario)"), ("shop.json", "shop.json")] {
            do {
                _ = try result.output(file: file)
                Issue.record("no error")
            } catch {
                #expect(error.description == "\(name): workloads[0].memoryMiB: must be greater than 0 (got -5)")
            }
        }
    }

    @Test func aScenarioThatDoesNotPlanIsWrittenWithAWarning() throws {
        let result = Self.result([Workload(name: "huge", cpuCores: 1, memoryMiB: 1_048_576, replicas: 1)])
        let output = try result.output(file: nil)
        #expect(output.data == ScenarioDocument.json(result.scenario))
        #expect(output.summary.hasPrefix(result.summary.text + "\nwarning: the scenario does not plan on this host: "))
        #expect(output.summary.hasSuffix("; choose a larger host with --host"))
    }
}
