// Shared by the importer fuzz targets (KubernetesFuzzer, OCIFuzzer, RVToolsFuzzer): what every
// successful import must satisfy. Built by scripts/fuzz together with them (see docs/fuzzing.md).
import Foundation
import Importers
import PlannerCore

enum ImportFuzzing {
    /// Plans of more instances are skipped to keep each run short (`vplan-tui bench` covers size).
    static let maximumInstances = 20_000

    /// An imported scenario either fails validation with ScenarioErrors or is valid, reads back
    /// unchanged from the JSON the importer writes, and (when small) plans under all four models.
    static func check(_ result: ImportResult) {
        _ = result.summary.text
        let scenario = result.scenario
        guard ScenarioValidator.errors(in: scenario).isEmpty else { return }
        let data = ScenarioDocument.json(scenario)
        guard let again = try? ScenarioDecoder.scenario(from: data) else {
            fatalError("a valid imported scenario does not read back: \(String(decoding: data, as: UTF8.self))")
        }
        guard again == scenario else { fatalError("an imported scenario changes when read back") }
        let instances = scenario.workloads.reduce(0) { $0 + $1.replicas }
        guard instances <= maximumInstances else { return }
        if let plans = try? Planner().plans(for: scenario) {
            _ = PlanDocument.json(scenario: scenario, plans: plans)
        }
    }
}
