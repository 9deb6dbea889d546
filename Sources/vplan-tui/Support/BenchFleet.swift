import ArgumentParser
import Fixtures
import PlannerCore

/// The fleets `bench fleets` and `bench scale` plan, by shape name, and the bounds they measure
/// their hosts against: one definition, so both benches print the same gap for the same plan.
enum BenchFleet {
    /// The fleet of `name` ("synthetic" or a `FleetShape`) with `instances` instances over about
    /// `distinct` workloads (the synthetic fleet always has 100 replicas a workload).
    static func scenario(_ name: String, instances: Int, distinct: Int, seed: UInt64) throws -> Scenario {
        if name == "synthetic" { return SyntheticFleet.scenario(instances: instances, seed: seed) }
        guard let shape = FleetShape(rawValue: name) else {
            throw ValidationError("unknown shape \(name): synthetic, memory, cpu, slots, vm or mixed")
        }
        return shape.scenario(instances: instances, distinct: distinct, seed: seed)
    }

    /// A plan's pattern-LP bound: the better of `PatternBound.compute` on the plan's packing
    /// problem (within `budget` work units; skipped at 0) and the plan's own `lpBound`; nil when
    /// neither exists. `optimal` when either was proven to be the relaxation itself.
    static func lpBound(_ plan: Plan, scenario: Scenario, budget: Int) -> (value: Double, optimal: Bool)? {
        let computed =
            budget > 0 ? PatternBound.compute(Planner.packingProblem(scenario, model: plan.model), budget: budget) : nil
        let values = [computed?.value, plan.lpBound?.value].compactMap { $0 }
        guard let best = values.max() else { return nil }
        return (best, computed?.optimal ?? false || plan.lpBound?.method == "pattern LP")
    }

    /// Active hosts above the best proven bound in whole hosts, max(1, `lowerBound`, ⌈LP⌉), in
    /// percent.
    static func gapPercent(hosts: Int, lowerBound: Int, lpBound: Double?) -> Double {
        100 * (Double(hosts) / max(1, Double(lowerBound), (lpBound ?? 0).rounded(.up)) - 1)
    }
}
