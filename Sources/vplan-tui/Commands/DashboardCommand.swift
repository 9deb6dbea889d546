import ArgumentParser
import Foundation
import PlannerCore

/// `vplan-tui [--profile FILE] [FILE...]`: the interactive dashboard (on `--profile`, else the first
/// file, else the bundled default). When standard input or output
/// is not a terminal (scripts, CI) it prints a text summary of the four plans instead.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard on a scenario (the default command).")

    @Option(name: .long, help: "A scenario file, or the name of a bundled profile (default: the bundled default).")
    var profile: String?

    @Argument(help: "Scenario files: without --profile the first is opened; all are offered by `o`.")
    var files: [String] = []

    func run() throws {
        try CommandFailure.exitOnError {
            let source = try ScenarioSource.load(profile ?? files.first)
            guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
                let plans: [Plan]
                do {
                    plans = try Planner().plans(for: source.scenario)
                } catch let error as ScenarioError {
                    throw error.inFile(source.displayName)
                }
                print(PlanSummary.table(scenario: source.scenario, plans: plans))
                return
            }
            var offered = files
            if let path = source.path, !offered.contains(path) { offered.insert(path, at: 0) }
            DashboardApp.run(source: source, commandLineFiles: offered)
        }
    }
}
