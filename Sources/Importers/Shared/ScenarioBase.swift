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
            container: base.container, faas: base.faas, workloads: workloads.map(written))
    }

    /// A workload with its numbers as the scenario file writes them (12 significant digits), so
    /// that the imported scenario and the file read back from it are the same.
    static func written(_ workload: Workload) -> Workload {
        var copy = workload
        copy.cpuCores = written(workload.cpuCores)
        copy.memoryMiB = written(workload.memoryMiB)
        copy.layers = workload.layers.map { ImageLayer(id: $0.id, sizeMiB: written($0.sizeMiB)) }
        return copy
    }

    static func written(_ value: Double) -> Double {
        Double(JSONNumber.format(value)) ?? value
    }

    /// "a.yaml, b.yaml" — at most five names, then "and N more".
    /// File names are shown with control characters escaped, as the scenario's text must not hold any.
    public static func fileList(_ files: [String]) -> String {
        let shown = files.prefix(5).map(TerminalText.escaped).joined(separator: ", ")
        return files.count > 5 ? "\(shown) and \(files.count - 5) more" : shown
    }

    /// "Imported from a.yaml", "Imported from a.yaml and 3 more files".
    public static func defaultName(files: [String]) -> String {
        let names = files.map { TerminalText.escaped($0.split(separator: "/").last.map(String.init) ?? $0) }
        guard let first = names.first else { return "Imported scenario" }
        if names.count == 1 { return "Imported from \(first)" }
        return "Imported from \(first) and \(names.count - 1) more file\(names.count == 2 ? "" : "s")"
    }
}
