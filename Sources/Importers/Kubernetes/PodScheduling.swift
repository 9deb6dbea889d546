import PlannerCore

/// One imported pod template as placement sees it: the object it comes from, its namespace and
/// pod labels (what other objects' selectors match), its workloads (one per container, sharing a
/// pod), and its own scheduling constraints.
struct PodScheduling {
    /// `FILE: document N: Deployment shop/web`, the start of its warnings.
    var place: String
    /// `Deployment shop/web`, how other objects' warnings name it.
    var label: String
    var location: DocumentLocation
    var namespace: String?
    var labels: [String: String]
    /// Indices of its workloads in the import's list.
    var workloads: [Int]
    var constraints: SchedulingConstraints

    /// Reads the pod labels and constraints of `object`, whose containers became `workloads`.
    static func read(
        _ object: KubernetesObject, kind: WorkloadKind, spec: DocumentNode, place: String, workloads: [Int]
    ) throws(ScenarioError) -> PodScheduling {
        PodScheduling(
            place: place, label: object.label, location: object.node.location, namespace: object.namespace,
            labels: try kind.podLabels(object), workloads: workloads,
            constraints: try SchedulingConstraints.read(spec, namespace: object.namespace))
    }

    /// The error for an import that would go past one of `ImportLimits`' ceilings at this object.
    func overLimit(_ what: String) -> ScenarioError {
        ScenarioError(file: location.file, at: .document(location.document, nil), reason: "\(label) would make more than \(what)")
    }
}
