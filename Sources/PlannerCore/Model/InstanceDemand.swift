/// What one instance of a workload asks of a host under each kind, overheads included, and how its
/// overhead memory splits by source. Every formula here is written out in docs/model.md.
public struct InstanceDemand: Sendable, Hashable {
    /// Cores taken on the host (whole vCPUs plus virtualisation overhead for VMs).
    public var cpuCores: Double
    /// MiB taken on the host, overheads included.
    public var memoryMiB: Double
    /// MiB of that which is overhead, by source.
    public var overheadMiB: [OverheadSource: Double]
    /// Whole GPUs the instance takes: a VM's passed-through devices, a container's nvidia.com/gpu
    /// request (`workloads[].gpus`); a pod's members' summed. Functions have none.
    public var gpus: Int = 0
    /// Local disk the instance takes on its host, GiB: a VM's local virtual disk, a container's
    /// ephemeral-storage request (`workloads[].diskGiB`); a pod's members' summed. A managed
    /// function takes none; a self-hosted one (a Knative pod) its own and its riding sidecars'.
    public var diskGiB: Double = 0

    /// Whole vCPUs of a VM for a workload: at least one, `cpuCores` rounded up.
    public static func vcpus(for workload: Workload) -> Int {
        max(1, Int((workload.cpuCores - 1e-9).rounded(.up)))
    }

    /// A VM: guest memory g = workload + guest OS; hypervisor overhead by `vm.overheadModel`
    /// (ESXi's table, KubeVirt's code, Firecracker's figure or the custom formula, see
    /// `VMOverheadModel`). Physically: CPU = vCPUs ÷ vm.cpuOvercommit + vCPUs × (cpuOverhead
    /// [+ hostedCpuOverhead under type 2]); memory = g ÷ vm.memoryOvercommit + hypervisor (the
    /// overheads are never overcommitted). The host's capacity is in container-request units
    /// (physical × host overcommit), so the demand is multiplied by host.cpuOvercommit and
    /// host.memoryOvercommit to share the host at the VM's own ratio.
    public static func vm(_ workload: Workload, _ parameters: VMParameters, _ host: HostProfile) -> InstanceDemand {
        let vcpus = Double(vcpus(for: workload))
        let guestMiB = workload.memoryMiB + parameters.guestOsMemoryMiB
        let hypervisorMiB = parameters.overheadModel.hypervisorMiB(guestMiB: guestMiB, vcpus: vcpus, parameters: parameters)
        let cpuOverhead = parameters.cpuOverhead + (parameters.hypervisor == .type2 ? parameters.hostedCpuOverhead : 0)
        return InstanceDemand(
            cpuCores: (vcpus / parameters.cpuOvercommit + vcpus * cpuOverhead) * host.cpuOvercommit,
            memoryMiB: (guestMiB / parameters.memoryOvercommit + hypervisorMiB) * host.memoryOvercommit,
            overheadMiB: [.guestOs: parameters.guestOsMemoryMiB, .hypervisor: hypervisorMiB], gpus: workload.gpus,
            diskGiB: workload.diskGiB)
    }

    /// A pod run as one VM (`vm.podAsOneVm`): the members' CPU and memory summed into one guest
    /// (then whole vCPUs), with one guest OS and one hypervisor overhead; the members' GPUs all
    /// passed through to it, and their local disks summed into its.
    public static func podVM(_ members: [Workload], _ parameters: VMParameters, _ host: HostProfile) -> InstanceDemand {
        var merged = Workload(
            name: members.first?.name ?? "pod", cpuCores: members.reduce(0) { $0 + $1.cpuCores },
            memoryMiB: members.reduce(0) { $0 + $1.memoryMiB })
        merged.gpus = members.reduce(0) { $0 + $1.gpus }
        merged.diskGiB = members.reduce(0) { $0 + $1.diskGiB }
        return vm(merged, parameters, host)
    }

    /// Several instances placed as one unit (a pod's members as separate VMs): their demands summed.
    public static func sum(_ demands: [InstanceDemand]) -> InstanceDemand {
        var overhead: [OverheadSource: Double] = [:]
        for demand in demands { overhead.merge(demand.overheadMiB, uniquingKeysWith: +) }
        return InstanceDemand(
            cpuCores: demands.reduce(0) { $0 + $1.cpuCores }, memoryMiB: demands.reduce(0) { $0 + $1.memoryMiB },
            overheadMiB: overhead, gpus: demands.reduce(0) { $0 + $1.gpus }, diskGiB: demands.reduce(0) { $0 + $1.diskGiB })
    }

    /// A pod of containers: the members' requests (GPUs too, as nvidia.com/gpu, and local disk, as
    /// ephemeral-storage) plus, once per pod, the runtime (one shim per
    /// pod) and the pod sandbox overhead (RuntimeClass `overhead.podFixed`), in request units
    /// (the host's capacity carries host.cpuOvercommit and host.memoryOvercommit).
    /// A pod whose members name a RuntimeClass pays that class's overhead instead of the default.
    public static func pod(_ members: [Workload], _ parameters: ContainerParameters) -> InstanceDemand {
        let runtimeClass = members.first?.runtimeClass.flatMap { parameters.runtimeClasses[$0] }
        let sandboxMiB = runtimeClass?.podOverheadMiB ?? parameters.podOverheadMiB
        let sandboxCores = runtimeClass?.podOverheadCpuCores ?? parameters.podOverheadCpuCores
        let cpu = members.reduce(0) { $0 + $1.cpuCores } + sandboxCores
        let memory = members.reduce(0) { $0 + $1.memoryMiB }
        return InstanceDemand(
            cpuCores: cpu,
            memoryMiB: memory + parameters.runtimeOverheadMiB + sandboxMiB,
            overheadMiB: [.containerRuntime: parameters.runtimeOverheadMiB, .podSandbox: sandboxMiB],
            gpus: members.reduce(0) { $0 + $1.gpus }, diskGiB: members.reduce(0) { $0 + $1.diskGiB })
    }

    /// A function instance: its cores and the memory it is billed or reserved with
    /// (`FunctionInstance`), plus the function runtime's memory, and the host disk it takes
    /// (self-hosted only).
    public static func function(_ instance: FunctionInstance, _ parameters: FaaSParameters) -> InstanceDemand {
        InstanceDemand(
            cpuCores: instance.cpuCores,
            memoryMiB: instance.billedMemoryMiB + parameters.instanceOverheadMiB,
            overheadMiB: [
                .functionRuntime: parameters.instanceOverheadMiB,
                .functionBilling: instance.billedMemoryMiB - instance.configuredMemoryMiB,
            ], diskGiB: instance.hostDiskGiB)
    }
}
