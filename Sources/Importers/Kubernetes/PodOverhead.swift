import PlannerCore

/// The fixed overhead of a pod sandbox: a RuntimeClass's `overhead.podFixed` (node.k8s.io/v1;
/// `spec.overhead.podFixed` in v1alpha1), or the `spec.overhead` the admission controller wrote
/// into a pod read back from a cluster.
struct PodOverhead: Equatable {
    var cpuMillicores: Double
    var memoryBytes: Double

    var isZero: Bool { cpuMillicores == 0 && memoryBytes == 0 }

    /// RuntimeClass objects of the input by name.
    static func runtimeClass(_ object: KubernetesObject) throws(ScenarioError) -> PodOverhead? {
        var overhead = try object.node.mapping("overhead")
        if overhead == nil { overhead = try object.node.mapping("spec")?.mapping("overhead") }
        guard let podFixed = try overhead?.mapping("podFixed") else { return nil }
        return try read(podFixed)
    }

    /// A pod spec's own `overhead`, when present.
    static func podSpec(_ spec: DocumentNode) throws(ScenarioError) -> PodOverhead? {
        guard let overhead = try spec.mapping("overhead") else { return nil }
        return try read(overhead)
    }

    private static func read(_ node: DocumentNode) throws(ScenarioError) -> PodOverhead {
        var result = PodOverhead(cpuMillicores: 0, memoryBytes: 0)
        for name in ["cpu", "memory"] {
            guard let text = try node.scalar(name) else { continue }
            let field = node.member(name)!
            let quantity: KubernetesQuantity
            do {
                quantity = try KubernetesQuantity.parse(text)
            } catch {
                throw field.error("invalid quantity \"\(text)\"")
            }
            guard !quantity.negative || quantity.value == 0 else { throw field.error("must not be negative (got \"\(text)\")") }
            guard quantity.value.isFinite, quantity.value < 1e18 else { throw field.error("\"\(text)\" is too large") }
            if name == "cpu" { result.cpuMillicores = quantity.milliUnits } else { result.memoryBytes = quantity.wholeUnits }
        }
        return result
    }
}
