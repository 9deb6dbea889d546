/// The planner's default packer: first-fit decreasing, then better starts, then a local search
/// that empties hosts.
///
/// 1. First-fit decreasing over item types (`FirstFitDecreasing`); if it meets the lower bound
///    (`LowerBound.bins`) it is optimal and returned as is.
/// 2. One pass of minimum bin slack (`MinimumBinSlack`) and one of bin-centric dot product
///    (`DotProductFill`) over the whole problem; for problems of few types with many items each
///    (fleets: a workload's replicas are one type), the pattern relaxation rounded step by step
///    (`PatternRounding`), which finds the proportions in which CPU-heavy and memory-heavy types
///    fill hosts together. The best of these is the starting point.
/// 3. Then the least-filled hosts, up to `PackingEffort.windowItems` single items (all of a
///    small problem), are searched for a packing into fewer hosts: perturbed minimum bin slack
///    (with average-weight control every other pass), then `ConsistentNeighbourhoodSearch` from
///    the best packing so far, then `BinCompletion` aimed straight at the window's lower bound,
///    until the bound or `PackingEffort.evaluations` is reached. Problems larger than the window
///    get `evaluations × windowItems ÷ items`.
/// 4. The other hosts keep their packing, and the result is never worse than first-fit decreasing.
///
/// Deterministic: the search's only randomness is a `SplitMix64` with a fixed seed.
public enum NearOptimalPacker {
    /// The default packer at `PackingEffort.standard`.
    public static let pack: Packer = { problem in pack(problem, effort: .standard) }

    /// Above this many distinct demands the whole-problem minimum-bin-slack pass is skipped.
    static let wholePassTypes = 512
    /// Above this many distinct demands the pattern relaxation is not tried.
    static let patternTypes = 200
    /// Below this many items per type on average the pattern relaxation is not tried: with
    /// items that barely repeat, patterns are single bins and the search does better.
    static let patternRepeats = 3
    /// The pattern relaxation's work budget, in multiples of the effort's evaluations, and the
    /// least budget worth starting it with: below it column generation does not get through its
    /// first round on a fleet of a few dozen types (so `PackingEffort.interactive` skips it).
    static let patternBudget = 3
    static let patternMinimumWork = 1_000_000
    /// The window search's budget: at most 1/slackShare to perturbed minimum bin slack, and
    /// 1/completionShare kept for bin completion.
    static let slackShare = 16
    static let completionShare = 8

    /// A packer at another effort.
    public static func packer(effort: PackingEffort) -> Packer {
        { problem in pack(problem, effort: effort) }
    }

    public static func pack(_ problem: PackingProblem, effort: PackingEffort) -> PackingSolution {
        let first = FirstFitDecreasing.pack(problem)
        let firstCount = first.bins.filter { $0.contains { $0.count > 0 } }.count
        // Types with equal demands (workloads of one size) are one type to the search.
        let merged = MergedTypes(problem)
        let solution = merged.split(packDistinct(merged.problem, effort: effort))
        return solution.bins.count < firstCount ? solution : first
    }

    /// Packs a problem whose types all differ in demand.
    static func packDistinct(_ problem: PackingProblem, effort: PackingEffort) -> PackingSolution {
        let first = FirstFitDecreasing.pack(problem)
        var bins = first.bins.filter { $0.contains { $0.count > 0 } }
        let bound = LowerBound.bins(problem)
        guard bins.count > bound, effort.evaluations > 0, effort.windowItems > 1 else { return first }
        // One minimum-bin-slack pass over the whole problem, one search per bin pattern; each
        // search scans the types left, so only for problems of up to `wholePassTypes` types.
        let allWeights = ItemWeights(problem)
        let whole = problem.items.count > wholePassTypes ? [] : MinimumBinSlack(
            demands: problem.items.map(\.demand), weights: problem.items.indices.map { allWeights.of(type: $0) },
            counts: problem.items.map(\.count), capacity: problem.capacity
        ).pass(priorities: problem.items.indices.map { allWeights.of(type: $0) }).bins
        if !whole.isEmpty && whole.count < bins.count { bins = whole }
        // Bin-centric dot product over the whole problem, for CPU and memory together.
        let dot = DotProductFill(demands: problem.items.map(\.demand), counts: problem.items.map(\.count), capacity: problem.capacity)
            .pack()
        if dot.count < bins.count { bins = dot }
        if bins.count <= bound { return PackingSolution(bins: bins) }
        // The pattern relaxation, rounded, for problems of few types with many items each.
        let patternWork = effort.evaluations * Self.patternBudget
        if patternWork >= Self.patternMinimumWork, problem.items.count <= Self.patternTypes,
           problem.itemCount >= Self.patternRepeats * problem.items.count,
           let rounded = PatternRounding.pack(problem, budget: patternWork), rounded.bins.count < bins.count
        {
            bins = rounded.bins
            if bins.count <= bound { return PackingSolution(bins: bins) }
        }
        // Beyond the window the search sees a shrinking share of the fleet, so it gets a shrinking
        // budget: evaluations × windowItems ÷ items, which keeps large plans near-linear in time.
        let items = problem.itemCount
        let budget = items <= effort.windowItems
            ? effort.evaluations : Int(Double(effort.evaluations) * Double(effort.windowItems) / Double(items))
        let weights = ItemWeights(problem)
        let window = Window.choose(bins: bins, problem: problem, weights: weights, maximumItems: effort.windowItems)
        guard window.bins.count > 1 else { return PackingSolution(bins: bins) }

        var windowCounts = [Int](repeating: 0, count: problem.items.count)
        for bin in window.bins {
            for packed in bins[bin] { windowCounts[packed.type] += packed.count }
        }
        let subproblem = PackingProblem(
            capacity: problem.capacity,
            items: problem.items.indices.map { PackingItemType(demand: problem.items[$0].demand, count: windowCounts[$0]) })
        let windowBound = LowerBound.bins(subproblem)

        // 1. Minimum bin slack with perturbed priorities, on up to a sixteenth of the budget; every
        //    other pass with average-weight control.
        var random = SplitMix64(seed: 0x5EED_B1A5 ^ UInt64(problem.items.count))
        var start = window.bins.map { bins[$0] }
        let typeWeights = problem.items.indices.map { weights.of(type: $0) }
        let slack = MinimumBinSlack(
            demands: problem.items.map(\.demand), weights: typeWeights, counts: windowCounts, capacity: problem.capacity)
        var spent = 0
        var round = 0
        while spent < budget / Self.slackShare && start.count > windowBound {
            let priorities = round < 2
                ? typeWeights
                : typeWeights.map { $0 * (1 + MinimumBinSlack.noise * Double(random.below(1 << 20)) / Double(1 << 20)) }
            let (candidate, nodes) = slack.pass(priorities: priorities, averageControlled: round % 2 == 1)
            spent += nodes
            if candidate.count < start.count { start = candidate }
            round += 1
        }

        // 2. The consistent neighbourhood search on single items, from the best start, keeping an
        //    eighth of the budget back.
        if start.count > windowBound {
            var itemType: [Int] = []
            var startBins: [[Int]] = []
            for bin in start {
                var members: [Int] = []
                for packed in bin where packed.count > 0 {
                    for _ in 0..<packed.count {
                        members.append(itemType.count)
                        itemType.append(packed.type)
                    }
                }
                startBins.append(members)
            }
            var search = ConsistentNeighbourhoodSearch(
                demands: itemType.map { problem.items[$0].demand }, weights: itemType.map { typeWeights[$0] },
                capacity: problem.capacity, seed: random.next())
            let improved = search.run(
                from: startBins, lowerBound: windowBound,
                evaluations: max(0, budget - spent - budget / Self.completionShare))
            spent += search.spent
            if improved.count < start.count {
                start = improved.map { members in
                    var counts: [PackedCount] = []
                    for type in members.map({ itemType[$0] }).sorted() {
                        if let last = counts.last, last.type == type {
                            counts[counts.count - 1].count += 1
                        } else {
                            counts.append(PackedCount(type: type, count: 1))
                        }
                    }
                    return counts
                }
            }
        }

        // 3. Bin completion straight at the window's lower bound, on what is left.
        if start.count > windowBound {
            var completion = BinCompletion(
                demands: problem.items.map(\.demand), weights: typeWeights, capacity: problem.capacity,
                nodeLimit: max(0, budget - spent))
            if let exact = completion.solve(counts: windowCounts, target: windowBound) { start = exact }
        }
        guard start.count < window.bins.count else { return PackingSolution(bins: bins) }

        // Untouched bins in their first-fit order, then the window's new bins.
        let inWindow = Set(window.bins)
        return PackingSolution(bins: bins.indices.filter { !inWindow.contains($0) }.map { bins[$0] } + start)
    }
}

/// A problem with its equal-demand types merged, and the way back.
struct MergedTypes {
    let original: PackingProblem
    let problem: PackingProblem
    /// For each merged type, the original types it stands for, in index order.
    let members: [[Int]]

    init(_ original: PackingProblem) {
        self.original = original
        var index: [Resources: Int] = [:]
        var items: [PackingItemType] = []
        var members: [[Int]] = []
        for (type, item) in original.items.enumerated() {
            if let merged = index[item.demand] {
                items[merged].count += item.count
                members[merged].append(type)
            } else {
                index[item.demand] = items.count
                items.append(item)
                members.append([type])
            }
        }
        problem = PackingProblem(capacity: original.capacity, items: items)
        self.members = members
    }

    /// The merged packing in original types: each bin's count of a merged type is taken from its
    /// original types in index order.
    func split(_ solution: PackingSolution) -> PackingSolution {
        PackingSolution(bins: Self.spread(solution.bins, members: members, counts: original.items.map(\.count)))
    }

    /// Bins over groups of types as bins over the types: each bin's count of a group is taken
    /// from its member types in order, `counts` being what each type has; empty bins are dropped.
    static func spread(_ bins: [[PackedCount]], members: [[Int]], counts: [Int]) -> [[PackedCount]] {
        var left = counts
        var next = [Int](repeating: 0, count: members.count)
        var result: [[PackedCount]] = []
        result.reserveCapacity(bins.count)
        for bin in bins where bin.contains(where: { $0.count > 0 }) {
            var contents: [PackedCount] = []
            for packed in bin {
                var count = packed.count
                while count > 0 && next[packed.type] < members[packed.type].count {
                    let type = members[packed.type][next[packed.type]]
                    let taken = min(count, left[type])
                    if taken > 0 {
                        contents.append(PackedCount(type: type, count: taken))
                        left[type] -= taken
                        count -= taken
                    }
                    if left[type] == 0 { next[packed.type] += 1 }
                }
            }
            result.append(contents)
        }
        return result
    }
}

/// The hosts the search works on: the least-filled first (by item weight), as many as fit in the
/// item budget, at least two.
struct Window {
    var bins: [Int]

    static func choose(bins: [[PackedCount]], problem: PackingProblem, weights: ItemWeights, maximumItems: Int) -> Window {
        let fill = bins.map { bin in bin.reduce(0.0) { $0 + weights.of(type: $1.type) * Double($1.count) } }
        let order = bins.indices.sorted { fill[$0] != fill[$1] ? fill[$0] < fill[$1] : $0 > $1 }
        var chosen: [Int] = []
        var items = 0
        for bin in order {
            let count = bins[bin].reduce(0) { $0 + $1.count }
            if chosen.count >= 2 && items + count > maximumItems { break }
            chosen.append(bin)
            items += count
        }
        return Window(bins: chosen.sorted())
    }
}

/// One number per item for "how much of a host it takes", used to rank moves (feasibility is
/// always checked exactly, per dimension): w = Σ_d λ_d × demand_d ÷ capacity_d, where λ_d is
/// dimension d's share of the total normalized demand, so the dimension that binds counts most.
/// In one dimension this is the item's size over the capacity.
struct ItemWeights {
    private var perType: [Double]

    init(_ problem: PackingProblem) {
        let capacity = problem.capacity
        func ratio(_ value: Int64, _ limit: Int64) -> Double { limit > 0 ? Double(value) / Double(limit) : 0 }
        var totals = [0.0, 0.0, 0.0]
        for item in problem.items {
            totals[0] += ratio(item.demand.cpuMillicores, capacity.cpuMillicores) * Double(item.count)
            totals[1] += ratio(item.demand.memoryKiB, capacity.memoryKiB) * Double(item.count)
            totals[2] += ratio(item.demand.pods, capacity.pods) * Double(item.count)
        }
        // Dimensions under 1% of the busiest one never bind; leaving them out lets a bin that is
        // full in the binding dimension weigh exactly 1.
        let busiest = totals.max() ?? 0
        let binding = totals.map { $0 >= busiest / 100 ? $0 : 0 }
        let sum = binding.reduce(0, +)
        let lambda = sum > 0 ? binding.map { $0 / sum } : [1, 1, 1]
        perType = problem.items.map { item in
            lambda[0] * ratio(item.demand.cpuMillicores, capacity.cpuMillicores)
                + lambda[1] * ratio(item.demand.memoryKiB, capacity.memoryKiB)
                + lambda[2] * ratio(item.demand.pods, capacity.pods)
        }
    }

    func of(type: Int) -> Double { perType[type] }
}
