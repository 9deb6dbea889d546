/// Warnings a plan carries: figures the planner had to assume, and workloads it had to move.
enum PlanWarnings {
    static func warnings(
        for scenario: Scenario, model: PlanModel, roles: FunctionRoles, units: [PlacementUnit],
        functions: FunctionBehaviour.Figures
    ) -> [String] {
        var warnings: [String] = []
        var missingTraffic: [Int: String] = [:]
        for unit in units {
            if let missing = unit.function?.sizing.missingTraffic { missingTraffic[unit.members[0]] = missing }
        }
        for (index, workload) in scenario.workloads.enumerated() {
            let kind = roles.kinds[index]
            if let missing = missingTraffic[index] {
                warnings.append("\(workload.name): no \(missing); its \(workload.replicas) replicas are used as its concurrency")
            }
            if let reason = roles.ineligible[index] {
                warnings.append("\(workload.name): \(reason)")
            }
            if kind != .function, let shortfall = carryShortfall(workload, kind: kind, scenario: scenario) {
                warnings.append(shortfall)
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
        for name in functions.billedAtPeak where model == .faas {
            warnings.append(
                "\(name): only peakRequestsPerSecond is given, so the function is billed as if the peak lasted all day")
        }
        return warnings
    }

    /// The warning for fixed replicas (VMs, or containers without `container.autoscale`) that
    /// cannot carry the workload's peak: replicas × concurrencyPerReplica below the requests in
    /// progress at the peak at the sizing percentile, the level functions and autoscaled replicas
    /// are sized for. Nil when they can, when they autoscale, or when the workload gives no
    /// traffic.
    static func carryShortfall(_ workload: Workload, kind: InstanceKind, scenario: Scenario) -> String? {
        guard let perReplica = workload.concurrencyPerReplica, let traffic = TrafficProfile(workload),
            traffic.requestSeconds > 0,
            kind == .vm || ReplicaCapacity.autoscaledReplicas(workload, scenario: scenario) == nil
        else { return nil }
        let percentile = scenario.faas.concurrencyPercentile
        let carried = Double(workload.replicas) * perReplica
        let peak = Double(traffic.peakQuantile(percentile))
        guard carried < peak * (1 - 1e-9) else { return nil }
        return "\(workload.name): \(workload.replicas) replicas × \(Format.trimmed(perReplica, decimals: 2)) concurrent "
            + "requests carry \(Format.trimmed(carried, decimals: 2)) of the \(Format.trimmed(peak, decimals: 0)) requests "
            + "in progress at its peak (p\(Format.trimmed(percentile * 100, decimals: 4)), concurrencyPerReplica); "
            + "it needs at least \(InstanceCount.ceiling(peak / perReplica)) replicas"
    }
}
