/// One function instance as the platform runs it: the requests it serves at once, its cores and
/// the memory it is configured and billed with.
///
/// - Managed (the faas plan, a provider such as AWS Lambda): the instance serves
///   `faas.concurrencyPerInstance` requests (Lambda: 1). Its CPU need is the per-request share of
///   the container sizing (the replica's cores ÷ `concurrencyPerReplica`) times that concurrency.
///   The provider gives CPU in proportion to memory, so the billed memory is
///   max(`faas.minMemoryMiB`, configured memory, CPU need × `faas.mibPerVcpu`), rounded up to
///   1 MiB, and the instance has billed ÷ mibPerVcpu cores (Lambda's memory configuration).
/// - Self-hosted (the mixed plan's functions, Knative-style): the instance serves
///   `faas.selfHostedConcurrency` requests, or one replica's `concurrencyPerReplica` when that is
///   0, with the per-request CPU share times that concurrency and its configured memory.
///
/// Configured memory is `functionMemoryMiB` (default `memoryMiB`) plus the memory of the pod's
/// sidecars that ride in the instance. A workload without traffic figures keeps its container
/// size (`cpuCores`, one request at a time).
public struct FunctionInstance: Sendable, Hashable {
    /// Requests one instance serves at once.
    public var concurrency: Int
    /// Cores one instance has.
    public var cpuCores: Double
    /// Memory the instance is configured with, sidecars included, MiB.
    public var configuredMemoryMiB: Double
    /// Memory the provider bills (managed) or the host reserves (self-hosted), MiB.
    public var billedMemoryMiB: Double
    /// Local disk the instance takes on a host, GiB: none when managed (its `/tmp` is the
    /// provider's), its own and its riding sidecars' `diskGiB` when self-hosted (a Knative pod's
    /// ephemeral storage).
    public var hostDiskGiB: Double = 0

    /// A managed provider's instance (the faas plan).
    public static func managed(_ workload: Workload, sidecars: [Workload], faas: FaaSParameters) -> FunctionInstance {
        let traffic = TrafficProfile(workload)
        let concurrency = max(1, faas.concurrencyPerInstance)
        let cpuNeed =
            ReplicaCapacity.cpuCoresPerRequest(workload, traffic, percentile: faas.concurrencyPercentile).map {
                $0 * Double(concurrency)
            } ?? workload.cpuCores
        let configured = configuredMiB(workload, sidecars)
        let billed = max(faas.minMemoryMiB, configured, cpuNeed * faas.mibPerVcpu)
        let billedWhole = (billed - 1e-9).rounded(.up)
        return FunctionInstance(
            concurrency: concurrency, cpuCores: billedWhole / faas.mibPerVcpu, configuredMemoryMiB: configured,
            billedMemoryMiB: billedWhole)
    }

    /// A self-hosted instance (the mixed plan's functions on the cluster).
    public static func selfHosted(_ workload: Workload, sidecars: [Workload], faas: FaaSParameters) -> FunctionInstance {
        let traffic = TrafficProfile(workload)
        let peak = traffic.flatMap { $0.requestSeconds > 0 ? $0.peakQuantile(faas.concurrencyPercentile) : nil }
        let perReplica = peak.flatMap { ReplicaCapacity.concurrencyPerReplica(workload, peakQuantile: $0) }
        let perRequest = perReplica.map { workload.cpuCores / $0 }
        var concurrency: Int
        if faas.selfHostedConcurrency > 0 {
            concurrency = faas.selfHostedConcurrency
        } else if let perReplica {
            concurrency = max(1, Int(min((perReplica + 1e-9).rounded(.down), Double(Limits.maximumParallelism))))
        } else {
            concurrency = 1
        }
        // No instance is sized for more requests than the peak ever has in progress.
        if let peak { concurrency = min(concurrency, max(1, peak)) }
        let cores = perRequest.map { $0 * Double(concurrency) } ?? workload.cpuCores
        let configured = configuredMiB(workload, sidecars)
        return FunctionInstance(
            concurrency: concurrency, cpuCores: cores + sidecars.reduce(0) { $0 + $1.cpuCores },
            configuredMemoryMiB: configured, billedMemoryMiB: configured,
            hostDiskGiB: workload.diskGiB + sidecars.reduce(0) { $0 + $1.diskGiB })
    }

    static func configuredMiB(_ workload: Workload, _ sidecars: [Workload]) -> Double {
        (workload.functionMemoryMiB ?? workload.memoryMiB) + sidecars.reduce(0) { $0 + $1.memoryMiB }
    }

    /// Why a managed provider cannot run the workload (nil when it can): stateful, GPUs (its own or
    /// a riding sidecar's: managed functions have none, Lambda among them), a request longer than
    /// `faas.maxRequestSeconds`, an image over `faas.maxImageMiB`, local disk (its own and its
    /// riding sidecars' `diskGiB`) over `faas.maxEphemeralStorageMiB`, or memory (configured or
    /// implied by its CPU need) over `faas.maxMemoryMiB`.
    public static func ineligibility(
        _ workload: Workload, sidecars: [Workload], faas: FaaSParameters, instance known: FunctionInstance? = nil
    ) -> String? {
        if workload.stateful { return "stateful workloads cannot be functions; planned as containers" }
        let gpus = workload.gpus + sidecars.reduce(0) { $0 + $1.gpus }
        if gpus > 0 {
            let whose = workload.gpus > 0 ? "needs" : "its sidecars need"
            return "\(whose) \(ResourceFit.count(gpus)) per instance; the provider's functions have none; planned as containers"
        }
        if let seconds = workload.requestSeconds, seconds > faas.maxRequestSeconds {
            return "one request takes \(Format.trimmed(seconds, decimals: 2)) s, over the provider's "
                + "\(Format.trimmed(faas.maxRequestSeconds, decimals: 2)) s limit (faas.maxRequestSeconds); planned as containers"
        }
        let image = workload.imageMiB + sidecars.reduce(0) { $0 + $1.imageMiB }
        if image > faas.maxImageMiB {
            return "its image is \(Format.mib(image)) MiB, over the provider's \(Format.mib(faas.maxImageMiB)) MiB limit "
                + "(faas.maxImageMiB); planned as containers"
        }
        let diskMiB = (workload.diskGiB + sidecars.reduce(0) { $0 + $1.diskGiB }) * 1024
        if diskMiB > faas.maxEphemeralStorageMiB {
            return "it needs \(Format.mib(diskMiB)) MiB of local disk, over the provider's "
                + "\(Format.mib(faas.maxEphemeralStorageMiB)) MiB of ephemeral storage (faas.maxEphemeralStorageMiB); "
                + "planned as containers"
        }
        let instance = known ?? managed(workload, sidecars: sidecars, faas: faas)
        if instance.billedMemoryMiB > faas.maxMemoryMiB {
            let why =
                instance.billedMemoryMiB > instance.configuredMemoryMiB + 1
                ? "its CPU need (\(Format.cores(instance.cpuCores)) cores at \(Format.mib(faas.mibPerVcpu)) MiB per vCPU)"
                : "its memory"
            return "\(why) needs \(Format.mib(instance.billedMemoryMiB)) MiB, over the provider's "
                + "\(Format.mib(faas.maxMemoryMiB)) MiB limit (faas.maxMemoryMiB); planned as containers"
        }
        return nil
    }
}
