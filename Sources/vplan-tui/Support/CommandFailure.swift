import ArgumentParser
import Foundation
import PlannerCore

/// The command line's one way to fail: `vplan: <file>: <field>: <reason>` on stderr, exit 1.
enum CommandFailure {
    static func exitOnError(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ScenarioError {
            Console.error("vplan: \(TerminalText.escaped(error.description))")
            throw ExitCode(1)
        }
    }
}
