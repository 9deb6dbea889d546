import PlannerCore

extension KubernetesImportState {
    /// Gives each imported pod's workloads the spread and anti-affinity its constraints ask for (the
    /// same on every member of a pod), and one warning per construct the scenario cannot express.
    /// Runs once every object is read, as anti-affinity names the workloads of other objects.
    mutating func applyScheduling() throws(ScenarioError) {
        let needsIndex = scheduling.contains { !$0.constraints.terms.isEmpty }
        var index = PodSelectorIndex(needsIndex ? scheduling : [])
        let names = workloads.map(\.name)
        var listed = 0
        for position in scheduling.indices {
            let pod = scheduling[position]
            guard !pod.constraints.terms.isEmpty || !pod.constraints.unexpressed.isEmpty else { continue }
            let resolution = try PlacementResolution.resolve(position, pods: scheduling, names: names, index: &index)
            listed += resolution.antiAffinity.count * pod.workloads.count
            guard listed <= ImportLimits.maximumAntiAffinityNames else {
                throw pod.overLimit(
                    "\(ImportLimits.maximumAntiAffinityNames) anti-affinity names in all (each workload lists the workloads "
                        + "it never shares a host with), the limit of an import")
            }
            for member in pod.workloads {
                workloads[member].spread = resolution.spread
                workloads[member].antiAffinity = resolution.antiAffinity
            }
            warnings += resolution.notes.map { "\(pod.place): \($0)" }
        }
    }
}
