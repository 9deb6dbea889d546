/// Soft spread (`required: false`, and the default for two or more replicas): among packings
/// with the hosts the packer found, replicas as evenly spread as moves and swaps can make them.
/// Never adds a host and never breaks a hard rule.
///
/// Types go most unevenly spread first (the most crowded domain's count above the even share), so
/// a budget that runs out leaves the mildest cases. Each type is evened level by level from its
/// most crowded domain (host, or zone for zone spread). Each host in a domain at that level, in
/// index order, gives one item:
/// - a move to the first host where it fits of a domain below the even share and at least two
///   below the level, else of any domain at least two below the level;
/// - else a swap with an item of another type on a host of a domain at least two below, when both
///   fit after the swap and the sum of squared domain counts (over every soft type) falls.
///
/// A host that can give nothing is not asked again for that type, a host found full is not
/// looked at again, and counts are kept as items move, so evening a type costs about one pass
/// over the hosts plus its swaps. Bounded by `work` checks, so a million-instance plan spends
/// milliseconds here, not minutes.
enum SoftSpread {
    /// Evens every soft type out, spending at most `work` checks.
    static func even(_ packing: inout RuledPacking, work: Int = work) {
        // The budget follows the plan's size: a few dozen checks per instance, at most `work`.
        var budget = min(work, max(minimumWork, perItem * packing.problem.itemCount))
        // One pass over the hosts: each soft type's most crowded host, so the types already as
        // even as they can be (at most ⌈replicas ÷ hosts⌉ on any host) cost nothing more.
        var crowdest = [Int](repeating: 0, count: packing.problem.items.count)
        for bin in packing.bins {
            for (type, count) in zip(bin.types, bin.counts) { crowdest[type] = max(crowdest[type], count) }
        }
        let hosts = max(1, packing.usedBins)
        let zones = max(1, packing.rules.zones)
        // Each soft type's even share (⌈replicas ÷ domains⌉) and its most crowded domain's excess
        // over it; zone-spread types are always looked at.
        var uneven: [(type: Int, excess: Int, share: Int)] = []
        for type in packing.problem.items.indices where packing.rules.soft[type] {
            let byZone = packing.rules.softByZone[type]
            let domains = byZone ? zones : hosts
            let share = (packing.problem.items[type].count + domains - 1) / domains
            let most = byZone ? packing.zoneCounts[type]?.max() ?? 0 : crowdest[type]
            if byZone || most > share { uneven.append((type, most - share, share)) }
        }
        uneven.sort { $0.excess > $1.excess || ($0.excess == $1.excess && $0.type < $1.type) }
        var scratch = Scratch(hosts: packing.bins.count)
        for (type, _, share) in uneven {
            guard budget > 0 else { return }
            even(type, share: share, &packing, &scratch, budget: &budget)
        }
    }

    /// The domain a host is in for `type`'s spread.
    private static func domain(_ bin: Int, _ packing: RuledPacking, zones: Bool) -> Int {
        zones ? packing.rules.zone(of: bin) : bin
    }

    /// Evens one type, level by level from its most crowded domain (see the type's comment). A
    /// move goes first to a domain below the even `share`, where the item need not move again.
    private static func even(
        _ type: Int, share: Int, _ packing: inout RuledPacking, _ scratch: inout Scratch, budget: inout Int
    ) {
        let zones = packing.rules.softByZone[type]
        // Per domain (host, or zone) its count: the zones' own counts, or the hosts' in the
        // scratch's array (all 0), taken for this type and handed back at the end.
        var counts: [Int] = []
        if zones {
            counts = packing.zoneCounts[type] ?? Array(repeating: 0, count: packing.rules.zones)
        } else {
            Swift.swap(&counts, &scratch.counts)
        }
        let (found, roomy, held) = survey(type, packing)
        var holders = found
        for (bin, count) in zip(holders, held) {
            scratch.holds[bin] = true
            if !zones { counts[bin] = count }
        }
        budget -= packing.bins.count
        // Roomy hosts in domains below the even share (no second move), then any two below.
        var belowShare = RoomyScan(count: roomy.count)
        var belowLevel = RoomyScan(count: roomy.count)
        var crowd = holders.map { counts[domain($0, packing, zones: zones)] }.max() ?? 0
        var failedSwaps = 0
        // Each level: every host of a domain at `crowd` gives one item or is stuck, so afterwards no
        // domain a host may still give from holds more than `crowd` − 1.
        while crowd >= 2 && budget > 0 {
            budget -= holders.count
            for source in holders where budget > 0 {
                let gives = counts[domain(source, packing, zones: zones)] == crowd && packing.count(type, in: source) > 0
                guard gives && !scratch.stuck[source] else { continue }
                let target =
                    move(
                        type, from: source, below: min(crowd - 1, share), roomy, &belowShare, counts, &packing,
                        budget: &budget)
                    ?? move(type, from: source, below: crowd - 1, roomy, &belowLevel, counts, &packing, budget: &budget)
                    ?? (failedSwaps < swapTries ? swap(type, from: source, crowd: crowd, counts, &packing, budget: &budget) : nil)
                guard let target else {
                    scratch.stuck[source] = true
                    failedSwaps += 1
                    continue
                }
                failedSwaps = 0
                counts[domain(source, packing, zones: zones)] -= 1
                counts[domain(target, packing, zones: zones)] += 1
                if !scratch.holds[target] {
                    scratch.holds[target] = true
                    holders.append(target)
                }
            }
            crowd -= 1
        }
        // Every entry set above is a holder's: put them back for the next type.
        for bin in holders {
            scratch.holds[bin] = false
            scratch.stuck[bin] = false
            if !zones { counts[bin] = 0 }
        }
        if !zones { Swift.swap(&counts, &scratch.counts) }
    }

    /// One pass over the hosts: those holding `type` with their counts, and those with room for
    /// one more, each in index order.
    private static func survey(_ type: Int, _ packing: RuledPacking) -> (holders: [Int], roomy: [Int], counts: [Int]) {
        let demand = packing.problem.items[type].demand
        let capacity = packing.problem.capacity
        var holders: [Int] = []
        var roomy: [Int] = []
        var counts: [Int] = []
        for bin in packing.bins.indices where !packing.bins[bin].isEmpty {
            let count = packing.count(type, in: bin)
            if count > 0 {
                holders.append(bin)
                counts.append(count)
            }
            if packing.loads[bin].fits(removing: .zero, adding: demand, within: capacity) { roomy.append(bin) }
        }
        return (holders, roomy, counts)
    }

    /// Per-host marks and counts reused from type to type, all false or 0 between types.
    struct Scratch {
        var holds: [Bool]
        var stuck: [Bool]
        var counts: [Int]

        init(hosts: Int) {
            holds = Array(repeating: false, count: hosts)
            stuck = holds
            counts = Array(repeating: 0, count: hosts)
        }
    }

    /// Where a scan of the roomy hosts stands: the hosts passed over for good, and the first not.
    struct RoomyScan {
        var passed: [Bool]
        var next = 0

        init(count: Int) { passed = Array(repeating: false, count: count) }
    }

    /// Moves one item of `type` from `source` to the first roomy host, from the scan's `next`,
    /// whose domain holds fewer than `below`: the host, or nil (nothing changed). A host found
    /// full, barred or too crowded is passed over for good in this scan: `below` only falls from
    /// level to level, so a host too crowded for this one is too crowded for the next.
    private static func move(
        _ type: Int, from source: Int, below: Int, _ roomy: [Int], _ scan: inout RoomyScan, _ counts: [Int],
        _ packing: inout RuledPacking, budget: inout Int
    ) -> Int? {
        let zones = packing.rules.softByZone[type]
        var index = scan.next
        while index < roomy.count {
            let target = roomy[index]
            budget -= 1
            if !scan.passed[index] && target != source {
                if counts[domain(target, packing, zones: zones)] < below, packing.allows(type, in: target) {
                    packing.remove(type, from: source)
                    packing.add(type, to: target)
                    return target
                }
                scan.passed[index] = true
            }
            if scan.passed[index] && index == scan.next { scan.next += 1 }
            index += 1
        }
        return nil
    }

    /// Swaps one item of `type` on `source` with an item of another type on a host whose domain
    /// holds at most `crowd` − 2, when both fit after the swap and the spread improves: the host,
    /// or nil (nothing changed).
    private static func swap(
        _ type: Int, from source: Int, crowd: Int, _ counts: [Int], _ packing: inout RuledPacking, budget: inout Int
    ) -> Int? {
        let zones = packing.rules.softByZone[type]
        let targets = packing.bins.indices.filter {
            !packing.bins[$0].isEmpty && counts[domain($0, packing, zones: zones)] <= crowd - 2
        }
        budget -= packing.bins.count
        return swap(type, from: source, to: targets, &packing, budget: &budget)
    }

    /// One improving swap of an item of `type` from `source` with an item on one of `targets`:
    /// the host it went to, or nil (nothing changed).
    private static func swap(
        _ type: Int, from source: Int, to targets: [Int], _ packing: inout RuledPacking, budget: inout Int
    ) -> Int? {
        packing.remove(type, from: source)
        let capacity = packing.problem.capacity
        let demand = packing.problem.items[type].demand
        // Which types the source has room for, once, rather than once per host they are on.
        let sourceLoad = packing.loads[source]
        let fitsSource = packing.problem.items.map { sourceLoad.fits(removing: .zero, adding: $0.demand, within: capacity) }
        for target in targets where packing.allows(type, in: target, ignoringCapacity: true) {
            for other in packing.types(in: target) where other != type {
                budget -= 1
                guard fitsSource[other],
                    packing.loads[target].fits(
                        removing: packing.problem.items[other].demand, adding: demand, within: capacity),
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
                return target
            }
        }
        packing.add(type, to: source)
        return nil
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
