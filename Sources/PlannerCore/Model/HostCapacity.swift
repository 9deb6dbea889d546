/// The capacity one host offers the packer in a given plan.
///
/// usable = (raw − reserved − host OS under a type-2 hypervisor) × host overcommit × target
/// utilization, per dimension: the capacity in container-request units (what Kubernetes
/// schedules against). A VM's demand is converted into those units with its own ratio
/// (`InstanceDemand.vm`), so VMs and containers share a host each at their own overcommit. The
/// host OS only counts when the plan runs VMs on a type-2 hypervisor.
/// Example: 64 cores, 2 reserved, overcommit 4, target 0.85 give (64 − 2) × 4 × 0.85 = 210.8 cores.
public struct HostCapacity: Sendable, Hashable {
    /// Usable cores per host (before rounding down to millicores).
    public var cpuCores: Double
    /// Usable MiB per host (before rounding down to KiB).
    public var memoryMiB: Double
    /// Pods per host (kubelet `--max-pods`).
    public var pods: Int
    /// Memory the type-2 host OS takes on every active host, in MiB (0 otherwise).
    public var hostOsMiB: Double

    public init(host: HostProfile, vm: VMParameters, container: ContainerParameters, runsVMs: Bool) {
        let hostedOS = runsVMs && vm.hypervisor == .type2
        let hostOsCores = hostedOS ? vm.hostOsCpuCores : 0
        hostOsMiB = hostedOS ? vm.hostOsMemoryMiB : 0
        cpuCores = (host.cpuCores - host.reservedCpuCores - hostOsCores) * host.cpuOvercommit * host.targetUtilization
        memoryMiB =
            (host.memoryGiB * 1024 - host.reservedMemoryGiB * 1024 - hostOsMiB)
            * host.memoryOvercommit * host.targetUtilization
        pods = container.maxPodsPerHost
    }

    /// The same capacity in the packer's exact units.
    public var resources: Resources {
        Resources(capacityCores: cpuCores, memoryMiB: memoryMiB, pods: Int64(pods))
    }
}
