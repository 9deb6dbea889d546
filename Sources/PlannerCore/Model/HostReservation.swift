/// What one host of a plan keeps back for itself before anything is placed on it, and where each
/// figure comes from. Hosts running Kubernetes (the container, faas and mixed plans) keep the
/// kubelet's reservation; hosts of the vm plan keep what the hypervisor takes.
///
/// Precedence, most specific first:
/// - vm plan: `vm.hostReservedCpuCores` / `vm.hostReservedMemoryGiB`, then the explicit
///   `host.reservedCpuCores` / `host.reservedMemoryGiB`, then the default of `vm.overheadModel`
///   (`hypervisorDefault`).
/// - other plans: `host.reservedCpuCores` / `host.reservedMemoryGiB`, then
///   `host.reservationPreset`, plus OpenShift Virtualization's 360 MiB per worker when the mixed
///   plan runs VMs under `vm.overheadModel` `kubevirt`.
public struct HostReservation: Sendable, Hashable {
    /// Cores kept back.
    public var cpuCores: Double
    /// Memory kept back, GiB.
    public var memoryGiB: Double
    /// Where the CPU figure comes from: the key that set it, or the rule that derived it
    /// (`host.reservationPreset: gke`, `vm.overheadModel: esxi`).
    public var cpuSource: String
    /// Where the memory figure comes from, as `cpuSource`.
    public var memorySource: String

    public init(cpuCores: Double, memoryGiB: Double, cpuSource: String, memorySource: String) {
        self.cpuCores = cpuCores
        self.memoryGiB = memoryGiB
        self.cpuSource = cpuSource
        self.memorySource = memorySource
    }

    /// OpenShift Virtualization's per-worker overhead for running VMs (virt-handler and friends),
    /// MiB (openshift-docs `virt-cluster-resource-requirements.adoc`).
    static let kubevirtWorkerMiB = 360.0

    /// The reservation of a host in a plan of `model`; `runsVms` says whether the plan places VMs.
    public static func forPlan(_ model: PlanModel, scenario: Scenario, runsVms: Bool) -> HostReservation {
        if model == .vm { return hypervisor(scenario) }
        return kubernetes(scenario, kubevirtVms: runsVms && scenario.vm.overheadModel == .kubevirt)
    }

    /// A Kubernetes node's reservation: explicit keys, else the preset (+ KubeVirt's worker
    /// overhead when it runs KubeVirt VMs).
    public static func kubernetes(_ scenario: Scenario, kubevirtVms: Bool = false) -> HostReservation {
        let host = scenario.host
        var reservation = preset(scenario, source: presetName(host))
        if kubevirtVms { reservation.addKubevirtWorker(hostMemoryGiB: host.memoryGiB) }
        return reservation.overridden(by: host)
    }

    /// This reservation with the explicit `host.reservedCpuCores` / `host.reservedMemoryGiB` in
    /// place of the derived figures.
    func overridden(by host: HostProfile) -> HostReservation {
        overridden(
            cpu: host.reservedCpuCores, "host.reservedCpuCores", memory: host.reservedMemoryGiB, "host.reservedMemoryGiB")
    }

    /// This reservation with each figure a key gives in place of the derived one, credited to
    /// that key.
    func overridden(cpu: Double?, _ cpuKey: String, memory: Double?, _ memoryKey: String) -> HostReservation {
        var result = self
        if let cpu {
            result.cpuCores = cpu
            result.cpuSource = cpuKey
        }
        if let memory {
            result.memoryGiB = memory
            result.memorySource = memoryKey
        }
        return result
    }

    /// How a figure from the preset is credited: `host.reservationPreset: gke`.
    static func presetName(_ host: HostProfile) -> String { "host.reservationPreset: \(host.reservationPreset.rawValue)" }

    /// The preset's figures for the scenario's host, both credited to `source`.
    static func preset(_ scenario: Scenario, source: String) -> HostReservation {
        let preset = scenario.host.reservationPreset
        return HostReservation(
            cpuCores: preset.cpuCores(forHostCores: scenario.host.cpuCores),
            memoryGiB: preset.memoryGiB(forHostMemoryGiB: scenario.host.memoryGiB, maxPods: scenario.container.maxPodsPerHost),
            cpuSource: source, memorySource: source)
    }

    /// Adds OpenShift Virtualization's per-worker memory (never past the host's memory).
    mutating func addKubevirtWorker(hostMemoryGiB: Double) {
        memoryGiB = min(hostMemoryGiB, memoryGiB + Self.kubevirtWorkerMiB / 1024)
        memorySource += " + 360 MiB KubeVirt worker"
    }

    /// A VM host's reservation: `vm.hostReserved*`, else explicit `host.reserved*`, else the
    /// default of the overhead model.
    public static func hypervisor(_ scenario: Scenario) -> HostReservation {
        let vm = scenario.vm
        return hypervisorDefault(scenario).overridden(by: scenario.host)
            .overridden(
                cpu: vm.hostReservedCpuCores, "vm.hostReservedCpuCores", memory: vm.hostReservedMemoryGiB,
                "vm.hostReservedMemoryGiB")
    }

    /// What the hypervisor takes when no key says, by `vm.overheadModel`:
    /// - `esxi`: no CPU (the VMkernel's own CPU is in each VM's `vm.cpuOverhead`); memory the
    ///   VMkernel keeps free (Mem.MemMinFreePct's sliding scale: 6% of the first 4 GiB, 4% of the
    ///   next 8, 2% of the next 16, 1% above 28 GiB) + 1 GiB for the VMkernel, drivers and
    ///   management agents (an assumption: Broadcom's estimate depends on sockets, memory and
    ///   features; set `vm.hostReservedMemoryGiB` from yours).
    /// - `kubevirt`: a Kubernetes node's reservation (`host.reservationPreset`) + OpenShift
    ///   Virtualization's 360 MiB per worker.
    /// - `firecracker`: a Linux host's system daemons, 0.5 core and 1 GiB (an assumption, the
    ///   figure OpenShift reserves as system-reserved).
    /// - `custom`: the Kubernetes preset (what every plan kept before per-model reservations).
    /// - Under a type-2 hypervisor nothing: the host OS keys (`vm.hostOsCpuCores`,
    ///   `vm.hostOsMemoryMiB`) carry what the host keeps.
    public static func hypervisorDefault(_ scenario: Scenario) -> HostReservation {
        let host = scenario.host
        let model = scenario.vm.overheadModel
        let rule = "vm.overheadModel: \(model.rawValue)"
        if scenario.vm.hypervisor == .type2 {
            let hosted = "vm.hypervisor: type2 (host OS keys)"
            return HostReservation(cpuCores: 0, memoryGiB: 0, cpuSource: hosted, memorySource: hosted)
        }
        switch model {
        case .esxi:
            let minFree = ReservationPreset.tiers(host.memoryGiB, [(4, 0.06), (12, 0.04), (28, 0.02), (.infinity, 0.01)])
            let memory = ReservationPreset.roundedToMillionths(min(host.memoryGiB, minFree + 1))
            return HostReservation(cpuCores: 0, memoryGiB: memory, cpuSource: rule, memorySource: rule)
        case .kubevirt:
            var reservation = preset(scenario, source: "\(rule) (\(presetName(host)))")
            reservation.addKubevirtWorker(hostMemoryGiB: host.memoryGiB)
            return reservation
        case .firecracker:
            return HostReservation(
                cpuCores: min(host.cpuCores, 0.5), memoryGiB: min(host.memoryGiB, 1), cpuSource: rule, memorySource: rule)
        case .custom:
            return preset(scenario, source: "\(rule) (\(presetName(host)))")
        }
    }
}
