import ArgumentParser
import Fixtures
import Foundation
import PlannerCore
import Storage

/// `vplan-tui bench`: how fast the planner is and how close its host counts come to the optimum.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure planning speed, scale and packing quality (use a release build).",
        subcommands: [
            BenchScale.self, BenchFleets.self, BenchPacking.self, BenchVector.self, BenchInteractive.self, BenchKeys.self,
            BenchScenario.self,
        ])
}

/// `bench packing DIR`: BPPLIB instances against their proven optima, the default packer beside
/// first-fit decreasing.
struct BenchPacking: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packing",
        abstract: "Plan BPPLIB instances (DIR/SET/INSTANCE.txt and DIR/optima.csv) and compare the hosts with the optima.")

    @Argument(help: "A folder with optima.csv (set,instance,items,capacity,optimum) and one folder per set.")
    var directory: String
    @Option(help: "Only this set (repeatable).") var set: [String] = []
    @Option(name: .customLong("repeat"), help: "Runs per instance (the median time is reported).") var repetitions = 1
    @Option(help: "Move evaluations per problem (default: the planner's standard effort).") var evaluations: Int?
    @Flag(help: "List every instance the packer leaves above the optimum.") var verbose = false
    @Flag(help: "Print JSON instead of a table.") var json = false

    /// One packer on some instances: hosts beside the optima, and each instance's median time.
    struct Outcome {
        var hosts = 0
        var optimum = 0
        var atOptimum = 0
        var instances = 0
        var times: [Double] = []

        /// One more instance: the hosts it took, its optimum and its median time.
        mutating func add(hosts: Int, optimum: Int, seconds: Double) {
            self.hosts += hosts
            self.optimum += optimum
            atOptimum += hosts == optimum ? 1 : 0
            instances += 1
            times.append(seconds)
        }

        /// The instances of another outcome too (for the total over the sets).
        mutating func add(_ other: Outcome) {
            hosts += other.hosts
            optimum += other.optimum
            atOptimum += other.atOptimum
            instances += other.instances
            times += other.times
        }
    }

    func run() throws {
        let csvPath = "\(directory)/optima.csv"
        guard let csv = try? String(contentsOfFile: csvPath, encoding: .utf8) else {
            throw failure(csvPath, "cannot be read")
        }
        let effort = PackingEffort(
            evaluations: evaluations ?? PackingEffort.standard.evaluations,
            windowItems: PackingEffort.standard.windowItems)
        let planners = [Planner(packer: NearOptimalPacker.packer(effort: effort)), Planner(packer: FirstFitDecreasing.pack)]
        var order: [String] = []
        var outcomes: [String: [Outcome]] = [:]
        for (lineNumber, line) in csv.split(whereSeparator: \.isNewline).enumerated() where lineNumber > 0 {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 5, let optimum = Int(fields[4]) else {
                throw failure(csvPath, "line \(lineNumber + 1): expected set,instance,items,capacity,optimum")
            }
            let setName = fields[0]
            let name = fields[1]
            if !set.isEmpty && !set.contains(setName) { continue }
            let path = "\(directory)/\(setName)/\(name).txt"
            let scenario = try instanceScenario(name, at: path)
            if outcomes[setName] == nil {
                order.append(setName)
                outcomes[setName] = [Outcome(), Outcome()]
            }
            for (index, planner) in planners.enumerated() {
                let (hosts, seconds) = try pack(scenario, with: planner, path: path)
                outcomes[setName]![index].add(hosts: hosts, optimum: optimum, seconds: seconds)
                if verbose && index == 0 && hosts != optimum {
                    Console.error("\(setName)/\(name): \(hosts) hosts, optimum \(optimum)")
                }
            }
        }
        try show(Self.rows(order: order, outcomes: outcomes), evaluations: effort.evaluations)
    }

    /// The scenario of the BPPLIB instance `name` in the file at `path`.
    private func instanceScenario(_ name: String, at path: String) throws -> Scenario {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let instance = BPPInstance(name: name, text: text)
        else { throw failure(path, "is not a BPPLIB instance") }
        return instance.scenario
    }

    /// Plans an instance `--repeat` times: the hosts of the last plan and the median time.
    private func pack(_ scenario: Scenario, with planner: Planner, path: String) throws -> (hosts: Int, seconds: Double) {
        var times: [Double] = []
        var hosts = 0
        for _ in 0..<Swift.max(1, repetitions) {
            let (plan, seconds) = BenchSupport.timed { try? planner.plan(scenario, model: .container) }
            guard let plan else { throw failure(path, "does not plan") }
            hosts = plan.activeHosts
            times.append(seconds)
        }
        return (hosts, BenchSupport.median(times))
    }

    /// A row a set, in the order of optima.csv, then one for all of them.
    private static func rows(order: [String], outcomes: [String: [Outcome]]) -> [SetRow] {
        var total = [Outcome(), Outcome()]
        for name in order {
            for index in 0..<2 { total[index].add(outcomes[name]![index]) }
        }
        return (order.map { ($0, outcomes[$0]!) } + [("all", total)]).map { name, pair in
            SetRow(
                set: name, instances: pair[0].instances, optimumHosts: pair[0].optimum,
                packer: Figures(pair[0]), firstFitDecreasing: Figures(pair[1]))
        }
    }

    /// The rows as JSON (`--json`) or as a table.
    private func show(_ sets: [SetRow], evaluations: Int) throws {
        if json {
            Console.out(try Report(evaluations: evaluations, sets: sets).json())
            return
        }
        Console.out(
            BenchSupport.table(
                [
                    "set", "instances", "at optimum", "% above", "median ms", "max ms", "FFD at optimum", "FFD % above",
                    "FFD median ms",
                ],
                sets.map { row in
                    [
                        row.set, "\(row.instances)", "\(row.packer.atOptimum)",
                        BenchSupport.fixed(row.packer.percentAboveOptimum, 3),
                        BenchSupport.fixed(row.packer.medianSeconds * 1000, 2),
                        BenchSupport.fixed(row.packer.maxSeconds * 1000, 1),
                        "\(row.firstFitDecreasing.atOptimum)", BenchSupport.fixed(row.firstFitDecreasing.percentAboveOptimum, 3),
                        BenchSupport.fixed(row.firstFitDecreasing.medianSeconds * 1000, 2),
                    ]
                }))
    }

    /// One packer on one set of instances (or all of them).
    struct Figures: Codable {
        var atOptimum: Int
        var hosts: Int
        var percentAboveOptimum: Double
        var medianSeconds: Double
        var maxSeconds: Double

        init(_ outcome: Outcome) {
            atOptimum = outcome.atOptimum
            hosts = outcome.hosts
            percentAboveOptimum = outcome.optimum > 0 ? (Double(outcome.hosts) / Double(outcome.optimum) - 1) * 100 : 0
            medianSeconds = BenchSupport.median(outcome.times)
            maxSeconds = outcome.times.max() ?? 0
        }
    }

    /// A set of instances: the default packer beside first-fit decreasing.
    struct SetRow: Codable {
        var set: String
        var instances: Int
        var optimumHosts: Int
        var packer: Figures
        var firstFitDecreasing: Figures
    }

    struct Report: BenchReport {
        var benchmark = "packing"
        var evaluations: Int
        var sets: [SetRow]
    }

    private func failure(_ path: String, _ reason: String) -> Error {
        Console.error("vplan: \(path): \(reason)")
        return ExitCode(1)
    }
}

/// `bench interactive`: the re-plan latency a dashboard sees at 5,000 instances.
struct BenchInteractive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interactive",
        abstract: "Re-plan a 5,000-instance fleet (all four plans) after one-replica edits: latency median, p90, p99, max.")

    @Option(help: "Instances in the fleet.") var instances = 5_000
    @Option(help: "Re-plans to time.") var runs = 300
    @Option(help: "Packing effort: interactive (what the dashboard re-plans with) or standard (the plan command's).")
    var effort = "interactive"
    @Option(help: "Threads the four plans run on (default: every core, as the dashboard plans).")
    var threads = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        var scenario = SyntheticFleet.scenario(instances: instances)
        guard
            let chosen = [
                "interactive": PackingEffort.interactive, "standard": PackingEffort.standard, "thorough": PackingEffort.thorough,
            ][effort]
        else {
            throw ValidationError("--effort must be interactive, standard or thorough")
        }
        let planner = Planner(effort: chosen, parallelism: Swift.max(1, threads))
        _ = try? planner.plans(for: scenario)  // warm-up
        var samples: [Double] = []
        var hosts: [Int] = []
        var bounds: [Int] = []
        for run in 0..<Swift.max(1, runs) {
            // One keystroke: a workload outside any pod gains or loses a replica.
            var index = (run / 2) % scenario.workloads.count
            while scenario.workloads[index].pod != nil { index = (index + 1) % scenario.workloads.count }
            scenario.workloads[index].replicas += run % 2 == 0 ? 1 : -1
            let (plans, seconds) = BenchSupport.timed { try? planner.plans(for: scenario) }
            guard let plans else { throw ValidationError("the synthetic fleet does not plan") }
            samples.append(seconds * 1000)
            hosts = plans.map(\.activeHosts)
            bounds = plans.map(\.lowerBoundHosts)
        }
        let report = Report(
            instances: instances, runs: samples.count, effort: effort, threads: Swift.max(1, threads),
            medianMs: BenchSupport.median(samples),
            p90Ms: BenchSupport.quantile(samples, 0.9), p99Ms: BenchSupport.quantile(samples, 0.99),
            maxMs: samples.max() ?? 0, lastActiveHosts: hosts, lastLowerBoundHosts: bounds)
        if json {
            Console.out(try report.json())
            return
        }
        Console.out(
            BenchSupport.table(
                [
                    "instances", "effort", "threads", "re-plans", "median ms", "p90 ms", "p99 ms", "max ms",
                    "last hosts vm/ctr/faas/mixed",
                    "lower bounds",
                ],
                [
                    [
                        "\(instances)", effort, "\(report.threads)", "\(samples.count)", BenchSupport.fixed(report.medianMs, 2),
                        BenchSupport.fixed(report.p90Ms, 2), BenchSupport.fixed(report.p99Ms, 2),
                        BenchSupport.fixed(report.maxMs, 2),
                        hosts.map(String.init).joined(separator: "/"), bounds.map(String.init).joined(separator: "/"),
                    ]
                ]))
    }

    struct Report: BenchReport {
        var benchmark = "interactive"
        var instances: Int
        var runs: Int
        var effort: String
        /// Threads the four plans ran on.
        var threads: Int
        var medianMs: Double
        var p90Ms: Double
        var p99Ms: Double
        var maxMs: Double
        var lastActiveHosts: [Int]
        var lastLowerBoundHosts: [Int]
    }
}

/// `bench scenario N`: the synthetic fleet the other benchmarks plan, as a scenario file, for
/// timing `vplan-tui plan` end to end.
struct BenchScenario: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario", abstract: "Print the synthetic fleet scenario of N instances (vplan.scenario/v1).")

    @Argument(help: "Instances in the fleet.") var instances: Int
    @Option(name: [.short, .long], help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        try CommandFailure.exitOnError {
            let data = ScenarioDocument.json(SyntheticFleet.scenario(instances: Swift.max(1, instances)))
            try OutputDestination(output).write(data)
        }
    }
}
