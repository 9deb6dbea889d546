/// A mix's plan from its groups' plans (`HostMix`): hosts side by side, renumbered in catalog
/// order and named by type, replicas numbered on across groups; totals summed (instances, demand,
/// memory by source, bytes, cost), times as one rollout: the slowest group's host or all bytes
/// through the registry's egress, whichever is longer (`ImageTransfer`), then each group's start
/// waves after it. What no type changes (functions, ineligible workloads, warnings) is the
/// cheapest single plan's.
enum PlanCombination {
    static func plan(_ mix: MixResult, types: [MixType], base: Plan, scenario: Scenario) -> Plan {
        let plans = mix.groups.map(\.plan)
        let placements = placements(mix, types: types, scenario: scenario)
        let active = placements.count
        let spares = mix.spares?.count ?? plans.reduce(0) { $0 + $1.failoverHosts }
        var plan = base
        plan.activeHosts = active
        plan.failoverHosts = spares
        plan.instances = plans.reduce(0) { $0 + $1.instances }
        plan.hostCapacity = hostCapacity(plans) ?? base.hostCapacity
        let offered = plans.reduce(0.0) { $0 + Double($1.activeHosts) * $1.hostCapacity.cpuCores }
        let demand = plans.reduce(0.0) { $0 + $1.cpu.demandCores }
        plan.cpu = CPUFigures(demandCores: demand, utilization: offered > 0 ? demand / offered : 0)
        plan.memory = memory(plans)
        plan.transfer = transfer(plans, scenario: scenario)
        plan.boot = boot(plans, rolloutSeconds: plan.transfer.rolloutSeconds)
        let spareCost = mix.spares.map { Double($0.count) * types[$0.single].costPerHour * CostModel.hoursPerMonth } ?? 0
        let hostCost = plans.reduce(0.0) { $0 + $1.cost.hostsPerMonth } + spareCost
        plan.cost = CostFigures(
            perMonth: hostCost + base.cost.functionsPerMonth, hostsPerMonth: hostCost,
            functionsPerMonth: base.cost.functionsPerMonth, billedHosts: active + spares, basis: base.cost.basis)
        plan.placements = placements
        let sharedSpares = mix.spares.map { (count: $0.count, cost: Double($0.count) * types[$0.single].costPerHour) }
        plan.byHour = byHour(plans, base: base, sharedSpares: sharedSpares ?? (0, 0))
        plan.availability = Availability(
            placements, outcome: FailoverCheck.Outcome(spares: spares, holds: plans.allSatisfy(\.availability.holds)),
            scenario: scenario)
        let byType = hostsByType(mix, types: types)
        // One type is the cheapest rule's answer and reads like it: its name, no list.
        plan.hostsByType = byType.count > 1 ? byType : []
        plan.hostType = byType.count == 1 ? byType[0].hostType : nil
        return plan
    }

    /// The day of a mix: each hour's hosts, instances and cost summed over its groups, plus the
    /// shared spares; cold starts are the base plan's (no type changes the functions). A mix is
    /// only made when the hours do not vary (`HostMix.unmixable`).
    static func byHour(_ plans: [Plan], base: Plan, sharedSpares: (count: Int, cost: Double)) -> [HourFigures] {
        base.byHour.map { baseHour in
            var hour = baseHour
            let groups = plans.compactMap { $0.byHour.indices.contains(baseHour.hour) ? $0.byHour[baseHour.hour] : nil }
            hour.hosts = groups.reduce(sharedSpares.count) { $0 + $1.hosts }
            hour.instances = groups.reduce(0) { $0 + $1.instances }
            hour.cost = groups.reduce(sharedSpares.cost) { $0 + $1.cost }
            return hour
        }
    }

    /// For a mix, the largest of its types' capacities in each dimension (every host's load is
    /// within it, as a plan's `hostCapacity` promises), with the reservation of the type with the
    /// most hosts; each host's own type is named in its placement.
    static func hostCapacity(_ plans: [Plan]) -> PlanHostCapacity? {
        guard var capacity = plans.max(by: { $0.activeHosts < $1.activeHosts })?.hostCapacity else { return nil }
        capacity.cpuCores = plans.map(\.hostCapacity.cpuCores).max() ?? capacity.cpuCores
        capacity.memoryMiB = plans.map(\.hostCapacity.memoryMiB).max() ?? capacity.memoryMiB
        capacity.pods = plans.map(\.hostCapacity.pods).max() ?? capacity.pods
        capacity.gpus = plans.compactMap(\.hostCapacity.gpus).max() ?? capacity.gpus
        capacity.diskGiB = plans.compactMap(\.hostCapacity.diskGiB).max() ?? capacity.diskGiB
        return capacity
    }

    /// The groups' hosts in order, renumbered, each named by its type; a workload's replicas go on
    /// numbering where the previous group's stopped.
    static func placements(_ mix: MixResult, types: [MixType], scenario: Scenario) -> [HostPlacement] {
        var placements: [HostPlacement] = []
        var offset = [Int](repeating: 0, count: scenario.workloads.count)
        for (single, plan) in mix.groups {
            var placed = [Int](repeating: 0, count: scenario.workloads.count)
            for var placement in plan.placements {
                placement.host = placements.count
                placement.hostType = types[single].name
                for index in placement.runs.indices {
                    let workload = placement.runs[index].workload
                    placement.runs[index].firstReplica += offset[workload]
                    placed[workload] = max(placed[workload], placement.runs[index].firstReplica + placement.runs[index].count)
                }
                placements.append(placement)
            }
            for workload in offset.indices where placed[workload] > 0 { offset[workload] = placed[workload] }
        }
        return placements
    }

    static func memory(_ plans: [Plan]) -> MemoryFigures {
        var bySource: [OverheadSource: Double] = [:]
        for plan in plans { bySource.merge(plan.memory.overheadBySource, uniquingKeysWith: +) }
        let workload = plans.reduce(0.0) { $0 + $1.memory.workloadMiB }
        let overhead = plans.reduce(0.0) { $0 + $1.memory.overheadMiB }
        var figures = MemoryFigures(
            workloadMiB: workload, overheadMiB: overhead,
            overheadFraction: workload + overhead > 0 ? overhead / (workload + overhead) : 0, overheadBySource: bySource)
        figures.hypervisorModel = plans.lazy.compactMap(\.memory.hypervisorModel).first
        return figures
    }

    static func transfer(_ plans: [Plan], scenario: Scenario) -> TransferFigures {
        let total = plans.reduce(0.0) { $0 + $1.transfer.rolloutMiB }
        // Each group's own rollout already holds its slowest host.
        let slowest = plans.map(\.transfer.rolloutSeconds).max() ?? 0
        return TransferFigures(
            rolloutMiB: total,
            rolloutSeconds: ImageTransfer.rolloutSeconds(slowestHostSeconds: slowest, totalMiB: total, scenario),
            largestHostMiB: plans.map(\.transfer.largestHostMiB).max() ?? 0,
            updateMiBPerDay: plans.reduce(0.0) { $0 + $1.transfer.updateMiBPerDay })
    }

    /// Each group's start waves after the common rollout; the timeline sums the groups' ready
    /// instances at every point where one of them changes.
    static func boot(_ plans: [Plan], rolloutSeconds: Double) -> BootFigures {
        let shifted = plans.map { plan in
            plan.boot.timeline.map { point in
                TimelinePoint(
                    seconds: point.instancesReady > 0
                        ? point.seconds - plan.transfer.rolloutSeconds + rolloutSeconds : point.seconds,
                    instancesReady: point.instancesReady)
            }
        }
        let times = Set(shifted.flatMap { $0.map(\.seconds) }).sorted()
        let timeline = times.map { time in
            TimelinePoint(
                seconds: time,
                instancesReady: shifted.reduce(0) { sum, points in sum + (points.last { $0.seconds <= time }?.instancesReady ?? 0)
                })
        }
        let ready =
            plans.filter { $0.boot.readySeconds > 0 }
            .map { $0.boot.readySeconds - $0.transfer.rolloutSeconds + rolloutSeconds }.max() ?? 0
        return BootFigures(
            instanceSeconds: plans.map(\.boot.instanceSeconds).max() ?? 0, readySeconds: ready,
            timeline: BootSchedule.thinned(timeline))
    }

    /// Hosts per type in catalog order, spares counted with their type.
    static func hostsByType(_ mix: MixResult, types: [MixType]) -> [HostTypeCount] {
        var counts: [Int: HostTypeCount] = [:]
        for (single, plan) in mix.groups {
            counts[single, default: HostTypeCount(hostType: types[single].name, hosts: 0, failoverHosts: 0)].hosts +=
                plan.hosts
            counts[single]!.failoverHosts += plan.failoverHosts
        }
        if let (single, count) = mix.spares, count > 0 {
            counts[single, default: HostTypeCount(hostType: types[single].name, hosts: 0, failoverHosts: 0)].hosts += count
            counts[single]!.failoverHosts += count
        }
        return counts.keys.sorted { types[$0].index < types[$1].index }.map { counts[$0]! }
    }
}
