/// Minimum bin slack for one bin (Gupta and Ho, "A new heuristic algorithm for the one-dimensional
/// bin-packing problem", Production Planning & Control 10, 1999): among candidate items, the
/// subset that fills one bin most, by item weight, with ties going to fewer items. A depth-first
/// search over counts per distinct demand (`BoundedMultiset`), heaviest demand first, cut off when
/// even every item left could not beat the best, and stopped after a node limit.
///
/// Feasibility is exact in every dimension; weights (`ItemWeights`) only rank subsets.
struct BestFill {
    /// The chosen items, or nil when no subset beats `incumbentWeight` (with `incumbentItems`
    /// items), and the search nodes spent. Of candidates with equal demands, the earlier in
    /// `candidates` are chosen first (callers list a bin's own items first, so they stay). Under
    /// `limits`, items of a limited type are a group of their own, of at most the type's limit.
    static func choose(
        from candidates: [Int], demands: [Resources], weights: [Double], capacity: Resources,
        incumbentWeight: Double, incumbentItems: Int, nodeLimit: Int, limits: TypeLimits? = nil
    ) -> (chosen: [Int]?, nodes: Int) {
        // The limited type an item counts against (-1: none); equal demands of two such types stay apart.
        let limitedType = { (item: Int) -> Int in
            guard let limits, limits.limit(of: item) != .max else { return -1 }
            return limits.itemType[item]
        }
        let sorted = candidates.indices.sorted {
            let x = candidates[$0]
            let y = candidates[$1]
            if weights[x] != weights[y] { return weights[x] > weights[y] }
            let a = demands[x]
            let b = demands[y]
            if a.memoryKiB != b.memoryKiB { return a.memoryKiB > b.memoryKiB }
            if a.cpuMillicores != b.cpuMillicores { return a.cpuMillicores > b.cpuMillicores }
            if a.pods != b.pods { return a.pods > b.pods }
            if a.gpus != b.gpus { return a.gpus > b.gpus }
            if a.diskMiB != b.diskMiB { return a.diskMiB > b.diskMiB }
            if limits != nil, limitedType(x) != limitedType(y) { return limitedType(x) < limitedType(y) }
            return $0 < $1
        }.map { candidates[$0] }
        var groups: [Group] = []
        for item in sorted {
            if let last = groups.last, last.demand == demands[item], last.limitedType == limitedType(item) {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append(
                    Group(demand: demands[item], weight: weights[item], items: [item], limitedType: limitedType(item)))
            }
        }
        let multiset = BoundedMultiset(
            demands: groups.map(\.demand), weights: groups.map(\.weight),
            bounds: groups.map { group in
                group.limitedType < 0 ? group.items.count : min(group.items.count, limits!.perBin[group.limitedType])
            }, capacity: capacity)
        var heaviest = Heaviest(bestWeight: incumbentWeight, bestItems: incumbentItems)
        let nodes = multiset.search(&heaviest, load: .zero, weight: 0, items: 0, nodeLimit: nodeLimit)
        guard let counts = heaviest.best else { return (nil, nodes) }
        var chosen: [Int] = []
        for (g, group) in groups.enumerated() { chosen += group.items.prefix(counts[g]) }
        return (chosen, nodes)
    }

    /// Candidates with one demand.
    private struct Group {
        var demand: Resources
        var weight: Double
        var items: [Int]
        /// The limited type of its items (-1: none).
        var limitedType: Int
    }

    /// The heaviest multiset, of equal weights the one with fewer items, that beats the incumbent.
    private struct Heaviest: MultisetObjective {
        var bestWeight: Double
        var bestItems: Int
        var best: [Int]?

        mutating func visit(_ counts: [Int], weight: Double, items: Int) {
            if weight > bestWeight + BoundedMultiset.epsilon
                || (weight > bestWeight - BoundedMultiset.epsilon && items < bestItems)
            {
                bestWeight = weight
                bestItems = items
                best = counts
            }
        }

        var isSatisfied: Bool { !(bestWeight < 1 - 1e-9) }

        func mayImprove(upTo bound: Double) -> Bool { !(bound < bestWeight - BoundedMultiset.epsilon) }
    }
}
