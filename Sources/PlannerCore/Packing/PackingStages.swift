/// The packing so far, as the packer's stages hand it on: the problem and its bound, the best
/// packing found, the stage whose packing it is, and the pattern relaxation's bound once a stage
/// has solved it.
struct PackingProgress: Sendable {
    let problem: PackingProblem
    let effort: PackingEffort
    let bound: Int
    /// Whether the class relaxation may run (not inside its own rest).
    let classes: Bool
    /// Whether exactly full bins may be peeled (not inside the peel's own rest).
    let peel: Bool
    var bins: [[PackedCount]]
    var stage: String
    var relaxation: PatternBound.Result?
    /// The bins of every packing offered so far, kept or not, on fleets the balanced deal runs on
    /// and the class relaxation takes whole (at most `ClassPatterns.maximumClasses` types): its
    /// starting columns. Two packings of equal count are different starts (mixed shape, 10,000
    /// instances, mixed plan: from the deal's bins alone 450 hosts, with the interleaved
    /// packing's too 449 = bound). Elsewhere (BPPLIB) the best packing alone, as before the deal.
    var offered: [[PackedCount]] = []

    /// Whether the balanced deal applies (enough items a bin).
    var dealApplies: Bool { problem.itemCount >= NearOptimalPacker.dealItemsPerBin * bound }

    var solution: PackingSolution { PackingSolution(bins: bins, stage: stage, relaxationBound: relaxation) }

    /// No packing uses fewer bins: the lower bound, or the relaxation's, is met.
    var isProvenOptimal: Bool { bins.count <= max(bound, relaxation?.bins ?? 0) }

    /// A problem of at least `NearOptimalPacker.closeEnoughItems` items, where a packing close
    /// enough to the bound ends the greedy constructions.
    var isLarge: Bool { problem.itemCount >= NearOptimalPacker.closeEnoughItems }

    /// A problem of at least `NearOptimalPacker.closeEnoughItems` items within one bin per
    /// `NearOptimalPacker.closeEnough` of the bound, where the remaining greedy constructions
    /// are not worth their time.
    var isCloseEnough: Bool {
        isLarge && bins.count - bound <= bound / NearOptimalPacker.closeEnough
    }

    /// Keeps `candidate` when it uses fewer bins than the packing so far.
    mutating func offer(_ candidate: [[PackedCount]], from stage: String) {
        if problem.items.count <= ClassPatterns.maximumClasses, dealApplies { offered += candidate }
        guard !candidate.isEmpty, candidate.count < bins.count else { return }
        (bins, self.stage) = (candidate, stage)
    }
}

/// One stage of the packer after first-fit decreasing (a construction of step 2, or the search
/// of step 3): whether it applies to the progress so far (the problem's size and shape, the
/// effort), and the run that improves the packing within the budget the effort gives it.
struct PackingStage: Sendable {
    let name: String
    /// Runs even when the packing so far is close enough to the bound (`PackingProgress.isCloseEnough`):
    /// the relaxations, which find the last hosts the greedy constructions miss (VM-like fleet of
    /// 10,000 instances: 2,437 hosts after minimum bin slack, 2,435 = bound after pattern rounding).
    var evenWhenClose = false
    /// The work it may spend on this progress (`WorkBudget.greedy` for one pass).
    var budget: @Sendable (PackingProgress) -> WorkBudget = { _ in .greedy }
    let applies: @Sendable (PackingProgress) -> Bool
    /// Improves the progress (offers a packing, or searches the best one) within the budget.
    let run: @Sendable (inout PackingProgress, WorkBudget) -> Void
}

extension NearOptimalPacker {
    /// Every stage after first-fit decreasing, in the order they run: the constructions, then
    /// the search. After each the packer stops when the bound is met; once the packing is close
    /// enough to the bound only the relaxations and the search still run.
    static let stages: [PackingStage] = constructions + [windowSearch]

    /// Step 3, the last stage: the least-filled hosts searched for a packing into fewer
    /// (`search(_:_:bound:effort:budget:weights:)`), the others kept. Its budget is the window
    /// search's; the exact completion after it takes its own share of the effort
    /// (`slackCompletionShare`).
    static let windowSearch = PackingStage(
        name: "window search", evenWhenClose: true, budget: { windowBudget($0.problem, effort: $0.effort) },
        applies: { _ in true },
        run: { progress, budget in
            let searched = search(
                progress.bins, progress.problem, bound: progress.bound, effort: progress.effort, budget: budget,
                weights: ItemWeights(progress.problem))
            if used(searched) < progress.bins.count { progress.stage += searched.stage }
            progress.bins = searched.bins
        })

    /// Step 2, in the order it runs: after each, the packer stops when the bound is met, and once
    /// the packing is close enough to the bound only the relaxations still run. Cheapest first, because any of them
    /// may end the work.
    static let constructions: [PackingStage] = [
        // On problems of `closeEnoughItems` or more, the interleaved first fit runs first: it costs
        // a fraction of the deal, and where it ends close enough to the bound the deal is skipped.
        PackingStage(
            name: Stage.interleavedFirst, budget: { _ in WorkBudget(steps: Self.interleaveWork) }, applies: \.isLarge,
            run: interleave),
        PackingStage(
            name: Stage.balancedDeal, applies: \.dealApplies,
            run: { progress, _ in
                progress.offer(BalancedDeal.pack(progress.problem, bins: progress.bound), from: Stage.balancedDeal)
            }),
        PackingStage(
            name: Stage.interleaved, budget: { _ in WorkBudget(steps: Self.interleaveWork) },
            applies: { !$0.isLarge }, run: interleave),
        PackingStage(
            name: Stage.minimumBinSlack, applies: { $0.problem.items.count <= Self.wholePassTypes },
            run: { progress, _ in
                let problem = progress.problem
                let weights = ItemWeights(problem)
                let typeWeights = problem.items.indices.map { weights.of(type: $0) }
                let slack = MinimumBinSlack(
                    demands: problem.items.map(\.demand), weights: typeWeights, counts: problem.items.map(\.count),
                    capacity: problem.capacity, perBin: problem.binLimits)
                progress.offer(slack.pass(priorities: typeWeights).bins, from: Stage.minimumBinSlack)
            }),
        PackingStage(
            name: Stage.dotProduct, applies: { _ in true },
            run: { progress, _ in
                let problem = progress.problem
                let dot = DotProductFill(
                    demands: problem.items.map(\.demand), counts: problem.items.map(\.count), capacity: problem.capacity,
                    perBin: problem.binLimits)
                progress.offer(dot.pack(), from: Stage.dotProduct)
            }),
        PackingStage(
            name: Stage.perfectBins, budget: { WorkBudget(steps: $0.effort.evaluations) }, applies: \.peel,
            run: { progress, budget in
                guard
                    let perfect = perfectStart(
                        progress.problem, bound: progress.bound, effort: progress.effort, budget: budget,
                        beating: progress.bins.count)
                else { return }
                progress.offer(perfect, from: Stage.perfectBins)
            }),
        PackingStage(
            name: Stage.classRelaxation, evenWhenClose: true,
            budget: {
                WorkBudget(steps: min($0.effort.evaluations * Self.classBudget, $0.problem.itemCount * Self.classWorkPerItem))
            },
            applies: { $0.classes && relaxationApplies($0) },
            run: { progress, budget in
                let (problem, effort) = (progress.problem, progress.effort)
                guard
                    let rounded = ClassPatterns.pack(
                        problem, budget: budget, start: progress.bins + progress.offered,
                        rest: { packDistinct($0, effort: effort, classes: false).bins })
                else { return }
                progress.offer(rounded.bins, from: Stage.classRelaxation)
            }),
        PackingStage(
            name: Stage.patternRounding, evenWhenClose: true,
            budget: { WorkBudget(steps: $0.effort.evaluations * Self.patternBudget) },
            applies: { relaxationApplies($0) && $0.problem.items.count <= Self.patternTypes },
            run: { progress, budget in
                guard let rounded = PatternRounding.pack(progress.problem, budget: budget)
                else { return }
                progress.relaxation = rounded.bound
                progress.offer(rounded.bins, from: Stage.patternRounding)
            }),
    ]

    /// The interleaved first fit's run: rounds × types first-fit calls within the budget, and no
    /// more rounds than bound hosts.
    static let interleave: @Sendable (inout PackingProgress, WorkBudget) -> Void = { progress, budget in
        let problem = progress.problem
        let interleaved = InterleavedFirstFit.pack(
            problem, rounds: min(progress.bound, max(1, budget.steps / problem.items.count)),
            order: InterleavedFirstFit.complementaryOrder(problem))
        progress.offer(interleaved, from: Stage.interleaved)
    }

    /// The relaxations run for problems of few types with many items each, at an effort whose
    /// budget gets column generation through its first round.
    static func relaxationApplies(_ progress: PackingProgress) -> Bool {
        let problem = progress.problem
        return progress.effort.evaluations * Self.patternBudget >= Self.patternMinimumWork
            && problem.itemCount >= Self.patternRepeats * problem.items.count
    }
}
