/// Parameters of the container model: the runtime's cost per pod, the pod sandbox (RuntimeClass
/// overhead), start time and the kubelet's pod limit.
public struct ContainerParameters: Sendable, Equatable, Decodable {
    /// Memory of the container runtime per pod (one containerd shim per pod since containerd
    /// 1.3), in MiB. Default 10 (containerd-shim-runc-v2 RSS, containerd issue #7878).
    public var runtimeOverheadMiB: Double
    /// Pod sandbox overhead per pod (RuntimeClass `overhead.podFixed`), in MiB. Default 0 (runc).
    public var podOverheadMiB: Double
    /// Pod sandbox CPU overhead per pod, in cores. Default 0 (runc).
    public var podOverheadCpuCores: Double
    /// Seconds to create and start a container whose image is present. Default 0.25.
    public var startSeconds: Double
    /// Containers one host starts at the same time. Default 16.
    public var parallelStartsPerHost: Int
    /// Pods one host may run (kubelet `--max-pods`). Default 110.
    public var maxPodsPerHost: Int
    /// RuntimeClasses by name: the pod overhead of the pods whose workloads name one
    /// (`workloads[].runtimeClass`); a pod naming none pays `podOverheadMiB`/`podOverheadCpuCores`.
    public var runtimeClasses: [String: RuntimeClass] = [:]
    /// Container replicas follow the traffic hour by hour (a HorizontalPodAutoscaler on concurrent
    /// requests): ⌈the hour's concurrency at `faas.concurrencyPercentile` ÷ the workload's
    /// `concurrencyPerReplica`⌉, at least `minReplicas`. Default false: replicas are fixed.
    public var autoscale: Bool = false
    /// The fewest replicas an autoscaled workload keeps (the HPA's `minReplicas`). Default 1.
    public var minReplicas: Int = 1
    /// The kubelet pulls one image at a time (`serializeImagePulls`). Default true, the kubelet's default.
    public var serialImagePulls: Bool

    public init(
        runtimeOverheadMiB: Double = 10, podOverheadMiB: Double = 0, podOverheadCpuCores: Double = 0,
        startSeconds: Double = 0.25, parallelStartsPerHost: Int = 16, maxPodsPerHost: Int = 110,
        serialImagePulls: Bool = true
    ) {
        self.runtimeOverheadMiB = runtimeOverheadMiB
        self.podOverheadMiB = podOverheadMiB
        self.podOverheadCpuCores = podOverheadCpuCores
        self.startSeconds = startSeconds
        self.parallelStartsPerHost = parallelStartsPerHost
        self.maxPodsPerHost = maxPodsPerHost
        self.serialImagePulls = serialImagePulls
    }
}
