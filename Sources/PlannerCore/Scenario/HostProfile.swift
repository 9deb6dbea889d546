/// The one host type every plan places instances on: its raw size, what the operator keeps back
/// for the host itself, how far it may be overcommitted, and its price.
public struct HostProfile: Sendable, Equatable, Decodable {
    /// Physical cores (or hardware threads) of the host. Default 64.
    public var cpuCores: Double
    /// Installed memory in GiB. Default 512.
    public var memoryGiB: Double
    /// GPUs installed, whole devices, each given whole to one VM (passthrough) or container
    /// (nvidia.com/gpu). Default 0.
    public var gpus: Int = 0
    /// Local disk instances may use, GiB: VMs' local virtual disks, containers' ephemeral storage
    /// (`ephemeral-storage` requests). Default 0. No reservation, overcommit or target utilization.
    public var localDiskGiB: Double = 0
    /// Network interface bandwidth in Gbit/s (10^9 bit/s). Default 25.
    public var nicGbps: Double
    /// Price of one host per hour, in the user's currency. Default 4.1.
    public var costPerHour: Double
    /// Whose kubelet reservation hosts running Kubernetes keep back. Default gke.
    public var reservationPreset: ReservationPreset
    /// Cores kept back for the host OS and agents, overriding the preset (and, in the vm plan, the
    /// hypervisor's default). Nil: derived per plan (`HostReservation`).
    public var reservedCpuCores: Double?
    /// Memory kept back, GiB, overriding the preset as `reservedCpuCores` does. Nil: derived.
    public var reservedMemoryGiB: Double?
    /// Container and function CPU requests per physical core (VMs take `vm.cpuOvercommit`). Default 1 (none).
    public var cpuOvercommit: Double
    /// Container and function memory requests per physical MiB (VMs take `vm.memoryOvercommit`). Default 1.
    public var memoryOvercommit: Double
    /// The share of the remaining capacity the planner may fill (headroom for spikes). Default 0.8.
    public var targetUtilization: Double
    /// Host failures the plan survives (N + k), the short form of `failover`'s `hosts` policy. Default 1.
    public var failoverHosts: Int
    /// What failures the plan survives. Nil: `.hosts(count: failoverHosts)` (`failoverPolicy`).
    public var failover: FailoverPolicy? = nil
    /// Availability zones the plan's hosts are split across, as evenly as they go. Default 1.
    public var zones: Int = 1
    /// MiB of pulled image layers one host unpacks per second (gunzip and write). Default 200.
    public var imageExtractMiBps: Double

    /// How the hosts are paid for: the peak hour's hosts all month, or each hour's hosts. Default
    /// monthly.
    public var billing: HostBilling = .monthly

    /// The failover policy in force: `failover`, else N + `failoverHosts`.
    public var failoverPolicy: FailoverPolicy { failover ?? .hosts(count: failoverHosts) }

    public init(
        cpuCores: Double = 64, memoryGiB: Double = 512, nicGbps: Double = 25, costPerHour: Double = 4.1,
        reservationPreset: ReservationPreset = .gke, reservedCpuCores: Double? = nil, reservedMemoryGiB: Double? = nil,
        cpuOvercommit: Double = 1, memoryOvercommit: Double = 1,
        targetUtilization: Double = 0.8, failoverHosts: Int = 1, imageExtractMiBps: Double = 200
    ) {
        self.cpuCores = cpuCores
        self.memoryGiB = memoryGiB
        self.nicGbps = nicGbps
        self.costPerHour = costPerHour
        self.reservationPreset = reservationPreset
        self.reservedCpuCores = reservedCpuCores
        self.reservedMemoryGiB = reservedMemoryGiB
        self.cpuOvercommit = cpuOvercommit
        self.memoryOvercommit = memoryOvercommit
        self.targetUtilization = targetUtilization
        self.failoverHosts = failoverHosts
        self.imageExtractMiBps = imageExtractMiBps
    }
}
