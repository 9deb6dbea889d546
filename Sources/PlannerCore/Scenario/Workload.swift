/// One service of the mix: the demand of one instance, how many instances, how they group into
/// pods, how its image is layered and updated, and the traffic it serves.
public struct Workload: Sendable, Equatable, Decodable {
    /// Unique name within the scenario.
    public var name: String
    /// CPU one instance requests, in cores (fractions allowed).
    public var cpuCores: Double
    /// Memory one instance requests, in MiB.
    public var memoryMiB: Double
    /// Whole GPUs one instance takes (a VM's passed-through devices, a container's nvidia.com/gpu
    /// request). Default 0. A workload with GPUs is never a function.
    public var gpus: Int = 0
    /// Local disk one instance needs on its host, GiB: a VM's local virtual disk, a container's
    /// `ephemeral-storage` request. Default 0. A managed function uses none of the host's (its
    /// scratch space is the provider's, up to `faas.maxEphemeralStorageMiB`).
    public var diskGiB: Double = 0
    /// Instances when run as VMs or containers. Default 1.
    public var replicas: Int
    /// Workloads naming the same pod form one pod per replica index, placed on one host.
    public var pod: String?
    /// Stateful workloads keep data between requests and cannot be functions. Default false.
    public var stateful: Bool
    /// The model this workload uses in the mixed plan. Default container.
    public var model: DeploymentModel
    /// The image's layers, base first. Default none.
    public var layers: [ImageLayer]
    /// Image updates shipped per day. Default 0.
    public var updatesPerDay: Double
    /// How many of the top layers an update changes. Default 1.
    public var changedLayers: Int
    /// Average requests per second (for function cost and cold starts).
    public var requestsPerSecond: Double?
    /// Peak requests per second (for function concurrency). Default: `requestsPerSecond`.
    public var peakRequestsPerSecond: Double?
    /// Seconds one request keeps an instance busy.
    public var requestSeconds: Double?
    /// Average requests per second in each hour of the day, hour 0 to 23 (24 values). When given,
    /// the average and peak come from it, and `requestsPerSecond` and `peakRequestsPerSecond` are
    /// not given. Nil: the day is flat at `requestsPerSecond`, sized for `peakRequestsPerSecond`.
    public var hourlyRequestsPerSecond: [Double]? = nil
    /// Coefficient of variation of the times between requests: 1 for Poisson arrivals (the
    /// default), above 1 for bursty traffic, below 1 for smoother than random.
    public var burstiness: Double = 1
    /// Concurrent requests one container replica or VM serves. Nil: what makes the given `replicas`
    /// exactly carry the peak (peak requests/s × requestSeconds ÷ replicas), so scenarios without
    /// it keep their replica counts (`TrafficProfile.concurrencyPerReplica`).
    public var concurrencyPerReplica: Double? = nil
    /// Memory a function instance is configured with, in MiB. Nil: `memoryMiB`.
    public var functionMemoryMiB: Double? = nil
    /// The RuntimeClass its pod runs under (a name in `container.runtimeClasses`); nil: none.
    public var runtimeClass: String? = nil
    /// How its replicas spread over hosts or zones. Nil: `Spread.kubernetesDefault` (soft host
    /// spread) for two or more replicas, as the Kubernetes scheduler does (`placementSpread`).
    public var spread: Spread? = nil
    /// Workloads whose instances never share a host with this one's (symmetric; its own name:
    /// one instance per host). Default none.
    public var antiAffinity: [String] = []

    public init(
        name: String, cpuCores: Double, memoryMiB: Double, replicas: Int = 1, pod: String? = nil,
        stateful: Bool = false, model: DeploymentModel = .container, layers: [ImageLayer] = [],
        updatesPerDay: Double = 0, changedLayers: Int = 1, requestsPerSecond: Double? = nil,
        peakRequestsPerSecond: Double? = nil, requestSeconds: Double? = nil, spread: Spread? = nil,
        antiAffinity: [String] = []
    ) {
        self.spread = spread
        self.antiAffinity = antiAffinity
        self.name = name
        self.cpuCores = cpuCores
        self.memoryMiB = memoryMiB
        self.replicas = replicas
        self.pod = pod
        self.stateful = stateful
        self.model = model
        self.layers = layers
        self.updatesPerDay = updatesPerDay
        self.changedLayers = changedLayers
        self.requestsPerSecond = requestsPerSecond
        self.peakRequestsPerSecond = peakRequestsPerSecond
        self.requestSeconds = requestSeconds
    }

    /// The spread placement honours: the given one, else soft host spread for two or more
    /// replicas; nil for none.
    public var placementSpread: Spread? {
        let spread = spread ?? (replicas >= 2 ? Spread.kubernetesDefault : nil)
        return spread?.topology == Spread.Topology.none ? nil : spread
    }

    /// Total size of the workload's own layers in MiB.
    public var imageMiB: Double { layers.reduce(0) { $0 + $1.sizeMiB } }
}

/// One layer of a container image, identified by `id` (a digest or a name) so that hosts pull a
/// layer shared by several images only once.
public struct ImageLayer: Sendable, Equatable, Hashable, Decodable {
    public var id: String
    public var sizeMiB: Double

    public init(id: String, sizeMiB: Double) {
        self.id = id
        self.sizeMiB = sizeMiB
    }
}
