import Fixtures
import Testing

@testable import PlannerCore

/// Fleets of many distinct demands: the class relaxation, its rounding and the pattern bound.
@Suite struct FleetPackingTests {
    @Test(arguments: FleetShape.allCases)
    func fleetShapesPackFeasiblyDeterministicallyAndNoWorseThanFirstFit(_ shape: FleetShape) throws {
        for seed in [UInt64(1), 2] {
            let scenario = shape.scenario(instances: 3_000, distinct: 120, seed: seed)
            let problem = Planner.packingProblem(scenario, model: .container)
            let packed = NearOptimalPacker.pack(problem, effort: .thorough)
            try PackingCheck.verify(packed, problem)
            let used = packed.bins.filter { $0.contains { $0.count > 0 } }.count
            let firstFit = FirstFitDecreasing.pack(problem).bins.count
            #expect(used <= firstFit, "\(shape) seed \(seed)")
            #expect(used >= LowerBound.bins(problem), "\(shape) seed \(seed)")
            #expect(NearOptimalPacker.pack(problem, effort: .thorough) == packed, "same fleet, same packing")
            // Thorough never ends above standard.
            let standard = NearOptimalPacker.pack(problem, effort: .standard).bins.filter { $0.contains { $0.count > 0 } }.count
            #expect(used <= standard, "\(shape) seed \(seed): thorough \(used) > standard \(standard)")
        }
    }

    /// The interleaved first fit: every item placed once, no host over capacity, the same packing
    /// every run and whether the first fit is found by scan or by index, and on a slot-bound fleet fewer hosts than largest-first (the small pods no
    /// longer fill hosts 110 at a time at the end).
    @Test(arguments: FleetShape.allCases)
    func interleavedFirstFitIsFeasibleAndDeterministic(_ shape: FleetShape) throws {
        let problem = Planner.packingProblem(shape.scenario(instances: 3_000, distinct: 120, seed: 3), model: .container)
        for rounds in [1, 7, LowerBound.bins(problem)] {
            let bins = InterleavedFirstFit.pack(problem, rounds: rounds)
            try PackingCheck.verify(PackingSolution(bins: bins), problem)
            #expect(bins.count >= LowerBound.bins(problem))
            #expect(bins.allSatisfy { bin in Set(bin.map(\.type)).count == bin.count }, "each type once per bin")
            #expect(InterleavedFirstFit.pack(problem, rounds: rounds) == bins)
            // The first fit through the index (from 2 open bins on) is the scan's.
            #expect(InterleavedFirstFit.pack(problem, rounds: rounds, indexFrom: 2) == bins)
            #expect(InterleavedFirstFit.pack(problem, rounds: rounds, indexFrom: .max) == bins)
        }
        // One round is first fit in decreasing order.
        #expect(InterleavedFirstFit.pack(problem, rounds: 1).count == FirstFitDecreasing.pack(problem).bins.count)
    }

    @Test func interleavingBeatsLargestFirstWhenPodSlotsBind() {
        let problem = Planner.packingProblem(FleetShape.slotBound.scenario(instances: 10_000, distinct: 100), model: .container)
        let bound = LowerBound.bins(problem)
        let interleaved = InterleavedFirstFit.pack(problem, rounds: bound).count
        let largestFirst = FirstFitDecreasing.pack(problem).bins.count
        #expect(interleaved < largestFirst)
        #expect(interleaved <= bound + bound / 100 + 1, "\(interleaved) hosts against a bound of \(bound)")
    }

    /// The complementary order: every type once, the most memory-heavy first, then the most
    /// CPU-heavy, and so on inwards; dealt out in it, a mixed fleet needs fewer hosts than
    /// largest-first.
    @Test func complementaryOrderAlternatesTheExtremes() {
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 1000, memoryKiB: 1000, pods: 10),
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 500, memoryKiB: 100, pods: 1), count: 1),  // CPU-heavy
                PackingItemType(demand: Resources(cpuMillicores: 100, memoryKiB: 500, pods: 1), count: 1),  // memory-heavy
                PackingItemType(demand: Resources(cpuMillicores: 300, memoryKiB: 300, pods: 1), count: 1),  // even
                PackingItemType(demand: Resources(cpuMillicores: 400, memoryKiB: 200, pods: 1), count: 1),
            ])
        #expect(InterleavedFirstFit.complementaryOrder(problem) == [1, 0, 2, 3])
        let fleet = Planner.packingProblem(SyntheticFleet.scenario(instances: 10_000, seed: 1), model: .container)
        let order = InterleavedFirstFit.complementaryOrder(fleet)
        #expect(order.sorted() == Array(fleet.items.indices))
        let dealt = InterleavedFirstFit.pack(fleet, rounds: LowerBound.bins(fleet), order: order)
        #expect(throws: Never.self) { try PackingCheck.verify(PackingSolution(bins: dealt), fleet) }
        #expect(dealt.count < FirstFitDecreasing.pack(fleet).bins.count)
    }

    @Test func classesHoldTheirMembersWithinTheTolerance() {
        let problem = Planner.packingProblem(FleetShape.mixed.scenario(instances: 20_000, distinct: 2_000), model: .container)
        let classes = DemandClasses(problem, maximumClasses: 150)
        #expect(classes.demands.count <= 150 || classes.tolerance == DemandClasses.tolerances.last)
        #expect(classes.counts.reduce(0, +) == problem.itemCount)
        #expect(Set(classes.members.flatMap { $0 }).count == problem.items.count)
        let factor = 1 + classes.tolerance * DemandClasses.coarsest + 1e-9
        for (index, group) in classes.members.enumerated() {
            for type in group {
                let member = problem.items[type].demand
                #expect(member.fits(within: classes.demands[index]))
                #expect(Double(classes.demands[index].cpuMillicores) <= Double(member.cpuMillicores) * factor)
                #expect(Double(classes.demands[index].memoryKiB) <= Double(member.memoryKiB) * factor)
                #expect(classes.demands[index].pods == member.pods)
            }
        }
    }

    /// The covering relaxation of two types in two dimensions, by brute force: every pattern (at
    /// most the items there are of each type) is
    /// listed, and the dual max n·y subject to y·a ≤ 1 over every pattern, y ≥ 0, is maximized
    /// over the vertices (pairs of tight constraints).
    static func twoTypeRelaxation(_ problem: PackingProblem) -> Double {
        var patterns: [(Double, Double)] = []
        let a = problem.items[0].demand
        let b = problem.items[1].demand
        // Patterns hold at most the items there are (a bin never needs more).
        for i in 0...problem.items[0].count {
            for j in 0...problem.items[1].count where i + j > 0 {
                if (a.times(Int64(i)) + b.times(Int64(j))).fits(within: problem.capacity) {
                    patterns.append((Double(i), Double(j)))
                }
            }
        }
        let lines = patterns + [(-1, 0), (0, -1)]  // y0 ≥ 0 and y1 ≥ 0 as −y ≤ 0
        let rights = patterns.map { _ in 1.0 } + [0, 0]
        let n0 = Double(problem.items[0].count)
        let n1 = Double(problem.items[1].count)
        var best = 0.0
        for p in lines.indices {
            for q in lines.indices where q > p {
                let det = lines[p].0 * lines[q].1 - lines[p].1 * lines[q].0
                guard abs(det) > 1e-12 else { continue }
                let y0 = (rights[p] * lines[q].1 - lines[p].1 * rights[q]) / det
                let y1 = (lines[p].0 * rights[q] - rights[p] * lines[q].0) / det
                guard y0 >= -1e-9, y1 >= -1e-9, patterns.allSatisfy({ $0.0 * y0 + $0.1 * y1 <= 1 + 1e-9 }) else { continue }
                best = max(best, n0 * y0 + n1 * y1)
            }
        }
        return best
    }

    @Test func patternBoundEqualsABruteForceRelaxationOnTinyInstances() throws {
        var random = SplitMix64(seed: 14)
        for _ in 0..<80 {
            let capacity = Resources(
                cpuMillicores: Int64(20 + random.below(40)), memoryKiB: Int64(20 + random.below(40)), pods: 1_000)
            let items = (0..<2).map { _ in
                PackingItemType(
                    demand: Resources(
                        cpuMillicores: Int64(3 + random.below(15)), memoryKiB: Int64(3 + random.below(15)), pods: 1),
                    count: 1 + random.below(30))
            }
            guard items[0].demand != items[1].demand else { continue }
            let problem = PackingProblem(capacity: capacity, items: items)
            let bound = try #require(PatternBound.compute(problem, budget: 10_000_000))
            let exact = Self.twoTypeRelaxation(problem)
            #expect(bound.value <= exact + 1e-6, "never above the relaxation")
            if bound.optimal { #expect(abs(bound.value - exact) < 1e-6, "\(problem)") }
            let packed = NearOptimalPacker.pack(problem, effort: .thorough)
            #expect(bound.bins <= packed.bins.count)
        }
    }

    @Test func patternBoundIsProvenOnAFleet() throws {
        let problem = Planner.packingProblem(FleetShape.memoryBound.scenario(instances: 4_000, distinct: 60), model: .container)
        let bound = try #require(PatternBound.compute(problem, budget: 400_000_000))
        let packed = NearOptimalPacker.pack(problem, effort: .thorough)
        #expect(bound.bins <= packed.bins.count)
        #expect(bound.bins >= LowerBound.bins(problem) - 1, "as strong as the volume bound, give or take rounding")
    }
}

/// The reachable capacity against subset sums by hand.
@Suite struct ReachableCapacityTests {
    static func problem(capacity: Int64, _ sizes: [(Int64, Int)]) -> PackingProblem {
        PackingProblem(
            capacity: Resources(cpuMillicores: capacity, memoryKiB: 1_000, pods: 1_000),
            items: sizes.map { PackingItemType(demand: Resources(cpuMillicores: $0.0, memoryKiB: 1, pods: 1), count: $0.1) })
    }

    @Test func matchesSubsetSumsByHand() {
        // Multiples of 250 m in 1,000 m... in 1,100 m: at most 1,000 m.
        #expect(
            LowerBound.reachableCapacity(Self.problem(capacity: 1_100, [(250, 10), (500, 3)]), { $0.cpuMillicores }) == 1_000)
        // 6 and 9 in 20: sums 0, 6, 9, 12, 15, 18 (6+6+6; 9+9 is 18 too); 20 is not reachable, 18 is.
        #expect(LowerBound.reachableCapacity(Self.problem(capacity: 20, [(6, 5), (9, 5)]), { $0.cpuMillicores }) == 18)
        // Counts limit the sums: one 7 and one 5 in 20 reach 12 at most.
        #expect(LowerBound.reachableCapacity(Self.problem(capacity: 20, [(7, 1), (5, 1)]), { $0.cpuMillicores }) == 12)
        // 3, 5 (many) in 11: 11 = 3 + 3 + 5.
        #expect(LowerBound.reachableCapacity(Self.problem(capacity: 11, [(3, 9), (5, 9)]), { $0.cpuMillicores }) == 11)
    }

    @Test func agreesWithBruteForceOnRandomSets() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<200 {
            let capacity = Int64(10 + random.below(200))
            let sizes = (0..<(1 + random.below(4))).map { _ in (Int64(1 + random.below(Int(capacity))), 1 + random.below(4)) }
            var sums: Set<Int64> = [0]
            for (size, count) in sizes {
                for _ in 0..<count { sums.formUnion(sums.map { $0 + size }.filter { $0 <= capacity }) }
            }
            let merged = Dictionary(sizes.map { ($0.0, $0.1) }, uniquingKeysWith: +).map { ($0.key, $0.value) }
            #expect(
                LowerBound.reachableCapacity(Self.problem(capacity: capacity, merged), { $0.cpuMillicores }) == sums.max()!,
                "\(capacity) \(sizes)")
        }
    }
}
