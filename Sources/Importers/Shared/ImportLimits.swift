import PlannerCore

/// Ceilings the importers enforce while they build a scenario, so that no input (aliases that
/// repeat one container a million times, an image of a million layers) can make them allocate
/// without bound. Each is far above real inputs; the scenario's own limits (`Limits`) apply too.
public enum ImportLimits {
    /// Workloads one import may produce: the scenario's limit (`Limits.maximumWorkloads`).
    public static let maximumWorkloads = Limits.maximumWorkloads
    /// Layers one image manifest may list. Docker's overlay storage stops at 128 layers and real
    /// images have a few dozen; a thousand leaves room and keeps an image's byte total far from
    /// overflowing (1000 × 1 PiB < 2^63).
    public static let maximumLayersPerImage = 1000
    /// Layers of all workloads together (each container repeats its image's layers): a million,
    /// e.g. 100,000 containers of 10 layers, about as much as a 64 MiB scenario file holds.
    public static let maximumLayerReferences = 1_000_000
    /// Names in the `antiAffinity` lists of all workloads together: a million. A selector that
    /// matches every pod (`labelSelector: {}`) on every object would otherwise list each workload
    /// in every other's list, quadratic in the input.
    public static let maximumAntiAffinityNames = 1_000_000
    /// Pod templates compared with label selectors in one import: ten million. Selectors are
    /// looked up by label (only templates carrying a selector's rarest label are compared) and each
    /// distinct selector once, so real inputs compare a few per selector; a crafted one whose
    /// thousands of distinct selectors all name labels every pod has is stopped here, in seconds,
    /// rather than hours.
    public static let maximumSelectorComparisons = 10_000_000
}
