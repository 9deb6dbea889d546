import Fixtures
import Testing

@testable import PlannerCore

/// A type's limit a bin (`PackingItemType.maximumPerBin`, a workload's "at most m a host"): every
/// stage of the packer keeps it, run on its own and inside the whole packer.
@Suite struct BinLimitTests {
    /// Limits on about a third of the types, 1 to 5, chosen from `seed`.
    static func limited(_ problem: PackingProblem, seed: UInt64) -> PackingProblem {
        var random = SplitMix64(seed: seed ^ 0x11A1_7ED)
        var limited = problem
        for type in limited.items.indices where random.below(3) == 0 {
            limited.items[type].maximumPerBin = [1, 2, 3, 5][random.below(4)]
        }
        return limited
    }

    /// Fleets of every shape (many items a type: the deal and the relaxations run), perfect
    /// packings with every host repeated (tight dimensions: the peel runs), and small problems.
    static let problems: [PackingProblem] = {
        var problems: [PackingProblem] = []
        for (index, shape) in FleetShape.allCases.enumerated() {
            let fleet = Planner.packingProblem(
                shape.scenario(instances: 2_000, distinct: 30, seed: UInt64(index + 1)), model: .container)
            problems.append(limited(fleet, seed: UInt64(index)))
        }
        for (index, family) in VectorPerfectPacking.allCases.enumerated() {
            // Each host's items three times over: a perfect packing with one of each type a bin.
            let hosts = family.perfectPacking(hosts: 12, seed: UInt64(index + 7))
            let items = hosts.joined().map { PackingItemType(demand: $0, count: 3, maximumPerBin: 1) }
            problems.append(PackingProblem(capacity: VectorPerfectPacking.capacity, items: items))
            problems.append(limited(family.problem(hosts: 40, seed: UInt64(index + 3)), seed: UInt64(index)))
        }
        problems += [Self.pairs, Self.quartets]
        return problems
    }()

    /// One dimension, tight at the bound: 80 of 3 at most 2 a bin beside 40 of 6 fill 40 bins only
    /// as 3 + 3 + 6.
    static let pairs = PackingProblem(
        capacity: Resources(cpuMillicores: 12, memoryKiB: 0, pods: 0),
        items: [
            PackingItemType(demand: Resources(cpuMillicores: 3, memoryKiB: 0, pods: 0), count: 80, maximumPerBin: 2),
            PackingItemType(demand: Resources(cpuMillicores: 6, memoryKiB: 0, pods: 0), count: 40),
        ])

    /// One dimension, tight at the bound: four types of 3, one of each a bin, and 6s (30 bins of
    /// 3 + 3 + 3 + 3 or 6 + 6); an exact completion that ignored the limit would take four of one.
    static let quartets = PackingProblem(
        capacity: Resources(cpuMillicores: 12, memoryKiB: 0, pods: 0),
        items: (0..<4).map { _ in
            PackingItemType(demand: Resources(cpuMillicores: 3, memoryKiB: 0, pods: 0), count: 20, maximumPerBin: 1)
        } + [PackingItemType(demand: Resources(cpuMillicores: 6, memoryKiB: 0, pods: 0), count: 20)])

    /// One item a bin: a valid packing under any limit that every construction beats, so the
    /// packing a stage offers is the one left in the progress.
    static func singles(_ problem: PackingProblem) -> [[PackedCount]] {
        problem.items.indices.flatMap { type in
            Array(repeating: [PackedCount(type: type, count: 1)], count: problem.items[type].count)
        }
    }

    @Test func everyStageKeepsTheLimits() throws {
        var ran: Set<String> = [NearOptimalPacker.Stage.firstFit]
        for problem in Self.problems {
            #expect(problem.hasBinLimits)
            let first = FirstFitDecreasing.pack(problem)
            try PackingCheck.verify(first, problem)
            for stage in NearOptimalPacker.stages {
                // Constructions from one item a bin, so whatever they build is kept; the search
                // from first fit, whose bins it works on.
                let search = stage.name == NearOptimalPacker.stages.last?.name
                var progress = PackingProgress(
                    problem: problem, effort: .standard, bound: LowerBound.bins(problem), classes: true, peel: true,
                    bins: search ? first.bins : Self.singles(problem), stage: "start")
                guard stage.applies(progress) else { continue }
                let before = progress.bins.count
                stage.run(&progress, stage.budget(progress))
                try PackingCheck.verify(PackingSolution(bins: progress.bins), problem)
                if progress.bins.count < before { ran.insert(stage.name) }
            }
        }
        // Every stage built a packing on some problem: the test saw each one's output. The
        // interleaved first fit before the deal is the same run as the one after it, on problems
        // of `closeEnoughItems` items or more (too large here; PackingStagesTests checks which runs).
        let stages = NearOptimalPacker.stages.map(\.name).filter { $0 != NearOptimalPacker.Stage.interleavedFirst }
        #expect(ran == Set([NearOptimalPacker.Stage.firstFit] + stages))
    }

    @Test func theDealOverFewerBinsThanTheLimitsNeedGivesTheExcessBack() throws {
        // The packer deals over its bound, which counts the limits; dealt over the volume bound
        // alone a bin would get more of a limited type than it may hold, and gives them back.
        for problem in Self.problems where LowerBound.certificate(problem).bins < LowerBound.limitBound(problem) {
            let bins = BalancedDeal.pack(problem, bins: LowerBound.certificate(problem).bins)
            try PackingCheck.verify(PackingSolution(bins: bins), problem)
        }
        #expect(Self.problems.contains { LowerBound.certificate($0).bins < LowerBound.limitBound($0) })
    }

    @Test func thePackerKeepsTheLimitsAndNeverEndsBelowTheirBound() throws {
        for problem in Self.problems {
            for effort in [PackingEffort.interactive, .standard, .thorough] {
                let packed = NearOptimalPacker.pack(problem, effort: effort)
                try PackingCheck.verify(packed, problem)
                let used = NearOptimalPacker.used(packed)
                #expect(used >= LowerBound.bins(problem))
                #expect(used <= NearOptimalPacker.used(FirstFitDecreasing.pack(problem)))
            }
        }
    }

    @Test func theTightProblemsArePackedAtTheirBound() throws {
        for (problem, bound) in [(Self.pairs, 40), (Self.quartets, 30)] {
            #expect(LowerBound.bins(problem) == bound)
            let packed = NearOptimalPacker.pack(problem, effort: .standard)
            try PackingCheck.verify(packed, problem)
            #expect(NearOptimalPacker.used(packed) == bound)
        }
        // Without the limit first fit puts four 3s together; with it, never more than two.
        for bin in FirstFitDecreasing.pack(Self.pairs).bins {
            #expect(bin.filter { $0.type == 0 }.reduce(0) { $0 + $1.count } <= 2)
        }
        // The peel finds the quartets' bins exactly full, one of each type of 3 a bin.
        let peeled = try #require(
            PerfectBins.peel(Self.quartets, bound: 30, nodesPerBin: 1_000, budget: WorkBudget(steps: 100_000)))
        #expect(peeled.bins.count == 30 && peeled.left.allSatisfy { $0 == 0 })
        try PackingCheck.verify(PackingSolution(bins: peeled.bins), Self.quartets)
    }

    @Test func theLimitsBoundTheBinsAndTheCheckCatchesABreach() {
        let demand = Resources(cpuMillicores: 1, memoryKiB: 1, pods: 1)
        let capacity = Resources(cpuMillicores: 100, memoryKiB: 100, pods: 100)
        let problem = PackingProblem(
            capacity: capacity, items: [PackingItemType(demand: demand, count: 10, maximumPerBin: 3)])
        // The volume bound is 1 bin; at most 3 a bin needs ⌈10 ÷ 3⌉ = 4. The plan's certificate
        // leaves it to the rule's own bound (`PlacementPipeline.lowerBound`).
        #expect(LowerBound.certificate(problem).bins == 1)
        #expect(LowerBound.bins(problem) == 4)
        let breach = PackingSolution(bins: [
            [PackedCount(type: 0, count: 2), PackedCount(type: 0, count: 2)], [PackedCount(type: 0, count: 6)],
        ])
        #expect(throws: InternalError.self) { try PackingCheck.verify(breach, problem) }
        // A problem without limits pays nothing for them.
        #expect(!PackingProblem(capacity: capacity, items: [PackingItemType(demand: demand, count: 10)]).hasBinLimits)
    }

    @Test func limitedTypesAreNeitherMergedNorClassedWithOthers() {
        let demand = Resources(cpuMillicores: 1_000, memoryKiB: 1_048_576, pods: 1)
        let near = Resources(cpuMillicores: 1_001, memoryKiB: 1_048_576, pods: 1)
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 16_000, memoryKiB: 67_108_864, pods: 110),
            items: [
                PackingItemType(demand: demand, count: 10), PackingItemType(demand: demand, count: 10, maximumPerBin: 2),
                PackingItemType(demand: demand, count: 10), PackingItemType(demand: near, count: 10),
            ])
        #expect(MergedTypes(problem).members == [[0, 2], [1], [3]])
        let classes = DemandClasses(problem, maximumClasses: 1)
        #expect(classes.members.contains([1]))
        #expect(classes.perBin[classes.members.firstIndex(of: [1])!] == 2)
        #expect(classes.problem(capacity: problem.capacity).binLimits?.contains(2) == true)
    }
}
