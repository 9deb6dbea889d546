import PlannerCore

/// The lookup the files compiled into the binary share (`BundledProfiles`, `BundledCatalogs`): a
/// name with or without `.json`, and the one-line error listing what is bundled.
enum BundledFiles {
    /// The name without a trailing `.json`.
    static func key(_ name: String) -> String { name.hasSuffix(".json") ? String(name.dropLast(5)) : name }

    /// The text of the entry `name` names, or `no bundled KIND named "NAME" (bundled: ...)`.
    static func text(named name: String, in all: [(name: String, json: String)], kind: String) throws(ScenarioError) -> String {
        guard let entry = all.first(where: { $0.name == key(name) }) else {
            throw ScenarioError(
                field: nil,
                reason: "no bundled \(kind) named \"\(name)\" (bundled: \(all.map(\.name).joined(separator: ", ")))")
        }
        return entry.json
    }
}
