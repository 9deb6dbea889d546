/// First fit decreasing under the placement rules: a construction that never breaks them. Types
/// largest first (their largest share of a host), each type's items put on the first host with
/// room, as many at once as the capacity, the host limit, the zone limit and anti-affinity allow;
/// a new host when none has. The rules stage tries it beside the repaired packer output and keeps
/// the one with fewer hosts, so a plan where the rules bind a lot does not depend on repairing a
/// packing made without them. O(types × hosts) at worst; the full hosts are passed over through
/// the packing's free-capacity index (`RuledPacking.firstAllowed`).
enum RuledFirstFit {
    static func pack(_ problem: PackingProblem, _ rules: PlacementRules) -> RuledPacking {
        var packing = RuledPacking(PackingSolution(bins: []), problem, rules)
        for type in packing.largestFirst(problem.items.indices.filter { problem.items[$0].count > 0 }) {
            var left = problem.items[type].count
            var from = 0
            while left > 0 {
                // The first host that allows one more (`firstAllowed`: the full ones cost nothing),
                // else a new one; a host that allows one has room for at least one.
                let bin = packing.firstAllowed(type, from: from) ?? packing.openBin()
                let room = room(for: type, in: bin, packing)
                if room > 0 {
                    packing.add(type, to: bin, count: min(room, left))
                    left -= min(room, left)
                }
                from = bin + 1
            }
        }
        return packing
    }

    /// How many more items of `type` host `bin` may take under the rules and its capacity.
    static func room(for type: Int, in bin: Int, _ packing: RuledPacking) -> Int {
        let rules = packing.rules
        guard packing.allows(type, in: bin) else { return 0 }
        var room = FirstFitDecreasing.fitCount(
            packing.problem.items[type].demand, free: packing.problem.capacity - packing.loads[bin],
            limit: rules.hostLimit[type] - packing.count(type, in: bin))
        if rules.zoneLimit[type] != .max, let zones = packing.zoneCounts[type] {
            room = min(room, rules.zoneLimit[type] - zones[rules.zone(of: bin)])
        }
        return max(0, room)
    }
}
