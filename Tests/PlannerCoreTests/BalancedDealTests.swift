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

    /// The k-d tree over the bins' loads chooses what a full scan and sort choose (by score, then
    /// bin), query after query as picked bins' loads grow and the tree is rebuilt: with loads of
    /// many values and of few (ties everywhere), one to five lanes, some weights zero.
    @Test func loadTreeChoosesWhatAFullScanChooses() {
        var random = SplitMix64(seed: 11)
        for (bins, lanes, steps) in [(1_100, 3, 4), (3_000, 2, 1_000_000), (2_048, 1, 3), (5_000, 3, 50), (1_500, 5, 7)] {
            var loads = [Double](repeating: 0, count: lanes * bins)
            var tree = LoadTree(loads: loads, lanes: lanes, binCount: bins)
            for query in 0..<250 {
                let weights = (0..<lanes).map { lane in
                    lane == query % lanes && query % 5 == 0 ? 0 : Double(1 + random.below(steps)) / Double(steps)
                }
                let k = 1 + random.below(bins / 8)
                let scores = (0..<bins).map { bin in
                    var sum = 0.0
                    for lane in 0..<lanes where weights[lane] > 0 { sum += loads[lane * bins + bin] * weights[lane] }
                    return sum
                }
                let expected = (0..<bins).sorted { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 < $1 }.prefix(k)
                let chosen = tree.smallest(k, weights: weights, loads: loads).map(\.element)
                #expect(Set(chosen) == Set(expected), "\(bins) bins, \(lanes) lanes, query \(query), k \(k)")
                #expect(chosen.count == k)
                for bin in expected {
                    for lane in 0..<lanes { loads[lane * bins + bin] += weights[lane] }
                }
                tree.picked(Array(expected), loads: loads)
            }
        }
    }

    /// What a rebuilt tree would serve: the searches (remainders under one bin in
    /// `treeBelowShare`) from each position on, up to and including the type whose picks reach a
    /// bin's worth (the wear at `LoadTree.rebuildShare` = 1), which searches before it picks. With
    /// 1,280 bins a search is a remainder of 1 to 9.
    @Test func treeSearchesAheadCountsUntilTheTreeWears() {
        #expect(LoadTree.rebuildShare == 1)
        let remainders = [5, 0, 600, 9, 700, 3, 1_279, 2]
        // From 0: 5, 0, 600, 9, then 700 reaches 1,314 (2 searches: 5 and 9). From 6: 1,279 and 2.
        #expect(BalancedDeal.treeSearchesAhead(remainders, bins: 1_280) == [2, 1, 1, 2, 1, 1, 1, 1])
        #expect(BalancedDeal.treeSearchesAhead([], bins: 1_280) == [])
    }

    /// The deal with the tree packs as the deal with a full scan for every type, on fleets of
    /// more than `BalancedDeal.treeFrom` hosts where many remainders are small.
    @Test(arguments: [FleetShape.mixed, .memoryBound])
    func theTreeDealsAsTheFullScanDoes(_ shape: FleetShape) {
        let problem = Planner.packingProblem(shape.scenario(instances: 60_000, distinct: 3_000), model: .container)
        let bound = LowerBound.bins(problem)
        #expect(bound >= BalancedDeal.treeFrom)
        let searches = BalancedDeal.treeSearchesAhead(
            problem.items.map { $0.count % bound }, bins: bound)
        #expect(searches.contains { $0 > 0 }, "some type searches the tree")
        #expect(BalancedDeal.pack(problem, bins: bound) == BalancedDeal.pack(problem, bins: bound, tree: false))
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
