import PlannerCore

/// Figures read off a plan the same way in every pane: CPU use against the host's physical cores
/// after reservations (what an operator's monitoring shows), use against the planned capacity
/// (after overcommit and the target utilization: what the packer fills to 100%), the dimension
/// that binds a host, and what the faas plan's hosts are.
public enum PlanReading {
    /// Physical cores per host after the plan's reservation (the kubelet preset's on Kubernetes
    /// hosts, the hypervisor's on VM hosts): `cpuCores − reserved cores`.
    public static func physicalCores(_ plan: Plan, _ scenario: Scenario) -> Double {
        max(0, scenario.host.cpuCores - plan.hostCapacity.reserved.cpuCores)
    }

    /// CPU demand ÷ (active hosts × physical cores after reservations). Above 100% only with
    /// CPU overcommit.
    public static func physicalCPU(_ plan: Plan, _ scenario: Scenario) -> Double {
        let cores = Double(plan.activeHosts) * physicalCores(plan, scenario)
        return cores > 0 ? plan.cpu.demandCores / cores : 0
    }

    /// One host's use of the planned capacity in each dimension, 0...1 (pods only where the plan
    /// limits them).
    public static func fractions(_ placement: HostPlacement, _ plan: Plan) -> (cpu: Double, memory: Double, pods: Double) {
        let capacity = plan.hostCapacity
        return (
            capacity.cpuCores > 0 ? placement.cpuCores / capacity.cpuCores : 0,
            capacity.memoryMiB > 0 ? placement.memoryMiB / capacity.memoryMiB : 0,
            capacity.pods > 0 ? Double(placement.pods) / Double(capacity.pods) : 0
        )
    }

    /// The dimension closest to full on a host: "cpu", "memory", "pods" or (in a plan with GPUs,
    /// or with local disk) "gpus" or "disk".
    public static func binding(_ placement: HostPlacement, _ plan: Plan) -> String {
        let f = fractions(placement, plan)
        var disk = 0.0
        if let offered = plan.hostCapacity.diskGiB, offered > 0, let used = placement.diskGiB { disk = used / offered }
        if let offered = plan.hostCapacity.gpus, offered > 0, let used = placement.gpus, used > 0,
            Double(used) / Double(offered) >= max(f.cpu, f.memory, f.pods, disk)
        {
            return "gpus"
        }
        if disk > 0 && disk >= max(f.cpu, f.memory, f.pods) { return "disk" }
        if f.pods >= f.cpu && f.pods >= f.memory && f.pods > 0 { return "pods" }
        return f.cpu >= f.memory ? "cpu" : "memory"
    }

    /// The faas plan's host count is the provider's: what the functions would occupy if they were
    /// hosts. Only `billedHosts` (the ineligible workloads' own hosts) are paid for.
    public static func hostsAreProviders(_ plan: Plan) -> Bool { plan.model == .faas }

    /// `11 hosts, provider's: 3 billed` for the faas plan; `7 hosts` otherwise.
    public static func hostsText(_ plan: Plan) -> String {
        guard hostsAreProviders(plan) else { return "\(Readable.count(plan.hosts)) hosts" }
        return "\(Readable.count(plan.hosts)) provider's, \(Readable.count(plan.cost.billedHosts)) billed"
    }

    /// What the cost is made of, as a label beside the amount: `billed: hosts`.
    public static func basisText(_ plan: Plan) -> String {
        switch plan.cost.basis {
        case "hosts": return "billed: \(Readable.count(plan.cost.billedHosts)) hosts"
        case "functions": return "billed: functions"
        default: return "billed: functions + \(Readable.count(plan.cost.billedHosts)) hosts"
        }
    }

    /// Per workload on one host: (workload index, instances), in the order they appear.
    public static func workloads(on placement: HostPlacement) -> [(workload: Int, count: Int)] {
        var order: [Int] = []
        var counts: [Int: Int] = [:]
        for run in placement.runs {
            if counts[run.workload] == nil { order.append(run.workload) }
            counts[run.workload, default: 0] += run.count
        }
        return order.map { ($0, counts[$0]!) }
    }

    /// Per host holding workload `workload`: (placement index, replicas there), by host.
    public static func hosts(of workload: Int, in plan: Plan) -> [(placement: Int, count: Int)] {
        var result: [(placement: Int, count: Int)] = []
        for (index, placement) in plan.placements.enumerated() {
            let count = placement.runs.reduce(0) { $0 + ($1.workload == workload ? $1.count : 0) }
            if count > 0 { result.append((index, count)) }
        }
        return result
    }
}
