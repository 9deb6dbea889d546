/// A planning scenario (`vplan.scenario/v1`): the host (or a catalog of host types to choose
/// from), the parameters of each deployment model and the workloads to run. It is what a user edits; every field holds a resolved value
/// (defaults already applied), so the planner never has to guess.
public struct Scenario: Sendable, Equatable, Decodable {
    /// The schema identifier every scenario file carries.
    public static let schemaIdentifier = "vplan.scenario/v1"

    public var name: String
    /// Free text for people: what the scenario models and where its figures come from.
    public var notes: [String]
    /// The ISO 4217 code every cost is in. Default `USD` (the FaaS prices are AWS's USD list prices).
    public var currency: String
    public var host: HostProfile
    public var registry: RegistryParameters
    public var vm: VMParameters
    public var container: ContainerParameters
    public var faas: FaaSParameters
    public var workloads: [Workload]
    /// The host types to choose from (`HostType`): empty plans on `host` alone. Each type's keys
    /// override `host`'s.
    public var hostTypes: [HostType] = []
    /// How each plan chooses among `hostTypes`. Default `cheapest`.
    public var hostSelection: HostSelection = .cheapest

    public init(
        name: String = "Untitled scenario",
        notes: [String] = [],
        currency: String = "USD",
        host: HostProfile = HostProfile(),
        registry: RegistryParameters = RegistryParameters(),
        vm: VMParameters = VMParameters(),
        container: ContainerParameters = ContainerParameters(),
        faas: FaaSParameters = FaaSParameters(),
        workloads: [Workload] = []
    ) {
        self.name = name
        self.notes = notes
        self.currency = currency
        self.host = host
        self.registry = registry
        self.vm = vm
        self.container = container
        self.faas = faas
        self.workloads = workloads
    }
}

extension Scenario {
    /// True when some workload asks for GPUs: only then do plans report GPUs (`hostCapacity.gpus`,
    /// each placement's `gpus`), so a GPU-free scenario's plan reads as it always has.
    public var usesGPUs: Bool { workloads.contains { $0.gpus > 0 } }

    /// True when some workload asks for local disk: only then do plans report it
    /// (`hostCapacity.diskGiB`, each placement's `diskGiB`), as `usesGPUs` does for GPUs.
    public var usesDisk: Bool { workloads.contains { $0.diskGiB > 0 } }
}
