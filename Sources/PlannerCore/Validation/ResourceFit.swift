/// Whether a host has the GPUs or the local disk one instance asks for: a workload's `gpus` or
/// `diskGiB`, or for a pod the sum of its members' (a pod's containers request them together; a
/// pod as one VM gets them all; a pod as separate VMs shares one host). Neither is reserved nor
/// overcommitted, so an instance fits a host only if its need ≤ what the host has. GPUs are
/// whole devices; disk is compared in the packer's units (the need rounded up to whole MiB, the
/// host's disk down), so validation and packing agree. One declaration per dimension drives the
/// check and its words for validation (one host type) and for a catalog type found unfit
/// (`Planner`); with a catalog, validation leaves the check to each type (`HostChoice`).
struct ResourceFit: Sendable {
    /// The workload's key ("gpus", "diskGiB") and the host's ("host.gpus", "host.localDiskGiB").
    let field: String
    let hostField: String
    /// What one member asks for.
    let need: @Sendable (Workload) -> Double
    /// "2 GPUs", "40 GiB of local disk".
    let describe: @Sendable (Double) -> String
    /// The host's amount as the message gives it.
    let hostAmount: @Sendable (Double) -> String
    /// Whether `need` fits in `host`.
    let fits: @Sendable (_ need: Double, _ host: Double) -> Bool

    static let gpus = ResourceFit(
        field: "gpus", hostField: "host.gpus", need: { Double($0.gpus) }, describe: { count(Int($0)) },
        hostAmount: { "\(Int($0))" }, fits: { $0 <= $1 })

    static let disk = ResourceFit(
        field: "diskGiB", hostField: "host.localDiskGiB", need: \.diskGiB,
        describe: { "\(Format.trimmed($0, decimals: 3)) GiB of local disk" },
        hostAmount: { Format.trimmed($0, decimals: 3) },
        fits: {
            Resources.units($0 * 1024, roundingUp: true) <= Resources.units($1 * 1024, roundingUp: false)
        })

    /// "1 GPU", "2 GPUs".
    static func count(_ gpus: Int) -> String { gpus == 1 ? "1 GPU" : "\(gpus) GPUs" }

    /// The problem of `members` (one workload, or a pod's members) on hosts with `host` of this
    /// resource, or nil when they fit: reported at the first member that asks for it.
    func problem(_ members: [Int], in workloads: [Workload], host: Double) -> ScenarioError? {
        let needs = members.reduce(0.0) { $0 + max(0, need(workloads[$1])) }
        guard !fits(needs, host), let first = members.first(where: { need(workloads[$0]) > 0 }) else { return nil }
        let who =
            members.count > 1
            ? "pod \"\(workloads[first].pod ?? workloads[first].name)\" needs \(describe(needs)) per replica (its members' summed)"
            : "one instance needs \(describe(needs))"
        return ScenarioError(field: "workloads[\(first)].\(field)", reason: "\(who); \(hostField) is \(hostAmount(host))")
    }

    /// A pod's problem when each member fits a host alone but together they do not (a member
    /// too large alone is reported at itself).
    func podProblem(_ members: [Int], in workloads: [Workload], host: Double) -> ScenarioError? {
        guard members.count > 1, members.allSatisfy({ problem([$0], in: workloads, host: host) == nil }) else {
            return nil
        }
        return problem(members, in: workloads, host: host)
    }
}
