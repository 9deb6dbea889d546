/// Bin-oriented packing with minimum bin slack (MBS' of Fleszar and Hindi, "New heuristics for
/// one-dimensional bin-packing", Computers & Operations Research 29, 2002), repeated with
/// perturbed item priorities after Fleszar and Charalambous ("Average-weight-controlled
/// bin-oriented heuristics for the one-dimensional bin-packing problem", EJOR 210, 2011).
///
/// One pass fills one bin at a time: it takes the remaining item type of highest priority, then
/// the multiset of remaining items (counts per type, searched depth-first in priority order with
/// a node limit, `BoundedMultiset`) that leaves the least slack, measured by item weight. Later passes multiply each
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
    /// Per type, the most items a bin may hold (`PackingProblem.binLimits`); nil: no limits.
    var perBin: [Int]? = nil

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
            let multiset = BoundedMultiset(
                demands: candidates.map { demands[$0] }, weights: candidates.map { weights[$0] },
                bounds: candidates.map { min(left[$0], perBin?[$0] ?? .max) - ($0 == first ? 1 : 0) }, capacity: capacity)
            var slack = LeastSlack(best: [Int](repeating: 0, count: candidates.count))
            if averageControlled {
                var total = 0.0
                var items = 0
                for type in candidates {
                    total += weights[type] * Double(left[type])
                    items += left[type]
                }
                slack.sufficientAverage = items > 0 ? total / Double(items) - 1e-9 : 0
            }
            nodes += multiset.search(
                &slack, load: demands[first], weight: weights[first], items: 1, nodeLimit: Self.nodesPerBin)
            if slack.bestWeight < 0 {
                // No subset of sufficient average weight: plain minimum slack.
                slack.sufficientAverage = 0
                nodes += multiset.search(
                    &slack, load: demands[first], weight: weights[first], items: 1, nodeLimit: Self.nodesPerBin)
            }
            nodes += candidates.count
            var bin = [PackedCount(type: first, count: 1 + slack.best[0])]
            for index in 1..<max(1, candidates.count) where slack.best[index] > 0 {
                bin.append(PackedCount(type: candidates[index], count: slack.best[index]))
            }
            // Replicas make patterns repeat: the same bin as many times as the counts allow
            // (what the next bins would mostly be anyway), so a fleet costs one search per pattern.
            let copies = bin.map { left[$0.type] / $0.count }.min() ?? 1
            for packed in bin { left[packed.type] -= packed.count * copies }
            for _ in 0..<copies { bins.append(bin) }
        }
        return (bins, nodes)
    }

    /// The heaviest counts per candidate, the least slack, whose mean item weight is at least
    /// `sufficientAverage`; of equal weights the first found.
    private struct LeastSlack: MultisetObjective {
        /// The least mean item weight a subset may have to count.
        var sufficientAverage = 0.0
        var bestWeight = -1.0
        var best: [Int]

        init(best: [Int]) { self.best = best }

        mutating func visit(_ counts: [Int], weight: Double, items: Int) {
            if weight > bestWeight + BoundedMultiset.epsilon && weight >= sufficientAverage * Double(items) {
                bestWeight = weight
                best = counts
            }
        }

        var isSatisfied: Bool { !(bestWeight < 1 - 1e-9) }

        func mayImprove(upTo bound: Double) -> Bool { !(min(1, bound) <= bestWeight + BoundedMultiset.epsilon) }
    }
}
