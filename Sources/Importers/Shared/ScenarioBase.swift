import PlannerCore

/// Builds the imported scenario: host and model parameters from a base scenario (a file or bundled
/// profile given with `--host`, else vplan's defaults), the imported workloads, a name and notes.
public enum ScenarioBase {
    /// The base's host, registry and model parameters with `workloads`; the base's own workloads are dropped.
    public static func scenario(
        base: Scenario?, name: String, notes: [String], workloads: [Workload]
    ) -> Scenario {
        let base = base ?? Scenario()
        return Scenario(
            name: name, notes: notes, host: base.host, registry: base.registry, vm: base.vm,
            container: base.container, faas: base.faas, workloads: workloads)
    }

    /// "Imported from a.yaml", "Imported from a.yaml and 3 more files".
    public static func defaultName(files: [String]) -> String {
        let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        guard let first = names.first else { return "Imported scenario" }
        if names.count == 1 { return "Imported from \(first)" }
        return "Imported from \(first) and \(names.count - 1) more file\(names.count == 2 ? "" : "s")"
    }
}
