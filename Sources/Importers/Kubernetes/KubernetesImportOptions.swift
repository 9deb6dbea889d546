import PlannerCore

/// How `import kubernetes` runs: the base scenario for host and model parameters, the scenario's
/// name, image manifests, DaemonSet host count and defaults.
public struct KubernetesImportOptions: Sendable {
    /// Host and model parameters come from here (`--host`); nil for vplan's defaults.
    public var base: Scenario?
    /// Scenario name (`--name`); nil for "Imported from FILE".
    public var name: String?
    /// Manifests that give images their real layers (`--images`).
    public var images: ImageCatalog
    /// Hosts a DaemonSet runs on (`--daemonset-hosts`); nil to estimate from the plan.
    public var daemonSetHosts: Int?
    public var defaults: KubernetesDefaults

    public init(
        base: Scenario? = nil, name: String? = nil, images: ImageCatalog = ImageCatalog(), daemonSetHosts: Int? = nil,
        defaults: KubernetesDefaults = KubernetesDefaults()
    ) {
        self.base = base
        self.name = name
        self.images = images
        self.daemonSetHosts = daemonSetHosts
        self.defaults = defaults
    }
}
