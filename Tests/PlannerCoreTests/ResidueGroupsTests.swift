import Fixtures
import Testing

@testable import PlannerCore

/// Exact bins of four to six items by meeting in the middle (`ResidueGroups`), on the hosts of
/// four to six items of generated perfect packings, whose bins are then known.
@Suite struct ResidueGroupsTests {
    /// The items of the hosts of four to six items of one perfect packing, one type each, and how
    /// many such hosts there are.
    static func largeHosts(_ family: VectorPerfectPacking, hosts: Int, seed: UInt64) -> (PackingProblem, Int) {
        let cut = family.perfectPacking(hosts: hosts, seed: seed).filter { (4...6).contains($0.count) }
        let items = cut.joined().map { PackingItemType(demand: $0, count: 1) }
        return (PackingProblem(capacity: VectorPerfectPacking.capacity, items: items), cut.count)
    }

    static func search(_ problem: PackingProblem, bins: Int, steps: Int) -> (bins: [[Int]], spent: Int) {
        let groups = ResidueGroups(
            problem, counts: problem.items.map(\.count), dimensions: TightDimensions(problem, bins: bins))
        return groups.find(budget: WorkBudget(steps: steps))
    }

    @Test(arguments: [(VectorPerfectPacking.independent, UInt64(3)), (.correlated, 4)])
    func everyHostOfFourToSixItemsIsFound(_ family: VectorPerfectPacking, _ seed: UInt64) {
        let (problem, hosts) = Self.largeHosts(family, hosts: 60, seed: seed)
        #expect(hosts > 20)
        let found = Self.search(problem, bins: hosts, steps: 100_000_000)
        #expect(found.bins.count == hosts)
        // Every item once, every bin exactly full in CPU and memory.
        #expect(found.bins.joined().sorted() == Array(problem.items.indices))
        for bin in found.bins {
            #expect((4...6).contains(bin.count))
            let load = bin.reduce(Resources.zero) { $0 + problem.items[$1].demand }
            #expect(load.cpuMillicores == problem.capacity.cpuMillicores && load.memoryKiB == problem.capacity.memoryKiB)
        }
        #expect(found.spent < 100_000_000)
    }

    @Test func aSpentBudgetFindsNothing() {
        let (problem, hosts) = Self.largeHosts(.independent, hosts: 60, seed: 3)
        #expect(Self.search(problem, bins: hosts, steps: 0).bins.isEmpty)
        // A small budget stops the search within a residue's work of it.
        let small = Self.search(problem, bins: hosts, steps: 20_000)
        #expect(small.spent < 40_000)
        #expect(small.bins.count < hosts)
    }

    /// Items of one type are one entry with a count: a bin found is taken as often as the
    /// counts allow, and never with more of a type than its limit.
    @Test func typesOfManyItemsAndTheirLimits() {
        let quarter = Resources(cpuMillicores: 3, memoryKiB: 3, pods: 0)
        func problem(limit: Int, count: Int = 400) -> PackingProblem {
            PackingProblem(
                capacity: Resources(cpuMillicores: 12, memoryKiB: 12, pods: 0),
                items: [
                    PackingItemType(demand: quarter, count: count, maximumPerBin: limit),
                    PackingItemType(demand: quarter, count: count, maximumPerBin: limit),
                ])
        }
        let free = Self.search(problem(limit: .max), bins: 200, steps: 1_000_000)
        #expect(free.bins.count == 200)
        // A thousand equal items cost what one does: a handful of residues, not a pair per two items.
        #expect(free.spent < 1_000)
        let limited = Self.search(problem(limit: 2), bins: 200, steps: 1_000_000)
        #expect(limited.bins.count == 200)
        for bin in limited.bins {
            #expect(bin.filter { $0 == 0 }.count == 2 && bin.filter { $0 == 1 }.count == 2)
        }
        // Nothing fills a bin within a limit of one a type: no bin.
        #expect(Self.search(problem(limit: 1), bins: 200, steps: 1_000_000).bins.isEmpty)
        // Two items of a type make a pair with itself, three a triple: 1 + 2 + 3 of sixths.
        let sixths = PackingProblem(
            capacity: Resources(cpuMillicores: 6, memoryKiB: 6, pods: 0),
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 1, memoryKiB: 1, pods: 0), count: 30),
                PackingItemType(demand: Resources(cpuMillicores: 2, memoryKiB: 2, pods: 0), count: 6),
            ])
        let mixed = Self.search(sixths, bins: 7, steps: 1_000_000)
        #expect(mixed.bins.count == 7 && mixed.bins.joined().count == 36)
        #expect(mixed.bins.allSatisfy { bin in bin.reduce(0) { $0 + ($1 == 0 ? 1 : 2) } == 6 && (4...6).contains(bin.count) })
    }

    /// A bin that fits exactly in the tight dimensions but not in a loose one is no bin.
    @Test func aBinMustFitInTheLooseDimensionsToo() {
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 12, memoryKiB: 12, pods: 3),
            items: [PackingItemType(demand: Resources(cpuMillicores: 3, memoryKiB: 3, pods: 1), count: 4)])
        // CPU and memory are tight at one bin; four items need four pod slots of three.
        #expect(TightDimensions(problem, bins: 1).tight == [true, true, false, false, false])
        #expect(Self.search(problem, bins: 1, steps: 1_000_000).bins.isEmpty)
    }
}
