/// A local search that packs a set of items into fewer bins: the consistent neighbourhood search
/// of Buljubašić and Vasquez ("Consistent neighborhood search for one-dimensional bin packing and
/// two-dimensional vector packing", Computers & Operations Research 76, 2016).
///
/// From a feasible packing into m bins it takes the three lightest bins out, puts their items in a
/// *trash can*, and searches among partial packings of the m − 3 bins left, every bin feasible
/// throughout (the "consistent" neighbourhood), for one whose trash can fits into two bins: that
/// is a packing into m − 1 bins. Then it starts over for m − 2, until the lower bound or the
/// evaluation budget. It alternates two phases:
/// - *tabu search*: the best *swap* of up to two items of one bin with one or two items of the
///   trash can (which includes plain insertions), ranked by the weight the trash can loses, then
///   by the items it gains (more, smaller items are easier to place); the move is made even when
///   it makes things worse. An item thrown out of a bin may not go back into that bin for a few
///   iterations. The phase ends after `tabuStall` moves without a new best trash can.
/// - *descent*: each bin in turn takes the heaviest subset of its own items and the trash can's
///   (`BestFill`), until a whole round gains nothing.
/// After every move the trash can is tested for fitting into two bins, exactly.
///
/// Item weights (`ItemWeights`) rank moves; feasibility is always checked exactly in every
/// dimension, and against the items' limits a bin when they have some (`TypeLimits`), so the best
/// packing found is feasible. The only randomness (tie-breaking, the
/// tabu tenure, the descent's bin order) is a seeded `SplitMix64`.
struct ConsistentNeighbourhoodSearch {
    private let demands: [Resources]
    private let weights: [Double]
    private let capacity: Resources
    private let limits: TypeLimits?
    private var bins: [[Int]] = []
    private var loads: [Resources] = []
    private var fill: [Double] = []
    private var pool: [Int] = []
    private var poolLoad = Resources.zero
    private var poolWeight = 0.0
    /// How many bins the trash can must fit into: the bins taken out, less one.
    private var spareBins = 2
    /// An item thrown out of a bin may not go back into it before the iteration stored under
    /// item × bins + bin (bins keep their index through an attempt).
    private var tabuUntil: [Int: Int] = [:]
    /// How often each item was thrown out of a bin in this attempt.
    private var thrownOut: [Int]
    private var iteration = 0
    private(set) var spent = 0
    private var budget = WorkBudget(steps: 0)
    private var random: SplitMix64

    init(demands: [Resources], weights: [Double], capacity: Resources, seed: UInt64, limits: TypeLimits? = nil) {
        self.demands = demands
        self.weights = weights
        self.capacity = capacity
        self.limits = limits
        thrownOut = [Int](repeating: 0, count: demands.count)
        random = SplitMix64(seed: seed)
    }

    /// The packing with the fewest bins found from `packing` (bins of item indices), at most
    /// at most `budget` move evaluations spent.
    mutating func run(from packing: [[Int]], lowerBound: Int, budget: WorkBudget) -> [[Int]] {
        self.budget = budget
        var best = packing.filter { !$0.isEmpty }
        while best.count > lowerBound && !budget.isSpent(by: spent) {
            guard let smaller = oneBinFewer(than: best) else { break }
            best = smaller
        }
        return best
    }

    // MARK: State

    /// A packing into one bin fewer than `packing`, or nil when the budget ran out first.
    private mutating func oneBinFewer(than packing: [[Int]]) -> [[Int]]? {
        let taken = min(3, packing.count)
        spareBins = taken - 1
        let binWeight = packing.map { $0.reduce(0.0) { $0 + weights[$1] } }
        let lightest = Set(
            packing.indices.sorted {
                binWeight[$0] != binWeight[$1] ? binWeight[$0] < binWeight[$1] : $0 > $1
            }.prefix(taken))
        bins = packing.indices.filter { !lightest.contains($0) }.map { packing[$0] }
        loads = bins.map { $0.reduce(Resources.zero) { $0 + demands[$1] } }
        fill = bins.map { $0.reduce(0.0) { $0 + weights[$1] } }
        pool = lightest.sorted().flatMap { packing[$0] }
        poolLoad = pool.reduce(Resources.zero) { $0 + demands[$1] }
        poolWeight = pool.reduce(0.0) { $0 + weights[$1] }
        tabuUntil.removeAll(keepingCapacity: true)
        for item in thrownOut.indices { thrownOut[item] = 0 }
        if let done = completed() { return done }
        // With every bin taken out there is nothing to search: the exact test above decided.
        guard !bins.isEmpty else { return nil }
        while !budget.isSpent(by: spent) {
            if let done = tabuSearch() { return done }
            if let done = descent() { return done }
        }
        return nil
    }

    private mutating func moveToPool(_ item: Int, from bin: Int) {
        if let position = bins[bin].firstIndex(of: item) { bins[bin].remove(at: position) }
        loads[bin] = loads[bin] - demands[item]
        fill[bin] -= weights[item]
        pool.append(item)
        poolLoad += demands[item]
        poolWeight += weights[item]
    }

    private mutating func moveFromPool(_ item: Int, to bin: Int) {
        if let position = pool.firstIndex(of: item) { pool.remove(at: position) }
        poolLoad = poolLoad - demands[item]
        poolWeight -= weights[item]
        bins[bin].append(item)
        loads[bin] += demands[item]
        fill[bin] += weights[item]
    }

    @inline(__always)
    private static func fits(_ demand: Resources, _ room: Resources) -> Bool {
        demand.cpuMillicores <= room.cpuMillicores && demand.memoryKiB <= room.memoryKiB && demand.pods <= room.pods
            && demand.gpus <= room.gpus && demand.diskMiB <= room.diskMiB
    }

    /// Whether `bin`, without the items of `out`, may take the items of `into` under the limits.
    private func keepsLimits(_ into: ItemPair, in members: [Int], without out: ItemPair) -> Bool {
        guard let limits else { return true }
        return limits.allows(into.items, in: members, without: out.items)
    }

    private func tabu(_ item: Int, in bin: Int) -> Bool {
        (tabuUntil[item * bins.count + bin] ?? 0) > iteration
    }

    // MARK: Goal

    /// The whole packing when the trash can fits into `spareBins` bins, else nil.
    private mutating func completed() -> [[Int]]? {
        let room = capacity.times(Int64(spareBins))
        guard Self.fits(poolLoad, room), poolWeight <= Double(spareBins) + 1e-9 else { return nil }
        guard let spare = packPool() else { return nil }
        return (bins + spare).filter { !$0.isEmpty }
    }

    /// The trash can in `spareBins` bins, by a depth-first search, heaviest item first, that never
    /// opens a second empty bin (they are interchangeable); nil when there is none within the limit.
    private mutating func packPool() -> [[Int]]? {
        let items = pool.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        var spare = [[Int]](repeating: [], count: spareBins)
        var spareLoads = [Resources](repeating: .zero, count: spareBins)
        var nodes = 0
        func place(_ index: Int) -> Bool {
            nodes += 1
            if index == items.count { return true }
            guard nodes < Self.fitNodes else { return false }
            let item = items[index]
            for bin in spare.indices {
                if Self.fits(spareLoads[bin] + demands[item], capacity),
                    limits?.allows([item], in: spare[bin]) ?? true
                {
                    spare[bin].append(item)
                    spareLoads[bin] += demands[item]
                    if place(index + 1) { return true }
                    spare[bin].removeLast()
                    spareLoads[bin] = spareLoads[bin] - demands[item]
                }
                if spare[bin].isEmpty { break }
            }
            return false
        }
        let found = place(0)
        spent += nodes
        return found ? spare : nil
    }

    // MARK: Tabu search

    /// One or two items (`second` is −1 for one), with their demand and weight.
    private struct ItemPair {
        var first: Int
        var second: Int
        var demand: Resources
        var weight: Double
        var count: Int { second < 0 ? 1 : 2 }
        /// Its items (none when `first` is −1).
        var items: [Int] { [first, second].filter { $0 >= 0 } }
    }

    /// Tabu moves until `tabuStall` in a row bring no better trash can; the whole packing if one
    /// completes it.
    private mutating func tabuSearch() -> [[Int]]? {
        var bestWeight = poolWeight
        var bestCount = pool.count
        var stall = 0
        while stall < Self.tabuStall && !budget.isSpent(by: spent) {
            iteration += 1
            guard makeBestMove() else { return nil }
            if let done = completed() { return done }
            if poolWeight < bestWeight - 1e-9 || (poolWeight < bestWeight + 1e-9 && pool.count > bestCount) {
                bestWeight = poolWeight
                bestCount = pool.count
                stall = 0
            } else {
                stall += 1
            }
        }
        return nil
    }

    /// Makes the best non-tabu swap: most weight out of the trash can, then most items into it,
    /// ties broken at random; a `kick` when there is none. False when there is no move at all.
    ///
    /// The trash can's subsets are sorted by weight, heaviest first, and for each bin and each
    /// set of its items to throw out, the scan starts at the first subset no heavier than the
    /// room: a subset that fits weighs at most the room's weight, since a weight is a weighted
    /// mean of per-dimension shares. So only subsets that may fit are tested, and the scan ends
    /// at the first that fits, or once none left could beat the best move.
    private mutating func makeBestMove() -> Bool {
        let subsets = poolSubsets()
        spent += subsets.count

        var bestGain = -Double.infinity
        var bestBalance = Int.min
        var ties = 0
        var chosen: (bin: Int, out: ItemPair, into: Int)?
        for bin in bins.indices {
            let free = capacity - loads[bin]
            let freeWeight = 1 - fill[bin]
            let members = bins[bin]
            let pairs = members.count <= Self.pairLimit
            for i in -1..<members.count {
                for j in (pairs && i >= 0 ? i + 1 : members.count)...members.count {
                    let out = outSet(members, i, j)
                    let outCount = i < 0 ? 0 : out.count
                    let room = free + out.demand
                    spent += 1
                    var index = Self.firstNoHeavier(subsets, than: freeWeight + out.weight + 1e-9)
                    while index < subsets.count {
                        let subset = subsets[index]
                        let gain = subset.weight - out.weight
                        if gain < bestGain - Self.epsilon { break }
                        spent += 1
                        index += 1
                        guard Self.fits(subset.demand, room), !sameDemands(subset, out),
                            keepsLimits(subset, in: members, without: out),
                            !tabu(subset.first, in: bin), subset.second < 0 || !tabu(subset.second, in: bin)
                        else { continue }
                        let balance = outCount - subset.count
                        if gain > bestGain + Self.epsilon || balance > bestBalance {
                            bestGain = gain
                            bestBalance = balance
                            ties = 1
                            chosen = (bin, out, index - 1)
                        } else if balance == bestBalance {
                            ties += 1
                            if random.below(ties) == 0 { chosen = (bin, out, index - 1) }
                        }
                        break
                    }
                }
            }
        }
        guard let move = chosen else { return kick() }
        for item in [move.out.first, move.out.second] where item >= 0 {
            moveToPool(item, from: move.bin)
            makeTabu(item, in: move.bin)
        }
        let into = subsets[move.into]
        for item in [into.first, into.second] where item >= 0 { moveFromPool(item, to: move.bin) }
        return true
    }

    /// The trash can's single items and (while it is small) pairs, heaviest first.
    private func poolSubsets() -> [ItemPair] {
        var subsets: [ItemPair] = pool.map { ItemPair(first: $0, second: -1, demand: demands[$0], weight: weights[$0]) }
        if pool.count <= Self.pairPoolLimit {
            for i in pool.indices {
                for j in (i + 1)..<max(i + 1, pool.count) {
                    let a = pool[i]
                    let b = pool[j]
                    subsets.append(
                        ItemPair(first: a, second: b, demand: demands[a] + demands[b], weight: weights[a] + weights[b]))
                }
            }
        }
        subsets.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.count < $1.count }
        return subsets
    }

    /// The items a move takes out of a bin: none (`i` < 0), `members[i]`, or `members[i]` and
    /// `members[j]` (`j` == members.count means no second item).
    private func outSet(_ members: [Int], _ i: Int, _ j: Int) -> ItemPair {
        var out = ItemPair(first: -1, second: -1, demand: .zero, weight: 0)
        if i >= 0 {
            out.first = members[i]
            out.demand = demands[members[i]]
            out.weight = weights[members[i]]
            if j < members.count {
                out.second = members[j]
                out.demand += demands[members[j]]
                out.weight += weights[members[j]]
            }
        }
        return out
    }

    /// The first subset (of subsets sorted heaviest first) no heavier than `weight`.
    private static func firstNoHeavier(_ subsets: [ItemPair], than weight: Double) -> Int {
        var low = 0
        var high = subsets.count
        while low < high {
            let middle = (low + high) / 2
            if subsets[middle].weight > weight { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// When no swap fits anywhere (common in several dimensions): a random item of a random bin
    /// goes to the trash can and may not come back to that bin for a while. False when every bin
    /// is empty.
    private mutating func kick() -> Bool {
        let filled = bins.indices.filter { !bins[$0].isEmpty }
        guard !filled.isEmpty else { return false }
        spent += 1
        let bin = filled[random.below(filled.count)]
        let item = bins[bin][random.below(bins[bin].count)]
        moveToPool(item, from: bin)
        makeTabu(item, in: bin)
        return true
    }

    /// Whether two item sets hold the same demands, so swapping them changes nothing.
    private func sameDemands(_ a: ItemPair, _ b: ItemPair) -> Bool {
        guard a.demand == b.demand, a.count == b.count, b.first >= 0 else { return false }
        if a.second < 0 { return demands[a.first] == demands[b.first] }
        return (demands[a.first] == demands[b.first] && demands[a.second] == demands[b.second])
            || (demands[a.first] == demands[b.second] && demands[a.second] == demands[b.first])
    }

    /// An item thrown out of a bin stays out of it for tenureBase + [0, tenureSpread) moves.
    /// Keeps `item` out of `bin` for tenureBase + [0, tenureSpread) moves, plus a quarter of the
    /// times it has been thrown out in this attempt: items that keep coming back, as in a cycle,
    /// stay out longer (frequency-based tabu tenure).
    private mutating func makeTabu(_ item: Int, in bin: Int) {
        thrownOut[item] += 1
        tabuUntil[item * bins.count + bin] = iteration + Self.tenureBase + random.below(Self.tenureSpread) + thrownOut[item] / 4
    }

    // MARK: Descent

    /// Each bin, in a random order, takes the heaviest subset of its items and the trash can's,
    /// until a round gains nothing; the whole packing if one completes it.
    private mutating func descent() -> [[Int]]? {
        var improved = true
        while improved && !budget.isSpent(by: spent) {
            improved = false
            var order = Array(bins.indices)
            order.shuffle(using: &random)
            for bin in order where !budget.isSpent(by: spent) {
                if refill(bin) {
                    improved = true
                    if let done = completed() { return done }
                }
            }
        }
        return nil
    }

    /// The heaviest subset of bin's items and the trash can's goes into the bin; true when it got heavier.
    private mutating func refill(_ bin: Int) -> Bool {
        let (chosen, nodes) = BestFill.choose(
            from: bins[bin] + pool, demands: demands, weights: weights, capacity: capacity,
            incumbentWeight: fill[bin], incumbentItems: bins[bin].count, nodeLimit: Self.fillNodes, limits: limits)
        spent += nodes
        guard let chosen, chosen.reduce(0.0, { $0 + weights[$1] }) > fill[bin] + Self.epsilon else { return false }
        let all = bins[bin] + pool
        let kept = Set(chosen)
        bins[bin] = chosen
        loads[bin] = chosen.reduce(Resources.zero) { $0 + demands[$1] }
        fill[bin] = chosen.reduce(0.0) { $0 + weights[$1] }
        pool = all.filter { !kept.contains($0) }
        poolLoad = pool.reduce(Resources.zero) { $0 + demands[$1] }
        poolWeight = pool.reduce(0.0) { $0 + weights[$1] }
        return true
    }
}
