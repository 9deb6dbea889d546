import ArgumentParser
import Fixtures
import Foundation
import PlannerCore

/// `bench fleets`: packing quality on the fleet shapes of `FleetShape` and `SyntheticFleet`,
/// against the pattern relaxation's proven bound (`PatternBound`), with first-fit decreasing beside.
struct BenchFleets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleets",
        abstract: "Plan fleets of each shape and compare the hosts with the pattern-LP bound and first-fit decreasing.")

    @Option(help: "Fleet sizes, in instances (repeatable).") var instances: [Int] = [10_000, 100_000]
    @Option(help: "Distinct workloads per fleet (repeatable, paired with each size).") var distinct: [Int] = [100, 1_000]
    @Option(help: "Shapes (memory, cpu, slots, vm, mixed, synthetic; repeatable).") var shape: [String] = []
    @Option(help: "Seeds (repeatable).") var seed: [UInt64] = [1]
    @Option(help: "Plan model: vm, container, faas or mixed.") var model = "container"
    @Option(help: "Packing effort: standard (what `plan` uses) or thorough.") var effort: PlanEffort = .thorough
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        guard let planModel = PlanModel(rawValue: model) else {
            throw ValidationError("--model must be vm, container, faas or mixed")
        }
        let shapes = shape.isEmpty ? FleetShape.allCases.map(\.rawValue) + ["synthetic"] : shape
        var rows: [Row] = []
        for name in shapes {
            for (size, kinds) in zip(instances, distinct.count == instances.count ? distinct : instances.map { _ in distinct[0] })
            {
                for value in seed {
                    rows.append(try measure(name, size: size, distinct: kinds, seed: value, model: planModel))
                }
            }
        }
        if json {
            Console.out(try Report(fleets: rows).json())
            return
        }
        Console.out(
            BenchSupport.table(
                [
                    "shape", "instances", "types", "seed", "bound", "LP bound", "hosts", "gap to best bound", "FFD",
                    "plan ms", "stage",
                ],
                rows.map { row in
                    [
                        row.shape, "\(row.instances)", "\(row.types)", "\(row.seed)", "\(row.lowerBound)",
                        row.lpBound.map { BenchSupport.fixed($0, 1) } ?? "-", "\(row.hosts)",
                        BenchSupport.fixed(
                            BenchFleet.gapPercent(hosts: row.hosts, lowerBound: row.lowerBound, lpBound: row.lpBound), 2)
                            + "%",
                        "\(row.firstFit)", BenchSupport.fixed(row.seconds * 1000, 0), row.stage,
                    ]
                }))
    }

    private func measure(_ name: String, size: Int, distinct: Int, seed: UInt64, model: PlanModel) throws -> Row {
        let scenario = try BenchFleet.scenario(name, instances: size, distinct: distinct, seed: seed)
        let (result, seconds) = BenchSupport.timed {
            Result { try Planner(packer: NearOptimalPacker.packer(effort: effort.packing)).plan(scenario, model: model) }
        }
        let plan = try result.get()
        let firstFit = try? Planner(packer: FirstFitDecreasing.pack).plan(scenario, model: model)
        let problem = Planner.packingProblem(scenario, model: model)
        let bound = BenchFleet.lpBound(plan, scenario: scenario, budget: 4_000_000_000)
        return Row(
            shape: name, instances: size, types: Set(problem.items.map(\.demand)).count, seed: seed,
            lowerBound: plan.lowerBoundHosts, lpBound: bound?.value, lpOptimal: bound?.optimal ?? false,
            hosts: plan.activeHosts, firstFit: firstFit?.activeHosts ?? 0, seconds: seconds, stage: plan.packingStage)
    }

    struct Row: Codable {
        var shape: String
        var instances: Int
        var types: Int
        var seed: UInt64
        var lowerBound: Int
        var lpBound: Double?
        var lpOptimal: Bool
        var hosts: Int
        var firstFit: Int
        var seconds: Double
        /// The packer's stage that produced the packing (`PackingSolution.stage`).
        var stage: String
    }

    struct Report: BenchReport {
        var benchmark = "fleets"
        var fleets: [Row]
    }
}
