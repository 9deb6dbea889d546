/// A depth-first search for a packing into exactly `target` bins, one bin at a time, after Korf's
/// bin completion ("A new algorithm for optimal bin packing", AAAI 2002): the heaviest remaining
/// item opens the next bin, which is completed by each feasible multiset of remaining items in
/// turn, fullest first; the search backtracks when a bin would waste more than the packing can
/// afford.
///
/// The waste budget: every bin weighs at most 1 (an item's weight is a weighted mean of its
/// shares of the capacity, `ItemWeights`), so `target` bins holding total weight Σw leave
/// exactly target − Σw unused, and no bin may leave more than what is still unspent. When the
/// target is tight, as for instances whose optimal bins are all full, only full completions
/// qualify and the search is small. It stops after `nodeLimit` nodes.
struct BinCompletion {
    let demands: [Resources]
    let weights: [Double]
    let capacity: Resources
    let nodeLimit: Int
    /// Completions tried per bin, fullest first.
    static let completionsPerBin = 12

    private(set) var nodes = 0
    private var left: [Int] = []
    private var order: [Int] = []
    private var bins: [[PackedCount]] = []

    init(demands: [Resources], weights: [Double], capacity: Resources, nodeLimit: Int) {
        self.demands = demands
        self.weights = weights
        self.capacity = capacity
        self.nodeLimit = nodeLimit
    }

    /// A packing of `counts` into at most `target` bins, or nil when none was found in the limit.
    mutating func solve(counts: [Int], target: Int) -> [[PackedCount]]? {
        left = counts
        order = demands.indices.filter { counts[$0] > 0 }.sorted {
            weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1
        }
        let total = demands.indices.reduce(0.0) { $0 + weights[$1] * Double(counts[$1]) }
        let waste = Double(target) - total
        guard waste > -1e-9 else { return nil }
        bins = []
        return place(binsLeft: target, waste: waste) ? bins : nil
    }

    private mutating func place(binsLeft: Int, waste: Double) -> Bool {
        nodes += 1
        guard let first = order.first(where: { left[$0] > 0 }) else { return true }
        guard binsLeft > 0, nodes < nodeLimit else { return false }
        left[first] -= 1
        let completions = completionsFor(first, waste: waste)
        for (counts, fill) in completions {
            for (type, count) in counts { left[type] -= count }
            bins.append([PackedCount(type: first, count: 1)] + counts.map { PackedCount(type: $0.0, count: $0.1) })
            if place(binsLeft: binsLeft - 1, waste: waste - (1 - fill)) { return true }
            bins.removeLast()
            for (type, count) in counts { left[type] += count }
            if nodes >= nodeLimit { break }
        }
        left[first] += 1
        return false
    }

    /// Up to `completionsPerBin` multisets of remaining items that fit beside `first` and leave at
    /// most `waste` unused, fullest first.
    private mutating func completionsFor(_ first: Int, waste: Double) -> [([(Int, Int)], Double)] {
        let candidates = order.filter { left[$0] > 0 }
        nodes += candidates.count / 8  // the scan and the bound array, charged like nodes
        var suffix = [Double](repeating: 0, count: candidates.count + 1)
        for index in stride(from: candidates.count - 1, through: 0, by: -1) {
            suffix[index] = suffix[index + 1] + weights[candidates[index]] * Double(left[candidates[index]])
        }
        var found: [([(Int, Int)], Double)] = []
        var chosen: [(Int, Int)] = []
        let needed = 1 - waste - 1e-9
        func explore(_ index: Int, _ load: Resources, _ fill: Double) {
            nodes += 1
            if fill >= needed { found.append((chosen, fill)) }
            guard index < candidates.count, found.count < Self.completionsPerBin * 4, nodes < nodeLimit else { return }
            if fill + suffix[index] < needed { return }
            branch(index, load, fill)
        }
        func exploreSkipping(_ index: Int, _ load: Resources, _ fill: Double) {
            nodes += 1
            guard index < candidates.count, nodes < nodeLimit else { return }
            branch(index, load, fill)
        }
        /// Takes as many of the candidate at `index` as fit, down to one, then none of it.
        func branch(_ index: Int, _ load: Resources, _ fill: Double) {
            let type = candidates[index]
            var count = FirstFitDecreasing.fitCount(demands[type], free: capacity - load, limit: left[type])
            while count > 0 {
                chosen.append((type, count))
                explore(index + 1, load + demands[type].times(Int64(count)), fill + weights[type] * Double(count))
                chosen.removeLast()
                count -= 1
            }
            if fill + suffix[index + 1] >= needed { exploreSkipping(index + 1, load, fill) }
        }
        explore(0, demands[first], weights[first])
        found.sort { $0.1 > $1.1 + 1e-12 }
        return Array(found.prefix(Self.completionsPerBin))
    }
}
