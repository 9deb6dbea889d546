import ArgumentParser
import Foundation
import PlannerCore

/// `vplan-tui [--profile FILE]`: the dashboard. Until the interactive dashboard lands it prints a
/// summary of the four plans.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard on a scenario (the default command).")

    @Option(name: .long, help: "A scenario file, or the name of a bundled profile (default: the bundled default).")
    var profile: String?

    func run() throws {
        try CommandFailure.exitOnError {
            let source = try ScenarioSource.load(profile)
            let plans: [Plan]
            do {
                plans = try Planner().plans(for: source.scenario)
            } catch let error as ScenarioError {
                throw error.inFile(source.displayName)
            }
            print(PlanSummary.table(scenario: source.scenario, plans: plans))
        }
    }
}
