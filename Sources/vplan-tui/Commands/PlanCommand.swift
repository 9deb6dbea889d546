import ArgumentParser
import Foundation
import PlannerCore

/// `vplan-tui plan`: the `vplan.plan/v1` JSON of a scenario, on stdout or written atomically.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Print the plan JSON (vplan.plan/v1) for a scenario.")

    @Option(name: .long, help: "A scenario file, or the name of a bundled profile (default: the bundled default).")
    var profile: String?

    @Option(name: .long, help: "Write the plan to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        try CommandFailure.exitOnError {
            let source = try ScenarioSource.load(profile)
            let plans: [Plan]
            do {
                plans = try Planner().plans(for: source.scenario)
            } catch let error as ScenarioError {
                throw error.inFile(source.displayName)
            }
            let data = PlanDocument.json(scenario: source.scenario, plans: plans)
            if let output {
                try AtomicFile.write(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
