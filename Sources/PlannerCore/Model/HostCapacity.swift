/// The capacity one host offers the packer in a given plan.
///
/// usable = (raw − reserved − host OS under a type-2 hypervisor) × target utilization, per
/// dimension, in physical cores and MiB: overcommit belongs to the instances (see
/// `InstanceDemand`). The host OS only counts when the plan runs VMs on a type-2 hypervisor.
/// Example: 64 cores, 2 reserved, target 0.85 give (64 − 2) × 0.85 = 52.7 cores.
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
        // Physical capacity: overcommit is each instance kind's (VMs: vm.cpuOvercommit; containers
        // and functions: host.cpuOvercommit), applied to its demand, so VMs and containers can share
        // a host with different ratios.
        cpuCores = (host.cpuCores - host.reservedCpuCores - hostOsCores) * host.targetUtilization
        memoryMiB = (host.memoryGiB * 1024 - host.reservedMemoryGiB * 1024 - hostOsMiB) * host.targetUtilization
        pods = container.maxPodsPerHost
    }

    /// The same capacity in the packer's exact units.
    public var resources: Resources {
        Resources(capacityCores: cpuCores, memoryMiB: memoryMiB, pods: Int64(pods))
    }
}
