/// A catalog type a mix may use: its place in the catalog, its name and the scenario on it.
struct MixType {
    var index: Int
    var name: String
    var scenario: Scenario

    var costPerHour: Double { scenario.host.costPerHour }
}

/// One candidate mix planned: a plan per group of hosts of one type, and the spares.
struct MixResult {
    /// (type index, the group's plan), in catalog order.
    var groups: [(single: Int, plan: Plan)]
    /// Spares added for the hosts policy (each able to take any host's contents whole), or nil
    /// when every group kept the spares of its own check.
    var spares: (single: Int, count: Int)?
    var costPerMonth: Double
}

extension HostMix {
    /// Plans each group of a candidate on its type, then its spares (see `HostMix`): under the
    /// hosts policy, k spares of the cheapest type any host's contents fit whole; when no type
    /// takes every host's contents, each group planned with its own spares. Nil when a group cannot
    /// be planned.
    static func evaluate(
        _ assignment: Assignment, layout: MixLayout, types: [MixType], policy: FailoverPolicy, planner: Planner,
        model: PlanModel, sharedSpares: Bool = true
    ) throws(PlanningError) -> MixResult? {
        var spareCount = 0
        if case .hosts(let count) = policy { spareCount = count }
        let owned = spareCount > 0 && sharedSpares
        var groups: [(single: Int, plan: Plan)] = []
        for single in assignment.keys.sorted(by: { types[$0].index < types[$1].index }) {
            let counts = assignment[single]!
            guard counts.contains(where: { $0 > 0 }) else { continue }
            var scenario = group(types[single].scenario, counts: counts, units: layout.units)
            if owned {
                scenario.host.failover = nil
                scenario.host.failoverHosts = 0
            }
            do throws(PlanningError) {
                groups.append((single, try planner.plan(scenario, model: model)))
            } catch {
                guard case .scenario = error else { throw error }
                return nil
            }
        }
        var cost = groups.reduce(0.0) { $0 + $1.plan.cost.perMonth }
        guard owned else { return MixResult(groups: groups, spares: nil, costPerMonth: cost) }
        let hosts = groups.flatMap { layout.contents(of: $0.plan) }
        let spare = types.indices.filter { candidate in hosts.allSatisfy { layout.fits($0, on: candidate) } }
            .min { (types[$0].costPerHour, types[$0].index) < (types[$1].costPerHour, types[$1].index) }
        guard let spare else {
            return try evaluate(
                assignment, layout: layout, types: types, policy: policy, planner: planner, model: model,
                sharedSpares: false)
        }
        cost += Double(spareCount) * types[spare].costPerHour * CostModel.hoursPerMonth
        return MixResult(groups: groups, spares: (spare, spareCount), costPerMonth: cost)
    }

    /// The scenario of one group: its units' counts as replicas; a function workload is whole in
    /// one group (its instances follow its traffic), so elsewhere it has no replicas and no traffic.
    static func group(_ base: Scenario, counts: [Int], units: [PlacementUnit]) -> Scenario {
        var scenario = base
        for (index, unit) in units.enumerated() {
            for member in unit.members {
                if unit.kind == .function {
                    guard counts[index] == 0 else { continue }
                    scenario.workloads[member].requestsPerSecond = nil
                    scenario.workloads[member].peakRequestsPerSecond = nil
                }
                scenario.workloads[member].replicas = counts[index]
            }
        }
        return scenario
    }
}
