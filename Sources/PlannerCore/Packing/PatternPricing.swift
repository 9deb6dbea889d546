/// Column generation's pricing problem: the one-bin pattern worth most at the dual prices, a
/// bounded knapsack in every dimension at once: maximize Σ y_t · a_t subject to Σ a_t · demand_t
/// fitting the capacity in CPU, memory, pod slots, GPUs and local disk, 0 ≤ a_t ≤ limit_t, a_t
/// whole.
///
/// Depth-first branch and bound over counts per type, densest first (price per unit of item
/// weight), each type's largest count that fits first. The bound is Dantzig's: the value so far
/// plus the weight still free filled fractionally by the densest types left, taken under the
/// surrogate weights of `surrogateWeights` and under each binding dimension alone, the smallest
/// of them (each is valid; the surrogate is tight at the top of the tree, a single dimension once
/// that dimension is nearly full). Stops after `nodeLimit` nodes with the best pattern found, and
/// says whether the search was complete.
struct PatternPricing {
    let demands: [Resources]
    let capacity: Resources

    /// An improving pattern (worth more than one bin) at `prices`, searched with `nodes` nodes and,
    /// when that search neither found one nor finished, once more with `deeper` times as many;
    /// each node costs `nodeCost` work units, counted in `work` against `budget`. Nil when none
    /// was found or the budget is spent. Column generation's exact pricing step, shared by
    /// `PatternRounding` and `ClassPatterns`.
    func improvingColumn(
        prices: [Double], limits: [Int], nodeCost: Int, budget: WorkBudget, work: inout Int, nodes: Int, deeper: Int
    ) -> [PackedCount]? {
        var nodeLimit = nodes
        while !budget.isSpent(by: work) {
            let priced = best(
                prices: prices, limits: limits, nodeLimit: min(nodeLimit, max(1, budget.left(after: work) / nodeCost)),
                floor: 1 + 1e-9)
            work += priced.nodes * nodeCost
            if !priced.pattern.isEmpty { return priced.pattern }
            if priced.exact || nodeLimit > nodes { return nil }
            nodeLimit *= deeper
        }
        return nil
    }

    /// The best pattern worth more than `floor` (empty, with value `floor`, when none was found),
    /// the nodes spent and whether the search finished. Column generation only wants patterns
    /// worth more than one bin, and a floor of 1 prunes everything that cannot be.
    func best(
        prices: [Double], limits: [Int], nodeLimit: Int, floor: Double = 0
    ) -> (pattern: [PackedCount], value: Double, nodes: Int, exact: Bool) {
        let candidates = prices.indices.filter { prices[$0] > 1e-12 && limits[$0] > 0 }
        let (surrogate, binding) = surrogateWeights(candidates, prices: prices, limits: limits)
        func densestFirst(_ weights: [Double]) -> [Int] {
            candidates.sorted {
                let a = prices[$0] * weights[$1]
                let b = prices[$1] * weights[$0]
                return a != b ? a > b : $0 < $1
            }
        }
        // The search runs in the surrogate's order; each binding dimension alone bounds too.
        let weightings = ([surrogate] + binding).prefix(4)
        var search = Search(
            order: densestFirst(surrogate), prices: prices, limits: limits, demands: demands, capacity: capacity,
            weightings: Array(weightings), orders: weightings.map(densestFirst), nodeLimit: nodeLimit)
        search.bestValue = floor
        search.explore(0, .zero, 0, SIMD4<Double>())
        var pattern: [PackedCount] = []
        for (index, type) in search.order.enumerated() where search.best[index] > 0 {
            pattern.append(PackedCount(type: type, count: search.best[index]))
        }
        return (pattern, search.bestValue, search.nodes, search.nodes < nodeLimit)
    }

    /// Item weights for the bound: a mix of CPU, memory and pod-slot shares, μ · share, with the
    /// mix chosen to make Dantzig's bound smallest (golden-section searches; the bound is
    /// quasi-convex in μ). Any mix gives a valid bound, since a bin that fits weighs at most 1 under every mix;
    /// the best one equals the linear relaxation of the knapsack (surrogate duality), far tighter
    /// than a fixed mix when CPU-heavy and memory-heavy types, or many small ones limited by pod
    /// slots, must be combined. A dimension that cannot bind (all candidates together fit it)
    /// gets no share (GPUs and local disk in most scenarios). With more than three binding
    /// dimensions (GPUs or disk too) the best mix of the first three is found as for three, then
    /// each further dimension's share by one more golden-section search along the line from the
    /// mix so far to that dimension alone (a cheaper search; any mix stays valid).
    func surrogateWeights(_ candidates: [Int], prices: [Double], limits: [Int]) -> (mixed: [Double], binding: [[Double]]) {
        let perType = demands.map { $0.shares(of: capacity) }
        let all: [[Double]] = (0..<Shares.dimensions).map { dimension in perType.map { $0[dimension] } }
        func canBind(_ dimension: [Double]) -> Bool {
            var total = 0.0
            for type in candidates { total += dimension[type] * Double(limits[type]) }
            return total > 1 + 1e-9
        }
        let shares = all.filter(canBind)
        guard !shares.isEmpty else { return (demands.map { _ in 0 }, []) }
        func mixed(_ mu: [Double]) -> [Double] {
            demands.indices.map { type in
                var weight = 0.0
                for dimension in shares.indices { weight += mu[dimension] * shares[dimension][type] }
                return weight
            }
        }
        // A mix over the first dimensions only gives the rest no share.
        func bound(_ mu: [Double]) -> Double {
            let mu = mu + [Double](repeating: 0, count: shares.count - mu.count)
            return Self.dantzigBound(weights: mixed(mu), candidates: candidates, prices: prices, limits: limits)
        }
        let minimize = { (f: (Double) -> Double) in Self.goldenSectionMinimum(f) }
        switch shares.count {
        case 1:
            return (mixed([1]), shares)
        case 2:
            let split = minimize { bound([$0, 1 - $0]) }.at
            return (mixed([split, 1 - split]), shares)
        default:
            // The third dimension's share t outside, the split of the rest between the first two inside.
            func inner(_ t: Double) -> (at: Double, value: Double) { minimize { bound([(1 - t) * $0, (1 - t) * (1 - $0), t]) } }
            let t = minimize { inner($0).value }.at
            let s = inner(t).at
            var mu = [(1 - t) * s, (1 - t) * (1 - s), t]
            // Each further dimension's share g, the mix so far scaled by 1 − g.
            while mu.count < shares.count {
                let base = mu
                let g = minimize { g in bound(base.map { $0 * (1 - g) } + [g]) }.at
                mu = base.map { $0 * (1 - g) } + [g]
            }
            return (mixed(mu), shares)
        }
    }

    /// Dantzig's bound on a knapsack of capacity 1 under `weights`: the items by price per weight,
    /// taken whole while they fit, then a fraction of the first that does not.
    static func dantzigBound(weights: [Double], candidates: [Int], prices: [Double], limits: [Int]) -> Double {
        let order = candidates.sorted { prices[$0] * weights[$1] > prices[$1] * weights[$0] }
        var room = 1.0
        var value = 0.0
        for type in order {
            let all = weights[type] * Double(limits[type])
            if weights[type] <= 1e-12 || all <= room {
                value += prices[type] * Double(limits[type])
                room -= all
            } else {
                return value + prices[type] * room / weights[type]
            }
        }
        return value
    }

    /// The smallest value of f on [0, 1] and where, by golden-section search: one new evaluation
    /// per step, the interval shrinking by 0.618 each time.
    static func goldenSectionMinimum(_ f: (Double) -> Double) -> (at: Double, value: Double) {
        let ratio = (5.0.squareRoot() - 1) / 2
        var low = 0.0
        var high = 1.0
        var a = high - ratio * (high - low)
        var b = low + ratio * (high - low)
        var fa = f(a)
        var fb = f(b)
        for _ in 0..<Self.surrogateSteps {
            if fa <= fb {
                high = b
                b = a
                fb = fa
                a = high - ratio * (high - low)
                fa = f(a)
            } else {
                low = a
                a = b
                fa = fb
                b = low + ratio * (high - low)
                fb = f(b)
            }
        }
        return fa <= fb ? (a, fa) : (b, fb)
    }

    private struct Search {
        let order: [Int]
        let prices: [Double]
        let limits: [Int]
        let demands: [Resources]
        let capacity: Resources
        /// Up to four weightings, each a valid bound with its own densest-first order.
        let weightings: [[Double]]
        let orders: [[Int]]
        /// Each type's place in `order`: types before the current place are decided.
        let position: [Int]
        /// Running sums of weight × limit and price × limit along `order`, under weighting 0.
        let prefixWeight: [Double]
        let prefixValue: [Double]
        let nodeLimit: Int
        var nodes = 0
        var bestValue = 0.0
        var best: [Int]
        var current: [Int]

        init(
            order: [Int], prices: [Double], limits: [Int], demands: [Resources], capacity: Resources,
            weightings: [[Double]], orders: [[Int]], nodeLimit: Int
        ) {
            self.order = order
            self.prices = prices
            self.limits = limits
            self.demands = demands
            self.capacity = capacity
            self.weightings = weightings
            self.orders = orders
            var position = [Int](repeating: Int.max, count: prices.count)
            for (place, type) in order.enumerated() { position[type] = place }
            self.position = position
            // The search order is the first weighting's densest-first order, so that bound is a
            // prefix of it: running sums answer it by binary search.
            var prefixWeight = [0.0]
            var prefixValue = [0.0]
            for type in order {
                let weight = weightings[0][type] <= 1e-12 ? 0 : weightings[0][type]
                prefixWeight.append(prefixWeight.last! + weight * Double(limits[type]))
                prefixValue.append(prefixValue.last! + prices[type] * Double(limits[type]))
            }
            self.prefixWeight = prefixWeight
            self.prefixValue = prefixValue
            self.nodeLimit = nodeLimit
            best = [Int](repeating: 0, count: order.count)
            current = best
        }

        /// Dantzig's bound under weighting k on what the undecided types (from `index` on in the
        /// search order) can add in `room` of that weighting.
        func bound(_ k: Int, from index: Int, room: Double) -> Double {
            var room = room
            var value = 0.0
            let weights = weightings[k]
            for type in orders[k] where position[type] >= index {
                let weight = weights[type]
                let all = weight * Double(limits[type])
                if weight <= 1e-12 || all <= room {
                    value += prices[type] * Double(limits[type])
                    room -= all
                } else {
                    return value + prices[type] * room / weight
                }
            }
            return value
        }

        /// `bound(0, from:room:)` in O(log types): the types from `index` on that fit whole, by
        /// binary search on the running sums, then a fraction of the next.
        func searchOrderBound(from index: Int, room: Double) -> Double {
            let base = prefixWeight[index]
            var low = index
            var high = order.count
            while low < high {
                let middle = (low + high + 1) / 2
                if prefixWeight[middle] - base <= room { low = middle } else { high = middle - 1 }
            }
            var value = prefixValue[low] - prefixValue[index]
            if low < order.count {
                let type = order[low]
                let weight = weightings[0][type]
                if weight > 1e-12 { value += prices[type] * (room - (prefixWeight[low] - base)) / weight }
            }
            return value
        }

        mutating func explore(_ index: Int, _ load: Resources, _ value: Double, _ used: SIMD4<Double>) {
            nodes += 1
            if value > bestValue + 1e-12 {
                bestValue = value
                best = current
            }
            guard index < order.count, nodes < nodeLimit else { return }
            if value + searchOrderBound(from: index, room: max(0, 1 - used[0])) <= bestValue + 1e-12 { return }
            for k in weightings.indices.dropFirst()
            where value + bound(k, from: index, room: max(0, 1 - used[k])) <= bestValue + 1e-12 {
                return
            }
            let type = order[index]
            var step = SIMD4<Double>()
            for k in weightings.indices { step[k] = weightings[k][type] }
            var count = FirstFitDecreasing.fitCount(demands[type], free: capacity - load, limit: limits[type])
            while count >= 0 && nodes < nodeLimit {
                current[index] = count
                explore(
                    index + 1, load + demands[type].times(Int64(count)), value + prices[type] * Double(count),
                    used + step * Double(count))
                count -= 1
            }
            current[index] = 0
        }
    }
}
