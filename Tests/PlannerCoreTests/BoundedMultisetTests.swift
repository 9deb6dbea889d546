import Testing

@testable import PlannerCore

/// The shared search over one bin's counts per type: per-type bounds, capacity in every dimension,
/// the node budget and the two ways of counting nodes.
@Suite struct BoundedMultisetTests {
    /// The heaviest counts seen, the first of equal weight kept.
    struct Heaviest: MultisetObjective {
        var bestWeight = -1.0
        var best: [Int] = []

        mutating func visit(_ counts: [Int], weight: Double, items: Int) {
            if weight > bestWeight + BoundedMultiset.epsilon {
                bestWeight = weight
                best = counts
            }
        }

        var isSatisfied: Bool { bestWeight >= 1 - 1e-9 }

        func mayImprove(upTo bound: Double) -> Bool { min(1, bound) > bestWeight + BoundedMultiset.epsilon }
    }

    /// Every node's counts, nothing cut.
    struct Everything: MultisetObjective {
        var seen: [[Int]] = []

        mutating func visit(_ counts: [Int], weight: Double, items: Int) { seen.append(counts) }

        var isSatisfied: Bool { false }

        func mayImprove(upTo bound: Double) -> Bool { true }
    }

    static func memory(_ kib: Int64, cpu: Int64 = 0) -> Resources {
        Resources(cpuMillicores: cpu, memoryKiB: kib, pods: 0)
    }

    @Test func thePerTypeBoundCapsEachCount() {
        // Five items of 2 would fill the bin of 10, but at most three may go: 3 × 2 + 4 fills it.
        let multiset = BoundedMultiset(
            demands: [Self.memory(2), Self.memory(4)], weights: [0.2, 0.4], bounds: [3, 1],
            capacity: Self.memory(10))
        var heaviest = Heaviest()
        _ = multiset.search(&heaviest, load: .zero, weight: 0, items: 0, nodeLimit: 1_000)
        #expect(heaviest.best == [3, 1])
        #expect(abs(heaviest.bestWeight - 1) < 1e-9)
        let capped = BoundedMultiset(
            demands: [Self.memory(2)], weights: [0.2], bounds: [3], capacity: Self.memory(10))
        var alone = Heaviest()
        _ = capped.search(&alone, load: .zero, weight: 0, items: 0, nodeLimit: 1_000)
        #expect(alone.best == [3])
    }

    @Test func everyDimensionBindsAndTheLoadCounts() {
        // Memory would take two of the first type, CPU only one; the bin already holds 4 of
        // memory, so one of the second type fits beside it and not two.
        let multiset = BoundedMultiset(
            demands: [Self.memory(3, cpu: 6), Self.memory(3, cpu: 1)], weights: [0.3, 0.3], bounds: [2, 2],
            capacity: Self.memory(10, cpu: 10))
        var heaviest = Heaviest()
        _ = multiset.search(&heaviest, load: Self.memory(4), weight: 0.4, items: 1, nodeLimit: 1_000)
        #expect(heaviest.best == [1, 1])
    }

    @Test func theNodeBudgetStopsTheSearch() {
        let multiset = BoundedMultiset(
            demands: [Self.memory(2), Self.memory(4)], weights: [0.2, 0.4], bounds: [3, 1],
            capacity: Self.memory(10))
        var heaviest = Heaviest()
        #expect(multiset.search(&heaviest, load: .zero, weight: 0, items: 0, nodeLimit: 1) == 1)
        #expect(heaviest.best == [0, 0])
    }

    @Test func takenCountsShowEachMultisetOnceEveryCountShowsRepeats() {
        let demands = [Self.memory(3), Self.memory(3)]
        let every = BoundedMultiset(demands: demands, weights: [0.3, 0.3], bounds: [1, 1], capacity: Self.memory(10))
        var all = Everything()
        #expect(every.search(&all, load: .zero, weight: 0, items: 0, nodeLimit: 1_000) == 7)
        #expect(all.seen == [[0, 0], [1, 0], [1, 1], [1, 0], [0, 0], [0, 1], [0, 0]])
        let taken = BoundedMultiset(
            demands: demands, weights: [0.3, 0.3], bounds: [1, 1], capacity: Self.memory(10), accounting: .takenCounts)
        var once = Everything()
        #expect(taken.search(&once, load: .zero, weight: 0, items: 0, nodeLimit: 1_000) == 7)
        #expect(once.seen == [[0, 0], [1, 0], [1, 1], [0, 1]])
    }
}
