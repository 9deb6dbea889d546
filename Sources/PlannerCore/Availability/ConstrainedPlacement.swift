/// Makes a packing honour the hard placement rules (required spread, anti-affinity, zone
/// limits) with as few extra hosts as it can, then evens out soft spread without adding any.
///
/// The packer's stages pack without the rules; this is the pipeline's last stage:
/// 1. **Evict**: items over a host's or zone's limit, and the smaller side of every conflict on a
///    host, leave their host.
/// 2. **Re-place** the evicted items, largest first: first fit on a host that allows them; else
///    on an allowed host after moving free items (types without rules) off it; else a new host.
///    The free items moved go first fit anywhere, opening hosts only when nothing has room.
/// 3. **Compact**: the least-filled hosts are emptied into the others where the rules allow,
///    with one-step ejection chains. Beside the repaired packing: a construction that respects
///    the rules from the start (`RuledFirstFit`), compacted the same way, and the spread-first
///    construction in the fewest hosts it fits (`fewestDealt`); the one with fewest hosts is kept.
/// 4. **Soft spread**: the spread-first construction (`SpreadFit`) in the same hosts when it fits
///    and spreads better, then moves and swaps that even the counts out (`SoftSpread`).
///
/// A plan without hard rules skips 1–3, so the packer's host count stands.
enum ConstrainedPlacement {
    /// The packing that keeps the rules, and its hosts' contents when they are exactly what
    /// `RuledPacking(solution, problem, rules)` would build (no host left empty), so the pipeline
    /// need not build them again.
    struct Placed {
        var solution: PackingSolution
        var hosts: RuledPacking?
    }

    /// The packing made to keep the rules; `lowerBound` is the plan's (rules included), where the
    /// search for the fewest hosts starts. Without `constructions`, only the repair of `solution`
    /// (steps 1 to 3 without the constructions beside it, which do not depend on it) and soft spread.
    static func apply(
        _ solution: PackingSolution, _ problem: PackingProblem, _ rules: PlacementRules, lowerBound: Int,
        spreadWork: Int, constructions: Bool = true
    ) -> Placed {
        // Nothing to honour or even out: the packer's packing, without building the hosts' contents.
        guard rules.hasAnyRule else { return Placed(solution: solution, hosts: nil) }
        var packing = RuledPacking(solution, problem, rules)
        let unchanged = packing.bins
        if rules.hasHardRules {
            // Compaction renumbers hosts (and so moves them between zones): repeat until the
            // renumbered packing still holds, and finish with a repair that keeps every host.
            for _ in 0..<3 {
                repair(&packing)
                compact(&packing)
                packing = RuledPacking(packing.solution, problem, rules)
                if packing.satisfiesRules { break }
            }
            if !packing.satisfiesRules { repair(&packing) }
        }
        if rules.hasHardRules && constructions {
            // A construction that respects the rules from the start, compacted the same way.
            var ruled = RuledFirstFit.pack(problem, rules)
            compact(&ruled)
            ruled = RuledPacking(ruled.solution, problem, rules)
            if ruled.satisfiesRules && ruled.usedBins < packing.usedBins { packing = ruled }
            // Rules that bind hard (one replica per host, many anti-affinities) favour dealing
            // replicas out in turn: the fewest hosts the spread-first construction fits in.
            if let dealt = fewestDealt(problem, rules, from: lowerBound, below: packing.usedBins) { packing = dealt }
        }
        if packing.rules.soft.contains(true),
            let spread = SpreadFit.pack(
                problem, rules, hosts: packing.usedBins, work: min(SpreadFit.work, SpreadFit.perSpreadCheck * spreadWork)),
            spread.usedBins <= packing.usedBins, SpreadFit.unevenness(spread) < SpreadFit.unevenness(packing)
        {
            packing = spread
        }
        SoftSpread.even(&packing, work: spreadWork)
        // Untouched, the packer's own order of types within a host stands (it is the pull order).
        // Either way the contents rebuilt from the result are `packing`'s, unless a host was emptied
        // (the result drops it, and the hosts after it change zones).
        return Placed(
            solution: packing.bins == unchanged ? solution : packing.solution,
            hosts: packing.usedBins == packing.bins.count ? packing : nil)
    }

    /// The spread-first construction (`SpreadFit`, which respects the rules) in the fewest hosts
    /// in `bound`..<`hosts`, by bisection; nil when it fits in none.
    static func fewestDealt(
        _ problem: PackingProblem, _ rules: PlacementRules, from bound: Int, below hosts: Int
    )
        -> RuledPacking?
    {
        var low = bound - 1
        var high = hosts
        var best: RuledPacking?
        while high - low > 1 {
            let middle = (low + high) / 2
            if let dealt = SpreadFit.pack(problem, rules, hosts: middle), dealt.satisfiesRules {
                best = dealt
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }

    /// Steps 1 and 2.
    static func repair(_ packing: inout RuledPacking) {
        let evicted = packing.largestFirst(evict(&packing))
        var free: [Int] = []
        for type in evicted {
            if let bin = packing.firstAllowed(type) {
                packing.add(type, to: bin)
            } else if let (bin, moved) = makeRoom(for: type, &packing) {
                packing.add(type, to: bin)
                free += moved
            } else {
                var bin = packing.openBin()
                while !packing.allows(type, in: bin) { bin = packing.openBin() }
                packing.add(type, to: bin)
            }
        }
        for type in packing.largestFirst(free) {
            let bin = packing.firstAllowed(type) ?? packing.openBin()
            packing.add(type, to: bin)
        }
    }

    /// Step 1: the items that break a rule, one entry per item, taken off their hosts.
    private static func evict(_ packing: inout RuledPacking) -> [Int] {
        var evicted: [Int] = []
        let rules = packing.rules
        for bin in packing.bins.indices {
            for type in packing.types(in: bin) {
                let count = packing.count(type, in: bin)
                guard count > 0 else { continue }
                let conflicting = rules.conflicts[type].contains { other in
                    let theirs = packing.count(other, in: bin)
                    return theirs > count || (theirs == count && other < type)
                }
                let keep = conflicting ? 0 : min(count, rules.hostLimit[type])
                if keep < count {
                    packing.remove(type, from: bin, count: count - keep)
                    evicted += Array(repeating: type, count: count - keep)
                }
            }
        }
        for type in packing.zoneCounts.indices {
            guard let zones = packing.zoneCounts[type] else { continue }
            for zone in zones.indices where zones[zone] > rules.zoneLimit[type] {
                var excess = zones[zone] - rules.zoneLimit[type]
                for bin in packing.bins.indices where rules.zone(of: bin) == zone && excess > 0 {
                    let take = min(excess, packing.count(type, in: bin))
                    guard take > 0 else { continue }
                    packing.remove(type, from: bin, count: take)
                    evicted += Array(repeating: type, count: take)
                    excess -= take
                }
            }
        }
        return evicted
    }

    /// The first host the rules allow `type` on where moving free items (types without rules)
    /// off makes room; the items moved, largest first.
    private static func makeRoom(for type: Int, _ packing: inout RuledPacking) -> (Int, [Int])? {
        let demand = packing.problem.items[type].demand
        let capacity = packing.problem.capacity
        for bin in packing.bins.indices where packing.allows(type, in: bin, ignoringCapacity: true) {
            var load = packing.loads[bin]
            var moved: [Int] = []
            let free = packing.largestFirst(packing.types(in: bin).filter { !packing.rules.isConstrained($0) })
            search: for other in free {
                for _ in 0..<packing.count(other, in: bin) {
                    if load.fits(removing: .zero, adding: demand, within: capacity) { break search }
                    load = load - packing.problem.items[other].demand
                    moved.append(other)
                }
            }
            guard load.fits(removing: .zero, adding: demand, within: capacity) else { continue }
            for other in moved { packing.remove(other, from: bin) }
            return (bin, moved)
        }
        return nil
    }

    /// Step 3: empties the least-filled hosts into the others where the rules allow: each item
    /// first fit, else onto a host after moving some of its items on to third hosts (a one-step
    /// ejection chain); a host that cannot be emptied keeps what it had.
    static func compact(_ packing: inout RuledPacking) {
        let fills = packing.loads.map { $0.largestShare(of: packing.problem.capacity) }
        let order = packing.bins.indices.filter { !packing.bins[$0].isEmpty }
            .sorted { fills[$0] < fills[$1] || (fills[$0] == fills[$1] && $0 < $1) }
        var budget = ejectionWork
        for bin in order.prefix(compactionAttempts) where !packing.bins[bin].isEmpty {
            let items = packing.largestFirst(
                packing.types(in: bin).flatMap { Array(repeating: $0, count: packing.count($0, in: bin)) })
            var log = MoveLog()
            for type in items { log.remove(type, from: bin, &packing) }
            var emptied = true
            for type in items {
                if let target = packing.firstAllowed(type, excluding: bin, occupied: true) {
                    log.add(type, to: target, &packing)
                } else if budget <= 0 || !eject(for: type, avoiding: bin, &packing, &log, budget: &budget) {
                    emptied = false
                    break
                }
            }
            if !emptied { log.undo(&packing) }
        }
    }

    /// Puts `type` on a host (not `avoiding`) after moving that host's other items, largest first,
    /// to third hosts where the rules allow, until it fits; false (nothing changed) when no host
    /// among the first `ejectionHosts` allowed ones works.
    private static func eject(
        for type: Int, avoiding: Int, _ packing: inout RuledPacking, _ log: inout MoveLog, budget: inout Int
    ) -> Bool {
        budget -= packing.bins.count
        let candidates = packing.bins.indices.filter {
            $0 != avoiding && !packing.bins[$0].isEmpty && packing.allows(type, in: $0, ignoringCapacity: true)
        }
        for host in candidates.prefix(ejectionHosts) where budget > 0 {
            budget -= packing.bins[host].total
            var trial = MoveLog()
            let others = packing.largestFirst(
                packing.types(in: host).filter { $0 != type }.flatMap { Array(repeating: $0, count: packing.count($0, in: host)) }
            )
            for other in others where !packing.allows(type, in: host) {
                budget -= packing.bins.count
                trial.remove(other, from: host, &packing)
                guard
                    let target = packing.bins.indices.first(where: {
                        $0 != avoiding && $0 != host && !packing.bins[$0].isEmpty && packing.allows(other, in: $0)
                    })
                else { break }
                trial.add(other, to: target, &packing)
            }
            if packing.allows(type, in: host) && trial.isBalanced {
                trial.add(type, to: host, &packing)
                log.append(trial)
                return true
            }
            trial.undo(&packing)
        }
        return false
    }

    /// Moves made on a packing, so they can be undone in reverse.
    struct MoveLog {
        private var moves: [(type: Int, bin: Int, added: Bool)] = []
        /// Items taken off a host and not yet put on another.
        private var inFlight = 0

        var isBalanced: Bool { inFlight == 0 }

        mutating func add(_ type: Int, to bin: Int, _ packing: inout RuledPacking) {
            packing.add(type, to: bin)
            moves.append((type, bin, true))
            inFlight -= 1
        }

        mutating func remove(_ type: Int, from bin: Int, _ packing: inout RuledPacking) {
            packing.remove(type, from: bin)
            moves.append((type, bin, false))
            inFlight += 1
        }

        mutating func append(_ other: MoveLog) {
            moves += other.moves
            inFlight += other.inFlight
        }

        mutating func undo(_ packing: inout RuledPacking) {
            for move in moves.reversed() {
                if move.added { packing.remove(move.type, from: move.bin) } else { packing.add(move.type, to: move.bin) }
            }
            moves = []
            inFlight = 0
        }
    }
}
