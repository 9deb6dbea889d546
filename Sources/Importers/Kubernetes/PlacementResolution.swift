import PlannerCore

/// What one pod template's constraints become: the spread of its workloads, the other workloads
/// they never share a host with, and one line (without the object's place) for each construct
/// that is not expressed.
struct PlacementResolution {
    var spread: Spread?
    var antiAffinity: [String] = []
    var notes: [String] = []

    /// Resolves the constraints of `pods[position]` against every imported template: terms that
    /// count its own pods compete for its spread (`SpreadChoice`); required host anti-affinity to
    /// other templates of its namespace names their workloads.
    static func resolve(
        _ position: Int, pods: [PodScheduling], names: [String], index: inout PodSelectorIndex
    ) throws(ScenarioError) -> PlacementResolution {
        let pod = pods[position]
        var result = PlacementResolution(notes: pod.constraints.unexpressed.map(\.line))
        var own: [SchedulingTerm] = []
        var avoided = Set<Int>()
        for term in pod.constraints.terms {
            let countsOwn = term.selector.matches(pod.labels)
            if countsOwn { own.append(term) }
            var others: PodSelectorIndex.Selection?
            if let selector = term.selector.forOthers(own: pod.labels) {
                others = try index.select(selector, namespace: pod.namespace, asker: position, pods: pods)
            }
            if result.add(term, countsOwn: countsOwn, others: others, pods: pods), let others { avoided.formUnion(others.all) }
        }
        result.antiAffinity = avoided.sorted().flatMap { pods[$0].workloads.map { names[$0] } }
        let choice = SpreadChoice.choose(own)
        result.spread = choice.kept?.spread
        if let kept = choice.kept {
            for term in choice.dropped {
                result.notes.append(
                    "\(term.path): \(term.spreadText) is not expressed (a workload has one spread; it keeps \(kept.spreadText))")
            }
        }
        return result
    }

    /// What a term says about the pods of other templates (`others`; nil when it can select none):
    /// true when it is required host anti-affinity, which the scenario expresses; otherwise a note
    /// when it is not expressed.
    private mutating func add(
        _ term: SchedulingTerm, countsOwn: Bool, others: PodSelectorIndex.Selection?, pods: [PodScheduling]
    ) -> Bool {
        let path = term.path
        guard let others, !others.isEmpty else {
            if !countsOwn {
                let what = term.source == .spreadConstraint ? "the workload's own pods" : "any pod of the input"
                notes.append("\(path): its labelSelector does not select \(what); not expressed")
            }
            return false
        }
        let named = Self.naming(others, pods: pods)
        switch term.source {
        case .spreadConstraint where countsOwn:
            notes.append("\(path): counting the pods of \(named) in this spread is not expressed; it spreads its own pods only")
        case .spreadConstraint:
            notes.append(
                "\(path): its labelSelector does not select the workload's own pods (it selects \(named)); not expressed")
        case .antiAffinity where !term.required:
            notes.append(
                "\(path): preferred anti-affinity to \(named) is not expressed (the scenario's anti-affinity is required only)")
        case .antiAffinity where term.topology != .host:
            notes.append(
                "\(path): \(term.topology.rawValue) anti-affinity to \(named) is not expressed (the scenario's anti-affinity is per host)"
            )
        case .antiAffinity:
            return true
        }
        return false
    }

    /// `Deployment shop/cache`, `Deployment a, StatefulSet b and 3 more`: the first three objects.
    private static func naming(_ others: PodSelectorIndex.Selection, pods: [PodScheduling]) -> String {
        let shown = others.prefix(3).map { pods[$0].label }.joined(separator: ", ")
        return others.count > 3 ? "\(shown) and \(others.count - 3) more" : shown
    }
}
