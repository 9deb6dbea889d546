import ArgumentParser
import Foundation
import PlannerCore
import Storage

/// `vplan-tui diff A B`: what changed between two scenarios (planned first) or plans, per plan and
/// per workload. Exits as diff(1) does: 0 when nothing differs, 1 when something does, 2 on error
/// (usage errors included).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two scenarios or plans: hosts, bound, cost, memory, rollout, ready time, workloads.",
        discussion: """
            A and B are each a scenario file (planned first), a plan file (vplan.plan/v1, as `plan` writes it), \
            the name of a bundled profile, or - for standard input (on one side only). Exit status: 0 when \
            nothing differs, 1 when something does, 2 on error. See docs/diff.md.
            """)

    @Argument(help: "A: a scenario file, a plan file, a bundled profile name, or - for standard input.")
    var a: String

    @Argument(help: "B: the same kinds as A.")
    var b: String

    @Option(name: .shortAndLong, help: "table (for people: only what differs) or json (vplan.diff/v1: every figure).")
    var format: DiffOutputFormat = .table

    @Option(name: .long, help: "Packing effort for the sides that are scenarios: standard or thorough (as `plan --effort`).")
    var effort: PlanEffort = .standard

    func run() throws {
        Console.failureStatus = 2
        var different = false
        try CommandFailure.exitOnError {
            if a == "-" && b == "-" {
                throw FileError(file: ScenarioLocation.standardInputName, reason: "standard input (-) can be read only once")
            }
            let diff = PlanDiff(try DiffInput.load(a, effort: effort), try DiffInput.load(b, effort: effort))
            switch format {
            case .table: Console.out(bytes: Array(DiffTable.render(diff).utf8))
            case .json: Console.out(bytes: [UInt8](DiffDocument.json(diff)))
            }
            different = diff.isDifferent
        }
        if different { throw ExitCode(1) }
    }

    /// A usage error of `diff` (an unknown option, a missing operand) exits 2 as diff(1)'s do,
    /// not ArgumentParser's 64; any other error returns for the caller to report.
    static func exitOnUsageError(_ error: Error, arguments: [String] = CommandLine.arguments) {
        guard arguments.dropFirst().first == configuration.commandName,
            VplanCommand.exitCode(for: error) == .validationFailure
        else { return }
        Console.error(VplanCommand.fullMessage(for: error))
        Foundation.exit(2)
    }
}

/// What `diff --format` writes.
enum DiffOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Reads one side of `diff`: a bundled profile by name, or the bytes of a file or of standard
/// input, which are a plan when their top-level `schema` says `vplan.plan/…` and a scenario
/// otherwise (planned as `plan` plans it). Errors name the file.
enum DiffInput {
    static func load(_ argument: String, effort: PlanEffort) throws -> DiffSide {
        let location = ScenarioLocation(argument: argument)
        let data: Data
        switch location {
        case .bundled: return try planned(location.load(), source: location.displayName, effort: effort)
        case .file(let path): data = try ScenarioFile.read(path)
        case .standardInput: data = try ScenarioFile.readAll(STDIN_FILENO, name: location.displayName)
        }
        if PlanFileReader.isPlanDocument(data) { return try DiffSide.planDocument(data, source: location.displayName) }
        let scenario: Scenario
        do {
            scenario = try ScenarioDecoder.scenario(from: data)
        } catch {
            throw error.inFile(location.displayName)
        }
        return try planned(scenario, source: location.displayName, effort: effort)
    }

    private static func planned(_ scenario: Scenario, source: String, effort: PlanEffort) throws -> DiffSide {
        do throws(PlanningError) {
            let plans = try Planner(packer: NearOptimalPacker.packer(effort: effort.packing)).plans(for: scenario)
            return DiffSide(source: source, scenario: scenario, plans: plans)
        } catch {
            throw error.inFile(source)
        }
    }
}
