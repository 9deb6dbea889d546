/// The plan for one deployment model: where every instance runs and what that costs in hosts,
/// memory, network bytes, time and money. Encoded as one entry of `vplan.plan/v1`.
public struct Plan: Sendable, Equatable {
    public var model: PlanModel
    /// Active hosts plus failover spares.
    public var hosts: Int { activeHosts + failoverHosts }
    /// Hosts that carry instances.
    public var activeHosts: Int
    /// Spare hosts the failover policy needed (`availability`): 0 without a policy.
    public var failoverHosts: Int
    /// A proven lower bound on the active hosts.
    public var lowerBoundHosts: Int
    /// Which bound `lowerBoundHosts` is (`LowerBound.certificate`): "reachable-capacity volume
    /// (memory)", "large items (cpu)", "L2 (pods)" or "none".
    public var lowerBoundMethod: String = "none"
    /// The pattern relaxation's bound on the active hosts, when the packer solved the relaxation
    /// (fleets of few distinct demands with replicas enough); nil otherwise. Its hosts count toward
    /// `lowerBoundHosts` when higher than the other bounds.
    public var lpBound: LPBound? = nil
    /// The packer's stage whose packing the placements are (`PackingSolution.stage`, e.g.
    /// "interleaved first fit + window search"), for `bench`; not part of the plan document.
    public var packingStage: String = ""
    /// Instances placed (VMs, containers and function instances).
    public var instances: Int
    /// What one host offers the packer in this plan.
    public var hostCapacity: PlanHostCapacity
    public var cpu: CPUFigures
    public var memory: MemoryFigures
    public var transfer: TransferFigures
    public var boot: BootFigures
    public var cost: CostFigures
    /// Per-function concurrency and cold starts (faas and mixed plans).
    public var functions: [FunctionFigures]
    /// One entry per active host.
    public var placements: [HostPlacement]
    /// Workloads this model cannot run, and what was done with them instead.
    public var ineligible: [IneligibleWorkload]
    public var warnings: [String]
    /// What the plan survives: its failover policy checked by simulation, and the worst losses.
    public var availability: Availability
    /// The catalog type the plan runs on (`hostTypes`): the cheapest type, or the only type a mix
    /// used. Nil without a catalog, and for a mix of several types.
    public var hostType: String? = nil
    /// For `hostSelection: mix`, the hosts of each type the mix uses, spares included, in catalog
    /// order. Empty otherwise.
    public var hostsByType: [HostTypeCount] = []
    /// Every catalog type planned alone for this plan, cheapest first (types a workload does not
    /// fit last): what the choice saved. Empty without a catalog.
    public var alternatives: [HostTypeAlternative] = []
    /// The day hour by hour: hosts, instances, cost and cold starts of each hour.
    public var byHour: [HourFigures] = []
    /// The hour whose instances the placements hold when the counts change over the day (the hour
    /// needing the most hosts); nil when every hour is alike.
    public var placementHour: Int? = nil
}

/// The linear relaxation over patterns (Gilmore and Gomory), as a bound on a plan's hosts: its value,
/// or Farley's bound on it when column generation stopped before proving it optimal.
public struct LPBound: Sendable, Equatable {
    /// The bound in hosts, fractional.
    public var value: Double
    /// ⌈value⌉: no packing uses fewer active hosts.
    public var hosts: Int
    /// "pattern LP" (solved to optimality) or "Farley's bound on the pattern LP".
    public var method: String

    public init(value: Double, hosts: Int, method: String) {
        self.value = value
        self.hosts = hosts
        self.method = method
    }

    init(_ result: PatternBound.Result) { self.init(value: result.value, hosts: result.bins, method: result.method) }
}

/// Hosts of one catalog type in a mix.
public struct HostTypeCount: Sendable, Equatable {
    public var hostType: String
    /// Active hosts plus the spares of this type.
    public var hosts: Int
    /// The spares among them.
    public var failoverHosts: Int
}

/// One catalog type planned alone: the plan's hosts, bound and monthly cost on it.
public struct HostTypeAlternative: Sendable, Equatable {
    public var hostType: String
    /// Active hosts plus failover spares; 0 when the type does not fit.
    public var hosts: Int
    public var lowerBoundHosts: Int
    /// The plan's monthly cost on this type (`cost.perMonth`); nil when the type does not fit.
    public var costPerMonth: Double?
    /// Why the plan cannot run on this type (a workload larger than an empty host); nil when it fits.
    public var unfitReason: String? = nil
}

/// The capacity one host offers in a plan, in the packer's units rounded back to cores and MiB.
public struct PlanHostCapacity: Sendable, Equatable {
    public var cpuCores: Double
    public var memoryMiB: Double
    public var pods: Int
    /// What each host kept back before the capacity above, and where each figure comes from.
    public var reserved: HostReservation
    /// GPUs per host (`host.gpus`); nil when no workload of the scenario asks for GPUs.
    public var gpus: Int? = nil
    /// Local disk per host, GiB (`host.localDiskGiB`); nil when no workload of the scenario asks
    /// for local disk.
    public var diskGiB: Double? = nil
}

/// CPU demand of all placed instances (overheads included) and its share of the active hosts'
/// capacity.
public struct CPUFigures: Sendable, Equatable {
    public var demandCores: Double
    /// demandCores ÷ (activeHosts × hostCapacity.cpuCores).
    public var utilization: Double
}

/// Workload memory against overhead memory.
public struct MemoryFigures: Sendable, Equatable {
    /// Memory the workloads themselves request, in MiB.
    public var workloadMiB: Double
    /// Everything else, in MiB (the sum of `overheadBySource`).
    public var overheadMiB: Double
    /// overheadMiB ÷ (workloadMiB + overheadMiB).
    public var overheadFraction: Double
    public var overheadBySource: [OverheadSource: Double]
    /// The hypervisor overhead model the plan's VMs paid (`vm.overheadModel`); nil without VMs.
    public var hypervisorModel: VMOverheadModel? = nil
}

/// Bytes on the network to roll the plan out and to keep it updated.
public struct TransferFigures: Sendable, Equatable {
    public var rolloutMiB: Double
    /// max(largest host's MiB ÷ NIC, total MiB ÷ registry egress).
    public var rolloutSeconds: Double
    /// The most any one host pulls during the rollout.
    public var largestHostMiB: Double
    public var updateMiBPerDay: Double
}

/// Start and ready times.
public struct BootFigures: Sendable, Equatable {
    /// The longest per-instance start in the plan (VM boot, container start or function cold start).
    public var instanceSeconds: Double
    /// Rollout transfer time plus the start waves on the host that finishes last.
    public var readySeconds: Double
    /// (seconds, instances ready) points, from (0, 0) to (readySeconds, instances).
    public var timeline: [TimelinePoint]
}

/// One point of the rollout timeline.
public struct TimelinePoint: Sendable, Equatable {
    public var seconds: Double
    public var instancesReady: Int
}

/// Cost per month (730 hours).
public struct CostFigures: Sendable, Equatable {
    /// hostsPerMonth + functionsPerMonth.
    public var perMonth: Double
    /// Hosts billed × costPerHour × 730 (hourly billing: Σ each hour's hosts × costPerHour × 30.4167).
    public var hostsPerMonth: Double
    /// Function requests and GB-seconds of billed memory at the provider's prices, hour by hour,
    /// less the free tier.
    public var functionsPerMonth: Double
    /// Hosts billed: all hosts for host-based plans; in the faas plan, the hosts the ineligible
    /// workloads need on their own (functions are billed per request, not per host).
    public var billedHosts: Int
    /// "hosts", "functions" or "functions+hosts": which figure the total comes from.
    public var basis: String
    /// Function workloads of the faas plan without traffic figures (a request rate and
    /// `requestSeconds`), so the provider's bill for them cannot be computed: their cost is not
    /// known, never zero.
    public var functionsWithoutTraffic: [String] = []
    /// The plan bills functions and none of them has traffic: the function cost is unknown.
    public var functionsUnpriced: Bool { !functionsWithoutTraffic.isEmpty && pricedFunctions == 0 }
    /// How many of the plan's function workloads were priced.
    public var pricedFunctions: Int = 0
    /// A proven lower bound on what the plan's hosts can cost per month over the catalog's types
    /// (`HostCatalogBound`); nil without a catalog.
    public var lowerBoundPerMonth: Double? = nil
    /// How `lowerBoundPerMonth` was proven.
    public var lowerBoundMethod: String? = nil
    /// How the hosts are billed (`host.billing`).
    public var billing: HostBilling = .monthly
    /// The free tier taken off the function charges (`faas.freeRequestsPerMonth`,
    /// `faas.freeGBSecondsPerMonth`), per month.
    public var freeTierPerMonth: Double = 0

    /// Why the cost is incomplete, as the screen and the plan JSON say it (nil when it is complete):
    /// `n/a: no traffic` when no function has traffic, else how many functions are left out.
    public var note: String? {
        guard !functionsWithoutTraffic.isEmpty else { return nil }
        if pricedFunctions == 0 { return "n/a: no traffic" }
        let count = functionsWithoutTraffic.count
        return "\(count) function\(count == 1 ? "" : "s") without traffic not priced"
    }
}

/// Sizing, billing and cold starts of one function (`FunctionBehaviour`).
public struct FunctionFigures: Sendable, Equatable {
    public var workload: String
    /// Instances at the peak hour, holding the `faas.concurrencyPercentile` quantile of requests
    /// in progress; the replicas when traffic figures are missing.
    public var concurrency: Int
    public var coldStartSeconds: Double
    /// Expected cold starts per hour, averaged over the day.
    public var coldStartsPerHour: Double
    /// Cold starts ÷ requests over the day.
    public var coldStartFraction: Double
    /// Instances at the peak if they held only the mean requests in progress (Little's law).
    public var instancesAtMean: Int = 0
    /// Requests in progress on average at the peak (rate × request seconds).
    public var requestsInProgressAtPeak: Double = 0
    /// Requests one instance serves at once.
    public var requestsPerInstance: Int = 1
    /// Cores one instance has (managed: what the billed memory buys).
    public var cpuCores: Double = 0
    /// Memory the instance is configured with, riding sidecars included, MiB.
    public var configuredMemoryMiB: Double = 0
    /// Memory billed per instance (managed) or reserved on the host (self-hosted), MiB.
    public var billedMemoryMiB: Double = 0
    /// The provider's monthly charge for this function before any free tier (managed functions
    /// with traffic); nil for self-hosted functions, which cost hosts.
    public var costPerMonth: Double? = nil
    /// Pod members without traffic that ride in this function's instances.
    public var sidecars: [String] = []
}

/// One hour of the day in a plan (hour 0 to 23): what that hour needs and costs.
public struct HourFigures: Sendable, Equatable {
    public var hour: Int
    /// Hosts the hour needs, spares included (the faas plan: the hosts its containers need).
    public var hosts: Int
    /// Instances running in the hour (function instances at the hour's percentile).
    public var instances: Int
    /// What the hour costs: hosts billed that hour × costPerHour (monthly billing: the plan's
    /// hosts every hour), plus the provider's function charges of the hour. Σ × 30.4167 is
    /// `cost.perMonth` (before a free tier).
    public var cost: Double
    /// Expected function cold starts in the hour; nil for plans without functions.
    public var coldStarts: Double?
}

/// What runs on one host: totals and a compact list of replica runs.
public struct HostPlacement: Sendable, Equatable {
    public var host: Int
    public var cpuCores: Double
    public var memoryMiB: Double
    public var pods: Int
    /// GPUs the host's instances take; nil when no workload of the scenario asks for GPUs.
    public var gpus: Int? = nil
    /// Local disk the host's instances take, GiB; nil when no workload of the scenario asks for it.
    public var diskGiB: Double? = nil
    /// Replicas `firstReplica ..< firstReplica + count` of workload `workload` run here.
    public var runs: [ReplicaRun]
    /// The host's zone (host index mod `host.zones`); nil with one zone.
    public var zone: Int? = nil
    /// The host's catalog type in a mix of several types; nil otherwise.
    public var hostType: String? = nil

    /// Instances on this host (a pod's members that ride in its one VM are not instances of their
    /// own; sidecars riding in a function are counted, as the containers they are).
    public var instanceCount: Int {
        runs.reduce(0) { $0 + ($1.ridesWith == nil || $1.kind == .function ? $1.count : 0) }
    }
}

/// A run of consecutive replicas of one workload on one host, as one kind of instance.
public struct ReplicaRun: Sendable, Equatable {
    /// Index into the scenario's workloads.
    public var workload: Int
    public var firstReplica: Int
    public var count: Int
    public var kind: InstanceKind
    /// A pod member that runs inside the VM of another member (`vm.podAsOneVm`), or a sidecar
    /// riding in another member's function: that member's workload index. Nil for an instance of
    /// its own.
    public var ridesWith: Int? = nil
}

/// A workload the model cannot run.
public struct IneligibleWorkload: Sendable, Equatable {
    public var workload: String
    public var reason: String
    /// How it was planned instead.
    public var plannedAs: InstanceKind
}
