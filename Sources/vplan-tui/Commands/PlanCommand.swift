import ArgumentParser
import Foundation
import PlannerCore
import Storage

/// How hard `plan` packs.
enum PlanEffort: String, ExpressibleByArgument, CaseIterable {
    case standard, thorough

    var packing: PackingEffort { self == .thorough ? .thorough : .standard }
}

/// `vplan-tui plan`: the `vplan.plan/v1` JSON of a scenario, on stdout or written atomically.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Print the plan JSON (vplan.plan/v1) for a scenario.")

    @Option(name: [.short, .long], help: "A scenario file, or the name of a bundled profile (default: the bundled default).")
    var profile: String?

    @Option(
        name: [.short, .long], help: "Write the plan to this file (atomically; - for standard output) instead of standard output."
    )
    var output: String?

    @Flag(name: .long, help: "Leave out each plan's placements: only the figures (JSON).")
    var summary = false

    @Option(name: .shortAndLong, help: "json (the plan document), table, csv or markdown (one row per plan).")
    var format: PlanOutputFormat = .json

    @Flag(
        name: .long,
        help:
            "With --format table, csv or markdown: the day one row per hour (each plan's hosts and cost, functions' cold starts)."
    )
    var byHour = false

    @Option(
        name: .long,
        help:
            "Packing effort: standard (under a second per plan) or thorough (adds the class relaxation: fewer hosts on large fleets of many sizes, seconds per plan)."
    )
    var effort: PlanEffort = .standard

    @Option(
        name: .long,
        help:
            "Plan over a host catalog: a bundled catalog's name (vplan-tui catalogs) or a catalog file. Replaces the scenario's hostTypes; the file is not changed."
    )
    var catalog: String?

    /// A plan larger than this is announced on standard error before it is written.
    static let announcedBytes = 1 << 30

    /// No placement takes fewer bytes than this, so fewer placed instances (over all plans) than
    /// `announcedBytes / minimumBytesPerInstance` cannot reach the announced size and are not counted.
    static let minimumBytesPerInstance = 64

    func validate() throws {
        if byHour && format.rows == nil {
            throw ValidationError("--by-hour needs --format table, csv or markdown (the JSON has byHour in every plan)")
        }
    }

    func run() throws {
        try CommandFailure.exitOnError {
            var source = try ScenarioSource.load(profile)
            source.scenario = try BundledCatalogs.apply(catalog, to: source.scenario)
            let plans: [Plan]
            do {
                plans = try Planner(
                    packer: NearOptimalPacker.packer(effort: effort.packing),
                    parallelism: ProcessInfo.processInfo.activeProcessorCount
                ).plans(for: source.scenario)
            } catch let error as PlanningError {
                throw error.inFile(source.location.displayName)
            }
            let destination = OutputDestination(output)
            if let rows = format.rows {
                let text =
                    (byHour
                        ? HourTable.render(scenario: source.scenario, plans: plans, as: rows)
                        : PlanTable.render(scenario: source.scenario, plans: plans, as: rows)) + "\n"
                try destination.write(Data(text.utf8))
                return
            }
            announceSize(source.scenario, plans, destination)
            // Streamed in chunks: a plan of a million instances is hundreds of MiB of JSON.
            try destination.write { (emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
                try PlanDocument.stream(scenario: source.scenario, plans: plans, placements: !summary, to: emit)
            }
        }
    }

    /// Says on standard error how large the plan is when it is over 1 GiB, before writing it.
    private func announceSize(_ scenario: Scenario, _ plans: [Plan], _ destination: OutputDestination) {
        guard !summary else { return }
        let instances = plans.reduce(0) { $0 + $1.instances }
        guard instances >= Self.announcedBytes / Self.minimumBytesPerInstance else { return }
        let bytes = PlanDocument.byteCount(scenario: scenario, plans: plans)
        guard bytes > Self.announcedBytes else { return }
        let gib = Format.trimmed(Double(bytes) / Double(1 << 30), decimals: 1)
        Console.error(
            "vplan: the plan is \(bytes) bytes (\(gib) GiB) with its placements; writing it to \(destination.name ?? "standard output") "
                + "(--summary leaves the placements out)")
    }
}

/// What `plan --format` writes.
enum PlanOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, table, csv, markdown

    /// The row format, or nil for the JSON document.
    var rows: PlanTable.Format? { PlanTable.Format(rawValue: rawValue) }
}
