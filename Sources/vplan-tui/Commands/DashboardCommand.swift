import ArgumentParser
import Foundation
import PlannerCore
import Storage

/// `vplan-tui [--profile FILE] [FILE...]`: the interactive dashboard (on `--profile`, else the first
/// file, else the bundled default). When standard input or output
/// is not a terminal (scripts, CI) it prints a text summary of the four plans instead.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard on a scenario (the default command).")

    @Option(name: [.short, .long], help: "A scenario file, or the name of a bundled profile (default: the bundled default).")
    var profile: String?

    @Argument(help: "Scenario files: without --profile the first is opened; all are offered by `o`.")
    var files: [String] = []

    @Option(
        name: .long,
        help:
            "Plan over a host catalog: a bundled catalog's name (vplan-tui catalogs) or a catalog file. The scenario and its file are not changed."
    )
    var catalog: String?

    func run() throws {
        try CommandFailure.exitOnError {
            if ScenarioLocation(argument: profile ?? files.first) == .standardInput && isatty(STDIN_FILENO) == 1 {
                throw FileError(
                    file: ScenarioLocation.standardInputName,
                    reason: "is the terminal; pipe a scenario in (vplan-tui -p - < shop.json) or name a file")
            }
            let source = try ScenarioSource.load(profile ?? files.first)
            let hostCatalog = try catalog.map(BundledCatalogs.load)
            if let hostCatalog { _ = try hostCatalog.applied(to: source.scenario) }
            guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
                try printSummary(source, catalog: hostCatalog)
                return
            }
            var offered = files
            if let path = source.location.path, !offered.contains(path) { offered.insert(path, at: 0) }
            do throws(NcursesTerminal.Unusable) {
                try DashboardApp.run(source: source, commandLineFiles: offered, catalog: hostCatalog)
            } catch {
                // An unknown or unset TERM: vplan's one line, then the text summary instead.
                Console.error("vplan: \(error.reason); printing the text summary instead")
                try printSummary(source, catalog: hostCatalog)
            }
        }
    }

    /// The four plans as a text table, for scripts and for terminals the dashboard cannot use.
    private func printSummary(_ source: ScenarioSource, catalog: HostCatalog?) throws(PlanningError) {
        let plans: [Plan]
        let scenario: Scenario
        do throws(PlanningError) {
            scenario = try CatalogOverlay(catalog: catalog).scenario(source.scenario)
            plans = try Planner(parallelism: ProcessInfo.processInfo.activeProcessorCount).plans(for: scenario)
        } catch {
            throw error.inFile(source.location.displayName)
        }
        Console.out(PlanTable.render(scenario: scenario, plans: plans, as: .table))
    }
}
