/// Documented ceilings that keep every computation finite, fast and free of overflow traps.
/// Validation refuses a scenario beyond them before anything large is allocated.
public enum Limits {
    /// Instances one plan may hold (all workloads, all replicas, or function instances).
    public static let maximumInstances = 10_000_000
    /// Workloads one scenario may hold.
    public static let maximumWorkloads = 1_000_000
    /// Largest host: cores.
    public static let maximumHostCores = 1_000_000.0
    /// Largest host: memory in GiB (64 TiB).
    public static let maximumHostMemoryGiB = 65_536.0
    /// Largest overcommit factor.
    public static let maximumOvercommit = 100.0
    /// Largest per-instance CPU request in cores.
    public static let maximumWorkloadCores = 1_000_000.0
    /// Largest per-instance memory in MiB (64 TiB).
    public static let maximumWorkloadMemoryMiB = 67_108_864.0
    /// Largest layer or image in MiB (1 PiB).
    public static let maximumImageMiB = 1_073_741_824.0
    /// Largest failover spare count.
    public static let maximumFailoverHosts = 1_000_000
    /// Names one workload's `antiAffinity` may list.
    public static let maximumAntiAffinityNames = 1_000
    /// GPUs per host (`host.gpus`) or per instance (`workloads[].gpus`): far above the 8 to 16
    /// devices of the largest GPU servers.
    public static let maximumGPUs = 1_024
    /// Local disk per host (`host.localDiskGiB`) or per instance (`workloads[].diskGiB`), GiB
    /// (1 PiB): far above the few hundred TB of the densest NVMe servers, and small enough that a
    /// plan's total in MiB stays far inside 64-bit integers.
    public static let maximumDiskGiB = 1_048_576.0
    /// Availability zones a plan's hosts may be split across.
    public static let maximumZones = 64
    /// Host types a scenario's catalog (`hostTypes`) may list: every type is planned once per
    /// plan, so the list is bounded like the other multipliers of work.
    public static let maximumHostTypes = 200
    /// Largest request rate, requests per second.
    public static let maximumRequestsPerSecond = 1e9
    /// Largest duration for any seconds field (a year).
    public static let maximumSeconds = 31_536_000.0
    /// The largest free allowance a month (requests or GB-seconds): 1e15, far above any free tier.
    public static let maximumFreeAllowance = 1e15
    /// The least and most `burstiness` (coefficient of variation of inter-arrival times): 0.1 is
    /// nearly clockwork, 10 is far burstier than measured production traces.
    public static let burstinessRange = 0.1...10.0
    /// Largest bandwidth in Gbit/s.
    public static let maximumGbps = 1_000_000.0
    /// Largest price.
    public static let maximumPrice = 1e9
    /// Largest scenario or input file read, in bytes (64 MiB).
    public static let maximumFileBytes = 64 * 1024 * 1024
    /// Smallest CPU request: one millicore, the packer's unit.
    public static let minimumCores = 0.001
    /// Smallest memory request: one KiB, the packer's unit.
    public static let minimumMemoryMiB = 1.0 / 1024
    /// Largest parallelism or pods-per-host figure.
    public static let maximumParallelism = 1_000_000
}
