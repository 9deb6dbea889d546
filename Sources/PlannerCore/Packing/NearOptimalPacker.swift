/// The planner's default packer: first-fit decreasing, then better starts, then a local search
/// that empties hosts.
///
/// 1. First-fit decreasing over item types (`FirstFitDecreasing`); if it meets the lower bound
///    (`LowerBound.bins`) it is optimal and returned as is.
/// 2. The `constructions`, in order: all of the declared `stages` (`PackingStages.swift`) but the
///    last, which is the search of step 3. On problems of many items a bin
///    (fleets), the items dealt out over as many bins as the bound, each bin the fleet's mix
///    (`BalancedDeal`); on problems of `closeEnoughItems` or more, once within one bin per
///    `closeEnough` of the bound, only the relaxations below still run, and the interleaved first
///    fit, a fraction of the deal's cost, runs before the deal so that it may spare it. Then one first fit over
///    the types dealt out evenly, memory-heavy and CPU-heavy alternately (`InterleavedFirstFit`),
///    one pass of minimum bin slack (`MinimumBinSlack`) and one of bin-centric dot product
///    (`DotProductFill`) over the whole problem; each ends the work if it meets the bound; for problems of few types with many items each
///    (fleets: a workload's replicas are one type), the relaxation over the types with greedy
///    pricing, rounded down and the rest packed by these stages (`ClassPatterns`, for up to
///    `ClassPatterns.maximumClasses` distinct demands; over demand classes for more, at
///    `thorough` only), then the pattern relaxation rounded step by step
///    (`PatternRounding`), which finds the proportions in which CPU-heavy and memory-heavy types
///    fill hosts together. The best of these is the starting point. When the bound leaves no
///    slack in some dimension (perfect packings), exactly full hosts are peeled off first
///    (`PerfectBins`) and the rest packed by the other stages.
/// 3. Then the least-filled hosts, up to `PackingEffort.windowItems` single items (all of a
///    small problem), are searched for a packing into fewer hosts: perturbed minimum bin slack
///    (with average-weight control every other pass), then `ConsistentNeighbourhoodSearch` from
///    the best packing so far, then `BinCompletion` aimed straight at the window's lower bound,
///    until the bound or `PackingEffort.evaluations` is reached. Problems larger than the window
///    get `evaluations × windowItems ÷ items`.
///    When it ends above such a bound, its partly full hosts are repacked exactly
///    (`PerfectBins.completeSlack`).
/// 4. The other hosts keep their packing, and the result is never worse than first-fit decreasing.
///
/// Deterministic: the search's only randomness is a `SplitMix64` with a fixed seed.
public enum NearOptimalPacker {
    /// The default packer at `PackingEffort.standard`.
    public static let pack: Packer = { problem in pack(problem, effort: .standard) }

    /// A packer at another effort.
    public static func packer(effort: PackingEffort) -> Packer {
        { problem in pack(problem, effort: effort) }
    }

    public static func pack(_ problem: PackingProblem, effort: PackingEffort) -> PackingSolution {
        let first = FirstFitDecreasing.pack(problem)
        let firstCount = first.bins.filter { $0.contains { $0.count > 0 } }.count
        // Types with equal demands (workloads of one size) are one type to the search.
        let merged = MergedTypes(problem)
        // Without equal demands the merged problem is this one: its first fit is `first`. With
        // them, it is read off `first` when the orders agree.
        let start = merged.problem.items.count == problem.items.count ? first : merged.firstFit(from: first)
        // The class relaxation at every effort that affords it when the classes are the types
        // themselves (few distinct demands); for more, only at thorough, below.
        var distinct = packDistinct(
            merged.problem, effort: effort, classes: merged.problem.items.count <= ClassPatterns.maximumClasses,
            firstFit: start)
        // Thorough: the class relaxation's path too, and the better of the two, so `thorough`
        // never ends above `standard` (a different start can lead the search elsewhere).
        if effort.classRelaxation, used(distinct) > LowerBound.bins(merged.problem) {
            let classes = packDistinct(merged.problem, effort: effort, classes: true, firstFit: start)
            if used(classes) < used(distinct) { distinct = classes }
        }
        let solution = merged.split(distinct)
        guard solution.bins.count < firstCount else {
            return PackingSolution(bins: first.bins, stage: Stage.firstFit, relaxationBound: solution.relaxationBound)
        }
        return solution
    }

    /// Hosts a solution uses.
    static func used(_ solution: PackingSolution) -> Int { solution.bins.filter { $0.contains { $0.count > 0 } }.count }

    /// Packs a problem whose types all differ in demand: first-fit decreasing (`firstFit`, when
    /// the caller has it already), then the declared `stages` in order (the constructions, then
    /// the window search).
    static func packDistinct(
        _ problem: PackingProblem, effort: PackingEffort, classes: Bool = true, peel: Bool = true,
        firstFit: PackingSolution? = nil
    ) -> PackingSolution {
        let first = firstFit ?? FirstFitDecreasing.pack(problem)
        var progress = PackingProgress(
            problem: problem, effort: effort, bound: LowerBound.bins(problem), classes: classes, peel: peel,
            bins: first.bins.filter { $0.contains { $0.count > 0 } }, stage: Stage.firstFit)
        guard !progress.isProvenOptimal, effort.evaluations > 0, effort.windowItems > 1 else { return progress.solution }
        for stage in stages where (stage.evenWhenClose || !progress.isCloseEnough) && stage.applies(progress) {
            stage.run(&progress, stage.budget(progress))
            if progress.isProvenOptimal { return progress.solution }
        }
        return progress.solution
    }

    /// The stages' names, as `PackingSolution.stage` gives them.
    enum Stage {
        static let firstFit = "first-fit decreasing"
        static let interleaved = "interleaved first fit"
        /// The same construction, run before the deal on large problems (its packing is still
        /// named `interleaved`).
        static let interleavedFirst = "interleaved first fit, before the deal"
        static let balancedDeal = "balanced deal"
        static let minimumBinSlack = "minimum bin slack"
        static let dotProduct = "dot product"
        static let classRelaxation = "class relaxation"
        static let patternRounding = "pattern rounding"
        static let perfectBins = "exactly full hosts peeled"
        static let searched = " + window search"
        static let completed = " + window search + exact completion"
    }

    /// Steps 3 and 4: the window search, then, when it ends above a bound that leaves no slack in
    /// some dimension, its partly full bins repacked exactly (`PerfectBins.completeSlack`); the
    /// stage says which of the two saved hosts.
    static func search(
        _ bins: [[PackedCount]], _ problem: PackingProblem, bound: Int, effort: PackingEffort, budget: WorkBudget,
        weights: ItemWeights
    ) -> PackingSolution {
        let searched = searchWindow(of: bins, problem, effort: effort, budget: budget, weights: weights)
        guard used(searched) > bound,
            let completed = PerfectBins.completeSlack(
                searched.bins, problem, bound: bound, nodesPerBin: effort.evaluations / Self.slackCompletionShare,
                budget: WorkBudget(steps: effort.evaluations).share(Self.slackCompletionShare))
        else { return PackingSolution(bins: searched.bins, stage: Stage.searched) }
        return PackingSolution(bins: completed, stage: Stage.completed)
    }

    /// Step 2.1: when the bound leaves no slack in some dimension, exactly full bins peeled off
    /// (`PerfectBins`) and the rest packed by the whole pipeline but this step; nil when no
    /// dimension is tight or nothing was peeled, or the result is not fewer than `beating` bins.
    static func perfectStart(
        _ problem: PackingProblem, bound: Int, effort: PackingEffort, budget: WorkBudget, beating: Int
    ) -> [[PackedCount]]? {
        guard beating > bound,
            let peeled = PerfectBins.peel(
                problem, bound: bound, nodesPerBin: Self.perfectNodesPerBin, budget: budget),
            !peeled.bins.isEmpty
        else { return nil }
        let restBins = problem.packLeft(peeled.left) { packDistinct($0, effort: effort, peel: false).bins }
        return peeled.bins.count + restBins.count < beating ? peeled.bins + restBins : nil
    }

    /// The window search's budget: the effort's evaluations, and beyond the window, where the
    /// search sees a shrinking share of the fleet, a shrinking budget, evaluations × windowItems ÷
    /// items, which keeps large plans near-linear in time.
    static func windowBudget(_ problem: PackingProblem, effort: PackingEffort) -> WorkBudget {
        let items = problem.itemCount
        return WorkBudget(
            steps: items <= effort.windowItems
                ? effort.evaluations : Int(Double(effort.evaluations) * Double(effort.windowItems) / Double(items)))
    }

    /// Step 3: the least-filled hosts searched for a packing into fewer within `budget`
    /// (`windowBudget`), the others kept.
    static func searchWindow(
        of bins: [[PackedCount]], _ problem: PackingProblem, effort: PackingEffort, budget work: WorkBudget,
        weights: ItemWeights
    ) -> PackingSolution {
        let window = Window.choose(bins: bins, problem: problem, weights: weights, maximumItems: effort.windowItems)
        guard window.bins.count > 1 else { return PackingSolution(bins: bins) }

        var windowCounts = [Int](repeating: 0, count: problem.items.count)
        for bin in window.bins {
            for packed in bins[bin] { windowCounts[packed.type] += packed.count }
        }
        let subproblem = problem.with(counts: windowCounts)
        let windowBound = LowerBound.bins(subproblem)

        var random = SplitMix64(seed: 0x5EED_B1A5 ^ UInt64(problem.items.count))
        let typeWeights = problem.items.indices.map { weights.of(type: $0) }
        var (start, spent) = slackStart(
            window.bins.map { bins[$0] }, problem, typeWeights: typeWeights, counts: windowCounts, bound: windowBound,
            budget: work.share(Self.slackShare), random: &random)

        // 2. The consistent neighbourhood search on single items, from the best start, keeping an
        //    eighth of the budget back.
        if start.count > windowBound {
            let single = SingleItems(start)
            var search = ConsistentNeighbourhoodSearch(
                demands: single.itemType.map { problem.items[$0].demand }, weights: single.itemType.map { typeWeights[$0] },
                capacity: problem.capacity, seed: random.next(), limits: TypeLimits(itemType: single.itemType, problem))
            let improved = search.run(
                from: single.bins, lowerBound: windowBound,
                budget: WorkBudget(steps: work.left(after: spent) - work.share(Self.completionShare).steps))
            spent += search.spent
            if improved.count < start.count { start = single.counted(improved) }
        }

        // 3. Bin completion straight at the window's lower bound, on what is left.
        if start.count > windowBound {
            var completion = BinCompletion(
                demands: problem.items.map(\.demand), weights: typeWeights, capacity: problem.capacity,
                nodeLimit: work.left(after: spent), perBin: problem.binLimits)
            if let exact = completion.solve(counts: windowCounts, target: windowBound) { start = exact }
        }
        guard start.count < window.bins.count else { return PackingSolution(bins: bins) }

        // Untouched bins in their first-fit order, then the window's new bins.
        let inWindow = Set(window.bins)
        return PackingSolution(bins: bins.indices.filter { !inWindow.contains($0) }.map { bins[$0] } + start)
    }

    /// Step 3.1: minimum bin slack with perturbed priorities, on up to a sixteenth of the budget;
    /// every other pass with average-weight control. Returns the best packing of the window seen
    /// (the window's own bins when nothing beats them) and the evaluations spent.
    private static func slackStart(
        _ windowBins: [[PackedCount]], _ problem: PackingProblem, typeWeights: [Double], counts: [Int], bound: Int,
        budget: WorkBudget, random: inout SplitMix64
    ) -> (bins: [[PackedCount]], spent: Int) {
        var start = windowBins
        let slack = MinimumBinSlack(
            demands: problem.items.map(\.demand), weights: typeWeights, counts: counts, capacity: problem.capacity,
            perBin: problem.binLimits)
        var spent = 0
        var round = 0
        while !budget.isSpent(by: spent) && start.count > bound {
            let priorities =
                round < 2
                ? typeWeights
                : typeWeights.map { $0 * (1 + MinimumBinSlack.noise * Double(random.below(1 << 20)) / Double(1 << 20)) }
            let (candidate, nodes) = slack.pass(priorities: priorities, averageControlled: round % 2 == 1)
            spent += nodes
            if candidate.count < start.count { start = candidate }
            round += 1
        }
        return (start, spent)
    }
}
