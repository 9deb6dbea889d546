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
