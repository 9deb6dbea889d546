/// Bins filled exactly, peeled off first, when the lower bound leaves no slack in some dimension
/// (`TightDimensions`): then every bin of a packing at the bound is exactly full there, so the
/// search may as well look for such bins directly. Each item in turn, heaviest first, opens a bin
/// and `ExactCompletion` looks among the items after it (a bin is found from its heaviest item)
/// for items that fill the rest exactly: first completions of no item, then of one, two, … up to
/// `NearOptimalPacker.peelLevels` over every item, then larger ones, each within `nodesPerBin`
/// steps, so the cheap bins of few items are all found before the budget goes to the costly ones
/// and leave them fewer items to search among. Before completions of
/// `NearOptimalPacker.residueGroupsLevel` items, the bins of four to six are looked for among
/// all the items left at once, by meeting in the middle (`ResidueGroups`), which costs far less
/// than completing each item in turn once there are hundreds of small items. What is left when
/// the budget runs out is the *rest*, for the other stages: in a perfect packing the peeled bins
/// are very likely bins of the optimum (a chance exact fit in every tight dimension is rare), so the rest
/// packs into the bound less the peeled bins, and it is small enough to be searched whole.
enum PerfectBins {
    /// The bins peeled, the counts left per type and the steps spent (completion nodes and the
    /// residue search's steps); nil when no dimension is tight at `bound` bins.
    static func peel(
        _ problem: PackingProblem, bound: Int, nodesPerBin: Int, budget: WorkBudget
    ) -> (bins: [[PackedCount]], left: [Int], spent: Int)? {
        let dimensions = TightDimensions(problem, bins: bound)
        guard dimensions.any else { return nil }
        var completion = ExactCompletion(
            demands: problem.items.map(\.demand), capacity: problem.capacity, dimensions: dimensions,
            counts: problem.items.map(\.count))
        let order = problem.items.indices.sorted {
            completion.weights[$0] != completion.weights[$1] ? completion.weights[$0] > completion.weights[$1] : $0 < $1
        }
        var left = problem.items.map(\.count)
        var bins: [[PackedCount]] = []
        var nodes = 0
        var residueSteps = 0
        let limited = problem.hasBinLimits
        var hasPairs = completion.hasPairs
        // Completions of 0, 1, … `peelLevels` items, each size over every item before the next,
        // then larger ones.
        let sizes = (0...NearOptimalPacker.peelLevels).map { $0...$0 } + [(NearOptimalPacker.peelLevels + 1)...Int.max]
        for size in sizes where !budget.isSpent(by: nodes) {
            if size.lowerBound == NearOptimalPacker.residueGroupsLevel {
                let found = residueGroups(problem, left: &left, dimensions: dimensions, budget: budget)
                bins += found.bins
                residueSteps = found.spent
            }
            // Fewer types left: the pair table may now be affordable.
            if !hasPairs {
                completion = ExactCompletion(
                    demands: problem.items.map(\.demand), capacity: problem.capacity, dimensions: dimensions, counts: left)
                hasPairs = completion.hasPairs
            }
            for (position, first) in order.enumerated() where !budget.isSpent(by: nodes) && left[first] > 0 {
                // A bin is found from its heaviest item: the completion only among the items after it.
                let candidates = order[position...]
                while left[first] > 0 && !budget.isSpent(by: nodes) {
                    left[first] -= 1
                    let room = limited ? problem.perBinCounts(left, holding: first) : left
                    guard
                        let rest = completion.complete(
                            first, candidates: candidates, left: room, nodeLimit: nodesPerBin, nodes: &nodes,
                            sizes: size)
                    else {
                        left[first] += 1
                        break
                    }
                    var bin: [Int: Int] = [first: 1]
                    for (type, count) in rest {
                        left[type] -= count
                        bin[type, default: 0] += count
                    }
                    bins.append(PackedCount.bin(bin))
                }
            }
        }
        return (bins, left, nodes + residueSteps)
    }

    /// Exact bins of four to six items among the items `left` (`ResidueGroups`, which searches
    /// only when at most `ResidueGroups.pairTableTypes` types have items), taken from `left`, and
    /// the steps spent.
    /// The search has a budget of its own, `ResidueGroups.budgetMultiple` times the peel's: its
    /// steps are entries and pairs visited, about 10 ns each, where the peel's are completion
    /// nodes.
    private static func residueGroups(
        _ problem: PackingProblem, left: inout [Int], dimensions: TightDimensions, budget: WorkBudget
    ) -> (bins: [[PackedCount]], spent: Int) {
        let found = ResidueGroups(problem, counts: left, dimensions: dimensions)
            .find(budget: budget.times(ResidueGroups.budgetMultiple))
        let bins = found.bins.map { types in
            var bin: [Int: Int] = [:]
            for type in types {
                left[type] -= 1
                bin[type, default: 0] += 1
            }
            return PackedCount.bin(bin)
        }
        return (bins, found.spent)
    }

    /// The bins of `bins` not exactly full in the tight dimensions at `bound` bins, repacked into as
    /// few as their own bound by peeling alone: when a search ends one bin above a perfect
    /// packing's bound, its slack is spread over some partly full bins and the full ones are very
    /// likely bins of the optimum, so the partly full bins' items are a perfect packing of their
    /// own; the peel's residue search (`ResidueGroups`) runs on them too, within its own budget.
    /// The whole packing, or nil when the peel leaves items over or no dimension is tight.
    /// Measured with `bench vector` (2026-12-07): it completes the instances of up to 50 hosts
    /// (10 to 50 partly full bins, all peeled); at 100 to 500 hosts the search leaves 75 to 304
    /// partly full bins, of which the peel completes 0 to 10 within its budget, so those misses stay.
    static func completeSlack(
        _ bins: [[PackedCount]], _ problem: PackingProblem, bound: Int, nodesPerBin: Int, budget: WorkBudget
    ) -> [[PackedCount]]? {
        let dimensions = TightDimensions(problem, bins: bound)
        guard dimensions.any else { return nil }
        let full = dimensions.key(problem.capacity)
        var kept: [[PackedCount]] = []
        var counts = [Int](repeating: 0, count: problem.items.count)
        for bin in bins where bin.contains(where: { $0.count > 0 }) {
            let load = bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
            if dimensions.key(load) == full {
                kept.append(bin)
            } else {
                for packed in bin { counts[packed.type] += packed.count }
            }
        }
        let partly = problem.with(counts: counts)
        let target = bound - kept.count
        guard target > 0, target < bins.filter({ $0.contains { $0.count > 0 } }).count - kept.count,
            let peeled = peel(partly, bound: target, nodesPerBin: nodesPerBin, budget: budget),
            peeled.left.allSatisfy({ $0 == 0 }), peeled.bins.count == target
        else { return nil }
        return kept + peeled.bins
    }
}
