/// Whose kubelet reservation (kube-reserved + system-reserved + the hard-eviction threshold) the
/// hosts running Kubernetes keep back (`host.reservationPreset`): the container, self-hosted faas
/// and mixed plans. Each is the provider's published formula (docs/model.md, "Host reservations",
/// lists them with their sources and the figures they give):
///
/// - `gke` (the default): CPU 6% of the first core, 1% of the next, 0.5% of the next 2 and 0.25%
///   above 4 cores; memory 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the
///   next 112 and 2% above 128 GiB, + 100 MiB eviction (GKE "node allocatable"). The default
///   because it is the most widely cited tiering: AKS used the same memory tiers before 1.29 and
///   EKS the same CPU tiers.
/// - `aks` (Kubernetes 1.29 and later): CPU 60, 100, 140, 180, 260, 420, 740 millicores at 1, 2,
///   4, 8, 16, 32, 64 cores, linear in between and 10 millicores a core beyond; memory
///   min(20 MiB × max pods + 50 MiB, 25% of memory) + 100 MiB eviction (AKS "node resource
///   reservations").
/// - `eks`: GKE's CPU tiers; memory 255 MiB + 11 MiB × max pods + 100 MiB eviction (the EKS AMI's
///   bootstrap, `memory_mebibytes_to_reserve`).
/// - `openshift`: system-reserved 500 millicores and 1 GiB + 100 MiB eviction (OpenShift's
///   defaults when automatic node sizing is off).
/// - `none`: nothing kept back (a laptop's kind or minikube cluster, or reservations you give
///   yourself in `host.reservedCpuCores` and `host.reservedMemoryGiB`).
public enum ReservationPreset: String, Sendable, Equatable, Codable, CaseIterable {
    case gke
    case aks
    case eks
    case openshift
    case none

    /// The kubelet's default hard-eviction threshold, `memory.available < 100Mi`, in GiB.
    static let evictionGiB = 100.0 / 1024

    /// Cores kept back on a host of `cores` physical cores.
    public func cpuCores(forHostCores cores: Double) -> Double {
        guard cores.isFinite, cores > 0 else { return 0 }
        let reserved: Double
        switch self {
        case .gke, .eks: reserved = Self.tiers(cores, [(1, 0.06), (2, 0.01), (4, 0.005), (.infinity, 0.0025)])
        case .aks: reserved = Self.aksCpuCores(cores)
        case .openshift: reserved = 0.5
        case .none: reserved = 0
        }
        return Self.roundedToMillionths(min(cores, reserved))
    }

    /// GiB kept back on a host of `memoryGiB` installed memory that runs up to `maxPods` pods.
    public func memoryGiB(forHostMemoryGiB memory: Double, maxPods: Int) -> Double {
        guard memory.isFinite, memory > 0 else { return 0 }
        let pods = Double(max(0, maxPods))
        let reserved: Double
        switch self {
        case .gke:
            reserved =
                Self.tiers(memory, [(4, 0.25), (8, 0.20), (16, 0.10), (128, 0.06), (.infinity, 0.02)]) + Self.evictionGiB
        case .aks: reserved = min((20 * pods + 50) / 1024, 0.25 * memory) + Self.evictionGiB
        case .eks: reserved = (255 + 11 * pods) / 1024 + Self.evictionGiB
        case .openshift: reserved = 1 + Self.evictionGiB
        case .none: reserved = 0
        }
        return Self.roundedToMillionths(min(memory, reserved))
    }

    /// Where the formula is published.
    public var source: String {
        switch self {
        case .gke: "GKE node allocatable (cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes)"
        case .aks: "AKS node resource reservations, Kubernetes ≥ 1.29 (learn.microsoft.com/azure/aks/node-resource-reservations)"
        case .eks: "EKS AMI bootstrap: GKE's CPU tiers, 255 MiB + 11 MiB per pod (awslabs/amazon-eks-ami)"
        case .openshift: "OpenShift system-reserved defaults 500m / 1Gi (docs.openshift.com, allocating resources for nodes)"
        case .none: "nothing kept back"
        }
    }

    /// A share of each tier of `amount`: `(upTo, share)` pairs in ascending order.
    static func tiers(_ amount: Double, _ tiers: [(upTo: Double, share: Double)]) -> Double {
        var reserved = 0.0
        var lower = 0.0
        for tier in tiers where amount > lower {
            reserved += tier.share * (min(amount, tier.upTo) - lower)
            lower = tier.upTo
        }
        return reserved
    }

    /// AKS's published table of millicores by core count, linear between its points and 10
    /// millicores a core beyond 64 (the table's own slope from 8 cores on); below one core, in
    /// proportion to the 60 millicores of one.
    static func aksCpuCores(_ cores: Double) -> Double {
        let points: [(cores: Double, millicores: Double)] = [
            (1, 60), (2, 100), (4, 140), (8, 180), (16, 260), (32, 420), (64, 740),
        ]
        if cores <= 1 { return 0.06 * cores }
        if cores >= 64 { return (740 + 10 * (cores - 64)) / 1000 }
        for (low, high) in zip(points, points.dropFirst()) where cores <= high.cores {
            let weight = (cores - low.cores) / (high.cores - low.cores)
            return (low.millicores + weight * (high.millicores - low.millicores)) / 1000
        }
        return 0.74
    }

    static func roundedToMillionths(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }
}
