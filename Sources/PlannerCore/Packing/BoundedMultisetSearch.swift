/// The choices for one bin's contents as a bounded multiset: how many items of each candidate type
/// to add to a bin that already holds some load, with at most `bounds[i]` items of candidate i
/// (what is left of the type, or a per-type limit such as "at most m per host") and the sum of
/// the demands within `capacity` in every dimension (`FirstFitDecreasing.fitCount`).
///
/// `search` walks it depth-first, candidates in the order given, each candidate's count from the
/// most that fits down to none, so of multisets of equal weight the first seen is the one with the
/// most items of the earliest candidates (the objective decides whether a later one may replace
/// it). A subtree is cut off when even every item it may still add (Σ weight × bound over the
/// candidates after it) could not improve on the objective's best, when the objective is satisfied
/// (a full bin, enough completions), or when `nodeLimit` nodes have been visited; how nodes are
/// counted is the `NodeAccounting`. What counts as best is the `MultisetObjective`: the least slack
/// (`MinimumBinSlack`), the best fill with fewer items on ties (`BestFill`) and every completion that
/// wastes at most what is left to waste (`BinCompletion`) each bring theirs.
struct BoundedMultiset {
    /// Per candidate, in search order: demand, weight (`ItemWeights`: a share of the capacity,
    /// so a full bin weighs about 1) and the most items the bin may take.
    let demands: [Resources]
    let weights: [Double]
    let bounds: [Int]
    let capacity: Resources
    let accounting: NodeAccounting
    /// suffix[i]: the weight of every item candidates i... may still add, Σ weight × bound.
    private let suffix: [Double]

    init(
        demands: [Resources], weights: [Double], bounds: [Int], capacity: Resources,
        accounting: NodeAccounting = .everyCount
    ) {
        self.demands = demands
        self.accounting = accounting
        self.weights = weights
        self.bounds = bounds
        self.capacity = capacity
        var suffix = [Double](repeating: 0, count: demands.count + 1)
        for index in stride(from: demands.count - 1, through: 0, by: -1) {
            suffix[index] = suffix[index + 1] + weights[index] * Double(bounds[index])
        }
        self.suffix = suffix
    }

    /// Searches from a bin holding `load` (of `weight`, in `items` items), showing `objective` every
    /// node's counts per candidate; the nodes visited, at most about `nodeLimit`.
    func search<Objective: MultisetObjective>(
        _ objective: inout Objective, load: Resources, weight: Double, items: Int, nodeLimit: Int
    ) -> Int {
        var walk = Walk(counts: [Int](repeating: 0, count: demands.count), nodeLimit: nodeLimit)
        explore(0, load, weight, items, took: true, &objective, &walk)
        return walk.nodes
    }

    /// The counts of the path being searched and the nodes spent.
    private struct Walk {
        var counts: [Int]
        let nodeLimit: Int
        var nodes = 0
    }

    private func explore<Objective: MultisetObjective>(
        _ index: Int, _ load: Resources, _ weight: Double, _ items: Int, took: Bool, _ objective: inout Objective,
        _ walk: inout Walk
    ) {
        walk.nodes += 1
        // Under `.takenCounts`, a node that took none of its candidate repeats its parent's counts:
        // the objective does not see it again, and it was cut (or not) before it was entered.
        let repeats = !took && accounting == .takenCounts
        if !repeats { objective.visit(walk.counts, weight: weight, items: items) }
        guard index < demands.count, walk.nodes < walk.nodeLimit else { return }
        if !repeats {
            guard !objective.isSatisfied, objective.mayImprove(upTo: weight + suffix[index]) else { return }
        }
        let free = capacity - load
        switch accounting {
        case .everyCount:
            // Candidates that cannot fit are skipped without a search node of their own.
            var index = index
            var most = 0
            while index < demands.count {
                most = FirstFitDecreasing.fitCount(demands[index], free: free, limit: bounds[index])
                if most > 0 { break }
                index += 1
            }
            guard index < demands.count, objective.mayImprove(upTo: weight + suffix[index]) else { return }
            take(index, from: most, downTo: 0, budgeted: true, load, weight, items, &objective, &walk)
        case .takenCounts:
            let most = FirstFitDecreasing.fitCount(demands[index], free: free, limit: bounds[index])
            take(index, from: most, downTo: 1, budgeted: false, load, weight, items, &objective, &walk)
            if objective.mayImprove(upTo: weight + suffix[index + 1]) {
                explore(index + 1, load, weight, items, took: false, &objective, &walk)
            }
        }
    }

    /// The children taking `most`, `most` − 1, … `least` items of candidate `index`, each while the
    /// node budget lasts when `budgeted`.
    private func take<Objective: MultisetObjective>(
        _ index: Int, from most: Int, downTo least: Int, budgeted: Bool, _ load: Resources, _ weight: Double,
        _ items: Int, _ objective: inout Objective, _ walk: inout Walk
    ) {
        var count = most
        while count >= least && (!budgeted || walk.nodes < walk.nodeLimit) {
            walk.counts[index] = count
            explore(
                index + 1, load + demands[index].times(Int64(count)), weight + weights[index] * Double(count),
                items + count, took: count > 0, &objective, &walk)
            count -= 1
        }
        walk.counts[index] = 0
    }
}

/// How a `BoundedMultiset` search counts its nodes against the budget.
enum NodeAccounting {
    /// Every count of a candidate, none included, is a node the objective sees; candidates that
    /// cannot fit are passed over without a node; the budget is checked before each count.
    case everyCount
    /// Every count taken is a node the objective sees; taking none of a candidate is a node of its
    /// own that the objective does not see, entered only when what may follow could still improve
    /// and searched on even when the objective is satisfied; a candidate that cannot fit costs that
    /// node; the budget is checked on entering a node only. Korf's bin completion as
    /// `BinCompletion` counts it.
    case takenCounts
}

/// What a `BoundedMultiset` search looks for: it sees every node and keeps the best it has seen.
protocol MultisetObjective {
    /// One node: `counts` per candidate, beside the bin's load, weighing `weight` in `items` items
    /// (both including what the bin held when the search began).
    mutating func visit(_ counts: [Int], weight: Double, items: Int)
    /// True when nothing can beat the best (a full bin): the search stops descending.
    var isSatisfied: Bool { get }
    /// Whether a node whose items could weigh at most `bound` may still beat the best.
    func mayImprove(upTo bound: Double) -> Bool
}
