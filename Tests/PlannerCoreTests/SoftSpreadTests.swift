import Testing

@testable import PlannerCore

/// Soft spread (`SoftSpread`) on packings built by hand: a cluster of replicas on one host is
/// spread out by moves where hosts have room and by swaps where they are full, never adding a
/// host, never overfilling one, and the most crowded type first when the budget is short.
@Suite struct SoftSpreadTests {
    /// One CPU dimension: hosts of 10 cores; type sizes in cores.
    static func problem(_ sizes: [Int64], counts: [Int]) -> PackingProblem {
        PackingProblem(
            capacity: Resources(cpuMillicores: 10_000, memoryKiB: 1 << 40, pods: 1_000),
            items: zip(sizes, counts).map {
                PackingItemType(demand: Resources(cpuMillicores: $0 * 1_000, memoryKiB: 1, pods: 1), count: $1)
            })
    }

    static func rules(types: Int, soft: [Int]) -> PlacementRules {
        var rules = PlacementRules(types: types)
        for type in soft { rules.soft[type] = true }
        return rules
    }

    /// Each host's count of `type`.
    static func counts(_ type: Int, _ packing: RuledPacking) -> [Int] {
        packing.bins.indices.map { packing.count(type, in: $0) }
    }

    static func feasible(_ packing: RuledPacking) -> Bool {
        packing.loads.allSatisfy { $0.fits(within: packing.problem.capacity) }
    }

    /// 40 one-core replicas of type 0 crowd host 0 (with room to spare on the others): every
    /// host ends with 4 or 5 of them (⌈45 ÷ 9⌉), nothing else moves off its host's capacity.
    @Test func aClusterOnOneHostIsMovedOut() {
        // Host 0: 10 of type 0; hosts 1–8: 4 of type 0 and 5 cores of type 1 (a 5-core item).
        let problem = Self.problem([1, 5], counts: [42, 8])
        var bins: [[PackedCount]] = [[PackedCount(type: 0, count: 10)]]
        for _ in 1...8 { bins.append([PackedCount(type: 0, count: 4), PackedCount(type: 1, count: 1)]) }
        var packing = RuledPacking(PackingSolution(bins: bins), problem, Self.rules(types: 2, soft: [0]))
        SoftSpread.even(&packing)
        let spread = Self.counts(0, packing)
        #expect(spread.reduce(0, +) == 42)
        #expect(spread.max() == 5, "\(spread)")
        #expect(packing.usedBins == 9)
        #expect(Self.feasible(packing))
    }

    /// Every host full: host 0 holds ten one-core replicas of type 0, hosts 1–4 hold ten one-core
    /// items of type 1. Only swaps can spread type 0, and they do: at most 2 per host (⌈10 ÷ 5⌉).
    @Test func fullHostsSpreadBySwaps() {
        let problem = Self.problem([1, 1], counts: [10, 40])
        var bins: [[PackedCount]] = [[PackedCount(type: 0, count: 10)]]
        for _ in 1...4 { bins.append([PackedCount(type: 1, count: 10)]) }
        var packing = RuledPacking(PackingSolution(bins: bins), problem, Self.rules(types: 2, soft: [0]))
        SoftSpread.even(&packing)
        let spread = Self.counts(0, packing)
        #expect(spread.reduce(0, +) == 10)
        #expect(spread.max() == 2, "\(spread)")
        #expect(packing.usedBins == 5)
        #expect(Self.feasible(packing))
    }

    /// Items that fit nowhere else stay: two 5-core replicas fill host 0, the others hold a 7-core
    /// item each (3 cores free), so no move fits and a swap would put 12 cores on host 0.
    @Test func nothingMovesWhenNothingFits() {
        let problem = Self.problem([5, 7], counts: [2, 3])
        let bins: [[PackedCount]] = [
            [PackedCount(type: 0, count: 2)], [PackedCount(type: 1, count: 1)], [PackedCount(type: 1, count: 1)],
            [PackedCount(type: 1, count: 1)],
        ]
        var packing = RuledPacking(PackingSolution(bins: bins), problem, Self.rules(types: 2, soft: [0]))
        let before = packing.bins
        SoftSpread.even(&packing)
        #expect(packing.bins == before)
    }

    /// On a thousand hosts, a hundred 0.1-core replicas of the last type fill host 0, and fifty
    /// earlier types each have their two replicas on one host. The worst type goes first and each
    /// of its items moves once, straight to a host without one: it ends one per host, and so do
    /// the mild ones.
    @Test func theMostCrowdedTypeIsSpreadFirstAndFully() {
        let capacity = Resources(cpuMillicores: 10_000, memoryKiB: 1 << 40, pods: 1_000)
        let small = Resources(cpuMillicores: 100, memoryKiB: 1, pods: 1)
        let filler = Resources(cpuMillicores: 5_000, memoryKiB: 1, pods: 1)
        // Types 0..<50: the mild ones; 50: the crowded one; 51: a half-host filler on hosts 1–999.
        let items =
            Array(repeating: PackingItemType(demand: small, count: 2), count: 50)
            + [PackingItemType(demand: small, count: 100), PackingItemType(demand: filler, count: 999)]
        let problem = PackingProblem(capacity: capacity, items: items)
        var bins: [[PackedCount]] = [[PackedCount(type: 50, count: 100)]]
        for host in 1..<1_000 {
            bins.append(
                (host <= 50 ? [PackedCount(type: host - 1, count: 2)] : []) + [PackedCount(type: 51, count: 1)])
        }
        var packing = RuledPacking(PackingSolution(bins: bins), problem, Self.rules(types: 52, soft: Array(0...50)))
        SoftSpread.even(&packing)
        for type in 0...50 { #expect(Self.counts(type, packing).max() == 1, "type \(type)") }
        #expect(packing.usedBins == 1_000)
        #expect(Self.feasible(packing))
    }
}
