/// Whether a host has the GPUs one instance asks for: a workload's `gpus`, or for a pod the sum
/// of its members' (a pod's containers request them together; a pod as one VM gets them all
/// passed through; a pod as separate VMs shares one host). GPUs are whole devices, neither
/// reserved nor overcommitted, so an instance fits a host only if its GPUs ≤ `host.gpus`.
/// The same words serve validation (one host type) and a catalog type found unfit (`Planner`);
/// with a catalog, validation leaves the check to each type (`HostChoice` marks it unfit).
enum GPUFit {
    /// "1 GPU", "2 GPUs".
    static func count(_ gpus: Int) -> String { gpus == 1 ? "1 GPU" : "\(gpus) GPUs" }

    /// The problem of `members` (one workload, or a pod's members) on hosts with `hostGPUs`, or
    /// nil when they fit: reported at the first member that asks for GPUs.
    static func problem(_ members: [Int], in workloads: [Workload], hostGPUs: Int) -> ScenarioError? {
        let needs = members.reduce(0) { $0 + max(0, workloads[$1].gpus) }
        guard needs > hostGPUs, let first = members.first(where: { workloads[$0].gpus > 0 }) else { return nil }
        let who =
            members.count > 1
            ? "pod \"\(workloads[first].pod ?? workloads[first].name)\" needs \(count(needs)) per replica (its members' summed)"
            : "one instance needs \(count(needs))"
        return ScenarioError(field: "workloads[\(first)].gpus", reason: "\(who); host.gpus is \(hostGPUs)")
    }

    /// A pod's problem when each member fits a host alone but together they do not (a member
    /// too large alone is reported at itself).
    static func podProblem(_ members: [Int], in workloads: [Workload], hostGPUs: Int) -> ScenarioError? {
        guard members.count > 1, members.allSatisfy({ workloads[$0].gpus <= hostGPUs }) else { return nil }
        return problem(members, in: workloads, hostGPUs: hostGPUs)
    }
}
