/// A spread-first construction for soft spread: every type's replicas dealt out over a fixed
/// number of hosts in turn (round-robin first fit, as the Kubernetes scheduler's spreading score
/// places one pod after another), constrained types first, then largest first. Used only when it
/// fits in the hosts the packer found and spreads better than the packer's placement; skipped
/// when hosts × items exceeds `work`.
enum SpreadFit {
    static func pack(_ problem: PackingProblem, _ rules: PlacementRules, hosts: Int, work: Int = work) -> RuledPacking? {
        guard hosts > 1, hosts * problem.itemCount <= work else { return nil }
        var packing = RuledPacking(PackingSolution(bins: []), problem, rules)
        for _ in 0..<hosts { packing.openBin() }
        // Constrained types first, each group largest first.
        let placed = packing.largestFirst(problem.items.indices.filter { problem.items[$0].count > 0 })
        let order = placed.filter(rules.isConstrained) + placed.filter { !rules.isConstrained($0) }
        var next = 0
        for type in order {
            for _ in 0..<problem.items[type].count {
                guard let offset = (0..<hosts).first(where: { packing.allows(type, in: (next + $0) % hosts) }) else {
                    return nil
                }
                packing.add(type, to: (next + offset) % hosts)
                next = (next + offset + 1) % hosts
            }
        }
        return packing
    }

    /// The sum over soft types of their squared per-domain counts: lower is more even.
    static func unevenness(_ packing: RuledPacking) -> Int {
        var total = 0
        let rules = packing.rules
        for type in packing.problem.items.indices where rules.soft[type] && rules.softByZone[type] {
            if let zones = packing.zoneCounts[type] { total += zones.reduce(0) { $0 + $1 * $1 } }
        }
        // Host spread: each host's own entries, so a host's absent types cost nothing.
        for bin in packing.bins {
            for (type, count) in zip(bin.types, bin.counts) where rules.soft[type] && !rules.softByZone[type] {
                total += count * count
            }
        }
        return total
    }
}
