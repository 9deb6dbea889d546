/// Bin-oriented packing with minimum bin slack (MBS' of Fleszar and Hindi, "New heuristics for
/// one-dimensional bin-packing", Computers & Operations Research 29, 2002), repeated with
/// perturbed item priorities after Fleszar and Charalambous ("Average-weight-controlled
/// bin-oriented heuristics for the one-dimensional bin-packing problem", EJOR 210, 2011).
///
/// One pass fills one bin at a time: it takes the remaining item type of highest priority, then
/// the multiset of remaining items (counts per type, searched depth-first in priority order with
/// a node limit) that leaves the least slack, measured by item weight. Later passes multiply each
/// type's priority by a random factor in [1, 1 + noise], so items that were hard to place early
/// get other partners. Works on item types with counts, in any number of dimensions, and mixes
/// types whose demands complement each other (CPU-heavy beside memory-heavy), which first-fit
/// decreasing over types, filling bins with one type at a time, does not.
struct MinimumBinSlack {
    /// Item types: demand, weight and count.
    let demands: [Resources]
    let weights: [Double]
    let counts: [Int]
    let capacity: Resources
    /// Nodes one bin's subset search may visit.
    static let nodesPerBin = 600
    static let noise = 0.25

    /// One pass with the given priorities; bins as (type, count) lists, and the nodes spent.
    /// With `averageControlled` (SAWMBS of Fleszar and Charalambous), a bin only takes a subset
    /// whose mean item weight is at least the mean of the items still to pack, so small items are
    /// kept to fill later bins; when no such subset exists, the plain minimum-slack subset.
    func pass(priorities: [Double], averageControlled: Bool = false) -> (bins: [[PackedCount]], nodes: Int) {
        let order = demands.indices.filter { counts[$0] > 0 }.sorted {
            priorities[$0] != priorities[$1] ? priorities[$0] > priorities[$1] : $0 < $1
        }
        var left = counts
        var bins: [[PackedCount]] = []
        var nodes = 0
        var firstOpen = 0
        while true {
            while firstOpen < order.count && left[order[firstOpen]] == 0 { firstOpen += 1 }
            guard firstOpen < order.count else { break }
            let first = order[firstOpen]
            let candidates = order[firstOpen...].filter { left[$0] > 0 }
            var suffix = [Double](repeating: 0, count: candidates.count + 1)
            for index in stride(from: candidates.count - 1, through: 0, by: -1) {
                let type = candidates[index]
                suffix[index] = suffix[index + 1] + weights[type] * Double(left[type] - (type == first ? 1 : 0))
            }
            var search = Search(
                types: candidates, demands: demands, weights: weights, capacity: capacity, suffix: suffix,
                nodeLimit: Self.nodesPerBin)
            search.limits = candidates.map { left[$0] - ($0 == first ? 1 : 0) }
            if averageControlled {
                var total = 0.0
                var items = 0
                for type in candidates {
                    total += weights[type] * Double(left[type])
                    items += left[type]
                }
                search.sufficientAverage = items > 0 ? total / Double(items) - 1e-9 : 0
            }
            search.explore(0, demands[first], weights[first], 1)
            if search.bestWeight < 0 {
                // No subset of sufficient average weight: plain minimum slack.
                nodes += search.nodes
                search.sufficientAverage = 0
                search.nodes = 0
                search.explore(0, demands[first], weights[first], 1)
            }
            nodes += search.nodes + candidates.count
            var bin = [PackedCount(type: first, count: 1 + search.best[0])]
            for index in 1..<max(1, candidates.count) where search.best[index] > 0 {
                bin.append(PackedCount(type: candidates[index], count: search.best[index]))
            }
            // Replicas make patterns repeat: the same bin as many times as the counts allow
            // (what the next bins would mostly be anyway), so a fleet costs one search per pattern.
            let copies = bin.map { left[$0.type] / $0.count }.min() ?? 1
            for packed in bin { left[packed.type] -= packed.count * copies }
            for _ in 0..<copies { bins.append(bin) }
        }
        return (bins, nodes)
    }

    /// Depth-first search for the heaviest feasible counts per candidate type.
    private struct Search {
        let types: [Int]
        let demands: [Resources]
        let weights: [Double]
        let capacity: Resources
        let suffix: [Double]
        let nodeLimit: Int
        var limits: [Int] = []
        /// The least mean item weight a subset may have to count.
        var sufficientAverage = 0.0
        var nodes = 0
        var bestWeight = -1.0
        var best: [Int]
        var current: [Int]

        init(types: [Int], demands: [Resources], weights: [Double], capacity: Resources, suffix: [Double], nodeLimit: Int) {
            self.types = types
            self.demands = demands
            self.weights = weights
            self.capacity = capacity
            self.suffix = suffix
            self.nodeLimit = nodeLimit
            best = [Int](repeating: 0, count: types.count)
            current = best
        }

        mutating func explore(_ index: Int, _ load: Resources, _ weight: Double, _ items: Int) {
            nodes += 1
            if weight > bestWeight + BestFill.epsilon && weight >= sufficientAverage * Double(items) {
                bestWeight = weight
                best = current
            }
            guard index < types.count, nodes < nodeLimit, bestWeight < 1 - 1e-9 else { return }
            if min(1, weight + suffix[index]) <= bestWeight + BestFill.epsilon { return }
            let free = capacity - load
            // Types that cannot fit are skipped without a search node of their own.
            var index = index
            var most = 0
            while index < types.count {
                most = FirstFitDecreasing.fitCount(demands[types[index]], free: free, limit: limits[index])
                if most > 0 { break }
                index += 1
            }
            guard index < types.count else { return }
            if min(1, weight + suffix[index]) <= bestWeight + BestFill.epsilon { return }
            let type = types[index]
            var count = most
            while count >= 0 && nodes < nodeLimit {
                current[index] = count
                explore(
                    index + 1, load + demands[type].times(Int64(count)), weight + weights[type] * Double(count), items + count)
                count -= 1
            }
            current[index] = 0
        }
    }
}
