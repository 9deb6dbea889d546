import PlannerCore
import Storage

/// Where a scenario came from: a file on disk or a bundled profile.
struct ScenarioSource {
    var scenario: Scenario
    /// The name messages use: the path, or `Profiles/NAME.json` for a bundled profile.
    var displayName: String
    /// The file to save back to (nil for a bundled profile).
    var path: String?

    /// `nil` gives the bundled default; an existing path is read; otherwise a bundled profile name.
    static func load(_ argument: String?) throws(ScenarioError) -> ScenarioSource {
        guard let argument else {
            return ScenarioSource(
                scenario: try BundledProfiles.defaultScenario(),
                displayName: "Profiles/\(BundledProfiles.defaultName).json", path: nil)
        }
        let isBundledName = BundledProfiles.all.contains { $0.name == argument || "\($0.name).json" == argument }
        if isBundledName && !fileExists(argument) {
            return ScenarioSource(
                scenario: try BundledProfiles.scenario(named: argument), displayName: "Profiles/\(argument).json",
                path: nil)
        }
        return ScenarioSource(scenario: try ScenarioFile.load(argument), displayName: argument, path: argument)
    }

    private static func fileExists(_ path: String) -> Bool { ScenarioFile.exists(path) }
}
