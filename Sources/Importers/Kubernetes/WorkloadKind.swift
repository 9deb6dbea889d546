import PlannerCore

/// How one kind of object runs pods: where its pod spec is and how many replicas it keeps.
enum WorkloadKind: Equatable {
    /// Deployment, ReplicaSet, ReplicationController: `spec.replicas` (default 1).
    case replicated
    /// StatefulSet: `spec.replicas`, and the workloads are stateful.
    case stateful
    /// DaemonSet: one pod per host.
    case daemon
    /// Job, and the job template of a CronJob: `parallelism` pods at once (default 1), at most `completions`.
    case batch
    /// A bare Pod: one.
    case pod
    /// An unknown kind whose `spec.template.spec` has containers (a custom controller): `spec.replicas`.
    case unknownTemplate

    /// The kind for an object, nil when it runs no pods (Service, ConfigMap, PersistentVolume, …).
    static func of(_ object: KubernetesObject) -> WorkloadKind? {
        switch object.kind {
        case "Deployment", "ReplicaSet", "ReplicationController": return .replicated
        case "StatefulSet": return .stateful
        case "DaemonSet": return .daemon
        case "Job", "CronJob": return .batch
        case "Pod": return .pod
        default:
            let containers = object.node.member("spec")?.member("template")?.member("spec")?.member("containers")
            return containers?.isSequence == true ? .unknownTemplate : nil
        }
    }

    /// The pod spec of an object of this kind.
    func podSpec(_ object: KubernetesObject) throws(ScenarioError) -> DocumentNode {
        let template = try podTemplate(object)
        guard let podSpec = try template.mapping("spec") else { throw template.error("missing", key: "spec") }
        return podSpec
    }

    /// The node whose `metadata` and `spec` describe the pods: the pod template, or a bare Pod itself.
    func podTemplate(_ object: KubernetesObject) throws(ScenarioError) -> DocumentNode {
        let root = object.node
        guard let spec = try root.mapping("spec") else { throw root.error("missing", key: "spec") }
        if self == .pod { return root }
        var owner = spec
        if object.kind == "CronJob" {
            guard let jobTemplate = try spec.mapping("jobTemplate") else { throw spec.error("missing", key: "jobTemplate") }
            guard let jobSpec = try jobTemplate.mapping("spec") else { throw jobTemplate.error("missing", key: "spec") }
            owner = jobSpec
        }
        guard let template = try owner.mapping("template") else { throw owner.error("missing", key: "template") }
        return template
    }

    /// The labels of the pods an object of this kind runs (`metadata.labels` of its pod template,
    /// or of a bare Pod); empty when there are none.
    func podLabels(_ object: KubernetesObject) throws(ScenarioError) -> [String: String] {
        guard let labels = try podTemplate(object).mapping("metadata")?.mapping("labels") else { return [:] }
        var result: [String: String] = [:]
        for (key, _) in labels.members() where key != "<<" {
            result[key] = try labels.scalar(key) ?? ""
        }
        return result
    }

    /// Replicas for every kind but DaemonSet (which the importer sets from the host count).
    func replicas(_ object: KubernetesObject) throws(ScenarioError) -> Int {
        let spec = try object.node.mapping("spec")
        switch self {
        case .pod, .daemon: return 1
        case .replicated, .stateful, .unknownTemplate:
            return try spec?.count("replicas", maximum: Limits.maximumInstances) ?? 1
        case .batch:
            var jobSpec = spec
            if object.kind == "CronJob" { jobSpec = try spec?.mapping("jobTemplate")?.mapping("spec") }
            let parallelism = try jobSpec?.count("parallelism", maximum: Limits.maximumInstances) ?? 1
            guard let completions = try jobSpec?.count("completions", maximum: Limits.maximumInstances) else {
                return parallelism
            }
            return min(parallelism, completions)
        }
    }
}
