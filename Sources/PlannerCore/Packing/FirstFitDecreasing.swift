/// First-fit decreasing over item types: types sorted by their largest share of a bin (then by
/// the sum of shares), each item into the first open bin with room, a new bin when none has.
/// Because identical items are consecutive, filling a bin with as many of a type as fit before
/// moving on is exactly per-item first fit. A `BinIndex` finds the first bin with room without
/// scanning the full ones, so a million items in tens of thousands of bins pack in milliseconds.
public enum FirstFitDecreasing {
    public static func pack(_ problem: PackingProblem) -> PackingSolution {
        var bins: [[PackedCount]] = []
        var left = problem.items.map(\.count)
        fill(problem, left: &left, into: &bins, opening: true)
        return PackingSolution(bins: bins)
    }

    /// First fit of the items `left` of each type, largest type first, into `bins` and, when
    /// `opening`, into new bins after them (else what does not fit stays in `left`): how the
    /// other stages place what they leave over into the room of the bins they built. A bin
    /// that holds the type already gets its count raised, so each type is one entry a bin.
    static func fill(_ problem: PackingProblem, left: inout [Int], into bins: inout [[PackedCount]], opening: Bool) {
        let capacity = problem.capacity
        var free = bins.map { bin in bin.reduce(capacity) { $0 - problem.items[$1.type].demand.times(Int64($1.count)) } }
        var index = BinIndex(expectedBins: bins.count)
        for room in free { index.append(room) }
        // Only bins given may hold a type already: those opened here hold earlier types alone.
        let given = bins.count
        for type in decreasingOrder(problem) where left[type] > 0 {
            let demand = problem.items[type].demand
            let perBin = problem.items[type].maximumPerBin
            var from = 0
            while left[type] > 0, let bin = index.firstFit(demand, from: from) {
                // A given bin may hold the type already (a new one holds none): its limit counts it.
                let entry = bin < given ? bins[bin].firstIndex(where: { $0.type == type }) : nil
                // Every entry of the type counts (a stage may list a type twice in one bin).
                let held =
                    entry == nil || perBin == .max
                    ? 0 : bins[bin].itemCount(of: type)
                let room = fitCount(demand, free: free[bin], limit: min(left[type], perBin - held))
                if room > 0 {
                    if let entry {
                        bins[bin][entry].count += room
                    } else {
                        bins[bin].append(PackedCount(type: type, count: room))
                    }
                    free[bin] = free[bin] - demand.times(Int64(room))
                    index.update(bin, free[bin])
                    left[type] -= room
                }
                from = bin + 1
            }
            guard opening else { continue }
            for placed in newBins(demand, count: left[type], capacity: capacity, perBin: perBin) {
                bins.append([PackedCount(type: type, count: placed)])
                free.append(capacity - demand.times(Int64(placed)))
                index.append(free[free.count - 1])
            }
            left[type] = 0
        }
    }

    /// Item types by decreasing size: the largest share of any dimension, then the sum of shares,
    /// then the type index (so ties break the same way every run).
    public static func decreasingOrder(_ problem: PackingProblem) -> [Int] {
        let keys = problem.items.map { size($0.demand, problem.capacity) }
        return problem.items.indices.sorted { a, b in
            if keys[a].largest != keys[b].largest { return keys[a].largest > keys[b].largest }
            if keys[a].sum != keys[b].sum { return keys[a].sum > keys[b].sum }
            return a < b
        }
    }

    /// The counts of the new bins `count` items of `demand` fill, each as full as it goes (at most
    /// `perBin`, the type's limit a bin); none for an item larger than a bin (the planner rejects
    /// it before packing).
    static func newBins(_ demand: Resources, count: Int, capacity: Resources, perBin limit: Int = .max) -> [Int] {
        let perBin = fitCount(demand, free: capacity, limit: min(count, limit))
        guard perBin > 0 else { return [] }
        return stride(from: 0, to: count, by: perBin).map { min(perBin, count - $0) }
    }

    /// How many items of `demand` fit into `free`, at most `limit`. Always inlined: the searches
    /// call it in their innermost loops, and with five dimensions the compiler stopped inlining it
    /// on its own (measured: +2% instructions in `bench interactive`).
    @inline(__always)
    public static func fitCount(_ demand: Resources, free: Resources, limit: Int) -> Int {
        var count = Int64(limit)
        if demand.cpuMillicores > 0 { count = min(count, max(0, free.cpuMillicores) / demand.cpuMillicores) }
        if demand.memoryKiB > 0 { count = min(count, max(0, free.memoryKiB) / demand.memoryKiB) }
        if demand.pods > 0 { count = min(count, max(0, free.pods) / demand.pods) }
        if demand.gpus > 0 { count = min(count, max(0, free.gpus) / demand.gpus) }
        if demand.diskMiB > 0 { count = min(count, max(0, free.diskMiB) / demand.diskMiB) }
        return Int(max(0, count))
    }

    private static func size(_ demand: Resources, _ capacity: Resources) -> (largest: Double, sum: Double) {
        let shares = [
            share(demand.cpuMillicores, capacity.cpuMillicores), share(demand.memoryKiB, capacity.memoryKiB),
            share(demand.pods, capacity.pods), share(demand.gpus, capacity.gpus), share(demand.diskMiB, capacity.diskMiB),
        ]
        return (shares.max() ?? 0, shares.reduce(0, +))
    }

    private static func share(_ demand: Int64, _ capacity: Int64) -> Double {
        capacity > 0 ? Double(demand) / Double(capacity) : (demand > 0 ? .infinity : 0)
    }
}
