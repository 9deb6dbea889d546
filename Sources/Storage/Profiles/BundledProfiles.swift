import Foundation
import PlannerCore

/// The profiles shipped with vplan: every `Profiles/*.json`, compiled in by `scripts/embed-profiles`
/// (into `EmbeddedProfiles.swift`), so `swift run vplan-tui` works from any directory.
public enum BundledProfiles {
    /// File name (without .json) of the default profile, the scenario vplan opens when given none.
    public static let defaultName = "online-shop"

    /// Every bundled profile: its file name without .json, and the file's text. The default comes
    /// first, then the others by name.
    public static let all: [(name: String, json: String)] =
        embedded.filter { $0.name == defaultName } + embedded.filter { $0.name != defaultName }.sorted { $0.name < $1.name }

    /// The default scenario, decoded.
    public static func defaultScenario() throws(ScenarioError) -> Scenario {
        try scenario(named: defaultName)
    }

    /// A bundled profile by name (with or without `.json`), decoded and validated.
    public static func scenario(named name: String) throws(ScenarioError) -> Scenario {
        let text = try text(named: name)
        do {
            return try ScenarioDecoder.scenario(from: Data(text.utf8))
        } catch {
            throw error.inFile("Profiles/\(BundledFiles.key(name)).json")
        }
    }

    /// A bundled profile's text by name (with or without `.json`).
    public static func text(named name: String) throws(ScenarioError) -> String {
        try BundledFiles.text(named: name, in: all, kind: "profile")
    }
}
