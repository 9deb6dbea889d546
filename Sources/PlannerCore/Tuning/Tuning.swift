// Every tuning constant of the packer and of the placement stages after it, in one place and in
// pipeline order (constructions, relaxations, search, bounds, placement rules and spread,
// failover, the planner), each with what it bounds and, where one is recorded, the measurement
// that chose it (docs/tuning.md marks the others "not measured: set by hand"). docs/tuning.md lists the same constants as a table.
//
// They count work in steps (evaluations, nodes, checks, items), never seconds, so the same input
// gives the same plan on any machine. The effort presets (`PackingEffort.standard`, `.thorough`,
// `.interactive`, `.none`, `fullSpreadWork`) stay with their type in PackingEffort.swift, as the
// public API the planner is configured by.

// MARK: - NearOptimalPacker (Packing/NearOptimalPacker.swift)

extension NearOptimalPacker {
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
    /// (See `patternBudget`.) Not measured beyond that: set by hand.
    static let patternMinimumWork = 1_000_000
    /// The class relaxation's work budget (`ClassPatterns`), in multiples of the effort's evaluations.
    /// Measured with `bench fleets`: 10,000-instance fleets converge within about 40 million work
    /// units, 100,000-instance ones within 500 million.
    static let classBudget = 200
    /// ... and at most this many work units per item, so small problems (BPPLIB's, a few hundred
    /// items) spend milliseconds on it: with 200 × evaluations alone a Scholl instance took 1.9 s.
    static let classWorkPerItem = 5_000
    /// The window search's budget: at most 1/slackShare to perturbed minimum bin slack, and
    /// 1/completionShare kept for bin completion.
    static let slackShare = 16
    /// The interleaved first fit deals the types out in at most this many first-fit calls
    /// (rounds × types), and in no more rounds than the lower bound has hosts. Measured with
    /// `bench fleets`: on the slot-bound 100,000-instance fleet 300 rounds gave 1,014 hosts, 1,200
    /// gave 917 and 2,414 (one per bound host) 915 (largest-first order within rounds); more
    /// rounds than hosts changed nothing. A million calls rather than two cost one host there and
    /// halve the time.
    static let interleaveWork = 1_000_000
    /// (See `slackShare`.) Not measured: set by hand.
    static let completionShare = 8
    /// The balanced deal runs only with at least this many items per bound host: it evens bins
    /// out to about one small item, which needs many of them (fleets have 20 to 110 a host).
    /// Measured with `bench packing`: run on every problem, it cost BPPLIB two instances
    /// (Falkenauer T, three items a bin, and Scholl 2), whose search started elsewhere.
    static let dealItemsPerBin = 8
    /// A packing within one host per this many of the bound skips the other greedy constructions
    /// (`PackingProgress.isCloseEnough`). Measured with `bench scale` at 1,000,000 instances: the
    /// balanced deal ends 3 to 25 hosts above bounds of 25,779 to 32,569 and no other greedy
    /// construction came closer; they cost about a quarter of a second each there. At this size
    /// the interleaved first fit runs before the deal and, where it ends this close (memory-bound
    /// and mixed shapes), spares it: four plans 1.51 to 1.79 s against 1.70 to 2.05 s, every host
    /// count as before (2026-12-08).
    static let closeEnough = 1_000
    /// ... on problems of at least this many items: below, the constructions take milliseconds
    /// and still save hosts (CPU-bound fleet of 100,000 instances, faas plan: the deal's 8,206
    /// hosts, minimum bin slack's 8,200, bound 8,199).
    static let closeEnoughItems = 250_000
    /// Steps `ExactCompletion` may spend on one bin before `PerfectBins` sets its first item aside.
    /// Not tuned: with it, triplet instances of 1,000 hosts peel whole in 0.2 s (`bench vector`),
    /// while a host of five or six items among thousands is not completed within it.
    static let perfectNodesPerBin = 20_000
    /// `PerfectBins.peel` looks for completions of 0, 1, … this many items over every item in
    /// turn before larger ones. Measured with `bench vector` (2026-12-08, hosts cut into 2 to 6
    /// items, so 5 covers every host): 74 of 105 at the optimum, slowest 0.52 s, against 73 and
    /// 0.70 s opening each bin with the heaviest item and completing it however large.
    static let peelLevels = 5
    /// Before completions of this many items, `PerfectBins.peel` looks for the bins of four to
    /// six items among what is left by meeting in the middle (`ResidueGroups`). Completions of
    /// up to two items are cheap (a look-up and a pass); of three, without the pair table (more
    /// than `ExactCompletion.pairTypes` types), they cost the items left squared each, and the
    /// peel's budget ran out among the 2,000 items of a 500-host instance. Measured with `bench
    /// vector` (2026-12-08): placed before completions of four, the search was never reached on
    /// the 500-host instances; before three it gets them with their hosts of four still in.
    static let residueGroupsLevel = 3
    /// `PerfectBins.completeSlack` may spend 1/slackCompletionShare of the evaluations. Measured
    /// with `bench vector`: the whole evaluations let one two-dimensional instance of 200 hosts
    /// take 1.03 s; a quarter keeps every one under 1 s.
    static let slackCompletionShare = 4
}

// MARK: - Selection (Packing/Selection.swift)

extension Selection {
    /// Keys sampled to set the threshold. Not tuned beyond keeping the sample's sort small.
    static let sampleSize = 256
}

// MARK: - InterleavedFirstFit (Packing/InterleavedFirstFit.swift)

extension InterleavedFirstFit {
    /// Bins back a round's items may still go: older bins are left as they are. Searching all of
    /// them made the multi-dimensional first-fit index backtrack over thousands of nearly full
    /// bins (four plans of the 100,000-instance synthetic fleet: 3.7 s, 0.8 s with the limit).
    /// `bench fleets` gave the same hosts with 16, 64 and 256 bins on the memory, slot-bound and
    /// synthetic fleets of 10,000 and 100,000 instances, and as searching every bin.
    static let lookBack = 16
    /// From this many open bins in a round, the first that fits is found through a `BinIndex`
    /// instead of a scan (the same bin either way). Measured with `bench scale` at 1,000,000
    /// instances: an index in every round made the VM-like shape's four plans 0.2 s slower (few
    /// open bins, where the scan is cheaper) and the mixed shape's 0.4 s faster.
    static let indexFrom = 64
}

// MARK: - DotProductFill (Packing/DotProductFill.swift)

extension DotProductFill {
    /// Types are grouped by the direction of their demand into this many sectors; each step scores
    /// one type per sector. Not measured: set by hand.
    static let sectors = 32
    /// Types a sector scans past (too large for the bin) before giving up on it for this step.
    static let scanLimit = 64
}

// MARK: - MinimumBinSlack (Packing/MinimumBinSlack.swift)

extension MinimumBinSlack {
    /// Nodes one bin's subset search may visit.
    static let nodesPerBin = 600
    /// From the third pass on, each type's priority is multiplied by a random factor in
    /// [1, 1 + this). Not measured: set by hand.
    static let noise = 0.25
}

// MARK: - BalancedDeal (Packing/BalancedDeal.swift)

extension BalancedDeal {
    /// From this many bins the remainders are chosen through `LoadTree`, and then only for
    /// types whose remainder is under one bin in `treeBelowShare`; for more, a full scan with
    /// `Selection` is about as fast. Either way the same bins are chosen. Measured with `bench
    /// scale` at 1,000,000 instances, one thread: a share of 8 cost the synthetic fleet 0.6 s (the
    /// tree rebuilt after every few large remainders) and 128 nothing; mixed shape 5.3 and 5.1 s.
    static let treeFrom = 1_024
    /// (See `treeFrom`.)
    static let treeBelowShare = 128
    /// A worn tree is rebuilt only when at least this many searches would use it before it wears
    /// again; else the type gets a full scan. Measured as for `treeFrom`, synthetic fleet: 0, 16 and 64,
    /// 3.40, 3.26 and 3.02 s (no tree: 2.9 to 3.0 s); mixed shape alike within the noise.
    static let searchesPerBuild = 64
}

// MARK: - LoadTree (Packing/LoadTree.swift)

extension LoadTree {
    /// Bins a leaf at most. Measured as in `LoadTree`'s doc comment (mixed shape, 1,000,000
    /// instances, seed 1, one thread, the four deals): leaves of 16, 32 and 64 bins, 1.57, 1.45 and
    /// 1.62 s.
    static let leafSize = 32
    /// The tree is rebuilt once the picks since the last build reach this many per bin. Measured as
    /// above: after 0.25, 0.5, 1, 2, 4 and 8 picks a bin, 3.1, 2.1, 1.5, 1.7, 2.2 and 3.3 s.
    static let rebuildShare = 1.0
}

// MARK: - ClassPatterns (Packing/ClassPatterns.swift)

extension ClassPatterns {
    /// The most classes: the relaxation's dense basis inverse is classes² numbers, and each simplex
    /// pivot touches it twice. Problems of up to this many distinct demands are relaxed over the
    /// demands themselves at standard effort too (`NearOptimalPacker.pack`). Measured with
    /// `bench fleets --effort standard`: 200 rather than 150 took the synthetic fleet of 20,000
    /// instances (166 demands) from 442 to 435 container hosts (bound 426) at about 0.6 s more
    /// a plan; 400 did not converge within the budget at 100,000 instances (2,501 hosts, as
    /// without it).
    static let maximumClasses = 200
    /// Exact pricing nodes per round, when the greedy fills found no improving pattern.
    static let pricingNodes = 20_000
    /// A pricing search that found nothing within its limit is tried once more with this many
    /// times the nodes.
    static let deeperPricing = 8
    /// Rounds of pricing after each step of sequential rounding.
    static let laterColumns = 2
    /// Column generation stops when the last `tailSteps` columns gained under
    /// `tailGain` × the objective (plus a twentieth of a bin).
    static let tailSteps = 100
    /// (See `tailSteps`.)
    static let tailGain = 1e-4
    /// ... or when the best pattern the greedy fills find is worth less than 1 + `closeEnough`
    /// bins and the exact search finds none better: the relaxation is then within about that
    /// share of its optimum.
    static let closeEnough = 2e-3
}

// MARK: - DemandClasses (Packing/DemandClasses.swift)

extension DemandClasses {
    /// A dimension binding less than the busiest is rounded at most this many times coarser.
    static let coarsest = 8.0
}

// MARK: - PatternRounding (Packing/PatternRounding.swift)

extension PatternRounding {
    /// Pricing nodes per column generation step.
    static let pricingNodes = 20_000
    /// A pricing search that found nothing within its limit is tried once more with this many
    /// times the nodes.
    static let deeperPricing = 8
    /// Column generation stops when the last this many columns gained under a tenth of a bin.
    static let tailSteps = 10
    /// Columns priced in each round after the first.
    static let laterColumns = 2
    /// Exact pricing nodes for the bound on the first round's relaxation (`PatternBound.farley`):
    /// enough to prove the relaxation optimal on the bundled profiles and `bench fleets`' fleets of
    /// up to 200 types, a small share of the effort's budget otherwise.
    static let proofNodes = 200_000
}

// MARK: - PatternPricing (Packing/PatternPricing.swift)

extension PatternPricing {
    /// Golden-section steps per dimension of the surrogate weights (the interval ends 0.618¹⁶ ≈ 0.05% wide).
    static let surrogateSteps = 16
}

// MARK: - GreedyPricing (Packing/GreedyPricing.swift)

extension GreedyPricing {
    /// Rounds of `improve` at most.
    static let improveRounds = 20
}

// MARK: - CoveringLP (Packing/CoveringLP.swift)

extension CoveringLP {
    /// The basis inverse is recomputed every max(this, types) pivots, against rounding error.
    /// Not measured: set by hand.
    static let refactorEvery = 40
    /// Reduced costs and basic values within this of zero count as zero. Not measured: set by hand.
    static let tolerance = 1e-9
}

// MARK: - PatternBound (Packing/PatternBound.swift)

extension PatternBound {
    /// Classes for the bound: finer than the packer's, since rounding down loosens it.
    public static let maximumClasses = 600
    /// Exact pricing nodes for the final check.
    static let proofNodes = 2_000_000
}

// MARK: - ConsistentNeighbourhoodSearch (Packing/ConsistentNeighbourhoodSearch.swift)

extension ConsistentNeighbourhoodSearch {
    /// Tabu moves in a row without a lighter (or as light, with more items) trash can before
    /// the descent takes over.
    static let tabuStall = 150
    /// Nodes the exact fit test of the trash can, and one bin's best fill, may visit.
    static let fitNodes = 4_000
    /// (See `fitNodes`.)
    static let fillNodes = 2_000
    /// Bins with more items than this, and trash cans with more items than `pairPoolLimit`, are
    /// not searched for two-item swaps.
    static let pairLimit = 24
    /// (See `pairLimit`.)
    static let pairPoolLimit = 48
    /// Weight gains closer than this count as equal when moves are ranked and in the best-fill
    /// test. Not measured: set by hand.
    static let epsilon = 1e-12
    /// The fewest moves an item thrown out of a bin stays out of it. Not measured: set by hand.
    static let tenureBase = 3
    /// Random extra tabu moves, in [0, this), plus a quarter of the item's evictions so far.
    /// Not measured: set by hand.
    static let tenureSpread = 8
}

// MARK: - BoundedMultiset (Packing/BoundedMultisetSearch.swift)

extension BoundedMultiset {
    /// Weights closer than this count as equal.
    static let epsilon = 1e-12
}

// MARK: - BinCompletion (Packing/BinCompletion.swift)

extension BinCompletion {
    /// Completions tried per bin, fullest first.
    static let completionsPerBin = 12
}

// MARK: - ExactCompletion (Packing/ExactCompletion.swift)

extension ExactCompletion {
    /// At most this many types with items left get the pair table. Measured with `bench vector`:
    /// at 1,000 types (up to 500,000 pairs) building it took a 200-host triplet instance from
    /// 0.01 s to 0.15 s and one independent instance over 1 s; at 400 (80,000 pairs) every
    /// instance stayed under 1 s, and the partly full hosts `PerfectBins.completeSlack` repacks
    /// are well under that.
    static let pairTypes = 400
}

// MARK: - ResidueGroups (Packing/ResidueGroups.swift)

extension ResidueGroups {
    /// Pairs per residue in the pair table: the residues are 1/64 as many as the pairs that fit,
    /// so a residue's triples outnumber the items visited to list them. Measured with `bench
    /// vector` (2026-12-08): on the ten 500-host instances the same 20,000,000 steps packed 156
    /// to 211 bins with 4 pairs a residue, 183 to 224 with 16 and 185 to 249 with 64; every
    /// 200-host instance was found whole with each.
    static let pairsPerResidue = 64
    /// Bins of five and six are searched among at most this many types with items (one item a
    /// type in `bench vector`): a pass lists every triple once, n³/6. Measured with `bench
    /// vector` (2026-12-08): hosts of 200 to 300 leave 400 to 800 items of four to six a host; at 1,000 the instances of 400 to 500 hosts the
    /// search could not complete took 1.3 to 1.4 s each, where at 800 none took over 0.6 s.
    static let tripleTypes = 800
    /// Bins of four (one pass over the pair table, n²) are searched among at most this many
    /// types with items; the table holds up to n²/2 pairs of 8 bytes. Measured with `bench vector`: at 4,000
    /// the 1,000-host instances (3,000 items left) took 0.52 s instead of 0.30 s and stayed one
    /// host above the optimum.
    static let pairTableTypes = 2_000
    /// The search's own budget, this many times the peel's (a step is one residue, item or pair
    /// visited, about 10 ns, where the peel's are completion nodes); in the peel of
    /// `PerfectBins.completeSlack`, 12 times a quarter of the evaluations. Measured with `bench vector`
    /// over 10 seeds: 4 times found every host of 300-host instances in 5 of 20, 12 times in 18 of
    /// 20, and, by ending the packing there, took them from 0.8 s to at most 0.55 s.
    static let budgetMultiple = 12
    /// The repair searches a bin found again with the items left over when together they are at
    /// most this many: a search of n items lists n³/6 triples, some 20,000 at 48. Measured with
    /// `bench vector` over 10 seeds: the repair takes correlated instances of 100 hosts seed 4
    /// and of 200 hosts seeds 3 and 7 to the optimum; 96 took no other.
    static let repairItems = 48
    /// Halves kept a hash in one residue (halves of one sum share it). Not measured: set by hand;
    /// the perfect packings' halves almost never share a sum, round demands often do.
    static let halvesPerHash: UInt8 = 4
}

// MARK: - LowerBound (Packing/LowerBound.swift)

extension LowerBound {
    /// Subset sums above this many states (capacity ÷ the sizes' common divisor, times the distinct
    /// sizes) are not computed; the common divisor alone then rounds the capacity down.
    static let subsetSumWork = 2_000_000
}

// MARK: - PlacementPipeline (Availability/PlacementPipeline.swift)

extension PlacementPipeline {
    /// Up to this many items, a plan with host limits is also packed with the limits kept by the
    /// packer (a second packing). Measured 2026-12-08: over 300 random rule scenarios the second
    /// packing saved hosts in 34 plans of 57 to 6,044 items and cost none; on the synthetic fleet
    /// with required host spread on 30% of the workloads, four plans took 0.68 → 1.02 s at 10,000
    /// instances and 1.51 → 1.82 s at 100,000 (55 → 128 s at 1,000,000 before the cap), with the
    /// same hosts.
    static let limitedPackingItems = 10_000
}

// MARK: - ConstrainedPlacement (Availability/ConstrainedPlacement.swift)

extension ConstrainedPlacement {
    /// Attempts to empty a host in step 3, at most.
    static let compactionAttempts = 400
    /// Hosts an ejection looks at per item, and host checks all ejections of one compaction may
    /// spend, at most.
    static let ejectionHosts = 64
    /// (See `ejectionHosts`.)
    static let ejectionWork = 2_000_000
}

// MARK: - SpreadFit (Availability/SpreadFit.swift)

extension SpreadFit {
    /// The spread-first construction is skipped when hosts × items exceeds this. Not measured:
    /// set by hand.
    static let work = 20_000_000
    /// Host-and-item steps it may take per check soft spread may spend (`Planner.spreadWork`):
    /// 20, so the standard 1,000,000 checks allow the whole `work`.
    static let perSpreadCheck = 20
}

// MARK: - SoftSpread (Availability/SoftSpread.swift)

extension SoftSpread {
    /// Host-and-item checks one plan may spend.
    static let work = PackingEffort.fullSpreadWork
    /// The least checks a plan gets, however small, unless the effort allows fewer in all
    /// (`PackingEffort.interactive`: 25,000). Not measured: set by hand.
    static let minimumWork = 100_000
    /// Checks per item of the plan, up to `work`. Not measured: set by hand.
    static let perItem = 20
    /// Swap searches in a row that may fail for one type before it tries no more: a swap looks at
    /// every item on every eligible host, and once a few have found nothing, the rest rarely do,
    /// so the budget goes to other types (synthetic fleet of 5,000, vm plan, same budget and
    /// time: at most 2 replicas of a workload per host instead of 3, squared counts 5,402 → 5,364).
    static let swapTries = 3
}

// MARK: - FailoverCheck (Availability/FailoverCheck.swift)

extension FailoverCheck {
    /// Every single-host loss is tried on plans of up to this many hosts. Not measured: set by hand.
    static let exhaustiveHosts = 400
    /// Every pair of hosts is tried where there are at most this many pairs. Not measured: set by
    /// hand.
    static let exhaustiveSets = 2_000
    /// Beyond that, the fullest hosts by CPU, memory, pods, GPUs, disk and instances, this many
    /// each, are the loss candidates, with up to four times as many hosts of constrained types.
    /// Not measured: set by hand.
    static let candidates = 16
    /// A restart may use the surviving hosts with most room, this many, plus the spares. Not
    /// measured: set by hand.
    static let refitHosts = 256
}

// MARK: - Planner (Plan/Planner.swift)

extension Planner {
    /// The order the models start in, the longer plans first as far as a fixed order can tell: the
    /// faas plan packs twice (every instance, then the containers its hosts are billed for), and
    /// the vm plan packs the fewest, largest items. Measured with `bench scale` at 1,000,000
    /// instances, one thread, seconds for faas / vm / container / mixed: synthetic 1.16 / 0.55 /
    /// 0.63 / 0.90, mixed shape 1.69 / 0.86 / 1.73 / 1.25, VM-like 1.94 / 0.70 / 0.76 / 0.83. On two threads
    /// this order takes the least time a split of the four can on all three (1.71, 2.94 and 2.29 s
    /// of work on the busier thread); model order took up to 2.6 s on the VM-like shape.
    static let startOrder: [PlanModel] = [.faas, .container, .mixed, .vm]
}

// MARK: - SharedPackings (Concurrency/SharedPackings.swift)

extension SharedPackings {
    /// Entries kept at most (the newest packing is kept whatever its size). Not tuned: bench scale's
    /// peak at 1,000,000 instances grew from 397-443 MiB to 455-484 MiB with the packings kept.
    static let keptEntries = 4_000_000
}
