import Foundation

/// Looking up bundled profiles by name.
extension BundledProfiles {
    /// The default scenario, decoded.
    public static func defaultScenario() throws(ScenarioError) -> Scenario {
        try scenario(named: defaultName)
    }

    /// A bundled profile by name (with or without `.json`), decoded and validated.
    public static func scenario(named name: String) throws(ScenarioError) -> Scenario {
        let key = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        guard let profile = all.first(where: { $0.name == key }) else {
            throw ScenarioError(
                field: nil,
                reason: "no bundled profile named \"\(name)\" (bundled: \(all.map(\.name).joined(separator: ", ")))")
        }
        do {
            return try ScenarioDecoder.scenario(from: Data(profile.json.utf8))
        } catch {
            throw error.inFile("Profiles/\(key).json")
        }
    }
}
