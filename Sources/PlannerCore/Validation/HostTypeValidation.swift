/// The rules of a host catalog (`hostTypes`): at most `Limits.maximumHostTypes` entries, names
/// present, unique and printable, and each type, merged over `host`, a valid host by the host
/// section's own rules (a problem the shared `host` already has is reported once, there).
enum HostTypeValidation {
    static func check(_ scenario: Scenario, _ rules: inout Rules) {
        let types = scenario.hostTypes
        guard !types.isEmpty else { return }
        if types.count > Limits.maximumHostTypes {
            rules.fail("hostTypes", "must list at most \(Limits.maximumHostTypes) types", Double(types.count))
            return
        }
        var shared = Rules()
        ScenarioSchema.host.validate(scenario.host, at: FieldLocation(section: "host", ""), &shared)
        let sharedProblems = Set(shared.errors.compactMap { $0.field?.split(separator: ".").last.map(String.init) })
        var seen: [String: Int] = [:]
        for (index, type) in types.enumerated() {
            let here = "hostTypes[\(index)]"
            if ScenarioValidator.isBlank(type.name) || TerminalText.containsUnsafe(type.name) {
                rules.fail("\(here).name", "must be a printable, non-empty name")
            } else if let first = seen[type.name] {
                rules.fail("\(here).name", "\"\(type.name)\" is already the name of hostTypes[\(first)]")
            } else {
                seen[type.name] = index
            }
            if let pods = type.maxPodsPerHost {
                rules.count("\(here).maxPodsPerHost", pods, atLeast: 1, atMost: Limits.maximumParallelism)
            }
            let resolved: Scenario
            do throws(ScenarioError) {
                resolved = try scenario.onHostType(at: index)
            } catch {
                rules.errors.append(error)
                continue
            }
            var own = Rules()
            ScenarioSchema.host.validate(resolved.host, at: FieldLocation(section: here, ""), &own)
            rules.errors += own.errors.filter { error in
                guard let key = error.field?.split(separator: ".").last.map(String.init) else { return true }
                return !sharedProblems.contains(key)
            }
        }
    }
}
