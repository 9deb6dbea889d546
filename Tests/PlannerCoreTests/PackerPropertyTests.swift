import Testing

@testable import PlannerCore

/// Seeded random problems in one, two and three dimensions (CPU, memory, pod slots), with counts:
/// the default packer is feasible, never worse than first-fit decreasing, never below the lower
/// bound, and deterministic.
@Suite struct PackerPropertyTests {
    static func randomProblem(_ random: inout SplitMix64) -> PackingProblem {
        let dimensions = 1 + random.below(3)
        let capacity = Resources(
            cpuMillicores: dimensions >= 2 ? Int64(4_000 + random.below(60_000)) : 1_000_000_000,
            memoryKiB: Int64(10_000 + random.below(1_000_000)),
            pods: dimensions == 3 ? Int64(2 + random.below(30)) : 1_000_000)
        let types = 1 + random.below(25)
        let items = (0..<types).map { _ in
            PackingItemType(
                demand: Resources(
                    cpuMillicores: 1 + Int64(random.below(Int(capacity.cpuMillicores / 2))) % 2_000_000,
                    memoryKiB: 1 + Int64(random.below(Int(capacity.memoryKiB))),
                    pods: 1),
                count: random.below(3) == 0 ? 1 + random.below(40) : 1 + random.below(3))
        }
        return PackingProblem(capacity: capacity, items: items)
    }

    @Test func defaultPackerIsFeasibleBoundedAndNeverWorseThanFirstFit() throws {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<120 {
            let problem = Self.randomProblem(&random)
            let effort = PackingEffort(evaluations: 200_000, windowItems: 300)
            let packed = NearOptimalPacker.pack(problem, effort: effort)
            try PackingCheck.verify(packed, problem)
            let used = packed.bins.filter { $0.contains { $0.count > 0 } }.count
            #expect(used <= FirstFitDecreasing.pack(problem).bins.count)
            #expect(used >= LowerBound.bins(problem))
            #expect(LowerBound.martelloTothL2(problem, { $0.memoryKiB }) <= used)
            #expect(NearOptimalPacker.pack(problem, effort: effort) == packed, "same input, same packing")
        }
    }

    /// Per-item first fit over the decreasing order, the definition the indexed version must match.
    static func plainFirstFit(_ problem: PackingProblem) -> [Resources] {
        var loads: [Resources] = []
        for type in FirstFitDecreasing.decreasingOrder(problem) {
            let demand = problem.items[type].demand
            for _ in 0..<problem.items[type].count {
                if let bin = loads.indices.first(where: { (loads[$0] + demand).fits(within: problem.capacity) }) {
                    loads[bin] += demand
                } else {
                    loads.append(demand)
                }
            }
        }
        return loads
    }

    @Test func indexedFirstFitDecreasingIsPerItemFirstFit() {
        var random = SplitMix64(seed: 77)
        for _ in 0..<150 {
            let problem = Self.randomProblem(&random)
            let loads = FirstFitDecreasing.pack(problem).bins.map { bin in
                bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
            }
            #expect(loads == Self.plainFirstFit(problem))
        }
    }

    @Test func mixesTypesThatFirstFitDecreasingKeepsApart() {
        // Twenty types of twenty replicas, 0.25 to 8 cores at 1 to 8 GiB per core, on 32-core
        // 128-GiB hosts: first-fit decreasing fills hosts type by type (60 hosts); mixing CPU-heavy
        // with memory-heavy types reaches the lower bound of 46.
        var random = SplitMix64(seed: 4)
        let cores: [Int64] = [250, 500, 1000, 2000, 4000, 8000]
        let items = (0..<20).map { _ in
            let cpu = cores[random.below(6)]
            let memory = cpu * Int64([1, 2, 4, 8][random.below(4)]) * 1_048_576 / 1000
            return PackingItemType(demand: Resources(cpuMillicores: cpu, memoryKiB: memory, pods: 1), count: 20)
        }
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 32_000, memoryKiB: 128 * 1_048_576, pods: 110), items: items)
        let effort = PackingEffort(evaluations: 100_000, windowItems: 300)
        #expect(FirstFitDecreasing.pack(problem).bins.count == 60)
        #expect(LowerBound.bins(problem) == 46)
        #expect(NearOptimalPacker.pack(problem, effort: effort).bins.count == 46)
    }
}
