/// How many instances a function needs, by Little's law: concurrent requests = arrival rate ×
/// time in system, so instances = ⌈peak requests/s × request seconds ÷ concurrency per instance⌉.
public struct FunctionSizing: Sendable, Hashable {
    /// Instances the function needs at peak.
    public var instances: Int
    /// True when the workload had no traffic figures and its `replicas` were used instead.
    public var fromReplicas: Bool
    /// Why traffic figures could not be used (nil when they were).
    public var missingTraffic: String?

    public init(_ workload: Workload, concurrencyPerInstance: Int) {
        let peak = workload.peakRequestsPerSecond ?? workload.requestsPerSecond
        guard let peak, let seconds = workload.requestSeconds else {
            instances = workload.replicas
            fromReplicas = true
            missingTraffic =
                workload.requestSeconds == nil && peak == nil
                ? "requestsPerSecond and requestSeconds" : (peak == nil ? "requestsPerSecond" : "requestSeconds")
            return
        }
        let concurrent = peak * seconds / Double(max(1, concurrencyPerInstance))
        // Tolerance: 100 rps × 0.08 s is exactly 8, not 8.000000000000002.
        instances = Int(min(max((concurrent - 1e-9).rounded(.up), 0), Double(Limits.maximumInstances + 1)))
        fromReplicas = false
        missingTraffic = nil
    }
}
