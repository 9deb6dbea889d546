import ArgumentParser
import PlannerCore

/// `vplan-tui validate FILE`: decodes, validates and plans a scenario; prints `ok`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a scenario file and print ok, or the first problem.")

    @Argument(help: "The scenario file (or the name of a bundled profile).")
    var file: String

    func run() throws {
        try CommandFailure.exitOnError {
            let source = try ScenarioSource.load(file)
            do {
                _ = try Planner().plans(for: source.scenario)
            } catch let error as PlanningError {
                throw error.inFile(source.location.displayName)
            }
            Console.out("ok")
        }
    }
}
