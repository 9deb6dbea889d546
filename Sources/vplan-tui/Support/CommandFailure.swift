import ArgumentParser
import Foundation
import PlannerCore

/// The command line's one way to fail: `vplan: <file>: <field>: <reason>` on stderr, exit 1.
enum CommandFailure {
    static func exitOnError(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ScenarioError {
            FileHandle.standardError.write(Data("vplan: \(TerminalText.escaped(error.description))\n".utf8))
            throw ExitCode(1)
        }
    }
}
