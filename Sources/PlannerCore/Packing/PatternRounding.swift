/// Packing by the linear relaxation over patterns, rounded one step at a time: the method of
/// cutting-stock practice for many items of few types, which is what fleets are (a workload's
/// replicas are one type). In several dimensions it finds what item-by-item heuristics miss:
/// which CPU-heavy and memory-heavy types to put together, and in what proportions.
///
/// 1. Column generation (Gilmore and Gomory, 1961): `CoveringLP` over the patterns known, one
///    type alone per pattern to start; `PatternPricing` finds a pattern whose dual value exceeds
///    one bin, it enters, until none does (the relaxation is then optimal) or the budget is spent.
/// 2. Sequential rounding (Wäscher and Gau, "Heuristics for the integer one-dimensional
///    cutting stock problem: a computational study", OR Spektrum 18, 1996): every pattern used
///    x ≥ 1 times is taken ⌊x⌋ times; when none is, the most used pattern is taken once. Its
///    items are taken off what is left (a pattern may ask for more than is left; it is trimmed,
///    which keeps it feasible), and the relaxation is solved again for the rest, with every
///    pattern found so far.
/// 3. Whatever the budget leaves is packed first-fit decreasing.
///
/// The result is a complete feasible packing, deterministic (no randomness at all); the caller
/// keeps it only when it uses fewer bins than its other candidates.
enum PatternRounding {
    /// A packing of `problem` (types of distinct demands), at most about `budget` work units
    /// spent (simplex pivots count types² each, pricing nodes count types ÷ 16 each); nil when
    /// some item fits no bin at all.
    static func pack(
        _ problem: PackingProblem, budget: WorkBudget
    ) -> (bins: [[PackedCount]], work: Int, bound: PatternBound.Result?)? {
        let types = problem.items.count
        guard types > 0 else { return ([], 0, nil) }
        guard let pool = singleTypePatterns(problem) else { return nil }
        let pricing = PatternPricing(demands: problem.items.map(\.demand), capacity: problem.capacity)
        let nodeCost = max(1, types / 16)
        var left = problem.items.map(\.count)
        var bins: [[PackedCount]] = []
        var work = 0
        var pricingOpen = true
        var lp = CoveringLP(demand: left.map(Double.init), patterns: pool)
        var round = 0
        var bound: PatternBound.Result?
        while left.contains(where: { $0 > 0 }) && !budget.isSpent(by: work) {
            if round > 0 { work += restart(&lp, demand: left, types: types) }
            round += 1
            var history: [Double] = []
            generation: while true {
                let before = lp.work
                lp.optimize(pivotLimit: 20 * types + 100)
                work += lp.work - before
                let objective = lp.objective
                history.append(objective)
                // Tailing off: a tenth of a bin gained over the last `tailSteps` columns is not worth
                // more. After the first round the columns found are mostly enough: a few more at most.
                if history.count > Self.tailSteps && history[history.count - 1 - Self.tailSteps] - objective < 0.1 { break }
                if round > 1 && history.count > Self.laterColumns { break }
                let (prices, limits) = (lp.duals, problem.perBinCounts(left))
                // No column found (the search was complete, or found none deeper) or no budget left: done.
                guard pricingOpen,
                    let column = pricing.improvingColumn(
                        prices: prices, limits: limits, nodeCost: nodeCost, budget: budget, work: &work,
                        nodes: Self.pricingNodes, deeper: Self.deeperPricing)
                else { break generation }
                let entering = lp.work
                lp.enter(column)
                work += lp.work - entering
            }
            if budget.isSpent(by: work) { pricingOpen = false }
            // The first round's relaxation is the whole problem's: its duals prove a bound
            // (Farley's; the relaxation itself when it is optimal), at a bounded extra cost.
            if round == 1 {
                bound = PatternBound.farley(problem, duals: lp.duals, nodeLimit: Self.proofNodes)
                work += Self.proofNodes * nodeCost / 4
            }

            guard takeRounded(lp.solution, patterns: lp.patterns, from: &left, into: &bins) else { break }
        }
        // Step 3: what the budget left, first-fit decreasing.
        bins += problem.packLeft(left) { FirstFitDecreasing.pack($0).bins }
        return (bins, work, bound)
    }

    /// The first columns: as many copies of each type alone as fit a bin; nil when some item fits
    /// no bin at all.
    private static func singleTypePatterns(_ problem: PackingProblem) -> [[PackedCount]]? {
        var pool: [[PackedCount]] = []
        for item in problem.items {
            let alone = FirstFitDecreasing.fitCount(
                item.demand, free: problem.capacity, limit: max(1, min(item.count, item.maximumPerBin)))
            guard alone > 0 else { return nil }
            pool.append([PackedCount(type: pool.count, count: alone)])
        }
        return pool
    }

    /// The last basis, repaired for what is left, or a fresh start if that fails; the work spent.
    private static func restart(_ lp: inout CoveringLP, demand left: [Int], types: Int) -> Int {
        let before = lp.work
        let repaired = lp.setDemand(left.map(Double.init), pivotLimit: 4 * types + 20)
        var work = lp.work - before
        if !repaired {
            lp = CoveringLP(demand: left.map(Double.init), patterns: lp.patterns)
            work += lp.work
        }
        return work
    }

    /// Sequential rounding of one LP solution: the floor of each used pattern's value in whole
    /// bins, largest first; when no pattern has a whole bin, one bin of the first that still takes
    /// something. False when nothing could be taken.
    private static func takeRounded(
        _ x: [Double], patterns: [[PackedCount]], from left: inout [Int], into bins: inout [[PackedCount]]
    ) -> Bool {
        let used = x.indices.filter { x[$0] > 1e-9 }.sorted { x[$0] != x[$1] ? x[$0] > x[$1] : $0 < $1 }
        var took = false
        for index in used {
            let copies = Int((x[index] + 1e-9).rounded(.down))
            for _ in 0..<copies {
                guard take(patterns[index], from: &left, into: &bins) else { break }
                took = true
            }
        }
        if !took {
            for index in used where take(patterns[index], from: &left, into: &bins) {
                took = true
                break
            }
        }
        return took
    }

    /// One bin of `pattern`, trimmed to what is left; false when it would be empty.
    private static func take(_ pattern: [PackedCount], from left: inout [Int], into bins: inout [[PackedCount]]) -> Bool {
        var bin: [PackedCount] = []
        for entry in pattern {
            let count = min(entry.count, left[entry.type])
            if count > 0 {
                bin.append(PackedCount(type: entry.type, count: count))
                left[entry.type] -= count
            }
        }
        if bin.isEmpty { return false }
        bins.append(bin)
        return true
    }
}
