/// The per-host and per-zone limits a plan's placement honours, per item type (placement unit):
/// required spread (`workloads[].spread`), anti-affinity (`workloads[].antiAffinity`) and soft
/// spread. Built from the scenario; the packer's types are the plan's placement units.
///
/// - Required host spread: at most `maxSkew` instances of the workload per host. The planner can
///   always add a host, so an empty host is always a domain (as under a cluster autoscaler): the
///   counts then differ by at most `maxSkew`, and with r replicas the workload needs ⌈r ÷ maxSkew⌉
///   hosts (one per replica at `maxSkew` 1, as a vSphere VM-VM anti-affinity rule).
/// - Required zone spread: at most ⌈r ÷ zones⌉ + maxSkew − 1 per zone (`host.zones` is fixed).
/// - Anti-affinity: two conflicting types never share a host; a workload naming itself is
///   limited to one instance per host.
/// - Soft spread: no limit; `SoftSpread` evens the counts out without adding a host.
///
/// Only VM and container instances spread: function instances are the platform's to place.
struct PlacementRules: Sendable {
    /// Per type: the most instances one host may hold (Int.max: no limit).
    var hostLimit: [Int]
    /// Per type: the most instances one zone may hold (Int.max: no limit).
    var zoneLimit: [Int]
    /// Per type: the types it may not share a host with (sorted, never itself).
    var conflicts: [[Int]]
    /// Per type: whether its replicas should be spread evenly (soft), beyond the limits.
    var soft: [Bool]
    /// Per soft type: whether it spreads over zones (else over hosts).
    var softByZone: [Bool]
    /// Zones the hosts are split across (host i is in zone i mod zones).
    var zones: Int
    /// Per type: the name it is reported by (its first member workload's).
    var names: [String]

    /// No limits at all for `types` types.
    init(types: Int, zones: Int = 1) {
        hostLimit = Array(repeating: .max, count: types)
        zoneLimit = Array(repeating: .max, count: types)
        conflicts = Array(repeating: [], count: types)
        soft = Array(repeating: false, count: types)
        softByZone = Array(repeating: false, count: types)
        self.zones = max(1, zones)
        names = Array(repeating: "", count: types)
    }

    /// The rules of a plan's units.
    init(units: [PlacementUnit], scenario: Scenario) {
        self.init(types: units.count, zones: scenario.host.zones)
        var unitOf: [String: Int] = [:]
        for (type, unit) in units.enumerated() {
            names[type] = scenario.workloads[unit.members[0]].name
            guard unit.kind != .function else { continue }
            for member in unit.members { unitOf[scenario.workloads[member].name] = type }
        }
        for (type, unit) in units.enumerated() where unit.kind != .function {
            let leader = scenario.workloads[unit.members[0]]
            if let spread = leader.placementSpread { limit(type, spread, replicas: unit.count) }
            for member in unit.members {
                for name in scenario.workloads[member].antiAffinity {
                    guard let other = unitOf[name] else { continue }
                    if other == type {
                        hostLimit[type] = 1
                    } else {
                        conflicts[type].append(other)
                        conflicts[other].append(type)
                    }
                }
            }
        }
        conflicts = conflicts.map { Array(Set($0)).sorted() }
    }

    private mutating func limit(_ type: Int, _ spread: Spread, replicas: Int) {
        guard spread.required else {
            soft[type] = replicas > 1 && spread.topology != .none && (spread.topology == .host || zones > 1)
            softByZone[type] = soft[type] && spread.topology == .zone
            return
        }
        switch spread.topology {
        case .host: hostLimit[type] = min(hostLimit[type], spread.maxSkew)
        case .zone:
            if zones > 1 { zoneLimit[type] = (replicas + zones - 1) / zones + spread.maxSkew - 1 }
        case .none: return
        }
    }

    /// Whether any type has a rule, hard or soft: without one the packer's packing stands.
    var hasAnyRule: Bool { hasHardRules || soft.contains(true) }

    /// Whether any hard rule applies (else placement is the packer's alone).
    var hasHardRules: Bool {
        hostLimit.contains { $0 != .max } || zoneLimit.contains { $0 != .max } || conflicts.contains { !$0.isEmpty }
    }

    /// Whether type `type` has a hard rule of its own.
    func isConstrained(_ type: Int) -> Bool {
        hostLimit[type] != .max || zoneLimit[type] != .max || !conflicts[type].isEmpty
    }

    /// Whether one more item of `type` keeps the rules on a host whose counts per type are
    /// `countHere` and in a zone already holding `inZone` of it, under `zoneLimit` (the
    /// placement's, or one recomputed over the zones left after a zone is lost).
    func permits(_ type: Int, countHere: (Int) -> Int, inZone: Int, zoneLimit: Int) -> Bool {
        if hostLimit[type] != .max && countHere(type) >= hostLimit[type] { return false }
        for other in conflicts[type] where countHere(other) > 0 { return false }
        return zoneLimit == .max || inZone < zoneLimit
    }

    /// The zone of host `host`.
    func zone(of host: Int) -> Int { host % zones }

    /// The fewest hosts the hard rules alone need: ⌈count ÷ host limit⌉ for each type, and for
    /// two conflicting types the sum of theirs (they never share a host).
    func minimumHosts(counts: [Int]) -> (hosts: Int, type: Int?) {
        var best = (hosts: 0, type: Int?.none)
        func hosts(_ type: Int) -> Int {
            guard counts[type] > 0 else { return 0 }
            return hostLimit[type] == .max ? 1 : (counts[type] + hostLimit[type] - 1) / hostLimit[type]
        }
        for type in counts.indices where counts[type] > 0 {
            var needed = hosts(type)
            if hostLimit[type] == .max && conflicts[type].isEmpty { continue }
            for other in conflicts[type] where counts[other] > 0 { needed = max(needed, hosts(type) + hosts(other)) }
            if needed > best.hosts { best = (needed, type) }
        }
        return best
    }
}
