import Foundation

/// Requests in progress at once for a function or service: mean λs (Little's law) and, under
/// Poisson arrivals, the Poisson(λs) distribution of the M/G/∞ occupancy.
public struct RequestConcurrency: Sendable, Hashable {
    /// Requests in progress on average, λ × s.
    public var mean: Double
    var burstiness: Double

    public init(requestsPerSecond: Double, requestSeconds: Double, burstiness: Double = 1) {
        let load = requestsPerSecond * requestSeconds
        mean = load.isFinite && load > 0 ? load : 0
        self.burstiness = burstiness
    }

    /// The smallest n with P(N ≤ n) ≥ p.
    public func quantile(_ p: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 1e5 {
            return Int((mean + 2.5758 * mean.squareRoot()).rounded(.up))
        }
        var n = 0
        var logTerm = -mean
        var sum = Foundation.exp(logTerm)
        while sum < p && n < 10_000_000 {
            n += 1
            logTerm += Foundation.log(mean / Double(n))
            sum += Foundation.exp(logTerm)
        }
        return n
    }
}
