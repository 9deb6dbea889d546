/// Soft spread (`required: false`, and the default for two or more replicas): among packings
/// with the hosts the packer found, replicas as evenly spread as moves and swaps can make them.
/// Never adds a host and never breaks a hard rule.
///
/// For each soft type, from the domain (host, or zone for zone spread) holding most of it: an
/// item moves to a host of a domain holding at least two fewer, if it fits there; else it swaps
/// with an item of another type on that host when both fit after the swap and the sum of squared
/// domain counts (over every soft type) falls. Bounded by `work` checks, so a million-instance
/// plan spends milliseconds here, not minutes.
enum SoftSpread {
    /// Host-and-item checks one plan may spend.
    static let work = 1_000_000
    static let minimumWork = 100_000
    static let perItem = 20

    static func even(_ packing: inout RuledPacking) {
        // The budget follows the plan's size: a few dozen checks per instance, at most `work`.
        var budget = min(work, max(minimumWork, perItem * packing.problem.itemCount))
        // One pass over the hosts: each soft type's most crowded host, so the types already as
        // even as they can be (at most ⌈replicas ÷ hosts⌉ on any host) cost nothing more.
        var crowdest = [Int](repeating: 0, count: packing.problem.items.count)
        for bin in packing.bins {
            for (type, count) in zip(bin.types, bin.counts) { crowdest[type] = max(crowdest[type], count) }
        }
        let hosts = max(1, packing.usedBins)
        for type in packing.problem.items.indices where packing.rules.soft[type] {
            guard budget > 0 else { return }
            let evenCount = (packing.problem.items[type].count + hosts - 1) / hosts
            guard packing.rules.softByZone[type] || crowdest[type] > evenCount else { continue }
            even(type, &packing, budget: &budget)
        }
    }

    /// The domain a host is in for `type`'s spread.
    private static func domain(_ bin: Int, _ packing: RuledPacking, zones: Bool) -> Int {
        zones ? packing.rules.zone(of: bin) : bin
    }

    private static func even(_ type: Int, _ packing: inout RuledPacking, budget: inout Int) {
        let zones = packing.rules.softByZone[type]
        var improved = true
        while improved && budget > 0 {
            improved = false
            // Each round looks at every host once: it costs the budget as much.
            budget -= packing.bins.count
            let counts = domainCounts(type, packing, zones: zones)
            let crowding = packing.bins.indices.map { counts[domain($0, packing, zones: zones)] }
            let sources = packing.bins.indices.filter { packing.count(type, in: $0) > 0 }
                .sorted { crowding[$0] > crowding[$1] || (crowding[$0] == crowding[$1] && $0 < $1) }
            for source in sources {
                let crowd = crowding[source]
                guard crowd >= 2 else { break }
                let targets = packing.bins.indices.filter { !packing.bins[$0].isEmpty && crowding[$0] <= crowd - 2 }
                guard !targets.isEmpty else { continue }
                budget -= targets.count
                if moveOrSwap(type, from: source, to: targets, &packing, budget: &budget) {
                    improved = true
                    break
                }
                if budget <= 0 { return }
            }
        }
    }

    /// Per domain, the count of `type`.
    private static func domainCounts(_ type: Int, _ packing: RuledPacking, zones: Bool) -> [Int] {
        if zones, let counts = packing.zoneCounts[type] { return counts }
        var counts = Array(repeating: 0, count: zones ? packing.rules.zones : packing.bins.count)
        for bin in packing.bins.indices { counts[domain(bin, packing, zones: zones)] += packing.count(type, in: bin) }
        return counts
    }

    /// One move or improving swap of an item of `type` from `source` to one of `targets`.
    private static func moveOrSwap(
        _ type: Int, from source: Int, to targets: [Int], _ packing: inout RuledPacking, budget: inout Int
    ) -> Bool {
        packing.remove(type, from: source)
        for target in targets where packing.allows(type, in: target) {
            packing.add(type, to: target)
            return true
        }
        let capacity = packing.problem.capacity
        let demand = packing.problem.items[type].demand
        for target in targets where packing.allows(type, in: target, ignoringCapacity: true) {
            for other in packing.types(in: target) where other != type {
                budget -= 1
                let otherDemand = packing.problem.items[other].demand
                guard packing.loads[target].fits(removing: otherDemand, adding: demand, within: capacity),
                    packing.loads[source].fits(removing: .zero, adding: otherDemand, within: capacity),
                    swapGain(other, from: target, to: source, packing)
                        < swapGain(type, from: source, to: target, packing, moving: true)
                else { continue }
                packing.remove(other, from: target)
                guard packing.allows(type, in: target), packing.allows(other, in: source) else {
                    packing.add(other, to: target)
                    continue
                }
                packing.add(type, to: target)
                packing.add(other, to: source)
                return true
            }
        }
        packing.add(type, to: source)
        return false
    }

    /// The rise in the sum of squared domain counts when one item of `type` goes from `from` to
    /// `to` (0 for a type without soft spread); with `moving`, the fall for the item already
    /// taken off `from`.
    private static func swapGain(_ type: Int, from: Int, to: Int, _ packing: RuledPacking, moving: Bool = false) -> Int {
        guard packing.rules.soft[type] else { return 0 }
        let zones = packing.rules.softByZone[type]
        let a = domain(from, packing, zones: zones)
        let b = domain(to, packing, zones: zones)
        guard a != b else { return 0 }
        let countA = domainCount(type, a, packing, zones: zones) + (moving ? 1 : 0)
        let countB = domainCount(type, b, packing, zones: zones)
        // Moving one: (a-1)² + (b+1)² − a² − b² = 2(b − a) + 2.
        let rise = 2 * (countB - countA) + 2
        return moving ? -rise : rise
    }

    private static func domainCount(_ type: Int, _ domain: Int, _ packing: RuledPacking, zones: Bool) -> Int {
        zones ? packing.zoneCounts[type]?[domain] ?? 0 : packing.count(type, in: domain)
    }
}
