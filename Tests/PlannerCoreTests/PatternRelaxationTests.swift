import Testing

@testable import PlannerCore

/// The pattern relaxation: its linear program, its pricing knapsack and the rounded packing.
@Suite struct PatternRelaxationTests {
    static func memory(_ sizes: [Int64]) -> [Resources] { sizes.map { Resources(cpuMillicores: 1, memoryKiB: $0, pods: 1) } }
    static let tenKiB = Resources(cpuMillicores: 1_000, memoryKiB: 10, pods: 100)

    @Test func coveringLPReachesTheRelaxationByColumnGeneration() {
        // Capacity 10; two items of 6, two of 4, three of 3. Single-type patterns need 2 + 1 + 1 bins;
        // with {6, 4} twice and {3, 3, 3} once the relaxation needs 3, and no mix does better:
        // covering the 6s and 4s takes 2 bins whose spare room holds at most one 3 between them.
        let demands = Self.memory([6, 4, 3])
        let counts = [2, 2, 3]
        var lp = CoveringLP(
            demand: counts.map(Double.init),
            patterns: [[PackedCount(type: 0, count: 1)], [PackedCount(type: 1, count: 2)], [PackedCount(type: 2, count: 3)]])
        lp.optimize(pivotLimit: 100)
        #expect(abs(lp.objective - 4) < 1e-9)
        let pricing = PatternPricing(demands: demands, capacity: Self.tenKiB)
        for _ in 0..<20 {
            let priced = pricing.best(prices: lp.duals, limits: counts, nodeLimit: 10_000, floor: 1 + 1e-9)
            guard !priced.pattern.isEmpty else { break }
            lp.enter(priced.pattern)
            lp.optimize(pivotLimit: 100)
        }
        #expect(abs(lp.objective - 3) < 1e-9)
        // The solution covers every item.
        let x = lp.solution
        for type in 0..<3 {
            let covered = lp.patterns.indices.reduce(0.0) { total, index in
                total + x[index] * Double(lp.patterns[index].first { $0.type == type }?.count ?? 0)
            }
            #expect(covered >= Double(counts[type]) - 1e-9)
        }
        // Taking the bins for the 6s and 4s out leaves the 3s: the dual simplex repairs the basis.
        let repaired = lp.setDemand([0, 0, 3], pivotLimit: 50)
        #expect(repaired)
        lp.optimize(pivotLimit: 50)
        #expect(abs(lp.objective - 1) < 1e-9)
    }

    @Test func pricingFindsTheBestPatternInTwoAndThreeDimensions() {
        var random = SplitMix64(seed: 31)
        for _ in 0..<60 {
            let types = 2 + random.below(4)
            let capacity = Resources(
                cpuMillicores: Int64(10 + random.below(30)), memoryKiB: Int64(10 + random.below(30)),
                pods: Int64(2 + random.below(6)))
            let demands = (0..<types).map { _ in
                Resources(cpuMillicores: Int64(1 + random.below(12)), memoryKiB: Int64(1 + random.below(12)), pods: 1)
            }
            let prices = (0..<types).map { _ in Double(random.below(1_000)) / 1_000 }
            let limits = (0..<types).map { _ in 1 + random.below(4) }
            let priced = PatternPricing(demands: demands, capacity: capacity).best(
                prices: prices, limits: limits, nodeLimit: 1_000_000)
            #expect(priced.exact)
            // Brute force over every count vector.
            var best = 0.0
            func enumerate(_ type: Int, _ load: Resources, _ value: Double) {
                guard type < types else {
                    best = max(best, value)
                    return
                }
                for count in 0...limits[type] {
                    let next = load + demands[type].times(Int64(count))
                    guard next.fits(within: capacity) else { break }
                    enumerate(type + 1, next, value + prices[type] * Double(count))
                }
            }
            enumerate(0, .zero, 0)
            #expect(abs(priced.value - best) < 1e-9)
            let load = priced.pattern.reduce(Resources.zero) { $0 + demands[$1.type].times(Int64($1.count)) }
            #expect(load.fits(within: capacity))
            #expect(priced.pattern.allSatisfy { $0.count <= limits[$0.type] })
        }
    }

    @Test func roundingPairsCPUHeavyWithMemoryHeavy() throws {
        // 40 CPU-heavy (3 cores, 1 GiB) and 40 memory-heavy (1 core, 3 GiB) on 8-core 8-GiB hosts:
        // two of each fill a host exactly in both, so 20 is the optimum (and the lower bound).
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 8_000, memoryKiB: 8 * 1_048_576, pods: 110),
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 3_000, memoryKiB: 1_048_576, pods: 1), count: 40),
                PackingItemType(demand: Resources(cpuMillicores: 1_000, memoryKiB: 3 * 1_048_576, pods: 1), count: 40),
            ])
        let rounded = try #require(PatternRounding.pack(problem, budget: WorkBudget(steps: 1_000_000)))
        try PackingCheck.verify(PackingSolution(bins: rounded.bins), problem)
        #expect(rounded.bins.count == 20)
        #expect(LowerBound.bins(problem) == 20)
    }

    @Test func roundingIsCompleteFeasibleAndWithinItsBudgetOnRandomFleets() throws {
        var random = SplitMix64(seed: 8)
        for _ in 0..<20 {
            let capacity = Resources(cpuMillicores: 64_000, memoryKiB: 256 * 1_048_576, pods: 110)
            let problem = PackingProblem(
                capacity: capacity,
                items: (0..<(2 + random.below(30))).map { _ in
                    let cpu = Int64([250, 500, 1_000, 2_000, 4_000, 8_000][random.below(6)])
                    let memory = cpu * Int64([1, 2, 4, 8][random.below(4)]) * 1_048_576 / 1_000
                    return PackingItemType(
                        demand: Resources(cpuMillicores: cpu, memoryKiB: memory, pods: 1), count: 1 + random.below(60))
                })
            for budget in [0, 20_000, 2_000_000] {
                let rounded = try #require(PatternRounding.pack(problem, budget: WorkBudget(steps: budget)))
                try PackingCheck.verify(PackingSolution(bins: rounded.bins), problem)
                #expect(rounded.bins.count >= LowerBound.bins(problem))
                #expect(PatternRounding.pack(problem, budget: WorkBudget(steps: budget))?.bins == rounded.bins, "deterministic")
            }
        }
    }

    @Test func anItemThatFitsNoBinIsRefused() {
        let problem = PackingProblem(
            capacity: Self.tenKiB, items: [PackingItemType(demand: Resources(cpuMillicores: 1, memoryKiB: 11, pods: 1), count: 2)]
        )
        #expect(PatternRounding.pack(problem, budget: WorkBudget(steps: 1_000)) == nil)
    }
}
