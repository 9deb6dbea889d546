/// Parameters of the virtual-machine model: what each VM costs beyond its workload, how big its
/// image is and how long it takes to boot.
public struct VMParameters: Sendable, Equatable, Decodable {
    /// Type 1 (bare metal) or type 2 (hosted). Default type 1.
    public var hypervisor: Hypervisor
    /// vCPUs per physical core for VM instances, in every plan where VMs run. Default 4.
    public var cpuOvercommit: Double
    /// Guest MiB per physical MiB for VM instances. Default 1 (no memory overcommit).
    public var memoryOvercommit: Double
    /// In VM plans the members of a pod become one VM per replica (summed CPU and memory, one guest
    /// OS, one hypervisor overhead, one image). False: one VM per member, on its pod's host. Default true.
    public var podAsOneVm: Bool
    /// Whose per-VM memory overhead VMs pay: esxi (default), kubevirt, firecracker or custom.
    public var overheadModel: VMOverheadModel
    /// Memory the guest operating system needs on top of the workload, per VM, in MiB. Default 512.
    public var guestOsMemoryMiB: Double
    /// `custom` model: fixed per-VM hypervisor overhead in MiB. Default 218 (KubeVirt's documented formula).
    public var overheadMiB: Double
    /// Per-VM overhead proportional to the guest memory. Default 0.002 (KubeVirt).
    public var overheadFraction: Double
    /// Per-VM overhead per virtual CPU in MiB. Default 8 (KubeVirt).
    public var overheadPerVcpuMiB: Double
    /// CPU lost to virtualisation, as a fraction of each VM's vCPUs. Default 0.05 (Firecracker's
    /// target of more than 95% of bare-metal compute).
    public var cpuOverhead: Double
    /// Size of the operating-system image shipped with every VM image, in MiB. Default 2048.
    public var osImageMiB: Double
    /// When true a host keeps one copy of a workload's image for all its VMs; when false every VM
    /// gets its own copy. Default true.
    public var imageCachedPerHost: Bool
    /// Seconds from power-on to a ready guest. Default 30.
    public var bootSeconds: Double
    /// VMs one host boots at the same time. Default 4.
    public var parallelBootsPerHost: Int
    /// Cores a VM host keeps back for the hypervisor. Nil: `host.reservedCpuCores` if given, else
    /// the default of `overheadModel` (`HostReservation.hypervisorDefault`).
    public var hostReservedCpuCores: Double?
    /// Memory a VM host keeps back for the hypervisor, GiB. Nil: as `hostReservedCpuCores`.
    public var hostReservedMemoryGiB: Double?
    /// Type 2 only: memory of the host operating system the hypervisor runs on, in MiB. Default 2048.
    public var hostOsMemoryMiB: Double
    /// Type 2 only: cores the host operating system keeps busy. Default 1.
    public var hostOsCpuCores: Double
    /// Type 2 only: extra CPU overhead on top of `cpuOverhead`. Default 0.10.
    public var hostedCpuOverhead: Double
    /// Type 2 only: factor on `bootSeconds` (the guest boots through the host OS). Default 1.5.
    public var hostedBootFactor: Double

    public init(
        hypervisor: Hypervisor = .type1, cpuOvercommit: Double = 4, memoryOvercommit: Double = 1,
        podAsOneVm: Bool = true, overheadModel: VMOverheadModel = .esxi, guestOsMemoryMiB: Double = 512,
        overheadMiB: Double = 218,
        overheadFraction: Double = 0.002, overheadPerVcpuMiB: Double = 8, cpuOverhead: Double = 0.05,
        osImageMiB: Double = 2048, imageCachedPerHost: Bool = true, bootSeconds: Double = 30,
        parallelBootsPerHost: Int = 4, hostReservedCpuCores: Double? = nil, hostReservedMemoryGiB: Double? = nil,
        hostOsMemoryMiB: Double = 2048, hostOsCpuCores: Double = 1,
        hostedCpuOverhead: Double = 0.10, hostedBootFactor: Double = 1.5
    ) {
        self.hypervisor = hypervisor
        self.cpuOvercommit = cpuOvercommit
        self.memoryOvercommit = memoryOvercommit
        self.podAsOneVm = podAsOneVm
        self.overheadModel = overheadModel
        self.guestOsMemoryMiB = guestOsMemoryMiB
        self.overheadMiB = overheadMiB
        self.overheadFraction = overheadFraction
        self.overheadPerVcpuMiB = overheadPerVcpuMiB
        self.cpuOverhead = cpuOverhead
        self.osImageMiB = osImageMiB
        self.imageCachedPerHost = imageCachedPerHost
        self.bootSeconds = bootSeconds
        self.parallelBootsPerHost = parallelBootsPerHost
        self.hostReservedCpuCores = hostReservedCpuCores
        self.hostReservedMemoryGiB = hostReservedMemoryGiB
        self.hostOsMemoryMiB = hostOsMemoryMiB
        self.hostOsCpuCores = hostOsCpuCores
        self.hostedCpuOverhead = hostedCpuOverhead
        self.hostedBootFactor = hostedBootFactor
    }
}
