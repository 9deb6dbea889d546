import ArgumentParser
import PlannerCore

/// `vplan-tui`: the dashboard by default, and the headless commands.
@main
struct VplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vplan-tui",
        abstract: "Capacity planning for VMs, containers and functions: hosts, overhead, transfer, ready time and cost.",
        version: Version.current,
        subcommands: [
            DashboardCommand.self, PlanCommand.self, ValidateCommand.self, ProfilesCommand.self, ImportCommand.self,
            BenchCommand.self, SchemaCommand.self, CatalogsCommand.self, DiffCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self)

    /// Reserves closed standard descriptors and installs the signal handlers before anything runs
    /// (`Console.start`), then parses and runs the command as ArgumentParser's `main` does.
    static func main() {
        Console.start()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            DiffCommand.exitOnUsageError(error)
            exit(withError: error)
        }
    }
}
