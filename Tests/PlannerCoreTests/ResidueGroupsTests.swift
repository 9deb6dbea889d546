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

    @Test func theBudgetBoundsTheSearch() {
        let (problem, hosts) = Self.largeHosts(.independent, hosts: 60, seed: 3)
        #expect(Self.search(problem, bins: hosts, steps: 0).bins.isEmpty)
        // No table is built that the budget cannot pay for.
        #expect(Self.search(problem, bins: hosts, steps: 20_000) == ([], 0))
        // A budget part-way stops it within one residue's work: fewer bins than with all it needs.
        let whole = Self.search(problem, bins: hosts, steps: 100_000_000)
        let part = Self.search(problem, bins: hosts, steps: whole.spent / 4)
        #expect(part.spent <= whole.spent / 4 + 50_000)
        #expect(part.bins.count < whole.bins.count)
    }

    /// Halves of one sum share a hash: the table keeps several, so one that shares an item with
    /// the other side does not hide one that would not.
    @Test func halvesOfOneSumAreAllKept() {
        var table = ResidueGroups.HalfTable()
        for round in 0..<2 {
            table.clear()
            #expect(table.isEmpty)
            // A hash with more halves than are kept, then enough hashes to grow the table twice.
            for extra in 0..<10 { table.insert(0, ResidueGroups.Half(extra, extra, extra)) }
            for hash in UInt64(1)..<200 { table.insert(hash * 7_919, ResidueGroups.Half(Int(hash), round)) }
            table.insert(7_919, ResidueGroups.Half(1, 2, 3))
            var kept: [ResidueGroups.Half] = []
            table.forEachHalf(hash: 7_919) { kept.append($0) }
            #expect(kept == [ResidueGroups.Half(1, round), ResidueGroups.Half(1, 2, 3)])
            // The first `halvesPerHash` of a hash are kept, through the growth: the first, then
            // the others latest first.
            var capped: [ResidueGroups.Half] = []
            table.forEachHalf(hash: 0) { capped.append($0) }
            let most = Int(ResidueGroups.halvesPerHash)
            #expect(capped == ([0] + (1..<most).reversed()).map { ResidueGroups.Half($0, $0, $0) })
            var missing = 0
            table.forEachHalf(hash: 1) { _ in missing += 1 }
            #expect(missing == 0)
        }
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
