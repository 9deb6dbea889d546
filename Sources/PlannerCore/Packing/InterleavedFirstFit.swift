/// First fit over the types interleaved evenly, instead of largest first: the items are dealt
/// out in `rounds` rounds, each round taking its even share of every type in the given order
/// (the packer passes `complementaryOrder`: memory-heavy and CPU-heavy types alternately), and
/// every item goes into the first of the recent bins with room.
///
/// Why: every largest-first greedy leaves the smallest items for last, and on fleets bound by pod
/// slots they then fill hosts 110 at a time at a fraction of their CPU; and it packs CPU-heavy
/// types together and memory-heavy ones together, leaving each kind of host half empty in the
/// other dimension. Dealt out evenly and alternately, each host gets both kinds and its share of
/// small pods while its CPU is still free. Measured in docs/performance.md (synthetic fleet of
/// 100,000 instances: 2,501 hosts against 2,880 for the previous constructions, bound 2,414).
///
/// Cost: `rounds × types` first-fit searches, each among the bins opened since the last
/// `lookBack` and during the round (from `indexFrom` of them, a `BinIndex` finds the first with
/// room without scanning the others); the caller picks `rounds` to keep that product bounded.
enum InterleavedFirstFit {
    /// The packing (`indexFrom`: open bins from which the first fit is found through an index;
    /// `Int.max` scans always, the same packing).
    static func pack(
        _ problem: PackingProblem, rounds: Int, order: [Int]? = nil, indexFrom: Int = Self.indexFrom
    ) -> [[PackedCount]] {
        let capacity = problem.capacity
        let order = order ?? FirstFitDecreasing.decreasingOrder(problem)
        let rounds = max(1, rounds)
        var free: [Resources] = []
        var contents: [[PackedCount]] = []
        // The bins a round may still fill: opened within the last `lookBack` bins, and with room
        // for the smallest demand in every dimension.
        let smallest = Self.smallest(problem)
        var open: [Int] = []
        for round in 0..<rounds {
            let oldest = contents.count - Self.lookBack
            open.removeAll { $0 < oldest || !smallest.fits(within: free[$0]) }
            // Once many bins are open (bins opened this round pile up: 1,115 at once in the mixed
            // shape's container plan at 1,000,000 instances), their free capacity by position in
            // `open`, so each type finds the first that fits without scanning the ones that do not.
            var index: BinIndex?
            for type in order {
                let count = problem.items[type].count
                var remaining = (round + 1) * count / rounds - round * count / rounds
                guard remaining > 0 else { continue }
                if index == nil && open.count > indexFrom {
                    index = BinIndex(expectedBins: 2 * open.count)
                    for bin in open { index!.append(free[bin]) }
                }
                let demand = problem.items[type].demand
                let perBin = problem.items[type].maximumPerBin
                var next = 0
                while remaining > 0, let position = firstFit(demand, open, free, index, from: next) {
                    let bin = open[position]
                    // Earlier rounds may have put the type in this bin already: its limit counts them.
                    let held = perBin == .max ? 0 : contents[bin].itemCount(of: type)
                    let room = FirstFitDecreasing.fitCount(demand, free: free[bin], limit: min(remaining, perBin - held))
                    if room > 0 {
                        contents[bin].append(PackedCount(type: type, count: room))
                        free[bin] = free[bin] - demand.times(Int64(room))
                        index?.update(position, free[bin])
                        remaining -= room
                    }
                    next = position + 1
                }
                for placed in FirstFitDecreasing.newBins(demand, count: remaining, capacity: capacity, perBin: perBin) {
                    open.append(contents.count)
                    contents.append([PackedCount(type: type, count: placed)])
                    free.append(capacity - demand.times(Int64(placed)))
                    index?.append(free[free.count - 1])
                }
            }
        }
        return merged(contents, types: problem.items.count)
    }

    /// The first position from `start` in `open` whose bin has room for `demand`: by the index
    /// when there is one, else by a scan.
    private static func firstFit(
        _ demand: Resources, _ open: [Int], _ free: [Resources], _ index: BinIndex?, from start: Int
    ) -> Int? {
        if let index { return index.firstFit(demand, from: start) }
        var position = start
        while position < open.count {
            if demand.fits(within: free[open[position]]) { return position }
            position += 1
        }
        return nil
    }

    /// Types from the most memory-heavy and the most CPU-heavy alternately (by the difference of
    /// their shares of a host), so consecutive items complement each other in the same host.
    static func complementaryOrder(_ problem: PackingProblem) -> [Int] {
        let capacity = problem.capacity
        let skew = problem.items.map {
            let shares = $0.demand.shares(of: capacity)
            return shares.cpu - shares.memory
        }
        let sorted = problem.items.indices.sorted { skew[$0] != skew[$1] ? skew[$0] < skew[$1] : $0 < $1 }
        var order: [Int] = []
        var low = 0
        var high = sorted.count - 1
        while low <= high {
            order.append(sorted[low])
            if low != high { order.append(sorted[high]) }
            low += 1
            high -= 1
        }
        return order
    }

    /// The least demand of any type in each dimension: a bin without room for it takes nothing more.
    static func smallest(_ problem: PackingProblem) -> Resources {
        Resources.least(problem.items.filter { $0.count > 0 }.map(\.demand))
    }

    /// Each bin's counts with each type once, in the order the types first came to it (a type
    /// comes back in later rounds). One scratch slot per type, reset after each bin: no sorting.
    /// With `renamed`, type t counts as type `renamed[t]` (of `types` types).
    static func merged(_ bins: [[PackedCount]], types: Int, renamed: [Int]? = nil) -> [[PackedCount]] {
        var slot = [Int](repeating: -1, count: types)
        return bins.map { bin in
            var result: [PackedCount] = []
            result.reserveCapacity(bin.count)
            for entry in bin {
                let packed = PackedCount(type: renamed?[entry.type] ?? entry.type, count: entry.count)
                if slot[packed.type] >= 0 {
                    result[slot[packed.type]].count += packed.count
                } else {
                    slot[packed.type] = result.count
                    result.append(packed)
                }
            }
            for packed in result { slot[packed.type] = -1 }
            return result
        }
    }
}
