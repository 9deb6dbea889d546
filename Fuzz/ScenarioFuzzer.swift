// libFuzzer entry point over scenario decoding and planning: any bytes must give a scenario and
// four plans, or a ScenarioError, never a trap. Built by scripts/fuzz together with the
// PlannerCore sources (see docs/fuzzing.md).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let scenario = try? ScenarioDecoder.scenario(from: bytes) else { return 0 }
    // Keep each run short: the limits allow ten million instances, which is a benchmark, not a fuzz case.
    let instances = scenario.workloads.reduce(0) { $0 + $1.replicas }
    guard instances <= 20_000 else { return 0 }
    if let plans = try? Planner().plans(for: scenario) {
        _ = PlanDocument.json(scenario: scenario, plans: plans)
        _ = ScenarioDocument.json(scenario)
    }
    return 0
}
