/// The hosts and instances each hour of the day needs, and which hour the plan places.
///
/// Instances follow the traffic where the model lets them: functions (`FunctionSizing`, scale to
/// zero in an hour without traffic) and autoscaled containers (`ReplicaCapacity`). When the counts
/// change over the day, each distinct hour is packed by the same pipeline (spread, anti-affinity
/// and failover spares included; hours with the same counts share one packing), and the plan
/// places the hour that needs the most hosts (ties: the most instances, then the earliest): its
/// hosts are the peak hour's, which monthly billing pays all month. The faas plan's hosts are
/// those its containers need: the provider runs the functions.
struct HourlyHosts {
    /// Hosts each hour needs, spares included.
    var hosts: [Int]
    /// Instances each hour runs.
    var instances: [Int]
    /// Hosts at the peak hour.
    var peakHosts: Int
    /// The hour the plan's placements hold; nil when every hour has the same counts.
    var placementHour: Int?

    /// The day of a plan whose counts change by hour, packed hour by hour; nil when they do not.
    static func varying(
        scenario: Scenario, model: PlanModel, units: [PlacementUnit], capacity: HostCapacity, planner: Planner
    ) throws(PlanningError) -> HourlyHosts? {
        guard PlacementUnit.varyByHour(units) else { return nil }
        let billed: (PlacementUnit) -> Bool = { model != .faas || $0.kind != .function }
        var cache: [[Int]: Int] = [:]
        var result = HourlyHosts(hosts: [], instances: [], peakHosts: 0, placementHour: nil)
        for hour in 0..<TrafficProfile.hoursPerDay {
            let atHour = units.at(hour: hour)
            let counts = atHour.filter(billed).map(\.count)
            let hostCount: Int
            if let known = cache[counts] {
                hostCount = known
            } else {
                hostCount = try hosts(atHour.filter(billed), capacity, scenario, planner)
                cache[counts] = hostCount
            }
            result.hosts.append(hostCount)
            result.instances.append(atHour.reduce(0) { $0 + $1.count * $1.instancesPerUnit })
        }
        let peak = result.hosts.indices.max { a, b in
            (result.hosts[a], result.instances[a], b) < (result.hosts[b], result.instances[b], a)
        }
        result.placementHour = peak
        result.peakHosts = peak.map { result.hosts[$0] } ?? 0
        return result
    }

    /// The day of a plan whose counts are the same every hour: its own hosts all day (the faas
    /// plan: its containers packed on their own).
    static func flat(
        scenario: Scenario, model: PlanModel, units: [PlacementUnit], hosts planHosts: Int, capacity: HostCapacity,
        planner: Planner
    ) throws(PlanningError) -> HourlyHosts {
        let billedHosts =
            model == .faas ? try hosts(units.filter { $0.kind != .function }, capacity, scenario, planner) : planHosts
        let instances = units.reduce(0) { $0 + $1.count * $1.instancesPerUnit }
        return HourlyHosts(
            hosts: Array(repeating: billedHosts, count: TrafficProfile.hoursPerDay),
            instances: Array(repeating: instances, count: TrafficProfile.hoursPerDay), peakHosts: billedHosts,
            placementHour: nil)
    }

    /// Hosts (active + the failover policy's spares) the units need packed on their own.
    static func hosts(
        _ units: [PlacementUnit], _ capacity: HostCapacity, _ scenario: Scenario, _ planner: Planner
    ) throws(PlanningError) -> Int {
        let placed = units.filter { $0.count > 0 }
        guard !placed.isEmpty else { return 0 }
        let result = try Planner.place(placed, capacity: capacity.resources, scenario: scenario, planner: planner).placed
        return result.solution.bins.count + result.failover.spares
    }
}

extension PlacementUnit {
    /// Instances one unit is: its members, except a pod's members that run in one VM.
    var instancesPerUnit: Int { kind == .vm && membersShareInstance ? 1 : members.count }

    /// True when some unit's count changes over the day.
    static func varyByHour(_ units: [PlacementUnit]) -> Bool {
        units.contains { unit in unit.countsByHour?.contains { $0 != unit.count } ?? false }
    }
}

extension Array where Element == PlacementUnit {
    /// The units with their counts at `hour`.
    func at(hour: Int) -> [PlacementUnit] {
        map { unit in
            var copy = unit
            copy.count = unit.count(at: hour)
            return copy
        }
    }
}
