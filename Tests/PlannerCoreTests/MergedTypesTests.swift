import Fixtures
import Testing

@testable import PlannerCore

@Suite struct MergedTypesTests {
    private func problem(_ demands: [(cpu: Int64, memory: Int64)], counts: [Int]) -> PackingProblem {
        PackingProblem(
            capacity: Resources(cpuMillicores: 1_000, memoryKiB: 1_000, pods: 100),
            items: zip(demands, counts).map {
                PackingItemType(demand: Resources(cpuMillicores: $0.cpu, memoryKiB: $0.memory, pods: 1), count: $1)
            })
    }

    @Test(arguments: FleetShape.allCases)
    func theFirstFitReadOffTheOriginalIsTheMergedProblemsOwn(_ shape: FleetShape) {
        var read = 0
        for model in PlanModel.allCases {
            let original = Planner.packingProblem(shape.scenario(instances: 20_000, distinct: 1_500, seed: 5), model: model)
            let merged = MergedTypes(original)
            guard let derived = merged.firstFit(from: FirstFitDecreasing.pack(original)) else { continue }
            #expect(derived == FirstFitDecreasing.pack(merged.problem), "\(shape) \(model)")
            read += 1
        }
        #expect(read > 0)
    }

    @Test func aGroupSplitByAnEqualSizedDemandIsPackedAfresh() {
        // Types 0 and 2 merge; type 1 ties with them in size, so the original order is 0, 1, 2.
        let split = problem([(100, 50), (50, 100), (100, 50)], counts: [15, 15, 15])
        #expect(MergedTypes(split).firstFit(from: FirstFitDecreasing.pack(split)) == nil)
        // Merged types next to each other, a zero count, and a partly filled last bin.
        let together = problem([(100, 50), (100, 50), (30, 30), (70, 90), (30, 30)], counts: [13, 4, 40, 0, 7])
        let merged = MergedTypes(together)
        #expect(merged.problem.items.count == 3)
        let derived = merged.firstFit(from: FirstFitDecreasing.pack(together))
        #expect(derived == FirstFitDecreasing.pack(merged.problem))
        #expect(derived != nil)
    }
}
