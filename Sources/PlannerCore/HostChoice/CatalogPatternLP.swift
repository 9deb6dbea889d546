/// The pattern LP over a catalog of bin types (Gilmore and Gomory's relaxation with a bin type
/// per pattern): minimize Σ p_{t(P)} x_P over patterns P, each one host of type t's contents,
/// subject to covering every item, solved by column generation (`CoveringLP` with pattern costs;
/// per type, greedy fills by dual price per share of the host find the improving patterns).
///
/// The bound it reports does not rely on the pricing being exact: for any dual prices y ≥ 0, a
/// host of type t holds contents worth at most U_t(y) (each dimension's fractional knapsack over
/// the items that fit t, each item at most as many times as fit an empty host, the least of
/// them), so any placement costs at least
/// Σ_i n_i y_i ÷ max_t (U_t(y) ÷ p_t) (a Lagrangian bound; Farley's bound when U is the pricing
/// optimum). The best over the rounds is kept.
struct CatalogPatternLP {
    /// Items to cover per item type.
    var counts: [Int]
    /// Per bin type, each item type's demand in that type's units.
    var demand: [[Resources]]
    /// Per bin type, one bin's capacity.
    var capacity: [Resources]
    /// Per bin type, its price.
    var prices: [Double]

    /// Column-generation rounds at most.
    static let rounds = 100

    /// A proven lower bound on the price of covering every item (0 when none can be proven).
    func bound() -> Double {
        let items = counts.indices.filter { counts[$0] > 0 }
        guard !items.isEmpty, !prices.isEmpty else { return 0 }
        var patterns: [[PackedCount]] = []
        var costs: [Double] = []
        for item in items {
            guard let start = cheapestSingle(item) else { return 0 }
            patterns.append([PackedCount(type: patterns.count, count: start.count)])
            costs.append(start.price)
        }
        let needed = items.map { Double(counts[$0]) }
        var lp = CoveringLP(demand: needed, patterns: patterns, costs: costs)
        var best = 0.0
        for _ in 0..<Self.rounds {
            lp.optimize(pivotLimit: 20 * items.count + 100)
            let y = lp.duals.map { max(0, $0) }
            best = max(best, lagrangian(y, items))
            var added = false
            for type in prices.indices {
                let (pattern, value) = fill(type, prices: y, items)
                if value > prices[type] * (1 + 1e-9) + 1e-12 {
                    lp.add(pattern, cost: prices[type])
                    added = true
                }
            }
            if !added { break }
        }
        return best
    }

    /// The single-item pattern of `item` with the lowest price per item: (its count, its price).
    private func cheapestSingle(_ item: Int) -> (count: Int, price: Double)? {
        var best: (count: Int, price: Double)?
        for type in prices.indices {
            let count = min(counts[item], capacity[type].copies(of: demand[type][item]))
            guard count > 0 else { continue }
            if best == nil || prices[type] / Double(count) < best!.price / Double(best!.count) {
                best = (count, prices[type])
            }
        }
        return best
    }

    /// A greedy pattern for bin type `type`: items by dual price per largest share, as many as fit.
    private func fill(_ type: Int, prices y: [Double], _ items: [Int]) -> ([PackedCount], Double) {
        let bin = capacity[type]
        let order = items.indices.filter { y[$0] > 0 && demand[type][items[$0]].fits(within: bin) }
            .sorted { a, b in
                let shareA = demand[type][items[a]].shares(of: bin).max()
                let shareB = demand[type][items[b]].shares(of: bin).max()
                return y[a] * shareB > y[b] * shareA
            }
        var load = Resources.zero
        var pattern: [PackedCount] = []
        var value = 0.0
        for row in order {
            let item = items[row]
            let room = bin - load
            let count = min(counts[item], room.copies(of: demand[type][item]))
            guard count > 0 else { continue }
            load += demand[type][item].times(Int64(count))
            pattern.append(PackedCount(type: row, count: count))
            value += y[row] * Double(count)
        }
        return (pattern, value)
    }

    /// Σ n_i y_i ÷ max_t (U_t(y) ÷ p_t), with U_t the least of the per-dimension fractional knapsacks.
    private func lagrangian(_ y: [Double], _ items: [Int]) -> Double {
        let total = items.indices.reduce(0.0) { $0 + Double(counts[items[$1]]) * y[$1] }
        guard total > 0 else { return 0 }
        var worst = 0.0
        for type in prices.indices {
            let bin = capacity[type]
            let fitting = items.indices.filter { y[$0] > 0 && demand[type][items[$0]].fits(within: bin) }
            guard !fitting.isEmpty else { continue }
            var upper = Double.infinity
            for size in [\Resources.cpuMillicores, \Resources.memoryKiB, \Resources.pods, \Resources.gpus, \Resources.diskMiB] {
                upper = min(
                    upper,
                    fractionalKnapsack(fitting, y, items, size: { demand[type][$0][keyPath: size] }, room: bin[keyPath: size]))
            }
            guard prices[type] > 0 else { return 0 }
            worst = max(worst, upper / prices[type])
        }
        return worst > 0 ? total / worst : 0
    }

    /// Items of no size in the dimension are all taken; the others by value per size, the last in part.
    private func fractionalKnapsack(
        _ rows: [Int], _ y: [Double], _ items: [Int], size: (Int) -> Int64, room: Int64
    ) -> Double {
        var value = 0.0
        var sized: [(row: Int, size: Double)] = []
        for row in rows {
            let s = size(items[row])
            if s <= 0 { value += y[row] * Double(counts[items[row]]) } else { sized.append((row, Double(s))) }
        }
        sized.sort { y[$0.row] * $1.size > y[$1.row] * $0.size }
        var left = Double(room)
        for (row, s) in sized where left > 0 {
            // No pattern holds more copies of an item than fit an empty bin (⌊room ÷ size⌋).
            let take = min(Double(counts[items[row]]), (Double(room) / s).rounded(.down), left / s)
            value += y[row] * take
            left -= take * s
        }
        return value
    }
}
