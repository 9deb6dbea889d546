/// Deals the items out over a fixed number of bins (the lower bound) so that every bin gets the
/// fleet's mix, then gives back what overflows and places it first fit.
///
/// Types go largest first (by the sum of their shares of a bin). Each bin gets ⌊count ÷ bins⌋ of
/// a type; the remaining `count mod bins` go one each to the bins where the type's dimensions
/// are least loaded so far: the smallest Σ_d load_d × share_d (the type's demand dotted with the
/// bin's load, so a CPU-heavy type goes where CPU is free). Like longest-processing-time
/// scheduling, the later, smaller types even out what the larger ones left uneven, so on fleets
/// of many items a bin every bin ends within about one small item of the average load, which the
/// lower bound puts just under the capacity. A bin over its capacity then gives back items
/// (`giveBack`), and those go first fit into the bins' room, new bins after them.
///
/// Why: the fleets' optimum fills every host in CPU, memory and pod slots at once in the fleet's
/// own proportions (the pattern LP's patterns do); greedy constructions that fill one bin at a
/// time leave the small items for last or mix them unevenly. Measured with `bench scale`
/// (container plan, seed 1): synthetic 100,000 instances 2,501 → 2,416 hosts (bound 2,414),
/// 1,000,000 instances 27,408 → 25,7xx (bound 25,779); docs/performance.md has every shape.
///
/// Cost: for a type whose remainder is a small share of the bins, a search of a k-d tree over the
/// bins' loads (`LoadTree`), which scores a few leaves of bins near the least loaded; for the
/// others, one dot product per bin and a linear-time selection (`Selection`): O(types × bins) at
/// worst. Both choose the same bins, so the cost is all the tree changes: `bench scale`, mixed
/// shape, 1,000,000 instances, four plans on two threads, 3.9 to 4.0 s before it and 2.9 s with
/// it (one thread: 6.6 s and 5.2 s); the synthetic fleet, with a tenth of the types, unchanged.
enum BalancedDeal {
    /// The deal's packing (`tree` false: every remainder chosen by a full scan, the same packing).
    static func pack(_ problem: PackingProblem, bins count: Int, tree: Bool = true) -> [[PackedCount]] {
        guard count > 0, problem.itemCount > 0 else { return [] }
        let (each, picks) = deal(problem, bins: count, tree: tree)
        // Every bin's ⌊count ÷ bins⌋ of each type, then its picks, one entry a type.
        let uniform = problem.items.indices.filter { each[$0] > 0 }.map { PackedCount(type: $0, count: each[$0]) }
        var position = [Int](repeating: -1, count: problem.items.count)
        for (index, entry) in uniform.enumerated() { position[entry.type] = index }
        // The picks grouped by bin, in pick order within a bin, so each bin is built once at its size.
        var firstPick = [Int](repeating: 0, count: count + 1)
        for (bin, _) in picks { firstPick[bin + 1] += 1 }
        for bin in 0..<count { firstPick[bin + 1] += firstPick[bin] }
        var byBin = [Int](repeating: 0, count: picks.count)
        var next = firstPick
        for (bin, type) in picks {
            byBin[next[bin]] = type
            next[bin] += 1
        }
        var bins = (0..<count).map { bin in
            var contents = uniform
            contents.reserveCapacity(uniform.count + firstPick[bin + 1] - firstPick[bin])
            for type in byBin[firstPick[bin]..<firstPick[bin + 1]] {
                if position[type] >= 0 {
                    contents[position[type]].count += 1
                } else {
                    contents.append(PackedCount(type: type, count: 1))
                }
            }
            return contents
        }
        var left = [Int](repeating: 0, count: problem.items.count)
        if problem.hasBinLimits {
            for bin in bins.indices { giveBackOverLimit(&bins[bin], problem, to: &left) }
        }
        for bin in bins.indices { giveBack(&bins[bin], problem, to: &left) }
        FirstFitDecreasing.fill(problem, left: &left, into: &bins, opening: true)
        return bins.filter { $0.contains { $0.count > 0 } }
    }

    /// The deal itself: how many of each type every bin gets, and which bin gets each of the
    /// remainders (bin, type), bin by bin in no order. Only the remainders make bins differ, so
    /// only their loads are kept, in the dimensions some type uses, one row a bin.
    static func deal(
        _ problem: PackingProblem, bins count: Int, tree useTree: Bool = true
    ) -> (each: [Int], picks: [(bin: Int, type: Int)]) {
        let shares = problem.items.map { $0.demand.shares(of: problem.capacity) }
        let lanes = (0..<Shares.dimensions).filter { lane in shares.contains { $0[lane] > 0 } }
        let order = problem.items.indices.sorted { a, b in
            let (left, right) = (shares[a].dimensionSum, shares[b].dimensionSum)
            return left != right ? left > right : a < b
        }
        var each = [Int](repeating: 0, count: problem.items.count)
        var picks: [(bin: Int, type: Int)] = []
        // Lane-major: loads[lane × count + bin] is a bin's load in that dimension, so scoring is a
        // few streaming multiply-adds over contiguous memory.
        var loads = [Double](repeating: 0, count: lanes.count * count)
        var scores = [Double](repeating: 0, count: count)
        var scratch: [Selection.Keyed] = []
        let remainders = order.map { problem.items[$0].count % count }
        let ahead = Self.treeSearchesAhead(remainders, bins: count)
        // A tree only where some type will search it.
        var tree =
            useTree && count >= Self.treeFrom && ahead.contains(where: { $0 > 0 })
            ? LoadTree(loads: loads, lanes: lanes.count, binCount: count) : nil
        for (position, type) in order.enumerated() {
            let remainder: Int
            (each[type], remainder) = problem.items[type].count.quotientAndRemainder(dividingBy: count)
            guard remainder > 0 else { continue }
            let weights = lanes.map { shares[type][$0] }
            let chosen: ArraySlice<Selection.Keyed>
            if tree != nil, remainder * Self.treeBelowShare < count,
                !tree!.needsRebuild || ahead[position] >= Self.searchesPerBuild
            {
                chosen = tree!.smallest(remainder, weights: weights, loads: loads)
            } else {
                score(&scores, weights: weights, loads: loads)
                chosen = Selection.smallest(remainder, of: scores, entries: &scratch)
            }
            let bins = chosen.map(\.element)
            for bin in bins {
                for (lane, weight) in weights.enumerated() { loads[lane * count + bin] += weight }
                picks.append((bin, type))
            }
            tree?.picked(bins, loads: loads)
        }
        return (each, picks)
    }

    /// For each position in the deal's order, how many types from it on would search a tree built
    /// there (remainder under one bin in `treeBelowShare`) before it wears (`LoadTree.rebuildShare`
    /// picks a bin): what a rebuild at that position would serve. The type whose picks reach the
    /// wear still searches it, since a type searches before it picks.
    static func treeSearchesAhead(_ remainders: [Int], bins: Int) -> [Int] {
        let wear = Int(LoadTree.rebuildShare * Double(bins))
        let searches = remainders.map { $0 > 0 && $0 * Self.treeBelowShare < bins ? 1 : 0 }
        var ahead = [Int](repeating: 0, count: remainders.count)
        var end = 0
        var picks = 0
        var counted = 0
        for position in remainders.indices {
            if end < position {
                (end, picks, counted) = (position, 0, 0)
            }
            while end < remainders.count && picks < wear {
                picks += remainders[end]
                counted += searches[end]
                end += 1
            }
            ahead[position] = counted
            if end > position {
                picks -= remainders[position]
                counted -= searches[position]
            }
        }
        return ahead
    }

    /// Every bin's score Σ_lane loads[lane × bins + bin] × weights[lane] over the lanes of
    /// positive weight, in lane order (`LoadTree` sums the same way, to the bit).
    private static func score(_ scores: inout [Double], weights: [Double], loads: [Double]) {
        let count = scores.count
        scores.withUnsafeMutableBufferPointer { scores in
            scores.update(repeating: 0)
            loads.withUnsafeBufferPointer { loads in
                for (lane, weight) in weights.enumerated() where weight > 0 {
                    let load = UnsafeBufferPointer(rebasing: loads[(lane * count)..<((lane + 1) * count)])
                    for bin in 0..<count { scores[bin] += load[bin] * weight }
                }
            }
        }
    }

    /// Takes items out of a bin over its capacity until it fits, adding them to `left`: the
    /// smallest item (by the sum of its shares) whose demand covers the whole excess, when one
    /// does; else one of the largest demand in the most exceeded dimension (relative to the
    /// capacity), and again. Few items leave: the deal overshoots by about one small item.
    static func giveBack(_ bin: inout [PackedCount], _ problem: PackingProblem, to left: inout [Int]) {
        let capacity = problem.capacity
        var load = bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
        while !load.fits(within: capacity) {
            let taken = itemToGive(from: bin, problem, excess: Self.excess(load, capacity))
            bin[taken].count -= 1
            left[bin[taken].type] += 1
            load = load - problem.items[bin[taken].type].demand
        }
        bin.removeAll { $0.count == 0 }
    }

    /// Takes out of a bin what it holds of a type over the type's limit a bin, adding it to
    /// `left`. Dealt over at least ⌈count ÷ limit⌉ bins (the packer deals over the bound, which
    /// counts the limits, `LowerBound.bins`) no bin gets more than the limit; over fewer, this keeps it.
    static func giveBackOverLimit(_ bin: inout [PackedCount], _ problem: PackingProblem, to left: inout [Int]) {
        for entry in bin.indices {
            let over = bin[entry].count - problem.items[bin[entry].type].maximumPerBin
            guard over > 0 else { continue }
            bin[entry].count -= over
            left[bin[entry].type] += over
        }
    }

    /// The entry of `bin` to take one item from (see `giveBack`).
    static func itemToGive(from bin: [PackedCount], _ problem: PackingProblem, excess: Resources) -> Int {
        let capacity = problem.capacity
        let held = bin.indices.filter { bin[$0].count > 0 }
        let shares = { (entry: Int) in problem.items[bin[entry].type].demand.shares(of: capacity) }
        let covering = held.filter { problem.items[bin[$0].type].demand.covers(excess) }
        let size = { (entry: Int) in shares(entry).dimensionSum }
        if let smallest = covering.min(by: { size($0) != size($1) ? size($0) < size($1) : $0 < $1 }) { return smallest }
        let dimension = Self.mostExceeded(excess, capacity)
        let amount = { (entry: Int) in shares(entry)[dimension] }
        return held.max { amount($0) != amount($1) ? amount($0) < amount($1) : $0 > $1 } ?? 0
    }

    /// How far `load` is over `capacity` in each dimension (0 where it is within).
    static func excess(_ load: Resources, _ capacity: Resources) -> Resources {
        Resources(
            cpuMillicores: max(0, load.cpuMillicores - capacity.cpuMillicores),
            memoryKiB: max(0, load.memoryKiB - capacity.memoryKiB), pods: max(0, load.pods - capacity.pods),
            gpus: max(0, load.gpus - capacity.gpus), diskMiB: max(0, load.diskMiB - capacity.diskMiB))
    }

    /// The lane of `Shares` in which `excess` is the largest share of `capacity`.
    static func mostExceeded(_ excess: Resources, _ capacity: Resources) -> Int {
        let shares = excess.shares(of: capacity)
        var best = 0
        for lane in 1..<Shares.dimensions where shares[lane] > shares[best] { best = lane }
        return best
    }
}

extension Resources {
    /// Whether this demand is at least `other` in every dimension: taking it out clears an
    /// excess of `other`.
    func covers(_ other: Resources) -> Bool {
        cpuMillicores >= other.cpuMillicores && memoryKiB >= other.memoryKiB && pods >= other.pods
            && gpus >= other.gpus && diskMiB >= other.diskMiB
    }
}
