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
            // Streamed in chunks: a plan of a million instances is hundreds of MiB of JSON.
            if let output {
                try AtomicFile.write(to: output) { (emit: ([UInt8]) throws(ScenarioError) -> Void) throws(ScenarioError) in
                    try PlanDocument.stream(scenario: source.scenario, plans: plans, to: emit)
                }
            } else {
                PlanDocument.stream(scenario: source.scenario, plans: plans) { (chunk: [UInt8]) in
                    FileHandle.standardOutput.write(Data(chunk))
                }
            }
        }
    }
}
