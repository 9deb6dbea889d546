/// Warnings a plan carries: figures the planner had to assume, and workloads it had to move.
enum PlanWarnings {
    static func warnings(for scenario: Scenario, model: PlanModel) -> [String] {
        var warnings: [String] = []
        for workload in scenario.workloads {
            let kind = model.kind(for: workload)
            if kind == .function {
                let sizing = FunctionSizing(workload, concurrencyPerInstance: scenario.faas.concurrencyPerInstance)
                if let missing = sizing.missingTraffic {
                    warnings.append(
                        "\(workload.name): no \(missing); its \(workload.replicas) replicas are used as its concurrency")
                }
            }
            if model == .faas && workload.stateful {
                warnings.append("\(workload.name): stateful, so it cannot be a function; planned as containers")
            }
            if workload.updatesPerDay > 0 && workload.changedLayers == 0 && workload.replicas > 0 {
                warnings.append(
                    "\(workload.name): changedLayers is 0, so its \(Format.trimmed(workload.updatesPerDay, decimals: 2)) updates a day ship nothing"
                )
            }
            if kind != .vm && workload.layers.isEmpty && workload.replicas > 0 {
                warnings.append("\(workload.name): no layers, so its image counts as 0 MiB")
            }
        }
        return warnings
    }
}
