import ArgumentParser
import Foundation
import PlannerCore

/// `bench scale`: fleets from 1,000 to 1,000,000 instances, of the synthetic shape and those of
/// `FleetShape`, over several seeds: the time for all four plans, peak memory, and each plan's
/// hosts against its proven bound and the pattern-LP bound, with the gap and the packer's stage.
struct BenchScale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract:
            "Plan fleets of 1k to 1M instances: time for all four plans, peak memory, hosts against the bounds and the LP bound.")

    @Option(help: "Largest fleet, in instances.") var max = 1_000_000
    @Option(name: .customLong("repeat"), help: "Runs per fleet size (the median is reported).") var repetitions = 3
    @Option(help: "Shapes (synthetic, memory, cpu, slots, vm, mixed; repeatable).") var shape: [String] = ["synthetic"]
    @Option(help: "Seeds (repeatable).") var seed: [UInt64] = [1]
    @Option(help: "Work units for each plan's pattern-LP bound (PatternBound); 0 skips it.") var lpBudget = 400_000_000
    @Option(help: "Threads the four plans run on (default: every core, as `plan` and the dashboard use).")
    var threads = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        var sizes: [Int] = []
        var size = 1_000
        while size <= max {
            sizes.append(size)
            size *= 10
        }
        if sizes.last != max && max >= 1_000 { sizes.append(max) }
        var rows: [Fleet] = []
        for name in shape {
            for value in seed {
                for size in sizes { rows.append(try measure(name, size: size, seed: value)) }
            }
        }
        if json {
            Console.out(try Report(fleets: rows).json())
            return
        }
        Console.out(table(rows))
        if let first = rows.first, let last = rows.last(where: { $0.shape == first.shape && $0.seed == first.seed }),
            last.instances > first.instances
        {
            let n0 = Double(first.instances)
            let n1 = Double(last.instances)
            let ratio = last.planSeconds / first.planSeconds
            Console.out(
                "time ×\(BenchSupport.fixed(ratio, 1)) for ×\(BenchSupport.fixed(n1 / n0, 0)) instances "
                    + "(n log n would be ×\(BenchSupport.fixed(n1 * log2(n1) / (n0 * log2(n0)), 0)))")
        }
    }

    private func table(_ rows: [Fleet]) -> String {
        BenchSupport.table(
            [
                "shape", "seed", "instances", "threads", "plan 4 models", "write JSON", "peak MiB", "hosts vm/ctr/faas/mixed",
                "bounds",
                "LP bounds", "gap to best bound", "stages",
            ],
            rows.map { row in
                [
                    row.shape, "\(row.seed)", "\(row.instances)", "\(row.threads)",
                    "\(BenchSupport.fixed(row.planSeconds * 1000, 1)) ms",
                    "\(BenchSupport.fixed(row.writeSeconds * 1000, 1)) ms", BenchSupport.fixed(row.peakMemoryMiB, 0),
                    row.activeHosts.map(String.init).joined(separator: "/"),
                    row.lowerBoundHosts.map(String.init).joined(separator: "/"),
                    row.lpBound.map { $0.map { BenchSupport.fixed($0, 1) } ?? "-" }.joined(separator: "/"),
                    row.gapPercent.map { BenchSupport.fixed($0, 2) + "%" }.joined(separator: "/"),
                    row.stages.joined(separator: " / "),
                ]
            })
    }

    /// The fleet of `name`: a hundred replicas a workload on average, as in the synthetic fleet
    /// (10,000 distinct workloads at a million instances).
    private func scenario(_ name: String, size: Int, seed: UInt64) throws -> Scenario {
        try BenchFleet.scenario(name, instances: size, distinct: Swift.max(1, size / 100), seed: seed)
    }

    /// Plans the fleet of `size` instances `repetitions` times: the median times, the figures of
    /// the last run, and each plan's pattern-LP bound (the packer's own or `PatternBound`'s).
    private func measure(_ name: String, size: Int, seed: UInt64) throws -> Fleet {
        let scenario = try scenario(name, size: size, seed: seed)
        var planTimes: [Double] = []
        var writeTimes: [Double] = []
        var last: [Plan] = []
        var bytes = 0
        for _ in 0..<Swift.max(1, repetitions) {
            let planner = Planner(parallelism: Swift.max(1, threads))
            let (plans, planSeconds) = BenchSupport.timed { try? planner.plans(for: scenario) }
            guard let plans else { throw ValidationError("the \(name) fleet of \(size) instances does not plan") }
            // Streamed as `plan` writes it, so the document never sits whole in memory.
            let (count, writeSeconds) = BenchSupport.timed { PlanDocument.byteCount(scenario: scenario, plans: plans) }
            planTimes.append(planSeconds)
            writeTimes.append(writeSeconds)
            last = plans
            bytes = count
        }
        let peak = BenchSupport.peakMemoryMiB()
        let lp = last.map { BenchFleet.lpBound($0, scenario: scenario, budget: lpBudget)?.value }
        let gaps = zip(last, lp).map { plan, bound in
            BenchFleet.gapPercent(hosts: plan.activeHosts, lowerBound: plan.lowerBoundHosts, lpBound: bound)
        }
        let plan = BenchSupport.median(planTimes)
        return Fleet(
            shape: name, seed: seed, instances: size, workloads: scenario.workloads.count, planSeconds: plan,
            instancesPerSecond: Double(size) / plan, writeSeconds: BenchSupport.median(writeTimes), planBytes: bytes,
            peakMemoryMiB: peak, activeHosts: last.map(\.activeHosts), lowerBoundHosts: last.map(\.lowerBoundHosts),
            lpBound: lp, gapPercent: gaps, stages: last.map(\.packingStage), runs: Swift.max(1, repetitions),
            threads: Swift.max(1, threads))
    }

    /// One fleet: the median times over the runs, the figures of the last run, per plan in the
    /// order vm, container, faas, mixed.
    struct Fleet: Codable {
        var shape: String
        var seed: UInt64
        var instances: Int
        var workloads: Int
        var planSeconds: Double
        var instancesPerSecond: Double
        var writeSeconds: Double
        var planBytes: Int
        /// Peak resident memory after the plans and their streamed document (before the LP bounds).
        var peakMemoryMiB: Double
        var activeHosts: [Int]
        var lowerBoundHosts: [Int]
        /// The pattern-LP bound (fractional hosts), when computed.
        var lpBound: [Double?]
        /// Active hosts over the best bound (⌈LP⌉ or `lowerBoundHosts`), minus one, in percent.
        var gapPercent: [Double]
        /// The packer's stage that produced each plan's packing.
        var stages: [String]
        var runs: Int
        /// Threads the four plans ran on.
        var threads: Int
    }

    struct Report: BenchReport {
        var benchmark = "scale"
        var fleets: [Fleet]
    }
}
