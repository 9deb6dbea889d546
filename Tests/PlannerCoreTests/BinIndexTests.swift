import Testing

@testable import PlannerCore

@Suite struct BinIndexTests {
    /// Free capacity drawn from a few values a dimension, so many bins tie and many subtrees pass
    /// the maximum test without holding one bin that fits (the search must backtrack).
    private func randomFree(_ random: inout SplitMix64) -> Resources {
        Resources(
            cpuMillicores: Int64(random.below(5)) * 500, memoryKiB: Int64(random.below(5)) * 1_024,
            pods: Int64(random.below(3)), gpus: Int64(random.below(2)), diskMiB: Int64(random.below(3)) * 100)
    }

    private func scan(_ free: [Resources], _ demand: Resources, from start: Int) -> Int? {
        (start..<max(start, free.count)).first { demand.fits(within: free[$0]) }
    }

    @Test(arguments: [1, 2, 3, 4])
    func firstFitIsTheScansFirstFit(_ seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var index = BinIndex(expectedBins: 1 + random.below(8))
        var free: [Resources] = []
        for step in 0..<3_000 {
            switch random.below(4) {
            case 0 where !free.isEmpty:
                let bin = random.below(free.count)
                free[bin] = randomFree(&random)
                index.update(bin, free[bin])
            case 1:
                free.append(randomFree(&random))
                index.append(free[free.count - 1])
            default:
                let demand = randomFree(&random)
                let start = random.below(free.count + 2)
                #expect(index.firstFit(demand, from: start) == scan(free, demand, from: start), "step \(step)")
            }
            #expect(index.count == free.count)
        }
    }

    @Test func anEmptyIndexHoldsNothing() {
        let index = BinIndex()
        #expect(index.firstFit(.zero, from: 0) == nil)
    }
}
