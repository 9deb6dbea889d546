import Fixtures
import Testing

@testable import PlannerCore

/// The balanced deal (`BalancedDeal`) and the partial selection it runs on (`Selection`).
@Suite struct BalancedDealTests {
    /// The k smallest by (key, index), as a sort finds them: for small and large k, for lists
    /// long enough to take the sampled-threshold path, and with many equal keys.
    @Test func selectionFindsTheSmallestLikeASort() {
        var random = SplitMix64(seed: 7)
        var scratch: [Selection.Keyed] = []
        for n in [1, 2, 5, 100, 1_000, 5_000] {
            for distinctKeys in [3, 1_000_000] {
                let keys = (0..<n).map { _ in Double(random.next() % UInt64(distinctKeys)) }
                let sorted = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
                for k in Set([0, 1, n / 100, n / 9, n / 2, n - 1, n]) where k >= 0 && k <= n {
                    let chosen = Selection.smallest(k, of: keys, entries: &scratch).map(\.element)
                    #expect(Set(chosen) == Set(sorted.prefix(k)), "n \(n), k \(k), \(distinctKeys) distinct keys")
                    #expect(chosen.count == k)
                }
            }
        }
    }

    /// On fleets of every shape the deal places every item once, overfills no host, never goes
    /// below the bound, is the same every run, and on the fleets of many small items it is made
    /// for ends within one host per hundred of the bound.
    @Test(arguments: FleetShape.allCases)
    func dealIsFeasibleDeterministicAndCloseToTheBound(_ shape: FleetShape) throws {
        for seed in [UInt64(1), 2] {
            let problem = Planner.packingProblem(shape.scenario(instances: 10_000, distinct: 200, seed: seed), model: .container)
            let bound = LowerBound.bins(problem)
            let dealt = BalancedDeal.pack(problem, bins: bound)
            try PackingCheck.verify(PackingSolution(bins: dealt), problem)
            #expect(dealt.count >= bound)
            #expect(BalancedDeal.pack(problem, bins: bound) == dealt, "same fleet, same packing")
            #expect(dealt.allSatisfy { bin in Set(bin.map(\.type)).count == bin.count }, "each type once per bin")
            if problem.itemCount >= NearOptimalPacker.dealItemsPerBin * bound {
                #expect(dealt.count <= bound + max(1, bound / 100), "\(shape) seed \(seed): \(dealt.count) against \(bound)")
            }
        }
    }

    /// Where first fit and the interleaving leave hosts half full in one dimension, the deal
    /// fills them in the fleet's own proportions: the synthetic fleet's container plan.
    @Test func dealBeatsTheInterleavingOnTheSyntheticFleet() {
        let problem = Planner.packingProblem(SyntheticFleet.scenario(instances: 30_000, seed: 1), model: .container)
        let bound = LowerBound.bins(problem)
        let dealt = BalancedDeal.pack(problem, bins: bound).count
        let interleaved = InterleavedFirstFit.pack(
            problem, rounds: bound, order: InterleavedFirstFit.complementaryOrder(problem)
        ).count
        #expect(dealt < interleaved)
        #expect(dealt <= bound + max(1, bound / 200), "\(dealt) hosts against a bound of \(bound)")
    }

    /// An overfull host gives back the smallest item that clears the whole excess; when none
    /// does, the largest in the most exceeded dimension, then again.
    @Test func overfullHostsGiveBackTheLeastThatClearsTheExcess() {
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 1_000, memoryKiB: 1_000, pods: 10),
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 500, memoryKiB: 100, pods: 1), count: 1),
                PackingItemType(demand: Resources(cpuMillicores: 150, memoryKiB: 150, pods: 1), count: 3),
                PackingItemType(demand: Resources(cpuMillicores: 100, memoryKiB: 50, pods: 1), count: 2),
            ])
        // 500 + 3 × 150 + 2 × 100 = 1,150 m of CPU: 150 m over. The 150 m item clears it and is
        // smaller than the 500 m one; the 100 m ones do not clear it.
        var bin = [PackedCount(type: 0, count: 1), PackedCount(type: 1, count: 3), PackedCount(type: 2, count: 2)]
        var left = [0, 0, 0]
        BalancedDeal.giveBack(&bin, problem, to: &left)
        #expect(left == [0, 1, 0])
        #expect(bin == [PackedCount(type: 0, count: 1), PackedCount(type: 1, count: 2), PackedCount(type: 2, count: 2)])
        // 400 m over: no single item but the 500 m one clears it, and it does.
        var heavy = [PackedCount(type: 0, count: 1), PackedCount(type: 1, count: 3), PackedCount(type: 2, count: 2)]
        var over = PackingProblem(capacity: problem.capacity, items: problem.items)
        over.capacity.cpuMillicores = 750
        over.capacity.memoryKiB = 2_000
        left = [0, 0, 0]
        BalancedDeal.giveBack(&heavy, over, to: &left)
        #expect(left == [1, 0, 0])
        // 1,150 m against 500 m: 650 m over, nothing clears it alone: the 500 m item first (the
        // largest CPU), then the smallest that clears the remaining 150 m.
        over.capacity.cpuMillicores = 500
        heavy = [PackedCount(type: 0, count: 1), PackedCount(type: 1, count: 3), PackedCount(type: 2, count: 2)]
        left = [0, 0, 0]
        BalancedDeal.giveBack(&heavy, over, to: &left)
        #expect(left == [1, 1, 0])
    }
}
