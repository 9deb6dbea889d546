import PlannerCore

/// Plans for the dashboard's snapshot and reducer tests that stay put when the production packer
/// (`NearOptimalPacker`) or the lower bound improve: PlannerCore's own figures (capacity, memory,
/// transfer, boot, cost, warnings) on the packing of `firstFit`, a fixed packer written here, with
/// the lower bound replaced by the volume bound of the plan's own placements, also computed here.
/// A UI snapshot then changes only when the dashboard or the plan figures change.
public enum CannedPlans {
    /// The planner with the fixed packer (its lower bound is PlannerCore's; `plans(for:)` replaces it).
    public static let planner = Planner(packer: firstFit)

    /// The four plans of `scenario`, or the error the planner gives for it.
    public static func plans(for scenario: Scenario) throws(PlanningError) -> [Plan] {
        try planner.plans(for: scenario).map { plan in
            var plan = plan
            plan.lowerBoundHosts = volumeBound(plan)
            return plan
        }
    }

    /// First fit in the problem's order of item types, never sorted or searched: each type fills the
    /// open bins in order with as many items as fit, then opens new bins.
    @Sendable public static func firstFit(_ problem: PackingProblem) -> PackingSolution {
        var bins: [[PackedCount]] = []
        var free: [Resources] = []
        for (type, item) in problem.items.enumerated() where item.count > 0 {
            var remaining = item.count
            for bin in bins.indices where remaining > 0 {
                let placed = min(remaining, fitCount(item.demand, free[bin]))
                guard placed > 0 else { continue }
                bins[bin].append(PackedCount(type: type, count: placed))
                free[bin] = free[bin] - item.demand.times(Int64(placed))
                remaining -= placed
            }
            let perBin = fitCount(item.demand, problem.capacity)
            guard perBin > 0 else { continue }  // larger than a bin: the planner rejects it first
            while remaining > 0 {
                let placed = min(remaining, perBin)
                bins.append([PackedCount(type: type, count: placed)])
                free.append(problem.capacity - item.demand.times(Int64(placed)))
                remaining -= placed
            }
        }
        return PackingSolution(bins: bins)
    }

    /// How many items of `demand` fit into `free` (`Int.max` for an item that needs nothing).
    static func fitCount(_ demand: Resources, _ free: Resources) -> Int {
        var count = Int64.max
        for (need, room) in [
            (demand.cpuMillicores, free.cpuMillicores), (demand.memoryKiB, free.memoryKiB), (demand.pods, free.pods),
            (demand.gpus, free.gpus),
        ]
        where need > 0 {
            count = min(count, max(0, room) / need)
        }
        return Int(count)
    }

    /// ⌈load ÷ capacity⌉ in the dimension that needs the most hosts, from the placements' totals in
    /// the packer's integer units.
    static func volumeBound(_ plan: Plan) -> Int {
        let capacity = plan.hostCapacity
        let dimensions: [(load: (HostPlacement) -> Int64, capacity: Int64)] = [
            ({ Int64(($0.cpuCores * 1000).rounded()) }, Int64((capacity.cpuCores * 1000).rounded())),
            ({ Int64(($0.memoryMiB * 1024).rounded()) }, Int64((capacity.memoryMiB * 1024).rounded())),
            ({ Int64($0.pods) }, Int64(capacity.pods)),
            ({ Int64($0.gpus ?? 0) }, Int64(capacity.gpus ?? 0)),
        ]
        return dimensions.map { dimension -> Int in
            guard dimension.capacity > 0 else { return 0 }
            let total = plan.placements.reduce(Int64(0)) { $0 + dimension.load($1) }
            return Int((total + dimension.capacity - 1) / dimension.capacity)
        }.max() ?? 0
    }
}
