/// The four plans computed for every scenario, in the order the plan file lists them.
public enum PlanModel: String, Sendable, Hashable, CaseIterable {
    /// Every instance of every workload is its own VM.
    case vm
    /// Every instance is a container; workloads sharing a `pod` form one pod per replica index.
    case container
    /// Every workload is a function, sized by traffic; stateful ones fall back to containers.
    case faas
    /// Each workload under its own `model`, all on one pool of hosts.
    case mixed

    /// The instance kind a workload gets in this plan, with the stateful fallback of `faas` but
    /// before the provider's limits (`FunctionRoles`).
    public func kind(for workload: Workload) -> InstanceKind {
        switch self {
        case .vm: return .vm
        case .container: return .container
        case .faas: return workload.stateful ? .container : .function
        case .mixed:
            switch workload.model {
            case .vm: return .vm
            case .container: return .container
            case .faas: return .function
            }
        }
    }
}
