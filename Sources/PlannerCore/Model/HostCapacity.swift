/// The capacity one host offers the packer in a given plan.
///
/// usable = (raw − reserved − host OS under a type-2 hypervisor) × host overcommit × target
/// utilization, per dimension, where `reserved` is the plan's `HostReservation` (the kubelet preset
/// on Kubernetes hosts, the hypervisor's on VM hosts): the capacity in container-request units (what Kubernetes
/// schedules against). A VM's demand is converted into those units with its own ratio
/// (`InstanceDemand.vm`), so VMs and containers share a host each at their own overcommit. The
/// Under a type-2 hypervisor the host OS is taken from every plan's hosts (it runs whatever runs
/// on the machine), and a plan that runs containers or functions there also pays one utility VM
/// per host (they run inside it, as with Docker Desktop): a guest OS and one VM's hypervisor
/// overhead by `vm.overheadModel`.
/// Example: 64 cores, 2 reserved, overcommit 4, target 0.85 give (64 − 2) × 4 × 0.85 = 210.8 cores.
public struct HostCapacity: Sendable, Hashable {
    /// Usable cores per host (before rounding down to millicores).
    public var cpuCores: Double
    /// Usable MiB per host (before rounding down to KiB).
    public var memoryMiB: Double
    /// Pods per host (kubelet `--max-pods`).
    public var pods: Int
    /// GPUs per host (`host.gpus`): no reservation, no overcommit, no target utilization (a
    /// device is given whole to one VM or container).
    public var gpus: Int = 0
    /// Local disk per host, GiB (`host.localDiskGiB`): as GPUs, no reservation, no overcommit,
    /// no target utilization (what the host's disk holds is what instances may request).
    public var diskGiB: Double = 0
    /// Memory the type-2 host OS takes on every active host, in MiB (0 otherwise).
    public var hostOsMiB: Double
    /// Memory of the type-2 utility VM on every active host of a plan running containers or
    /// functions, in MiB (0 otherwise).
    public var utilityVmMiB: Double
    /// What each host keeps back in this plan, and why.
    public var reservation: HostReservation

    /// The capacity of a host in a plan of `model` placing `units`.
    init(scenario: Scenario, model: PlanModel, units: [PlacementUnit]) {
        let placed = units.filter { $0.count > 0 }
        self.init(
            host: scenario.host, vm: scenario.vm, container: scenario.container,
            runsContainers: placed.contains { $0.kind != .vm },
            reservation: HostReservation.forPlan(model, scenario: scenario, runsVms: placed.contains { $0.kind == .vm }))
    }

    public init(
        host: HostProfile, vm: VMParameters, container: ContainerParameters, runsContainers: Bool,
        reservation: HostReservation
    ) {
        self.reservation = reservation
        let hosted = vm.hypervisor == .type2
        let hostOsCores = hosted ? vm.hostOsCpuCores : 0
        hostOsMiB = hosted ? vm.hostOsMemoryMiB : 0
        utilityVmMiB = hosted && runsContainers ? Self.utilityVm(vm) : 0
        cpuCores = (host.cpuCores - reservation.cpuCores - hostOsCores) * host.cpuOvercommit * host.targetUtilization
        memoryMiB =
            (host.memoryGiB * 1024 - reservation.memoryGiB * 1024 - hostOsMiB - utilityVmMiB)
            * host.memoryOvercommit * host.targetUtilization
        pods = container.maxPodsPerHost
        gpus = host.gpus
        diskGiB = host.localDiskGiB
    }

    /// One utility VM: its guest OS (`vm.guestOsMemoryMiB`) and the hypervisor overhead of a VM of
    /// that guest size and one vCPU.
    static func utilityVm(_ vm: VMParameters) -> Double {
        vm.guestOsMemoryMiB + vm.overheadModel.hypervisorMiB(guestMiB: vm.guestOsMemoryMiB, vcpus: 1, parameters: vm)
    }

    /// The same capacity in the packer's exact units.
    public var resources: Resources {
        Resources(capacityCores: cpuCores, memoryMiB: memoryMiB, pods: Int64(pods), gpus: Int64(gpus), diskGiB: diskGiB)
    }
}
