import ArgumentParser

/// `vplan-tui`: the dashboard by default, and the headless commands.
@main
struct VplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vplan-tui",
        abstract: "Capacity planning for VMs, containers and functions: hosts, overhead, transfer, ready time and cost.",
        subcommands: [
            DashboardCommand.self, PlanCommand.self, ValidateCommand.self, ProfilesCommand.self, ImportCommand.self,
            BenchCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self)
}
