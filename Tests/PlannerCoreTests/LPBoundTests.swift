import Testing

@testable import PlannerCore

/// The pattern relaxation's bound as the plan's certificate (issue 14): Farley's bound from the
/// packer's relaxation, checked against an independent brute force on tiny instances and carried
/// into `lowerBoundHosts` when it beats the volume and L2 bounds.
@Suite struct LPBoundTests {
    static let capacity = Resources(cpuMillicores: 1_000, memoryKiB: 1_000, pods: 110)

    /// CPU-heavy (500 m, 300 KiB) and memory-heavy (300 m, 500 KiB) items: two of one kind fill a
    /// bin's CPU or memory exactly, one of each leaves 200 of both, and no bin holds three, so a
    /// bin holds two items whatever their kind. The optimum and the relaxation are both n ÷ 2, the
    /// volume bound only 0.8 × n ÷ 2 and no item exceeds half a bin (L2 and large items see nothing).
    static func pairs(_ each: Int) -> PackingProblem {
        PackingProblem(
            capacity: capacity,
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 500, memoryKiB: 300, pods: 1), count: each),
                PackingItemType(demand: Resources(cpuMillicores: 300, memoryKiB: 500, pods: 1), count: each),
            ])
    }

    @Test func theRelaxationProvesWhatTheVolumeCannot() throws {
        let problem = Self.pairs(10)
        #expect(LowerBound.bins(problem) == 8)
        let solution = NearOptimalPacker.pack(problem)
        #expect(NearOptimalPacker.used(solution) == 10)
        let bound = try #require(solution.relaxationBound)
        #expect(bound.bins == 10)
        #expect(abs(bound.value - 10) < 1e-6)
        #expect(bound.optimal)
        #expect(bound.method == "pattern LP")
        #expect(solution.stage.isEmpty == false)
    }

    @Test func thePlacementTakesTheRelaxationsBoundWhenHigher() throws {
        let problem = Self.pairs(10)
        let rules = PlacementRules(types: 2)
        let relaxation = try #require(NearOptimalPacker.pack(problem).relaxationBound)
        let certificate = PlacementPipeline.lowerBound(problem, rules, relaxation: relaxation)
        #expect(certificate.bins == 10)
        #expect(certificate.method == "pattern LP")
        // A lower relaxation leaves the volume bound in place.
        var weaker = relaxation
        weaker.bins = 7
        #expect(PlacementPipeline.lowerBound(problem, rules, relaxation: weaker).bins == 8)
    }

    /// The least bins for `counts` by brute force over every feasible bin content: f(c) = 1 + min
    /// over nonzero patterns p ≤ c of f(c − p), memoized. Independent of the simplex and pricing.
    static func optimum(_ problem: PackingProblem) -> Int {
        let demands = problem.items.map(\.demand)
        var patterns: [[Int]] = [[]]
        for _ in demands {
            var next: [[Int]] = []
            for pattern in patterns {
                var count = 0
                while true {
                    var load = Resources.zero
                    for (type, copies) in (pattern + [count]).enumerated() { load += demands[type].times(Int64(copies)) }
                    guard load.fits(within: problem.capacity) else { break }
                    next.append(pattern + [count])
                    count += 1
                }
            }
            patterns = next
        }
        patterns.removeAll { $0.allSatisfy { $0 == 0 } }
        var memo: [[Int]: Int] = [:]
        func bins(_ left: [Int]) -> Int {
            if left.allSatisfy({ $0 == 0 }) { return 0 }
            if let known = memo[left] { return known }
            var best = Int.max
            for pattern in patterns where zip(pattern, left).allSatisfy({ $0 <= $1 }) {
                let rest = zip(left, pattern).map { $0 - $1 }
                best = min(best, 1 + bins(rest))
            }
            memo[left] = best
            return best
        }
        return bins(problem.items.map(\.count))
    }

    @Test func farleysBoundIsNeverAboveTheBruteForceOptimum() {
        var random = SplitMix64(seed: 14)
        var proven = 0
        for _ in 0..<40 {
            let types = 2 + random.below(2)
            let items = (0..<types).map { _ in
                PackingItemType(
                    demand: Resources(
                        cpuMillicores: Int64(150 + random.below(500)), memoryKiB: Int64(150 + random.below(500)), pods: 1),
                    count: 1 + random.below(5))
            }
            let problem = PackingProblem(capacity: Self.capacity, items: items)
            let optimum = Self.optimum(problem)
            // From the first columns' duals (stopped early) and from the solved relaxation.
            guard let solved = ClassPatterns.relaxation(problem, budget: WorkBudget(steps: 10_000_000)) else { continue }
            let early = CoveringLP(
                demand: items.map { Double($0.count) },
                patterns: items.indices.map { [PackedCount(type: $0, count: 1)] })
            for duals in [early.duals, solved.lp.duals] {
                let bound = PatternBound.farley(problem, duals: duals, nodeLimit: 100_000)
                #expect(bound.bins <= optimum, "\(items) optimum \(optimum) bound \(bound)")
                if bound.optimal { proven += 1 }
            }
        }
        #expect(proven >= 20)
    }
}
