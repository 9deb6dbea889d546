import ArgumentParser
import CProcess
import Foundation
import PlannerCore
import Storage

/// The command line's one way to fail: `vplan: <file>: <field>: <reason>` on stderr, exit 1
/// (`Console.failureStatus`: 2 for `diff`).
enum CommandFailure {
    static func exitOnError(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ScenarioError {
            fail(error)
        } catch let error as FileError {
            fail(error)
        } catch let error as LoadError {
            fail(error)
        } catch let error as PlanningError {
            fail(error)
        }
    }

    /// The one line on stderr, then the failure status (1; 2 for `diff`).
    private static func fail(_ error: CustomStringConvertible) -> Never {
        Console.error("vplan: \(TerminalText.escaped(error.description))")
        vplan_remove_temporaries()
        exit(Console.failureStatus)
    }
}
