/// One item type for the packer: `count` identical units, each either one instance (a VM, a
/// standalone container's pod or a function instance) or one replica of a pod of containers.
struct PlacementUnit: Sendable {
    /// Indices of the workloads in the unit (several for a pod).
    var members: [Int]
    var kind: InstanceKind
    var count: Int
    /// Demand of one unit, overheads included.
    var demand: InstanceDemand
    /// Seconds one member instance takes to start.
    var startSeconds: Double
    /// The members after the first run inside the first's VM (a pod as one VM).
    var membersShareInstance = false

    /// The units of a plan: VMs and functions one per workload, containers grouped by pod.
    static func units(for scenario: Scenario, model: PlanModel) -> [PlacementUnit] {
        var units: [PlacementUnit] = []
        var podUnit: [String: Int] = [:]
        for (index, workload) in scenario.workloads.enumerated() {
            switch model.kind(for: workload) {
            case .vm:
                if let pod = workload.pod, let existing = podUnit["vm:" + pod] {
                    units[existing].members.append(index)
                    units[existing].demand = vmPodDemand(units[existing].members, scenario)
                } else {
                    if let pod = workload.pod { podUnit["vm:" + pod] = units.count }
                    var unit = PlacementUnit(
                        members: [index], kind: .vm, count: workload.replicas,
                        demand: .vm(workload, scenario.vm, scenario.host), startSeconds: StartTime.vm(scenario.vm))
                    unit.membersShareInstance = scenario.vm.podAsOneVm
                    units.append(unit)
                }
            case .function:
                let sizing = FunctionSizing(workload, concurrencyPerInstance: scenario.faas.concurrencyPerInstance)
                units.append(
                    PlacementUnit(
                        members: [index], kind: .function, count: sizing.instances,
                        demand: .function(workload, scenario.faas),
                        startSeconds: StartTime.function(workload, scenario.faas)))
            case .container:
                if let pod = workload.pod, let existing = podUnit[pod] {
                    units[existing].members.append(index)
                    let members = units[existing].members.map { scenario.workloads[$0] }
                    units[existing].demand = .pod(members, scenario.container)
                } else {
                    if let pod = workload.pod { podUnit[pod] = units.count }
                    units.append(
                        PlacementUnit(
                            members: [index], kind: .container, count: workload.replicas,
                            demand: .pod([workload], scenario.container),
                            startSeconds: StartTime.container(scenario.container)))
                }
            }
        }
        return units
    }

    /// A pod of VMs: one VM per replica (members summed) under `vm.podAsOneVm`, else one VM per
    /// member, all on the pod's host.
    static func vmPodDemand(_ members: [Int], _ scenario: Scenario) -> InstanceDemand {
        let workloads = members.map { scenario.workloads[$0] }
        if scenario.vm.podAsOneVm { return .podVM(workloads, scenario.vm, scenario.host) }
        return .sum(workloads.map { .vm($0, scenario.vm, scenario.host) })
    }

    /// The unit's demand in the packer's units; pods take one pod slot, VMs and functions none.
    var resources: Resources {
        Resources(demandCores: demand.cpuCores, memoryMiB: demand.memoryMiB, pods: kind == .container ? 1 : 0)
    }
}
