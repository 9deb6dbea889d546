import ArgumentParser
import PlannerCore
import Storage

/// `vplan-tui profiles`: the bundled profiles, one line each.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the bundled profiles, one line each.")

    func run() throws {
        try CommandFailure.exitOnError {
            for profile in BundledProfiles.all {
                let scenario = try BundledProfiles.scenario(named: profile.name)
                let instances = scenario.workloads.reduce(0) { $0 + $1.replicas }
                let marker = profile.name == BundledProfiles.defaultName ? " (default)" : ""
                Console.out(
                    "\(profile.name)\(marker): \(scenario.name), \(scenario.workloads.count) workloads, \(instances) instances")
            }
        }
    }
}
