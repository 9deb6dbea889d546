/// What one container replica or VM of a workload carries, and how many replicas each hour needs
/// when they follow the traffic (`container.autoscale`).
public enum ReplicaCapacity {
    /// Concurrent requests one replica serves: `concurrencyPerReplica`, else what makes the given
    /// replicas exactly carry the peak at the sizing percentile, q_p(requests in progress at the
    /// peak) ÷ replicas, so scenarios without the key keep their replica counts (fixed, or
    /// autoscaled at their peak hour), and at least one request: a replica kept for availability at
    /// a trickle of traffic still serves a whole request. Nil without traffic, request time or
    /// replicas.
    public static func concurrencyPerReplica(_ workload: Workload, _ traffic: TrafficProfile?, percentile: Double) -> Double? {
        if let given = workload.concurrencyPerReplica { return given }
        guard let traffic, traffic.peakMeanConcurrency > 0 else { return nil }
        return concurrencyPerReplica(workload, peakQuantile: traffic.peakQuantile(percentile))
    }

    /// The same with the peak's quantile already known.
    static func concurrencyPerReplica(_ workload: Workload, peakQuantile: Int) -> Double? {
        if let given = workload.concurrencyPerReplica { return given }
        guard peakQuantile > 0, workload.replicas > 0 else { return nil }
        return max(1, Double(peakQuantile) / Double(workload.replicas))
    }

    /// The cores one request in progress uses: the replica's cores ÷ the requests it serves at
    /// once. Nil when the replica's concurrency is not known.
    public static func cpuCoresPerRequest(_ workload: Workload, _ traffic: TrafficProfile?, percentile: Double) -> Double? {
        concurrencyPerReplica(workload, traffic, percentile: percentile).map { workload.cpuCores / $0 }
    }

    /// Replicas each hour under `container.autoscale`: ⌈the hour's concurrency at the percentile ÷
    /// concurrencyPerReplica⌉, at least `container.minReplicas` (a HorizontalPodAutoscaler on
    /// concurrent requests). Nil when the workload's replicas do not follow traffic: autoscale is
    /// off, or it has no traffic or request time to follow.
    public static func autoscaledReplicas(_ workload: Workload, scenario: Scenario) -> [Int]? {
        guard scenario.container.autoscale, let traffic = TrafficProfile(workload), traffic.requestSeconds > 0 else {
            return nil
        }
        let percentile = scenario.faas.concurrencyPercentile
        guard let perReplica = concurrencyPerReplica(workload, traffic, percentile: percentile) else {
            // Traffic that is zero all day: the fewest replicas the autoscaler keeps.
            return Array(repeating: scenario.container.minReplicas, count: TrafficProfile.hoursPerDay)
        }
        return traffic.quantilesByHour(percentile).map { busy in
            max(scenario.container.minReplicas, InstanceCount.ceiling(Double(busy) / perReplica))
        }
    }
}

/// Instance counts from fractional needs.
enum InstanceCount {
    /// ⌈x⌉ with a tolerance (100 rps × 0.08 s is exactly 8, not 8.000000000000002), clamped to
    /// just above the instance limit so validation can name it.
    static func ceiling(_ x: Double) -> Int {
        guard x.isFinite else { return x > 0 ? Limits.maximumInstances + 1 : 0 }
        return Int(min(max((x - 1e-9).rounded(.up), 0), Double(Limits.maximumInstances + 1)))
    }
}
