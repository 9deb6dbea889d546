import Fixtures
import Testing

@testable import PlannerCore

/// Generated two-dimensional perfect packings (`VectorPerfectPacking`): their optimum is the number
/// of hosts cut, proven by the volume bound, and the default packer reaches it on small ones.
@Suite struct VectorPerfectPackingTests {
    struct Case: Sendable, CustomStringConvertible {
        var family: VectorPerfectPacking
        var hosts: Int
        var seed: UInt64
        var description: String { "\(family.rawValue) \(hosts) hosts seed \(seed)" }
    }

    static let cases: [Case] = VectorPerfectPacking.allCases.flatMap { family in
        [Case(family: family, hosts: 10, seed: 1), Case(family: family, hosts: 20, seed: 2)]
    }

    @Test(arguments: cases) func everyHostIsExactlyFull(_ fixture: Case) {
        let hosts = fixture.family.perfectPacking(hosts: fixture.hosts, seed: fixture.seed)
        #expect(hosts.count == fixture.hosts)
        let capacity = VectorPerfectPacking.capacity
        for items in hosts {
            let load = items.reduce(Resources.zero, +)
            #expect(load.cpuMillicores == capacity.cpuMillicores)
            #expect(load.memoryKiB == capacity.memoryKiB)
            #expect(load.fits(within: capacity))
            #expect(items.allSatisfy { $0.cpuMillicores > 0 && $0.memoryKiB > 0 && $0.gpus == 0 })
        }
    }

    @Test(arguments: cases) func theVolumeBoundProvesTheOptimum(_ fixture: Case) {
        let problem = fixture.family.problem(hosts: fixture.hosts, seed: fixture.seed)
        let cut = fixture.family.perfectPacking(hosts: fixture.hosts, seed: fixture.seed)
        #expect(problem.itemCount == cut.reduce(0) { $0 + $1.count })
        #expect(LowerBound.bins(problem) == fixture.hosts)
        let shares = problem.totalShares
        #expect(abs(shares[0] - Double(fixture.hosts)) < 1e-9)
        #expect(abs(shares[1] - Double(fixture.hosts)) < 1e-9)
    }

    @Test func theSameSeedGivesTheSameInstance() {
        for family in VectorPerfectPacking.allCases {
            #expect(family.problem(hosts: 50, seed: 7) == family.problem(hosts: 50, seed: 7))
            #expect(family.problem(hosts: 50, seed: 7) != family.problem(hosts: 50, seed: 8))
        }
    }

    @Test func tripletsAreAQuarterToHalfAHost() {
        let capacity = VectorPerfectPacking.capacity
        for items in VectorPerfectPacking.triplets.perfectPacking(hosts: 100, seed: 3) {
            #expect(items.count == 3)
            for item in items {
                #expect(item.cpuMillicores * 4 >= capacity.cpuMillicores && item.cpuMillicores * 2 <= capacity.cpuMillicores)
                #expect(item.memoryKiB * 4 >= capacity.memoryKiB && item.memoryKiB * 2 <= capacity.memoryKiB)
            }
        }
    }

    @Test func correlatedItemsKeepMemoryCloseToCPU() {
        let capacity = VectorPerfectPacking.capacity
        for items in VectorPerfectPacking.correlated.perfectPacking(hosts: 100, seed: 4) {
            for item in items {
                let shares = item.shares(of: capacity)
                // Each end of an item moves by at most the spread, so its share by at most twice it.
                #expect(abs(shares[0] - shares[1]) <= 2 * VectorPerfectPacking.correlationSpread + 1e-6)
            }
        }
    }

    /// Instances the packer before exact completion (`PerfectBins`) left one host or more above
    /// the optimum (measured with `bench vector`: triplets of 100 and 200 hosts +1 and +4,
    /// independent and correlated of 50 hosts +1), and instances of 200 hosts it left one above
    /// before the bins of four to six items were found by meeting in the middle (`ResidueGroups`);
    /// the correlated one of 100 hosts, seed 4, stays one above without `ResidueGroups`' repair.
    static let harder: [Case] = [
        Case(family: .triplets, hosts: 100, seed: 1), Case(family: .triplets, hosts: 200, seed: 4),
        Case(family: .independent, hosts: 50, seed: 1), Case(family: .correlated, hosts: 50, seed: 2),
        Case(family: .independent, hosts: 200, seed: 3), Case(family: .correlated, hosts: 200, seed: 1),
        Case(family: .correlated, hosts: 100, seed: 4),
    ]

    @Test func onlyCPUAndMemoryAreTight() {
        let problem = VectorPerfectPacking.independent.problem(hosts: 20, seed: 1)
        #expect(TightDimensions(problem, bins: 20).tight == [true, true, false, false, false])
        #expect(!TightDimensions(problem, bins: 21).any)
    }

    @Test func peelingRecoversEveryTripletHost() throws {
        let problem = VectorPerfectPacking.triplets.problem(hosts: 30, seed: 5)
        let peeled = try #require(PerfectBins.peel(problem, bound: 30, nodesPerBin: 20_000, budget: WorkBudget(steps: 1_000_000)))
        #expect(peeled.bins.count == 30)
        #expect(peeled.left.allSatisfy { $0 == 0 })
        for bin in peeled.bins {
            let load = bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
            #expect(load.cpuMillicores == problem.capacity.cpuMillicores && load.memoryKiB == problem.capacity.memoryKiB)
        }
    }

    /// The peel takes the bins of fewest items first, over every item: on an independent instance
    /// of 100 hosts (cut into 2 to 6 items) within the same budget it recovers more hosts than
    /// opening each bin with the heaviest item left and completing it however large (the order
    /// before, which spent the budget on bins of many items and set their items aside).
    @Test func peelingTakesTheBinsOfFewItemsFirst() throws {
        let problem = VectorPerfectPacking.independent.problem(hosts: 100, seed: 1)
        let peeled = try #require(
            PerfectBins.peel(problem, bound: 100, nodesPerBin: 20_000, budget: WorkBudget(steps: 1_000_000)))
        // Every bin of two items is found, before any of more.
        let sizes = peeled.bins.map { $0.reduce(0) { $0 + $1.count } }
        let pairs = VectorPerfectPacking.independent.perfectPacking(hosts: 100, seed: 1).filter { $0.count == 2 }.count
        #expect(sizes.filter { $0 == 2 }.count == pairs)
        // Completions of up to two items, fewest first; then the bins of four to six by meeting in
        // the middle (`ResidueGroups`), then larger completions.
        let few = Array(sizes.prefix { $0 <= NearOptimalPacker.residueGroupsLevel })
        #expect(few == few.sorted())
        #expect(sizes.dropFirst(few.count).allSatisfy { $0 > NearOptimalPacker.residueGroupsLevel })
        // A completion may take more items than there are types: one type of a quarter of a bin fills it four at a time.
        let quarters = PackingProblem(
            capacity: Resources(cpuMillicores: 12, memoryKiB: 0, pods: 0),
            items: [PackingItemType(demand: Resources(cpuMillicores: 3, memoryKiB: 0, pods: 0), count: 40)])
        let filled = try #require(PerfectBins.peel(quarters, bound: 10, nodesPerBin: 1_000, budget: WorkBudget(steps: 100_000)))
        #expect(filled.bins == Array(repeating: [PackedCount(type: 0, count: 4)], count: 10))
    }

    @Test(arguments: cases + harder) func thePackerReachesTheOptimum(_ fixture: Case) {
        let problem = fixture.family.problem(hosts: fixture.hosts, seed: fixture.seed)
        let solution = NearOptimalPacker.pack(problem)
        #expect(NearOptimalPacker.used(solution) == fixture.hosts)
        // Complete and feasible: every item placed once, no host over its capacity.
        var placed = [Int](repeating: 0, count: problem.items.count)
        for bin in solution.bins {
            var load = Resources.zero
            for packed in bin {
                placed[packed.type] += packed.count
                load += problem.items[packed.type].demand.times(Int64(packed.count))
            }
            #expect(load.fits(within: problem.capacity))
        }
        #expect(placed == problem.items.map(\.count))
    }
}
