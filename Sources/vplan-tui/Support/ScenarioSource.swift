import PlannerCore
import Storage

/// A scenario and where it came from.
struct ScenarioSource {
    var location: ScenarioLocation
    var scenario: Scenario

    /// `nil` gives the bundled default; an existing path is read; otherwise a bundled profile name.
    static func load(_ argument: String?) throws(LoadError) -> ScenarioSource {
        let location = ScenarioLocation(argument: argument)
        return ScenarioSource(location: location, scenario: try location.load())
    }
}
