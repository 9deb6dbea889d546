import Foundation
import Testing

@testable import PlannerCore

@Suite struct LowerBoundTests {
    static func oneDimensional(_ capacity: Int64, _ sizes: [Int64]) -> PackingProblem {
        PackingProblem(
            capacity: Resources(cpuMillicores: 0, memoryKiB: capacity, pods: 0),
            items: sizes.map { PackingItemType(demand: Resources(cpuMillicores: 0, memoryKiB: $0, pods: 0), count: 1) })
    }

    @Test func martelloTothBeatsTheVolumeBound() {
        // Three 60s and three 45s in bins of 100: volume ⌈315/100⌉ = 4, items over half 3; with
        // K = 45 no 45 fits beside a 60, and the 45s need ⌈135/100⌉ = 2 more bins: L2 = 5,
        // which is the optimum (60 | 60 | 60 | 45+45 | 45).
        let problem = Self.oneDimensional(100, [60, 60, 60, 45, 45, 45])
        let (volume, largeItems) = LowerBound.volumeAndLargeItems(problem, { $0.memoryKiB })
        #expect(volume == 4 && largeItems == 3)
        #expect(LowerBound.martelloTothL2(problem, { $0.memoryKiB }) == 5)
        #expect(LowerBound.bins(problem) == 5)
        #expect(LowerBound.certificate(problem) == LowerBound.Certificate(bins: 5, method: "L2 (memory)"))
    }

    @Test func countsWorkLikeRepeatedItems() {
        let single = Self.oneDimensional(100, [60, 60, 60, 45, 45, 45])
        let counted = PackingProblem(
            capacity: single.capacity,
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 0, memoryKiB: 60, pods: 0), count: 3),
                PackingItemType(demand: Resources(cpuMillicores: 0, memoryKiB: 45, pods: 0), count: 3),
            ])
        #expect(LowerBound.bins(counted) == LowerBound.bins(single))
    }

    @Test func takesTheLargestDimension() {
        // Memory needs 2 bins; pod slots (2 per bin, 5 pods) need 3.
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 1000, memoryKiB: 1000, pods: 2),
            items: [PackingItemType(demand: Resources(cpuMillicores: 10, memoryKiB: 300, pods: 1), count: 5)])
        #expect(LowerBound.bins(problem) == 3)
        // Memory's volume (2) loses to the pod slots' (⌈5 ÷ 2⌉ = 3): the plan names the latter.
        #expect(LowerBound.certificate(problem).method == "reachable-capacity volume (pods)")
    }

    /// The plan says which bound its lowerBoundHosts is, and "none" with nothing to place.
    @Test func thePlanNamesItsBound() throws {
        let empty = PackingProblem(capacity: Resources(cpuMillicores: 1000, memoryKiB: 1000, pods: 2), items: [])
        #expect(LowerBound.certificate(empty) == LowerBound.Certificate(bins: 0, method: "none"))
        let scenario = Scenario(
            name: "s", host: PlannerFixture.plainHost(cores: 16, memoryGiB: 64, failover: 0),
            workloads: [Workload(name: "a", cpuCores: 1, memoryMiB: 20_000, replicas: 7)])
        let plan = try Planner().plan(scenario, model: .container)
        // Memory: at most 3 × 20,000 MiB reach a 65,536 MiB host, so ⌈140,000 ÷ 60,000⌉ = 3.
        #expect(plan.lowerBoundHosts == 3 && plan.lowerBoundMethod == "reachable-capacity volume (memory)")
        let json = String(decoding: PlanDocument.json(scenario: scenario, plans: [plan]), as: UTF8.self)
        #expect(json.contains(#""lowerBoundMethod": "reachable-capacity volume (memory)""#))
    }

    /// The exact optimum of a tiny one-dimensional instance, by trying every assignment.
    static func optimum(_ capacity: Int64, _ sizes: [Int64]) -> Int {
        var best = sizes.count
        var loads: [Int64] = []
        func place(_ index: Int) {
            if loads.count >= best { return }
            if index == sizes.count {
                best = loads.count
                return
            }
            for bin in loads.indices where loads[bin] + sizes[index] <= capacity {
                loads[bin] += sizes[index]
                place(index + 1)
                loads[bin] -= sizes[index]
            }
            loads.append(sizes[index])
            place(index + 1)
            loads.removeLast()
        }
        place(0)
        return best
    }

    @Test func neverAboveTheExactOptimumOnRandomTinyInstances() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let capacity = Int64(10 + random.below(90))
            let sizes = (0..<(1 + random.below(8))).map { _ in Int64(1 + random.below(Int(capacity))) }
            let problem = Self.oneDimensional(capacity, sizes)
            let optimum = Self.optimum(capacity, sizes)
            #expect(LowerBound.bins(problem) <= optimum, "capacity \(capacity), sizes \(sizes)")
            let packed = NearOptimalPacker.pack(problem, effort: PackingEffort(evaluations: 20_000, windowItems: 100))
            #expect(packed.bins.count >= optimum)
        }
    }
}
