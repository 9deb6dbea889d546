/// CPU and memory totals of a plan.
enum MemoryAndCPU {
    /// CPU demand = Σ units × per-unit cores (overheads included); utilization = demand ÷
    /// (active hosts × usable cores per host).
    static func cpu(units: [PlacementUnit], activeHosts: Int, capacity: Resources) -> CPUFigures {
        let demand = units.reduce(0.0) { $0 + $1.demand.cpuCores * Double($1.count) }
        let available = Double(activeHosts) * capacity.cpuCores
        return CPUFigures(demandCores: demand, utilization: available > 0 ? demand / available : 0)
    }

    /// Workload memory = Σ instances × the workload's own request (a function's: the memory it is
    /// configured with, its riding sidecars' included); overhead = Σ units × per-unit
    /// overhead by source, plus the type-2 host OS and utility VM once per active host.
    static func memory(units: [PlacementUnit], scenario: Scenario, activeHosts: Int, capacity: HostCapacity) -> MemoryFigures {
        var workload = 0.0
        var bySource = Dictionary(uniqueKeysWithValues: OverheadSource.allCases.map { ($0, 0.0) })
        for unit in units {
            let count = Double(unit.count)
            if unit.kind == .function {
                let overhead = unit.demand.overheadMiB.values.reduce(0, +)
                workload += (unit.demand.memoryMiB - overhead) * count
            } else {
                workload += unit.members.reduce(0.0) { $0 + scenario.workloads[$1].memoryMiB } * count
            }
            for (source, mib) in unit.demand.overheadMiB {
                bySource[source, default: 0] += mib * count
            }
        }
        bySource[.hostOs, default: 0] += capacity.hostOsMiB * Double(activeHosts)
        bySource[.utilityVm, default: 0] += capacity.utilityVmMiB * Double(activeHosts)
        let overhead = OverheadSource.allCases.reduce(0.0) { $0 + (bySource[$1] ?? 0) }
        let total = workload + overhead
        var figures = MemoryFigures(
            workloadMiB: workload, overheadMiB: overhead, overheadFraction: total > 0 ? overhead / total : 0,
            overheadBySource: bySource)
        if units.contains(where: { $0.kind == .vm && $0.count > 0 }) { figures.hypervisorModel = scenario.vm.overheadModel }
        return figures
    }
}
