import Testing

@testable import PlannerCore

/// The consistent neighbourhood search alone, from first-fit decreasing, on problems whose optimum
/// is known by construction: every optimal bin is exactly full, so the optimum equals the lower
/// bound and any bin of slack is a bin too many.
@Suite struct ConsistentNeighbourhoodSearchTests {
    /// `bins` bins, each cut into three items, shuffled: Falkenauer's triplets. In one dimension
    /// (memory) every bin is exactly full; in two (CPU and memory) each bin is 98% to 100% full in
    /// each, cut independently, so the items' CPU and memory do not go together. Either way the
    /// total needs `bins` bins (over 29 of them full), so `bins` is the optimum.
    static func plantedTriplets(bins: Int, twoDimensional: Bool, seed: UInt64) -> (demands: [Resources], capacity: Resources) {
        var random = SplitMix64(seed: seed)
        let capacity = Resources(cpuMillicores: twoDimensional ? 16_000 : 1_000_000_000, memoryKiB: 1_000_000, pods: 1_000)
        var demands: [Resources] = []
        func split(_ total: Int64) -> [Int64] {
            // A large part in [38%, 49%], the rest in two parts of at least 25%, as Falkenauer's T.
            let first = total * Int64(380 + random.below(111)) / 1000
            let rest = total - first
            let second = total / 4 + Int64(random.below(Int(max(1, rest - total / 2))))
            return [first, second, rest - second]
        }
        func full(_ total: Int64) -> Int64 { twoDimensional ? total * Int64(980 + random.below(21)) / 1000 : total }
        for _ in 0..<bins {
            let memory = split(full(capacity.memoryKiB))
            let cpu = twoDimensional ? split(full(capacity.cpuMillicores)).shuffled(using: &random) : [1, 1, 1]
            for part in 0..<3 { demands.append(Resources(cpuMillicores: cpu[part], memoryKiB: memory[part], pods: 1)) }
        }
        demands.shuffle(using: &random)
        return (demands, capacity)
    }

    /// First fit over memory, decreasing: the search's start.
    static func firstFit(_ demands: [Resources], _ capacity: Resources) -> [[Int]] {
        var bins: [[Int]] = []
        var loads: [Resources] = []
        let order = demands.indices.sorted {
            demands[$0].memoryKiB != demands[$1].memoryKiB ? demands[$0].memoryKiB > demands[$1].memoryKiB : $0 < $1
        }
        for item in order {
            if let bin = loads.indices.first(where: { (loads[$0] + demands[item]).fits(within: capacity) }) {
                bins[bin].append(item)
                loads[bin] += demands[item]
            } else {
                bins.append([item])
                loads.append(demands[item])
            }
        }
        return bins
    }

    static func searchFromFirstFit(_ demands: [Resources], _ capacity: Resources, evaluations: Int) -> [[Int]] {
        let bins = firstFit(demands, capacity)
        let problem = PackingProblem(capacity: capacity, items: demands.map { PackingItemType(demand: $0, count: 1) })
        let weights = ItemWeights(problem)
        var search = ConsistentNeighbourhoodSearch(
            demands: demands, weights: demands.indices.map { weights.of(type: $0) }, capacity: capacity, seed: 11)
        return search.run(from: bins, lowerBound: LowerBound.bins(problem), budget: WorkBudget(steps: evaluations))
    }

    static func expectFeasibleAndComplete(_ bins: [[Int]], _ demands: [Resources], _ capacity: Resources) {
        #expect(bins.flatMap { $0 }.sorted() == Array(demands.indices), "every item exactly once")
        for bin in bins {
            #expect(bin.reduce(Resources.zero) { $0 + demands[$1] }.fits(within: capacity))
        }
    }

    @Test(arguments: [false, true]) func reachesPlantedTripletsWhereFirstFitCannot(twoDimensional: Bool) {
        for seed in UInt64(1)...3 {
            let (demands, capacity) = Self.plantedTriplets(bins: 30, twoDimensional: twoDimensional, seed: seed)
            let packed = Self.searchFromFirstFit(demands, capacity, evaluations: 3_000_000)
            Self.expectFeasibleAndComplete(packed, demands, capacity)
            #expect(packed.count == 30, "seed \(seed)")
        }
    }

    @Test func stopsWithinItsBudgetAndKeepsTheStart() {
        let (demands, capacity) = Self.plantedTriplets(bins: 30, twoDimensional: false, seed: 5)
        let untouched = Self.searchFromFirstFit(demands, capacity, evaluations: 0)
        #expect(untouched == Self.firstFit(demands, capacity))
        #expect(untouched.count > 30)
        Self.expectFeasibleAndComplete(untouched, demands, capacity)
    }

    @Test func threeBinsAboveAWeakBoundCostOnlyTheExactTest() {
        // Five items of 4 in bins of 10: the volume bound says 2, but two items at most share a
        // bin, so 3 is optimal. Taking all three bins out leaves nothing to search.
        let demands = [Resources](repeating: Resources(cpuMillicores: 0, memoryKiB: 4, pods: 0), count: 5)
        let capacity = Resources(cpuMillicores: 0, memoryKiB: 10, pods: 0)
        var search = ConsistentNeighbourhoodSearch(
            demands: demands, weights: [Double](repeating: 0.4, count: 5), capacity: capacity, seed: 1)
        let packed = search.run(from: [[0, 1], [2, 3], [4]], lowerBound: 2, budget: WorkBudget(steps: 1_000_000))
        #expect(packed.count == 3)
        #expect(search.spent < 1_000)
    }

    @Test func sameInputSamePacking() {
        let (demands, capacity) = Self.plantedTriplets(bins: 20, twoDimensional: true, seed: 9)
        #expect(
            Self.searchFromFirstFit(demands, capacity, evaluations: 200_000)
                == Self.searchFromFirstFit(demands, capacity, evaluations: 200_000))
    }
}

/// One bin's best fill among candidates.
@Suite struct BestFillTests {
    @Test func heaviestSubsetWithFewerItemsOnATieAndTheBinsOwnItemsFirst() {
        // Capacity 10: {6, 4} and {6, 2, 2} both fill it; the two-item subset wins.
        let sizes: [Int64] = [6, 4, 2, 2, 7]
        let demands = sizes.map { Resources(cpuMillicores: 0, memoryKiB: $0, pods: 0) }
        let weights = sizes.map { Double($0) / 10 }
        let capacity = Resources(cpuMillicores: 0, memoryKiB: 10, pods: 0)
        let (chosen, nodes) = BestFill.choose(
            from: [0, 1, 2, 3, 4], demands: demands, weights: weights, capacity: capacity,
            incumbentWeight: 0, incumbentItems: 0, nodeLimit: 1_000)
        #expect(Set(chosen ?? []) == [0, 1])
        #expect(nodes > 0)
        // Of two equal items, the one listed first is kept.
        let again = BestFill.choose(
            from: [3, 2], demands: demands, weights: weights, capacity: capacity,
            incumbentWeight: 0, incumbentItems: 0, nodeLimit: 1_000)
        #expect(again.chosen == [3, 2])
        let one = BestFill.choose(
            from: [3, 0], demands: demands, weights: weights, capacity: Resources(cpuMillicores: 0, memoryKiB: 7, pods: 0),
            incumbentWeight: 0, incumbentItems: 0, nodeLimit: 1_000)
        #expect(one.chosen == [0])
    }

    @Test func nothingWhenTheIncumbentCannotBeBeaten() {
        let demands = [Resources(cpuMillicores: 0, memoryKiB: 5, pods: 0), Resources(cpuMillicores: 0, memoryKiB: 4, pods: 0)]
        let (chosen, _) = BestFill.choose(
            from: [0, 1], demands: demands, weights: [0.5, 0.4], capacity: Resources(cpuMillicores: 0, memoryKiB: 10, pods: 0),
            incumbentWeight: 0.9, incumbentItems: 2, nodeLimit: 1_000)
        #expect(chosen == nil)
    }
}
