/// A depth-first search for a packing into exactly `target` bins, one bin at a time, after Korf's
/// bin completion ("A new algorithm for optimal bin packing", AAAI 2002): the heaviest remaining
/// item opens the next bin, which is completed by each feasible multiset of remaining items
/// (`BoundedMultiset`) in turn, fullest first; the search backtracks when a bin would waste more
/// than the packing can afford.
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
    /// Per type, the most items a bin may hold (`PackingProblem.binLimits`); nil: no limits.
    let perBin: [Int]?

    private(set) var nodes = 0
    private var left: [Int] = []
    private var order: [Int] = []
    private var bins: [[PackedCount]] = []

    init(demands: [Resources], weights: [Double], capacity: Resources, nodeLimit: Int, perBin: [Int]? = nil) {
        self.demands = demands
        self.weights = weights
        self.capacity = capacity
        self.nodeLimit = nodeLimit
        self.perBin = perBin
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
        let multiset = BoundedMultiset(
            demands: candidates.map { demands[$0] }, weights: candidates.map { weights[$0] },
            bounds: candidates.map { min(left[$0], (perBin?[$0] ?? .max) - ($0 == first ? 1 : 0)) }, capacity: capacity,
            accounting: .takenCounts)
        var completions = Completions(needed: 1 - waste - 1e-9, enough: Self.completionsPerBin * 4)
        nodes += multiset.search(
            &completions, load: demands[first], weight: weights[first], items: 1, nodeLimit: nodeLimit - nodes)
        completions.found.sort { $0.fill > $1.fill + 1e-12 }
        return completions.found.prefix(Self.completionsPerBin).map { found in
            (found.counts.indices.filter { found.counts[$0] > 0 }.map { (candidates[$0], found.counts[$0]) }, found.fill)
        }
    }

    /// Every multiset that fills the bin to at least `needed`, in the order found; after `enough`
    /// the search stops descending except through candidates it takes none of.
    private struct Completions: MultisetObjective {
        let needed: Double
        let enough: Int
        var found: [(counts: [Int], fill: Double)] = []

        mutating func visit(_ counts: [Int], weight: Double, items: Int) {
            if weight >= needed { found.append((counts, weight)) }
        }

        var isSatisfied: Bool { !(found.count < enough) }

        func mayImprove(upTo bound: Double) -> Bool { bound >= needed }
    }
}
