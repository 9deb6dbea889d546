/// A local search that packs a set of items into fewer bins, after the consistent neighbourhood
/// search of Buljubasic and Vasquez ("Consistent neighborhood search for one-dimensional bin
/// packing and two-dimensional vector packing", Computers & Operations Research 76, 2016).
///
/// Given a feasible packing into m bins it removes the lightest bin, puts its items in a pool, and
/// tries to empty the pool with m − 1 bins kept feasible throughout:
/// - *pack*: a pool item that fits into a bin goes there (the fullest bin it fits, by weight);
/// - *refill* (minimum bin slack per bin, bins in a random order): a bin takes the heaviest subset
///   of its own items and the pool's, ties going to fewer items so the pool keeps more, smaller
///   ones; items a bin gives up may not return to it for a few steps (tabu);
/// - when a full round of refills gains nothing: *redistribute* the pool with each bin that has
///   room and every other bin (sometimes a third), kept when the pool gets lighter or the load
///   more concentrated (Σ fill² up); then a *descent* of moves and exchanges between two bins
///   that raise Σ fill², and a *kick*: a random item to the pool, kept out of its bin for a while.
/// On success it records the m − 1 bins and starts over for m − 2, until the lower bound is
/// reached or the evaluation budget is spent. Every step keeps every bin within capacity in every
/// dimension, exactly, so the best packing found is always feasible.
struct BinEmptyingSearch {
    private let demands: [Resources]
    private let weights: [Double]
    private let capacity: Resources
    private var bins: [[Int]]
    private var loads: [Resources] = []
    private var fill: [Double] = []
    private var pool: [Int] = []
    /// An item just taken out of a bin may not go back into that bin until iteration tabuUntil.
    private var tabuUntil: [Int]
    private var tabuBin: [Int]
    private var iteration = 0
    private var spent = 0
    private var budget = 0
    private var random: SplitMix64

    /// Search nodes one refill may visit.
    private static let refillNodes = 2_000
    /// Bins with more items than this are not searched for two-item exchanges in the descent.
    private static let pairLimit = 16
    static let epsilon = 1e-12
    /// One redistribution in this many takes a third bin.
    static let tripleOdds = 3

    init(demands: [Resources], weights: [Double], capacity: Resources, bins: [[Int]], seed: UInt64) {
        self.demands = demands
        self.weights = weights
        self.capacity = capacity
        self.bins = bins
        tabuUntil = [Int](repeating: 0, count: demands.count)
        tabuBin = [Int](repeating: -1, count: demands.count)
        random = SplitMix64(seed: seed)
    }

    /// The packing with the fewest bins found, at most `evaluations` move evaluations spent.
    mutating func run(lowerBound: Int, evaluations: Int) -> [[Int]] {
        budget = evaluations
        var best = bins.filter { !$0.isEmpty }
        while best.count > lowerBound && spent < budget {
            start(from: best)
            if emptyPool() {
                best = bins.filter { !$0.isEmpty }
            } else {
                break
            }
        }
        return best
    }

    // MARK: State

    private mutating func start(from packing: [[Int]]) {
        bins = packing
        loads = bins.map { $0.reduce(Resources.zero) { $0 + demands[$1] } }
        fill = bins.map { $0.reduce(0.0) { $0 + weights[$1] } }
        var lightest = 0
        for bin in bins.indices where fill[bin] <= fill[lightest] { lightest = bin }
        pool = bins[lightest]
        bins.remove(at: lightest)
        loads.remove(at: lightest)
        fill.remove(at: lightest)
        for index in tabuUntil.indices { tabuUntil[index] = 0 }
    }

    private func fits(_ demand: Resources, into bin: Int) -> Bool {
        fitsRoom(demand, capacity.cpuMillicores - loads[bin].cpuMillicores, capacity.memoryKiB - loads[bin].memoryKiB,
                 capacity.pods - loads[bin].pods)
    }

    @inline(__always)
    private func fitsRoom(_ demand: Resources, _ cpu: Int64, _ memory: Int64, _ pods: Int64) -> Bool {
        demand.cpuMillicores <= cpu && demand.memoryKiB <= memory && demand.pods <= pods
    }

    private var poolWeight: Double { pool.reduce(0.0) { $0 + weights[$1] } }

    private mutating func add(_ item: Int, to bin: Int) {
        bins[bin].append(item)
        loads[bin] += demands[item]
        fill[bin] += weights[item]
    }

    private mutating func remove(_ item: Int, from bin: Int) {
        if let position = bins[bin].firstIndex(of: item) { bins[bin].remove(at: position) }
        let demand = demands[item]
        loads[bin] = Resources(
            cpuMillicores: loads[bin].cpuMillicores - demand.cpuMillicores,
            memoryKiB: loads[bin].memoryKiB - demand.memoryKiB, pods: loads[bin].pods - demand.pods)
        fill[bin] -= weights[item]
    }

    // MARK: Search

    /// Tries to place every pool item; true when the pool is empty.
    private mutating func emptyPool() -> Bool {
        var order = Array(bins.indices)
        var cursor = order.count
        var stale = 0
        while spent < budget {
            iteration += 1
            packPool()
            if pool.isEmpty { return true }
            if cursor >= order.count {
                order = Array(bins.indices)
                order.shuffle(using: &random)
                cursor = 0
            }
            let bin = order[cursor]
            cursor += 1
            if refill(bin) { stale = 0 } else { stale += 1 }
            if stale >= bins.count, bins.count > 1 {
                // Redistribute the pool and each bin with room together with every other bin
                // (full bins together cannot change), and with a random third bin.
                let open = bins.indices.filter { fill[$0] < 1 - 1e-9 }
                for p in open where spent < budget {
                    for q in bins.indices where q != p && spent < budget {
                        var group = [p, q]
                        if bins.count > 2 && random.below(Self.tripleOdds) == 0 {
                            let r = random.below(bins.count)
                            if r != p && r != q { group.append(r) }
                        }
                        if refillGroup(group) { stale = 0 }
                    }
                    if pool.isEmpty { break }
                }
                packPool()
                if pool.isEmpty { return true }
            }
            if stale >= bins.count {
                descend()
                packPool()
                if pool.isEmpty { return true }
                kick()
                stale = 0
            }
        }
        return false
    }

    private func tabu(_ item: Int, in bin: Int) -> Bool {
        tabuBin[item] == bin && tabuUntil[item] > iteration
    }

    /// Pool items, heaviest first, each into the fullest bin it fits.
    private mutating func packPool() {
        pool.sort { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        var left: [Int] = []
        for item in pool {
            spent += bins.count
            var chosen = -1
            for bin in bins.indices where fits(demands[item], into: bin) && !tabu(item, in: bin) {
                if chosen < 0 || fill[bin] > fill[chosen] { chosen = bin }
            }
            if chosen >= 0 { add(item, to: chosen) } else { left.append(item) }
        }
        pool = left
    }

    /// Empties two or three bins into the pool, then refills them in turn, each with the heaviest
    /// subset of the pool. Kept when the pool got lighter, or as light with the load more
    /// concentrated (Σ fill² up); otherwise undone. True when the pool got lighter.
    private mutating func refillGroup(_ group: [Int]) -> Bool {
        let saved = (group.map { bins[$0] }, pool, group.map { loads[$0] }, group.map { fill[$0] })
        let before = group.reduce(0.0) { $0 + fill[$1] }
        let squares = group.reduce(0.0) { $0 + fill[$1] * fill[$1] }
        for bin in group {
            pool += bins[bin]
            bins[bin] = []
            loads[bin] = .zero
            fill[bin] = 0
        }
        for bin in group { _ = refill(bin, tabuFree: true) }
        let after = group.reduce(0.0) { $0 + fill[$1] }
        if after > before + Self.epsilon { return true }
        if after > before - Self.epsilon && group.reduce(0.0, { $0 + fill[$1] * fill[$1] }) > squares + Self.epsilon {
            return false
        }
        for (index, bin) in group.enumerated() {
            bins[bin] = saved.0[index]
            loads[bin] = saved.2[index]
            fill[bin] = saved.3[index]
        }
        pool = saved.1
        return false
    }

    /// Items with one demand among a refill's candidates.
    private struct Group {
        var demand: Resources
        var weight: Double
        var items: [Int]
    }

    /// Minimum bin slack on one bin: the subset of the bin's items and the pool's that fills the
    /// bin most (by weight; on a tie, with fewer items, so the pool keeps more, smaller ones),
    /// found by a depth-first search over counts per distinct demand with a node limit. True when
    /// the bin got heavier.
    private mutating func refill(_ bin: Int, tabuFree: Bool = false) -> Bool {
        var candidates = bins[bin]
        for item in pool where tabuFree || !tabu(item, in: bin) { candidates.append(item) }
        candidates.sort {
            if weights[$0] != weights[$1] { return weights[$0] > weights[$1] }
            let a = demands[$0], b = demands[$1]
            if a.memoryKiB != b.memoryKiB { return a.memoryKiB > b.memoryKiB }
            if a.cpuMillicores != b.cpuMillicores { return a.cpuMillicores > b.cpuMillicores }
            if a.pods != b.pods { return a.pods > b.pods }
            return $0 < $1
        }
        var groups: [Group] = []
        for item in candidates {
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
        var search = FillSearch(
            groups: groups, suffix: suffix, capacity: capacity, bestWeight: fill[bin], bestItems: bins[bin].count,
            nodeLimit: Self.refillNodes)
        search.explore(0, .zero, 0, 0)
        spent += search.nodes
        guard let choice = search.best else { return false }
        let gained = search.bestWeight > fill[bin] + Self.epsilon
        // Take chosen items preferring those already in the bin; the rest go to the pool.
        let inBin = Set(bins[bin])
        var newContents: [Int] = []
        var newPool = tabuFree ? [] : pool.filter { tabu($0, in: bin) }
        for (g, group) in groups.enumerated() {
            let ordered = group.items.filter { inBin.contains($0) } + group.items.filter { !inBin.contains($0) }
            newContents += ordered.prefix(choice[g])
            for item in ordered.dropFirst(choice[g]) {
                if inBin.contains(item) && !tabuFree {
                    tabuBin[item] = bin
                    tabuUntil[item] = iteration + 2 + random.below(4)
                }
                newPool.append(item)
            }
        }
        bins[bin] = newContents
        loads[bin] = newContents.reduce(Resources.zero) { $0 + demands[$1] }
        fill[bin] = newContents.reduce(0.0) { $0 + weights[$1] }
        pool = newPool
        return gained
    }

    /// Depth-first search for the heaviest feasible multiset of a refill's groups.
    private struct FillSearch {
        let groups: [Group]
        let suffix: [Double]
        let capacity: Resources
        var bestWeight: Double
        var bestItems: Int
        let nodeLimit: Int
        var nodes = 0
        var best: [Int]?
        var current: [Int] = []

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
            if weight > bestWeight + BinEmptyingSearch.epsilon
                || (weight > bestWeight - BinEmptyingSearch.epsilon && items < bestItems)
            {
                bestWeight = weight
                bestItems = items
                best = current
            }
            guard g < groups.count, nodes < nodeLimit, bestWeight < 1 - 1e-9 else { return }
            if weight + suffix[g] < bestWeight - BinEmptyingSearch.epsilon { return }
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
            if weight + suffix[g] < bestWeight - BinEmptyingSearch.epsilon { return }
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

    /// Moves a random item of a random bin to the pool and keeps it out of that bin for a while:
    /// the way out of a local optimum.
    private mutating func kick() {
        guard !bins.isEmpty else { return }
        spent += 1
        let bin = random.below(bins.count)
        guard !bins[bin].isEmpty else { return }
        let item = bins[bin][random.below(bins[bin].count)]
        remove(item, from: bin)
        pool.append(item)
        tabuBin[item] = bin
        tabuUntil[item] = iteration + bins.count + random.below(bins.count + 1)
    }

    /// Moves between two bins (one item over; one for one; two for one) that raise Σ fill², until
    /// none is left. Moving weight x from bin p to bin q changes Σ fill² by 2x(x + fill_q − fill_p).
    private mutating func descend() {
        var improved = true
        while improved && spent < budget {
            improved = false
            for p in bins.indices {
                for q in bins.indices where q != p && !bins[p].isEmpty {
                    if improveBetween(p, q) { improved = true }
                }
            }
        }
    }

    /// One pass of first improvements from bin p to bin q; true when anything moved.
    private mutating func improveBetween(_ p: Int, _ q: Int) -> Bool {
        var moved = false
        var i = 0
        while i < bins[p].count {
            let a = bins[p][i]
            spent += 1 + bins[q].count
            // Shift a from p to q.
            if fits(demands[a], into: q) && gainsBy(weights[a], from: p, to: q) {
                remove(a, from: p)
                add(a, to: q)
                moved = true
                continue
            }
            var swapped = false
            for b in bins[q] {
                let x = weights[a] - weights[b]
                guard x > Self.epsilon, gainsBy(x, from: p, to: q), exchangeFits(out: [a], into: [b], p, q) else { continue }
                exchange(out: [a], into: [b], p, q)
                swapped = true
                break
            }
            if swapped {
                moved = true
                continue
            }
            if bins[p].count <= Self.pairLimit && bins[q].count <= Self.pairLimit {
                pairs: for j in (i + 1)..<max(i + 1, bins[p].count) {
                    let a2 = bins[p][j]
                    spent += bins[q].count
                    for b in bins[q] {
                        let x = weights[a] + weights[a2] - weights[b]
                        guard x > Self.epsilon, gainsBy(x, from: p, to: q), exchangeFits(out: [a, a2], into: [b], p, q)
                        else { continue }
                        exchange(out: [a, a2], into: [b], p, q)
                        swapped = true
                        break pairs
                    }
                }
            }
            if swapped {
                moved = true
                continue
            }
            i += 1
        }
        return moved
    }

    private func gainsBy(_ x: Double, from p: Int, to q: Int) -> Bool {
        x * (x + fill[q] - fill[p]) > Self.epsilon
    }

    /// Whether items `out` of bin p and `into` of bin q can trade places.
    private func exchangeFits(out: [Int], into: [Int], _ p: Int, _ q: Int) -> Bool {
        let outDemand = out.reduce(Resources.zero) { $0 + demands[$1] }
        let inDemand = into.reduce(Resources.zero) { $0 + demands[$1] }
        let newP = loads[p] + inDemand
        let newQ = loads[q] + outDemand
        return fitsRoom(newP, capacity.cpuMillicores + outDemand.cpuMillicores, capacity.memoryKiB + outDemand.memoryKiB,
                        capacity.pods + outDemand.pods)
            && fitsRoom(newQ, capacity.cpuMillicores + inDemand.cpuMillicores, capacity.memoryKiB + inDemand.memoryKiB,
                        capacity.pods + inDemand.pods)
    }

    private mutating func exchange(out: [Int], into: [Int], _ p: Int, _ q: Int) {
        for item in out { remove(item, from: p) }
        for item in into { remove(item, from: q) }
        for item in out { add(item, to: q) }
        for item in into { add(item, to: p) }
    }
}
