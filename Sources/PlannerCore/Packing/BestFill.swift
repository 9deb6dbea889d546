/// Minimum bin slack for one bin (Gupta and Ho, "A new heuristic algorithm for the one-dimensional
/// bin-packing problem", Production Planning & Control 10, 1999): among candidate items, the
/// subset that fills one bin most, by item weight, with ties going to fewer items. A depth-first
/// search over counts per distinct demand, heaviest demand first, cut off when even every item
/// left could not beat the best, and stopped after a node limit.
///
/// Feasibility is exact in every dimension; weights (`ItemWeights`) only rank subsets.
struct BestFill {
    /// The chosen items, or nil when no subset beats `incumbentWeight` (with `incumbentItems`
    /// items), and the search nodes spent. Of candidates with equal demands, the earlier in
    /// `candidates` are chosen first (callers list a bin's own items first, so they stay).
    static func choose(
        from candidates: [Int], demands: [Resources], weights: [Double], capacity: Resources,
        incumbentWeight: Double, incumbentItems: Int, nodeLimit: Int
    ) -> (chosen: [Int]?, nodes: Int) {
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
            return $0 < $1
        }.map { candidates[$0] }
        var groups: [Group] = []
        for item in sorted {
            if let last = groups.last, last.demand == demands[item] {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append(Group(demand: demands[item], weight: weights[item], items: [item]))
            }
        }
        var suffix = [Double](repeating: 0, count: groups.count + 1)
        for g in stride(from: groups.count - 1, through: 0, by: -1) {
            suffix[g] = suffix[g + 1] + groups[g].weight * Double(groups[g].items.count)
        }
        var search = Search(
            groups: groups, suffix: suffix, capacity: capacity, bestWeight: incumbentWeight,
            bestItems: incumbentItems, nodeLimit: nodeLimit)
        search.explore(0, .zero, 0, 0)
        guard let counts = search.best else { return (nil, search.nodes) }
        var chosen: [Int] = []
        for (g, group) in groups.enumerated() { chosen += group.items.prefix(counts[g]) }
        return (chosen, search.nodes)
    }

    static let epsilon = 1e-12

    /// Candidates with one demand.
    private struct Group {
        var demand: Resources
        var weight: Double
        var items: [Int]
    }

    /// Depth-first search for the heaviest feasible multiset of the groups.
    private struct Search {
        let groups: [Group]
        let suffix: [Double]
        let capacity: Resources
        var bestWeight: Double
        var bestItems: Int
        let nodeLimit: Int
        var nodes = 0
        var best: [Int]?
        var current: [Int]

        init(groups: [Group], suffix: [Double], capacity: Resources, bestWeight: Double, bestItems: Int, nodeLimit: Int) {
            self.groups = groups
            self.suffix = suffix
            self.capacity = capacity
            self.bestWeight = bestWeight
            self.bestItems = bestItems
            self.nodeLimit = nodeLimit
            current = [Int](repeating: 0, count: groups.count)
        }

        mutating func explore(_ g: Int, _ load: Resources, _ weight: Double, _ items: Int) {
            nodes += 1
            if weight > bestWeight + BestFill.epsilon
                || (weight > bestWeight - BestFill.epsilon && items < bestItems)
            {
                bestWeight = weight
                bestItems = items
                best = current
            }
            guard g < groups.count, nodes < nodeLimit, bestWeight < 1 - 1e-9 else { return }
            if weight + suffix[g] < bestWeight - BestFill.epsilon { return }
            let free = capacity - load
            // Groups that cannot fit are skipped without a search node of their own.
            var g = g
            var most = 0
            while g < groups.count {
                most = FirstFitDecreasing.fitCount(groups[g].demand, free: free, limit: groups[g].items.count)
                if most > 0 { break }
                g += 1
            }
            guard g < groups.count else { return }
            if weight + suffix[g] < bestWeight - BestFill.epsilon { return }
            let group = groups[g]
            var count = most
            while count >= 0 && nodes < nodeLimit {
                current[g] = count
                explore(g + 1, load + group.demand.times(Int64(count)), weight + group.weight * Double(count), items + count)
                count -= 1
            }
            current[g] = 0
        }
    }
}
