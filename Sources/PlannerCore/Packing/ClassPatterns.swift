/// The pattern relaxation for fleets of any number of distinct demands: demands grouped into
/// classes (`DemandClasses`), the relaxation over class patterns solved by column generation with
/// greedy pricing first (`GreedyPricing`) and the exact knapsack (`PatternPricing`) only when the
/// greedy fills find nothing, then *LP rounding*: every pattern used x times is taken ⌊x⌋ times,
/// its class places filled by member items (largest first), and what is left (at most one bin's
/// worth per pattern in the basis, so a few hundred bins) is packed by the caller's packer.
///
/// Because a class's demand is the largest of its members', every taken pattern is feasible with
/// the members it holds. The relaxation's objective is over the rounded-up class demands, so it
/// is an estimate, not a bound; `LowerBound` gives the proven bound.
enum ClassPatterns {
    /// The outcome: bins of the problem's types, the relaxation's objective over the classes, the
    /// classes and the work spent.
    struct Result {
        var bins: [[PackedCount]]
        var objective: Double
        var classes: Int
        var work: Int
    }

    /// Packs `problem` (types of distinct demands) within about `budget` work units (simplex work
    /// as `CoveringLP` counts it, classes ÷ 16 per pricing node, classes × 16 per greedy round);
    /// `rest` packs what the rounding leaves. Nil when some item fits no bin.
    static func pack(
        _ problem: PackingProblem, budget: WorkBudget, start: [[PackedCount]] = [], rest: (PackingProblem) -> [[PackedCount]]
    ) -> Result? {
        let classes = DemandClasses(problem, maximumClasses: Self.maximumClasses)
        let classProblem = classes.problem(capacity: problem.capacity)
        // The start packing's bins as class patterns: the relaxation begins near that packing.
        var classOf = [Int](repeating: 0, count: problem.items.count)
        for (index, group) in classes.members.enumerated() { for type in group { classOf[type] = index } }
        var seen = Set<[PackedCount]>()
        var known: [[PackedCount]] = []
        for bin in start {
            var counts: [Int: Int] = [:]
            for entry in bin { counts[classOf[entry.type], default: 0] += entry.count }
            // Rounded up, a bin of the start may no longer fit: items come out, last class first, until it does.
            var pattern = counts.keys.sorted().map {
                PackedCount(type: $0, count: min(counts[$0]!, classes.perBin[$0]))
            }
            var load = pattern.reduce(Resources.zero) { $0 + classes.demands[$1.type].times(Int64($1.count)) }
            while !load.fits(within: problem.capacity), let last = pattern.last {
                load = load - classes.demands[last.type]
                pattern[pattern.count - 1].count -= 1
                if pattern[pattern.count - 1].count == 0 { pattern.removeLast() }
            }
            if !pattern.isEmpty && seen.insert(pattern).inserted { known.append(pattern) }
        }
        guard var solved = relaxation(classProblem, budget: budget, known: known) else { return nil }
        let objective = solved.lp.objective
        var left = problem.items.map(\.count)
        var filler = ClassFiller(classes: classes, problem: problem)
        var bins = filler.takeFloors(solved.lp, left: &left, atLeastOne: false)
        // Sequential rounding (Wäscher and Gau 1996) on what is left: the relaxation repaired for
        // the residual, a few more columns, floors again (or the most used pattern once).
        while !budget.isSpent(by: solved.work) && left.contains(where: { $0 > 0 }) {
            let classLeft = classes.members.map { $0.reduce(0) { $0 + left[$1] } }
            resolve(&solved, classProblem, demand: classLeft, budget: budget)
            let taken = filler.takeFloors(solved.lp, left: &left, atLeastOne: true)
            if taken.isEmpty { break }
            bins += taken
        }
        // The room the rounded-up classes leave in the taken bins, filled first fit.
        FirstFitDecreasing.fill(problem, left: &left, into: &bins, opening: false)
        bins += problem.packLeft(left, with: rest)
        return Result(bins: bins, objective: objective, classes: classes.demands.count, work: solved.work)
    }

    /// The relaxation repaired for new demands (the dual simplex, or a fresh start from the
    /// patterns known), then up to `laterColumns` more columns.
    static func resolve(_ solved: inout (lp: CoveringLP, work: Int), _ problem: PackingProblem, demand: [Int], budget: WorkBudget)
    {
        let types = demand.count
        let before = solved.lp.work
        if !solved.lp.setDemand(demand.map(Double.init), pivotLimit: 4 * types + 20) {
            solved.lp = CoveringLP(demand: demand.map(Double.init), patterns: solved.lp.patterns)
            solved.work += solved.lp.work
        } else {
            solved.work += solved.lp.work - before
        }
        let limited = problem.with(counts: demand)
        generate(&solved, limited, budget: budget, columns: Self.laterColumns)
    }

    /// Column generation on the class problem until no pattern is worth more than one bin, the
    /// objective tails off, or the budget is spent.
    static func relaxation(
        _ problem: PackingProblem, budget: WorkBudget, known: [[PackedCount]] = []
    ) -> (lp: CoveringLP, work: Int)? {
        var pool: [[PackedCount]] = []
        for item in problem.items {
            let alone = FirstFitDecreasing.fitCount(
                item.demand, free: problem.capacity, limit: max(1, min(item.count, item.maximumPerBin)))
            guard alone > 0 else { return nil }
            pool.append([PackedCount(type: pool.count, count: alone)])
        }
        var lp = CoveringLP(demand: problem.items.map { Double($0.count) }, patterns: pool)
        for pattern in known { lp.add(pattern) }
        var solved = (lp: lp, work: lp.work)
        generate(&solved, problem, budget: budget, columns: Int.max)
        return solved
    }

    /// Rounds of pricing and simplex on `problem`'s demands: at most `columns` rounds, until no
    /// pattern is worth more than one bin, the objective tails off, or the budget is spent.
    static func generate(_ solved: inout (lp: CoveringLP, work: Int), _ problem: PackingProblem, budget: WorkBudget, columns: Int)
    {
        let types = problem.items.count
        let limits = problem.perBinCounts(problem.items.map(\.count))
        let greedy = GreedyPricing(demands: problem.items.map(\.demand), capacity: problem.capacity)
        let exact = PatternPricing(demands: problem.items.map(\.demand), capacity: problem.capacity)
        let nodeCost = max(1, types / 16)
        var history: [Double] = []
        while !budget.isSpent(by: solved.work) {
            let before = solved.lp.work
            solved.lp.optimize(pivotLimit: 20 * types + 100)
            solved.work += solved.lp.work - before
            let objective = solved.lp.objective
            history.append(objective)
            if history.count > columns { return }
            if history.count > Self.tailSteps,
                history[history.count - 1 - Self.tailSteps] - objective < Self.tailGain * objective + 0.05
            {
                return
            }
            let prices = solved.lp.duals
            let candidates = prices.indices.filter { prices[$0] > 1e-12 && limits[$0] > 0 }
            let surrogate = exact.surrogateWeights(candidates, prices: prices, limits: limits).mixed
            let found = greedy.improving(prices: prices, limits: limits, floor: 1 + 1e-9, surrogate: surrogate)
            solved.work += types * 16 * 16
            if found.best < 1 + Self.closeEnough && columns == Int.max && history.count > 1 { return }
            if !found.patterns.isEmpty {
                for pattern in found.patterns { solved.lp.add(pattern) }
                continue
            }
            guard
                let column = exact.improvingColumn(
                    prices: prices, limits: limits, nodeCost: nodeCost, budget: budget, work: &solved.work,
                    nodes: Self.pricingNodes, deeper: Self.deeperPricing)
            else { return }
            let entering = solved.lp.work
            solved.lp.enter(column)
            solved.work += solved.lp.work - entering
        }
    }
}

/// Fills class patterns with member items: each class's members largest first, so the residual
/// keeps the small ones, which pack best.
struct ClassFiller {
    private var cursor: MemberCursor

    init(classes: DemandClasses, problem: PackingProblem) {
        let sizes = ItemWeights(problem)
        cursor = MemberCursor(
            members: classes.members.map { group in
                group.sorted { sizes.of(type: $0) != sizes.of(type: $1) ? sizes.of(type: $0) > sizes.of(type: $1) : $0 < $1 }
            })
    }

    /// Every pattern used x times, ⌊x⌋ times (when none is and `atLeastOne`, the most used once),
    /// its class places filled with member items; places of a class with no items left stay empty
    /// (which keeps the bin feasible).
    mutating func takeFloors(_ lp: CoveringLP, left: inout [Int], atLeastOne: Bool) -> [[PackedCount]] {
        var bins: [[PackedCount]] = []
        let x = lp.solution
        let used = x.indices.filter { x[$0] > 1e-9 }.sorted { x[$0] != x[$1] ? x[$0] > x[$1] : $0 < $1 }
        for index in used {
            for _ in 0..<Int((x[index] + 1e-9).rounded(.down)) {
                let bin = fill(lp.patterns[index], left: &left)
                if bin.isEmpty { break }
                bins.append(bin)
            }
        }
        if bins.isEmpty && atLeastOne {
            for index in used {
                let bin = fill(lp.patterns[index], left: &left)
                if !bin.isEmpty { return [bin] }
            }
        }
        return bins
    }

    /// One bin of a class pattern, with the member items left.
    private mutating func fill(_ pattern: [PackedCount], left: inout [Int]) -> [PackedCount] {
        cursor.take(pattern, left: &left)
    }
}
