/// Default host reservations when a scenario names none, from published managed-Kubernetes tiers.
public enum ReservationDefaults {
    /// Cores reserved for the host: 0.1 core up to 4 cores, plus 2.5% of the cores from 4 to 64,
    /// 1.25% from 64 to 128 and 0.5% above 128 (Tencent TKE node reservation,
    /// tencentcloud.com/document/product/457/48777).
    public static func cpuCores(forHostCores cores: Double) -> Double {
        guard cores.isFinite, cores > 0 else { return 0 }
        var reserved = min(cores, 0.1)
        reserved += 0.025 * max(0, min(cores, 64) - 4)
        reserved += 0.0125 * max(0, min(cores, 128) - 64)
        reserved += 0.005 * max(0, cores - 128)
        return roundedToMillionths(reserved)
    }

    /// Memory reserved for the host, in GiB: 25% of the first 4 GiB, 20% of the next 4, 10% of the
    /// next 8, 6% of the next 112 and 2% above 128 GiB, plus the kubelet's 100 MiB hard-eviction
    /// threshold (GKE "plan node sizes"; the same tiers were used by AKS before 1.29).
    public static func memoryGiB(forHostMemoryGiB memory: Double) -> Double {
        guard memory.isFinite, memory > 0 else { return 0 }
        let tiers: [(upTo: Double, share: Double)] = [(4, 0.25), (8, 0.20), (16, 0.10), (128, 0.06), (.infinity, 0.02)]
        var reserved = 0.0
        var lower = 0.0
        for tier in tiers where memory > lower {
            reserved += tier.share * (min(memory, tier.upTo) - lower)
            lower = tier.upTo
        }
        let evictionGiB = 100.0 / 1024
        return roundedToMillionths(min(memory, reserved + evictionGiB))
    }

    private static func roundedToMillionths(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }
}
