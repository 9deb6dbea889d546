/// Values the Kubernetes importer assumes where a manifest says nothing; each use adds a warning.
public struct KubernetesDefaults: Sendable, Equatable {
    /// CPU of a container with neither a CPU request nor a limit (or a zero one), in cores. Default 0.1:
    /// the scheduler's non-zero default for such containers (`DefaultMilliCPURequest = 100`,
    /// kubernetes pkg/scheduler/util/pod_resources.go).
    public var cpuCores: Double
    /// Memory of a container with neither a memory request nor a limit, in MiB. Default 200: the
    /// scheduler's `DefaultMemoryRequest = 200 * 1024 * 1024` bytes (same file).
    public var memoryMiB: Double
    /// Size of the one layer assumed for an image without a manifest, in MiB. Default 100: a round
    /// middle between a distroless or Alpine application image (a few tens of MiB) and a JVM or
    /// Python image (a few hundred); a placeholder, not a measurement.
    public var imageMiB: Double

    public init(cpuCores: Double = 0.1, memoryMiB: Double = 200, imageMiB: Double = 100) {
        self.cpuCores = cpuCores
        self.memoryMiB = memoryMiB
        self.imageMiB = imageMiB
    }
}

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

import PlannerCore
