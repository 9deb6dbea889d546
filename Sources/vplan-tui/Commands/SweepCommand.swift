import ArgumentParser
import Foundation
import PlannerCore
import Storage

/// `vplan-tui sweep`: plans every point of the cartesian product of `--vary` values, in parallel,
/// and prints a row per point and plan. The points are built and checked before any is planned;
/// rows are kept by point, so the output is the same bytes whatever the thread count.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plan every combination of scenario values: a row per point and plan (docs/sweeps.md).",
        discussion: """
            Example: vplan-tui sweep -p online-shop --vary host.failoverHosts=0,1,2 --vary traffic=×0.5,×1,×2
            KEY is a scenario key by its path (host.cpuOvercommit, vm.overheadModel, workloads[name=api].replicas, \
            workloads[3].replicas), or a shorthand: traffic=×F (every workload's requests per second times F), \
            replicas=×F (every workload's replicas times F, rounded up) or hostType=NAME (only that entry of hostTypes). \
            The first --vary varies slowest.
            """)

    @Option(
        name: [.short, .long],
        help: "A scenario file, - for standard input, or the name of a bundled profile (default: the bundled default).")
    var profile: String?

    @Option(name: .long, help: "KEY=V1,V2,...: a key and its values (repeatable; values are numbers, true/false, or text).")
    var vary: [String] = []

    @Option(name: .shortAndLong, help: "table (for people), csv or json (JSON Lines: one object per row and line).")
    var format: SweepTable.Format = .table

    @Option(name: .long, help: "Threads planning points at once (default: the active processor count).")
    var threads: Int?

    @Option(
        name: .long,
        help:
            "I/N: plan only the I-th of N contiguous slices of the points (I from 1 to N); the csv or json outputs of shards 1 to N, concatenated, equal the unsharded output."
    )
    var shard: String?

    @Option(name: .long, help: "Packing effort: standard or thorough (as for plan).")
    var effort: PlanEffort = .standard

    @Option(
        name: [.short, .long], help: "Write the rows to this file (atomically; - for standard output) instead of standard output."
    )
    var output: String?

    @Option(
        name: .long,
        help: "Plan every point over a host catalog: a bundled catalog's name (vplan-tui catalogs) or a catalog file.")
    var catalog: String?

    func run() throws {
        try CommandFailure.exitOnError {
            let threads = try threadCount()
            let shard = try shard.map { text throws(SweepError) in try SweepShard(parsing: text) } ?? .whole
            var variables: [SweepVariable] = []
            for argument in vary { variables.append(try SweepVariable(parsing: argument)) }
            let location = ScenarioLocation(argument: profile)
            let data = try location.data()
            _ = try location.decode(data)
            let hostCatalog = try catalog.map(BundledCatalogs.load)
            let sweep: Sweep
            do throws(SweepError) {
                sweep = try Sweep(scenarioText: data, variables: variables, catalog: hostCatalog)
            } catch {
                throw error.inFile(location.displayName)
            }
            let rows = try plan(sweep, points: shard.points(of: sweep.pointCount), threads: threads, file: location.displayName)
            let text = SweepTable.render(rows, keys: variables.map(\.key), as: format, header: shard.isFirst)
            try OutputDestination(output).write(Data(text.utf8))
        }
    }

    private func threadCount() throws(SweepError) -> Int {
        guard let threads else { return ProcessInfo.processInfo.activeProcessorCount }
        guard threads >= 1 else { throw SweepError(subject: "--threads \(threads)", reason: "must be at least 1") }
        return threads
    }

    /// Builds and checks every point's scenario of the slice, then plans them: the rows in point
    /// order. The check keeps no scenario (a million points of a large fleet would not fit in
    /// memory); planning builds each again, which costs little beside planning it.
    private func plan(_ sweep: Sweep, points: Range<Int>, threads: Int, file: String) throws(SweepError) -> [SweepRow] {
        let checked = ParallelPoints<Bool, SweepError>.run(count: points.count, threads: threads) { offset in
            Result { () throws(SweepError) in
                _ = try sweep.scenario(ofPoint: points.lowerBound + offset)
                return true
            }
        }
        if case .failure(let error) = checked { throw error.inFile(file) }
        let packer = NearOptimalPacker.packer(effort: effort.packing)
        // A point's catalog types share the cores the points leave free.
        let catalogThreads = max(1, ProcessInfo.processInfo.activeProcessorCount / threads)
        let progress = SweepProgress(total: points.count)
        let planned = ParallelPoints<[SweepRow], SweepError>.run(count: points.count, threads: threads, finished: progress.update)
        {
            offset in
            let point = points.lowerBound + offset
            do {
                let scenario = try sweep.scenario(ofPoint: point)
                return .success(
                    try SweepRow.rows(
                        point: point, values: sweep.values(ofPoint: point), scenario: scenario,
                        planner: Planner(packer: packer, parallelism: catalogThreads)))
            } catch let error as SweepError {
                return .failure(error.inFile(file))
            } catch {
                return .failure(SweepError(file: file, subject: sweep.name(ofPoint: point), reason: "\(error)"))
            }
        }
        progress.finish()
        switch planned {
        case .success(let rows): return rows.flatMap { $0 }
        case .failure(let error): throw error
        }
    }
}

extension SweepTable.Format: ExpressibleByArgument {}
