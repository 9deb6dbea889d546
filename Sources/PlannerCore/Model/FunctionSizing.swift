/// How many instances a function needs, hour by hour. Each hour's instances hold the
/// `faas.concurrencyPercentile` quantile of the requests in progress at the rate the hour is sized
/// for (`RequestConcurrency`; Poisson, or the workload's burstiness), divided by the requests one
/// instance serves: ⌈quantile ÷ concurrency per instance⌉. An hour without traffic has none
/// (scale to zero). The mean, Little's law ⌈λs ÷ c⌉ at the peak, is reported beside it.
public struct FunctionSizing: Sendable, Hashable {
    /// Instances in each hour, hour 0 to 23.
    public var instancesByHour: [Int]
    /// Instances at the peak if they held only the mean (Little's law).
    public var meanInstancesAtPeak: Int
    /// True when the workload had no traffic figures and its `replicas` were used instead.
    public var fromReplicas: Bool
    /// Why traffic figures could not be used (nil when they were).
    public var missingTraffic: String?

    /// Instances the function needs at its peak hour.
    public var instances: Int { instancesByHour.max() ?? 0 }

    public init(_ workload: Workload, concurrencyPerInstance: Int, percentile: Double) {
        let traffic = TrafficProfile(workload)
        guard let traffic, let seconds = workload.requestSeconds else {
            instancesByHour = Array(repeating: workload.replicas, count: TrafficProfile.hoursPerDay)
            meanInstancesAtPeak = workload.replicas
            fromReplicas = true
            missingTraffic =
                workload.requestSeconds == nil && traffic == nil
                ? "requestsPerSecond and requestSeconds" : (traffic == nil ? "requestsPerSecond" : "requestSeconds")
            return
        }
        let slots = Double(max(1, concurrencyPerInstance))
        instancesByHour = traffic.quantilesByHour(percentile).map { InstanceCount.ceiling(Double($0) / slots) }
        meanInstancesAtPeak = InstanceCount.ceiling(traffic.peakRequestsPerSecond * seconds / slots)
        fromReplicas = false
        missingTraffic = nil
    }
}
