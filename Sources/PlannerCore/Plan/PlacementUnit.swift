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
    /// The members after the first run inside the first's VM (a pod as one VM), or ride in the
    /// first's function (sidecars).
    var membersShareInstance = false
    /// The count in each hour of the day when it follows the traffic (functions, autoscaled
    /// containers); nil when it is `count` all day. `count` is the largest.
    var countsByHour: [Int]? = nil

    /// A function's instance and sizing (nil for VMs and containers).
    var function: FunctionUnit? = nil

    /// The count at `hour`.
    func count(at hour: Int) -> Int { countsByHour?[hour] ?? count }

    /// The units of a plan: VMs and functions one per workload (a function with its riding
    /// sidecars), containers grouped by pod. Counts are each unit's at its own busiest hour;
    /// functions and autoscaled containers also carry their count in every hour.
    static func units(for scenario: Scenario, model: PlanModel, roles: FunctionRoles? = nil) -> [PlacementUnit] {
        let roles = roles ?? FunctionRoles(scenario, model: model)
        var units: [PlacementUnit] = []
        var podUnit: [String: Int] = [:]
        for (index, workload) in scenario.workloads.enumerated() where roles.carrier[index] == nil {
            switch roles.kinds[index] {
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
                units.append(function(index, roles: roles, scenario: scenario, model: model))
            case .container:
                let byHour = ReplicaCapacity.autoscaledReplicas(workload, scenario: scenario)
                let replicas = byHour?.max() ?? workload.replicas
                if let pod = workload.pod, let existing = podUnit[pod] {
                    units[existing].members.append(index)
                    let pod = merged(units[existing].countsByHour, byHour)
                    units[existing].countsByHour = pod
                    units[existing].count = pod?.max() ?? max(units[existing].count, replicas)
                    let members = units[existing].members.map { scenario.workloads[$0] }
                    units[existing].demand = .pod(members, scenario.container)
                } else {
                    if let pod = workload.pod { podUnit[pod] = units.count }
                    var unit = PlacementUnit(
                        members: [index], kind: .container, count: replicas, demand: .pod([workload], scenario.container),
                        startSeconds: StartTime.container(scenario.container))
                    unit.countsByHour = byHour
                    units.append(unit)
                }
            }
        }
        return units
    }

    /// One function's unit: its instances at its peak hour and in every hour, each the managed or
    /// self-hosted instance with its riding sidecars as members that share it.
    static func function(_ index: Int, roles: FunctionRoles, scenario: Scenario, model: PlanModel) -> PlacementUnit {
        let workload = scenario.workloads[index]
        let sidecars = roles.sidecars(of: index, in: scenario)
        let instance =
            model == .faas
            ? roles.managed[index] ?? FunctionInstance.managed(workload, sidecars: sidecars, faas: scenario.faas)
            : FunctionInstance.selfHosted(workload, sidecars: sidecars, faas: scenario.faas)
        let sizing = FunctionSizing(
            workload, concurrencyPerInstance: instance.concurrency, percentile: scenario.faas.concurrencyPercentile)
        var unit = PlacementUnit(
            members: [index] + roles.riders[index], kind: .function,
            count: sizing.instances, demand: .function(instance, scenario.faas),
            startSeconds: StartTime.function(workload, sidecars: sidecars, scenario.faas))
        unit.membersShareInstance = true
        unit.countsByHour = sizing.instancesByHour
        unit.function = FunctionUnit(instance: instance, sizing: sizing, sidecars: sidecars.map(\.name))
        return unit
    }

    /// A pod's replicas by hour: the most any autoscaled member needs in each hour; members
    /// without traffic (sidecars) follow the pod. Nil when no member follows traffic.
    static func merged(_ pod: [Int]?, _ member: [Int]?) -> [Int]? {
        guard let pod else { return member }
        guard let member else { return pod }
        return zip(pod, member).map { max($0, $1) }
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
        Resources(
            demandCores: demand.cpuCores, memoryMiB: demand.memoryMiB, pods: kind == .container ? 1 : 0,
            gpus: Int64(demand.gpus), diskGiB: demand.diskGiB)
    }
}

/// What a function unit is: the instance the platform runs, how many it needs hour by hour, and
/// the sidecars riding in it.
struct FunctionUnit: Sendable {
    var instance: FunctionInstance
    var sizing: FunctionSizing
    var sidecars: [String]
}
