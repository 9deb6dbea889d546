import Fixtures
import Foundation
import Testing

@testable import PlannerCore

/// Packings shared between the plans of one scenario (`SharedPackings`).
@Suite struct SharedPackingsTests {
    /// Counts the packings a packer made, from any thread.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var problems: [PackingProblem] = []

        var count: Int { lock.withLock { problems.count } }

        func packer(_ inner: @escaping Packer) -> Packer {
            { problem in
                self.lock.withLock { self.problems.append(problem) }
                return inner(problem)
            }
        }
    }

    /// The same problem asked for by four threads at once is packed once, and all four get that
    /// packing; another problem is packed on its own.
    @Test func aProblemAskedForByManyThreadsIsPackedOnce() {
        let counter = Counter()
        let shared = SharedPackings().sharing(counter.packer(NearOptimalPacker.pack))
        let problem = Planner.packingProblem(SyntheticFleet.scenario(instances: 2_000), model: .container)
        let outcome = ParallelPoints<PackingSolution, Never>.run(count: 4, threads: 4) { _ in .success(shared(problem)) }
        guard case .success(let solutions) = outcome else { return }
        #expect(counter.count == 1)
        #expect(solutions.allSatisfy { $0 == NearOptimalPacker.pack(problem) })
        let other = Planner.packingProblem(SyntheticFleet.scenario(instances: 2_000), model: .vm)
        #expect(shared(other) == NearOptimalPacker.pack(other))
        #expect(counter.count == 2)
    }

    /// Packings are let go oldest first once they hold more than the entries allowed: with room
    /// for three one-entry packings, the fourth lets the first go.
    @Test func theOldestPackingsAreLetGoPastTheLimit() {
        let counter = Counter()
        let shared = SharedPackings(keptEntries: 3).sharing(counter.packer(NearOptimalPacker.pack))
        let problems = (1...4).map { size in
            PackingProblem(
                capacity: Resources(cpuMillicores: 10, memoryKiB: 10, pods: 10),
                items: [PackingItemType(demand: Resources(cpuMillicores: 1, memoryKiB: 1, pods: 1), count: size)])
        }
        for problem in problems { _ = shared(problem) }
        #expect(problems.allSatisfy { NearOptimalPacker.pack($0).bins.reduce(0) { $0 + $1.count } == 1 })
        _ = shared(problems[1])
        _ = shared(problems[3])
        #expect(counter.count == 4, "the last three are kept")
        _ = shared(problems[0])
        #expect(counter.count == 5, "the oldest was let go")
    }

    /// A memory-bound fleet's mixed plan packs what its container plan packs: the four plans pack
    /// one problem fewer than the models planned one by one, and are the same plans, on one thread
    /// and on three.
    @Test func theMixedPlanTakesTheContainerPlansPacking() throws {
        let scenario = FleetShape.memoryBound.scenario(instances: 3_000, distinct: 100)
        let alone = Counter()
        let planner = Planner(packer: alone.packer(NearOptimalPacker.pack))
        let separately = try PlanModel.allCases.map { try planner.plan(scenario, model: $0) }
        for threads in [1, 3] {
            let counter = Counter()
            let plans = try Planner(packer: counter.packer(NearOptimalPacker.pack), parallelism: threads).plans(for: scenario)
            #expect(plans == separately)
            #expect(counter.count == alone.count - 1, "\(threads) threads")
        }
    }
}
