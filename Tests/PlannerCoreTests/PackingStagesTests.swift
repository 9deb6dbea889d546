import Fixtures
import Testing

@testable import PlannerCore

/// The packer's declared stages: the constructions, then the window search, each with the work
/// budget it declares for a progress.
@Suite struct PackingStagesTests {
    static func progress(instances: Int, effort: PackingEffort) -> PackingProgress {
        let problem = Planner.packingProblem(FleetShape.mixed.scenario(instances: instances, distinct: 60), model: .container)
        let bound = LowerBound.bins(problem)
        return PackingProgress(
            problem: problem, effort: effort, bound: bound, classes: true, peel: true,
            bins: FirstFitDecreasing.pack(problem).bins, stage: NearOptimalPacker.Stage.firstFit)
    }

    @Test func theSearchIsTheLastStageAndEveryNameIsUsedOnce() {
        let names = NearOptimalPacker.stages.map(\.name)
        #expect(names.last == "window search")
        #expect(Set(names).count == names.count)
        #expect(NearOptimalPacker.stages.count == NearOptimalPacker.constructions.count + 1)
    }

    /// On problems of `closeEnoughItems` items or more the interleaved first fit runs before the
    /// deal (where it ends close enough the deal is skipped); below, after it, as before.
    @Test func theInterleavedFirstFitRunsBeforeTheDealOnLargeProblemsOnly() throws {
        typealias Stage = NearOptimalPacker.Stage
        let names = NearOptimalPacker.stages.map(\.name)
        let early = try #require(names.firstIndex(of: Stage.interleavedFirst))
        let late = try #require(names.firstIndex(of: Stage.interleaved))
        let deal = try #require(names.firstIndex(of: Stage.balancedDeal))
        #expect(early < deal && deal < late)
        let demand = Resources(cpuMillicores: 1, memoryKiB: 1, pods: 1)
        for (count, large) in [(NearOptimalPacker.closeEnoughItems, true), (NearOptimalPacker.closeEnoughItems - 1, false)] {
            let problem = PackingProblem(
                capacity: Resources(cpuMillicores: 100, memoryKiB: 100, pods: 100),
                items: [PackingItemType(demand: demand, count: count)])
            let progress = PackingProgress(
                problem: problem, effort: .standard, bound: LowerBound.bins(problem), classes: true, peel: true,
                bins: [], stage: Stage.firstFit)
            #expect(NearOptimalPacker.stages[early].applies(progress) == large)
            #expect(NearOptimalPacker.stages[late].applies(progress) == !large)
        }
    }

    @Test func eachStageDeclaresItsBudget() throws {
        let effort = PackingEffort.standard
        let small = Self.progress(instances: 1_000, effort: effort)
        let large = Self.progress(instances: 20_000, effort: effort)
        let budget = { (name: String, progress: PackingProgress) -> Int? in
            NearOptimalPacker.stages.first { $0.name == name }?.budget(progress).steps
        }
        typealias Stage = NearOptimalPacker.Stage
        for greedy in [Stage.balancedDeal, Stage.minimumBinSlack, Stage.dotProduct] { #expect(budget(greedy, large) == Int.max) }
        #expect(budget(Stage.interleaved, large) == NearOptimalPacker.interleaveWork)
        #expect(budget(Stage.perfectBins, large) == effort.evaluations)
        #expect(budget(Stage.patternRounding, large) == effort.evaluations * NearOptimalPacker.patternBudget)
        #expect(
            budget(Stage.classRelaxation, small)
                == min(
                    effort.evaluations * NearOptimalPacker.classBudget,
                    small.problem.itemCount * NearOptimalPacker.classWorkPerItem))
        // On a fleet of more items than the evaluations' multiple allows at 5,000 a item, the multiple.
        let huge = Self.progress(instances: 250_000, effort: effort)
        #expect(huge.problem.itemCount * NearOptimalPacker.classWorkPerItem > effort.evaluations * NearOptimalPacker.classBudget)
        #expect(budget(Stage.classRelaxation, huge) == effort.evaluations * NearOptimalPacker.classBudget)
        // The window search: all the evaluations within the window, a shrinking share beyond it.
        #expect(small.problem.itemCount <= effort.windowItems)
        #expect(budget("window search", small) == effort.evaluations)
        let share = Int(Double(effort.evaluations) * Double(effort.windowItems) / Double(large.problem.itemCount))
        #expect(budget("window search", large) == share)
        #expect(share < effort.evaluations)
    }

    /// A phase's share of a budget, and a multiple of it for a search of cheaper steps, which
    /// stops at `Int.max` rather than overflowing.
    @Test func budgetsShareAndMultiply() {
        #expect(WorkBudget(steps: 100).share(8).steps == 12)
        #expect(WorkBudget(steps: 5_000_000).times(12).steps == 60_000_000)
        #expect(WorkBudget(steps: .max / 2).times(12).steps == .max)
        #expect(WorkBudget.greedy.times(2) == .greedy)
    }
}
