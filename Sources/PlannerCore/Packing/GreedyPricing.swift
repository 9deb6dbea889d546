/// Cheap pricing for column generation: greedy fills of one bin at the dual prices, tried before
/// the exact branch and bound of `PatternPricing`, which is then needed mostly to prove that no
/// pattern is worth more than one bin.
///
/// Two kinds of fill, the best pattern kept:
/// - *static*: the types by price per unit of a surrogate weight μ · share (shares of CPU, memory,
///   pod slots, GPUs and local disk of a bin), each taken as many times as fits, for a few fixed
///   mixes μ: each dimension alone and the even mixes of two and three (with GPUs alone, local
///   disk alone and the even mix of every dimension in use added when the problem uses GPUs or
///   disk: a dimension nothing uses adds no fill). Under the right μ this is the greedy
///   rounding of the knapsack's linear relaxation (Dantzig's solution);
/// - *dynamic*: one item at a time, the type of highest price per unit of
///   Σ_d share_d ÷ free_d (free_d, the share of dimension d still free), so a dimension that is
///   running out weighs more as the bin fills.
///
/// Measured on the `bench scale` fleets, these found an improving column in all but a few
/// percent of the rounds in which one existed.
struct GreedyPricing {
    let demands: [Resources]
    let capacity: Resources
    /// Each type's share of a bin, per dimension (CPU, memory, pod slots, GPUs, local disk).
    private let shares: [Shares]
    /// The surrogate mixes of the static fills.
    private let mixes: [Shares]

    init(demands: [Resources], capacity: Resources) {
        self.demands = demands
        self.capacity = capacity
        shares = demands.map { $0.shares(of: capacity) }
        let usesGPUs = capacity.gpus > 0 && demands.contains { $0.gpus > 0 }
        let usesDisk = capacity.diskMiB > 0 && demands.contains { $0.diskMiB > 0 }
        var mixes: [Shares] = [
            Shares(1, 0, 0, 0, 0, 0, 0, 0), Shares(0, 1, 0, 0, 0, 0, 0, 0), Shares(0, 0, 1, 0, 0, 0, 0, 0),
            Shares(1, 1, 0, 0, 0, 0, 0, 0), Shares(1, 0, 1, 0, 0, 0, 0, 0), Shares(0, 1, 1, 0, 0, 0, 0, 0),
            Shares(1, 1, 1, 0, 0, 0, 0, 0), Shares(3, 1, 0, 0, 0, 0, 0, 0), Shares(1, 3, 0, 0, 0, 0, 0, 0),
        ]
        if usesGPUs { mixes.append(Shares(0, 0, 0, 1, 0, 0, 0, 0)) }
        if usesDisk { mixes.append(Shares(0, 0, 0, 0, 1, 0, 0, 0)) }
        if usesGPUs || usesDisk { mixes.append(Shares(1, 1, 1, usesGPUs ? 1 : 0, usesDisk ? 1 : 0, 0, 0, 0)) }
        self.mixes = mixes
    }

    /// The patterns the fills find worth more than `floor` at `prices`, most valuable first, each
    /// once; the best value found whatever it is.
    /// `surrogate`, when given, is one more weighting per type for a static fill (the surrogate
    /// weights that make Dantzig's bound smallest, `PatternPricing.surrogateWeights`).
    func improving(
        prices: [Double], limits: [Int], floor: Double, surrogate: [Double]? = nil
    ) -> (patterns: [[PackedCount]], best: Double) {
        let candidates = prices.indices.filter { prices[$0] > 1e-12 && limits[$0] > 0 }
        var found = [dynamicFill(prices: prices, limits: limits, candidates: candidates)]
        for mix in mixes {
            let weights = candidates.map { max(1e-12, (shares[$0] * mix).sum()) }
            found.append(staticFill(weights, prices: prices, limits: limits, candidates: candidates))
        }
        if let surrogate {
            let weights = candidates.map { max(1e-12, surrogate[$0]) }
            found.append(staticFill(weights, prices: prices, limits: limits, candidates: candidates))
        }
        found.sort { $0.value > $1.value }
        if let order = surrogate.map({ weights in
            candidates.sorted { prices[$0] * max(1e-12, weights[$1]) > prices[$1] * max(1e-12, weights[$0]) }
        }), let first = found.first {
            found.insert(improve(first, order: order, prices: prices, limits: limits), at: 0)
        }
        var seen = Set<[PackedCount]>()
        var patterns: [[PackedCount]] = []
        for candidate in found where candidate.value > floor {
            let key = candidate.pattern.sorted { $0.type < $1.type }
            if seen.insert(key).inserted { patterns.append(key) }
        }
        return (patterns, found.first?.value ?? 0)
    }

    /// Local search on a pattern: take out one, two or all items of one type and refill greedily
    /// in `order`; a change is kept when the value rises, until none does (or `improveRounds`).
    func improve(
        _ start: (pattern: [PackedCount], value: Double), order: [Int], prices: [Double], limits: [Int]
    ) -> (pattern: [PackedCount], value: Double) {
        var best = start
        var counts = [Int](repeating: 0, count: demands.count)
        for entry in start.pattern { counts[entry.type] += entry.count }
        for _ in 0..<Self.improveRounds {
            var improved = false
            for entry in best.pattern {
                for removed in entry.count > 2 ? [1, 2, entry.count] : Array(1...entry.count) {
                    var trial = counts
                    trial[entry.type] -= removed
                    var free = capacity
                    var value = 0.0
                    for type in trial.indices where trial[type] > 0 {
                        free = free - demands[type].times(Int64(trial[type]))
                        value += prices[type] * Double(trial[type])
                    }
                    for type in order where type != entry.type {
                        let count = FirstFitDecreasing.fitCount(demands[type], free: free, limit: limits[type] - trial[type])
                        guard count > 0 else { continue }
                        trial[type] += count
                        free = free - demands[type].times(Int64(count))
                        value += prices[type] * Double(count)
                    }
                    if value > best.value + 1e-9 {
                        counts = trial
                        best = (trial.indices.filter { trial[$0] > 0 }.map { PackedCount(type: $0, count: trial[$0]) }, value)
                        improved = true
                        break
                    }
                }
                if improved { break }
            }
            if !improved { break }
        }
        return best
    }

    /// Types by price per unit of weight (`weights`, one per candidate), each as many times as fits.
    private func staticFill(
        _ weights: [Double], prices: [Double], limits: [Int], candidates: [Int]
    ) -> (pattern: [PackedCount], value: Double) {
        let order = candidates.indices.sorted {
            let a = prices[candidates[$0]] * weights[$1]
            let b = prices[candidates[$1]] * weights[$0]
            return a != b ? a > b : candidates[$0] < candidates[$1]
        }
        var free = capacity
        var pattern: [PackedCount] = []
        var value = 0.0
        for position in order {
            let type = candidates[position]
            let count = FirstFitDecreasing.fitCount(demands[type], free: free, limit: limits[type])
            guard count > 0 else { continue }
            pattern.append(PackedCount(type: type, count: count))
            free = free - demands[type].times(Int64(count))
            value += prices[type] * Double(count)
        }
        return (pattern, value)
    }

    /// One item at a time, the type of highest price per unit of Σ_d share_d ÷ free_d.
    private func dynamicFill(prices: [Double], limits: [Int], candidates: [Int]) -> (pattern: [PackedCount], value: Double) {
        var free = capacity
        var freeShare = Shares(repeating: 1)
        var taken = [Int: Int]()
        var value = 0.0
        var open = candidates
        while true {
            var chosen = -1
            var bestRatio = 0.0
            let pressure = 1 / (freeShare + 1e-6)
            open.removeAll { taken[$0, default: 0] >= limits[$0] || !demands[$0].fits(within: free) }
            for type in open {
                let ratio = prices[type] / max(1e-12, (shares[type] * pressure).sum())
                if ratio > bestRatio {
                    bestRatio = ratio
                    chosen = type
                }
            }
            guard chosen >= 0 else { break }
            taken[chosen, default: 0] += 1
            free = free - demands[chosen]
            freeShare -= shares[chosen]
            value += prices[chosen]
        }
        let pattern = PackedCount.bin(taken)
        return (pattern, value)
    }
}
