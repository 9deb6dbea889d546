/// The hosts and instances each hour of the day needs.
///
/// Instances follow the traffic where the model lets them: functions (`FunctionSizing`, scale to
/// zero in an hour without traffic) and autoscaled containers (`ReplicaCapacity`). Each hour whose
/// counts differ from the peak's is packed again by the same pipeline (spread, anti-affinity and
/// failover spares included); hours with the same counts share one packing. The faas plan's hosts
/// are those its containers need: the provider runs the functions.
struct HourlyHosts {
    /// Hosts each hour needs, spares included.
    var hosts: [Int]
    /// Instances each hour runs.
    var instances: [Int]
    /// Hosts at the peak: the plan's own (the faas plan: its containers' at their peak).
    var peakHosts: Int

    static func figures(
        scenario: Scenario, model: PlanModel, peakUnits: [PlacementUnit], peakHosts: Int, capacity: HostCapacity,
        packer: Packer
    ) throws(PlanningError) -> HourlyHosts {
        let billed: (PlacementUnit) -> Bool = { model != .faas || $0.kind != .function }
        var cache: [[Int]: Int] = [:]
        let peakCounts = peakUnits.filter(billed).map(\.count)
        let basePeak = model == .faas ? try hosts(peakUnits.filter(billed), capacity, scenario, packer) : peakHosts
        cache[peakCounts] = basePeak
        var result = HourlyHosts(hosts: [], instances: [], peakHosts: basePeak)
        for hour in 0..<TrafficProfile.hoursPerDay {
            let units = peakUnits.map { unit in
                var copy = unit
                copy.count = unit.count(at: hour)
                return copy
            }
            let counts = units.filter(billed).map(\.count)
            let hostCount: Int
            if let known = cache[counts] {
                hostCount = known
            } else {
                hostCount = try hosts(units.filter(billed), capacity, scenario, packer)
                cache[counts] = hostCount
            }
            result.hosts.append(hostCount)
            result.instances.append(units.reduce(0) { $0 + $1.count * $1.instancesPerUnit })
        }
        return result
    }

    /// Hosts (active + the failover policy's spares) the units need packed on their own.
    static func hosts(
        _ units: [PlacementUnit], _ capacity: HostCapacity, _ scenario: Scenario, _ packer: Packer
    ) throws(PlanningError) -> Int {
        let placed = units.filter { $0.count > 0 }
        guard !placed.isEmpty else { return 0 }
        let problem = PackingProblem(
            capacity: capacity.resources, items: placed.map { PackingItemType(demand: $0.resources, count: $0.count) })
        do throws(InternalError) {
            let result = try PlacementPipeline.place(
                problem, rules: PlacementRules(units: placed, scenario: scenario), policy: scenario.host.failoverPolicy,
                packer: packer)
            return result.solution.bins.count + result.failover.spares
        } catch {
            throw .internalFailure(error)
        }
    }
}

extension PlacementUnit {
    /// Instances one unit is: its members, except a pod's members that run in one VM.
    var instancesPerUnit: Int { kind == .vm && membersShareInstance ? 1 : members.count }
}
