/// Whether a host has the local disk one instance asks for: a workload's `diskGiB`, or for a pod
/// the sum of its members' (a pod's containers request ephemeral storage together; a pod as one
/// VM gets all their disks; a pod as separate VMs shares one host). Local disk is neither
/// reserved nor overcommitted, so an instance fits a host only if its disk ≤ `host.localDiskGiB`,
/// compared in the packer's units (the need rounded up to whole MiB, the host's disk down), so
/// validation and packing agree. The same words serve validation (one host type) and a catalog
/// type found unfit (`Planner`), as `GPUFit` does for GPUs.
enum DiskFit {
    /// "40 GiB", "0.5 GiB".
    static func amount(_ gib: Double) -> String { "\(Format.trimmed(gib, decimals: 3)) GiB" }

    /// The problem of `members` (one workload, or a pod's members) on hosts with `hostDiskGiB`,
    /// or nil when they fit: reported at the first member that asks for disk.
    static func problem(_ members: [Int], in workloads: [Workload], hostDiskGiB: Double) -> ScenarioError? {
        let needs = members.reduce(0.0) { $0 + max(0, workloads[$1].diskGiB) }
        guard Resources.units(needs * 1024, roundingUp: true) > Resources.units(hostDiskGiB * 1024, roundingUp: false),
            let first = members.first(where: { workloads[$0].diskGiB > 0 })
        else { return nil }
        let who =
            members.count > 1
            ? "pod \"\(workloads[first].pod ?? workloads[first].name)\" needs \(amount(needs)) of local disk per replica (its members' summed)"
            : "one instance needs \(amount(needs)) of local disk"
        return ScenarioError(
            field: "workloads[\(first)].diskGiB",
            reason: "\(who); host.localDiskGiB is \(Format.trimmed(hostDiskGiB, decimals: 3))")
    }

    /// A pod's problem when each member fits a host alone but together they do not (a member
    /// too large alone is reported at itself).
    static func podProblem(_ members: [Int], in workloads: [Workload], hostDiskGiB: Double) -> ScenarioError? {
        guard members.count > 1, members.allSatisfy({ problem([$0], in: workloads, hostDiskGiB: hostDiskGiB) == nil })
        else { return nil }
        return problem(members, in: workloads, hostDiskGiB: hostDiskGiB)
    }
}
