import PlannerCore

/// The layer editor's edits to one workload's image: add, remove, rename and resize a layer. Like
/// every scenario edit they return the new scenario or why not, and are validated (a layer id the
/// workload already has, a negative size).
extension ScenarioEdits {
    /// A new layer after `layer` (at the top when the image is empty), named uniquely, 10 MiB.
    public static func addLayer(row: Int, after layer: Int, in scenario: Scenario) -> Result<(Scenario, Int), EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        var s = scenario
        let ids = Set(s.workloads[row].layers.map(\.id))
        var n = s.workloads[row].layers.count + 1
        while ids.contains("\(s.workloads[row].name)-layer-\(n)") { n += 1 }
        let index = s.workloads[row].layers.isEmpty ? 0 : min(layer + 1, s.workloads[row].layers.count)
        s.workloads[row].layers.insert(ImageLayer(id: "\(s.workloads[row].name)-layer-\(n)", sizeMiB: 10), at: index)
        return validated(s, against: scenario, touching: [row]).map { ($0, index) }
    }

    /// Removes layer `layer`; `changedLayers` shrinks with the image so it never exceeds it.
    public static func deleteLayer(row: Int, layer: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row), scenario.workloads[row].layers.indices.contains(layer) else {
            return .failure(EditProblem("no layer to remove"))
        }
        var s = scenario
        s.workloads[row].layers.remove(at: layer)
        s.workloads[row].changedLayers = max(1, min(s.workloads[row].changedLayers, max(1, s.workloads[row].layers.count)))
        return validated(s, against: scenario, touching: [row])
    }

    /// Sets a layer's id (`column` 0) or size (`column` 1, `512M`, `1.5G`) from typed text.
    public static func setLayer(
        row: Int, layer: Int, column: Int, to text: String, in scenario: Scenario
    ) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row), scenario.workloads[row].layers.indices.contains(layer) else {
            return .failure(EditProblem("no layer selected"))
        }
        var s = scenario
        if column == 0 {
            let id = text.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { return .failure(EditProblem("a layer needs an id (a digest or a name)")) }
            let others = s.workloads[row].layers.enumerated().filter { $0.offset != layer }.map(\.element.id)
            guard !others.contains(id) else { return .failure(EditProblem("the image already has a layer \"\(id)\"")) }
            s.workloads[row].layers[layer].id = id
        } else {
            switch QuantityUnit.mib.parse(text) {
            case .success(let size): s.workloads[row].layers[layer].sizeMiB = size
            case .failure(let problem): return .failure(problem)
            }
        }
        return validated(s, against: scenario, touching: [row])
    }

    /// Adds `delta` steps to a layer's size.
    public static func stepLayer(row: Int, layer: Int, by delta: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row), scenario.workloads[row].layers.indices.contains(layer) else {
            return .failure(EditProblem("no layer selected"))
        }
        let size = scenario.workloads[row].layers[layer].sizeMiB
        let next = rounded(size + Double(delta) * WorkloadColumn.imageStep(size))
        return setLayer(row: row, layer: layer, column: 1, to: QuantityUnit.mib.exactText(max(0, next)), in: scenario)
    }
}
