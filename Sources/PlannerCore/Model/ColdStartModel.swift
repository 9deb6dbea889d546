import Foundation

/// Expected cold starts of one function under Poisson arrivals with a fixed keep-alive.
///
/// The policy modelled (docs/model.md, "Functions: concurrency and cold starts"): requests arrive
/// as a Poisson process of rate λ (average requests/s) and hold a slot for s seconds (request
/// seconds); an instance has c slots (concurrency per instance); each request goes to the oldest
/// warm instance with a free slot (providers pack warm instances), a new instance starts cold when
/// none has one, and an instance idle for longer than the keep-alive K is stopped.
///
/// The number of requests in progress, N, is the M/G/∞ occupancy: Poisson with mean a = λs
/// whatever the distribution of s. With packing, instance j is busy exactly when N ≥ L_j, where
/// L_j = (j−1)c + 1 is the level its first slot serves. Instance j starts a busy spell at each
/// up-crossing of N to L_j (rate u_j = λ·P(N = L_j − 1), by PASTA), and that start is cold when
/// the excursion of N below L_j that preceded it lasted longer than K. Excursions below L_j
/// happen u_j times per second and cover P(N < L_j) of the time, so they last P(N < L_j)/u_j on
/// average; taking them as exponential:
///
///     cold starts per second = Σ_j u_j · exp(−K · u_j / P(N < L_j))
///
/// For a single instance with short requests this is λ·e^(−λK). The tests compare the model
/// with a seeded discrete-event simulation of the same policy.
public struct ColdStartModel: Sendable, Hashable {
    /// Expected cold starts per hour.
    public var coldStartsPerHour: Double
    /// Fraction of requests that start cold.
    public var coldFraction: Double

    public init(
        requestsPerSecond rate: Double, requestSeconds: Double, keepAliveSeconds: Double, concurrencyPerInstance: Int,
        burstiness: Double = 1
    ) {
        guard rate > 0, rate.isFinite, requestSeconds >= 0, requestSeconds.isFinite, keepAliveSeconds >= 0 else {
            coldStartsPerHour = 0
            coldFraction = 0
            return
        }
        let slots = max(1, concurrencyPerInstance)
        let load = rate * requestSeconds
        // Levels far from the mean carry no probability: look only within the mean ± 40 standard
        // deviations (and always from level 1 for small loads).
        let spread = 40 * load.squareRoot() + 60
        let lowestLevel = max(1, Int(max(0, load - spread)))
        let highestLevel = Int(min(load + spread, 1e15))
        // First instance level at or above the window start: L_j = (j−1)c + 1.
        var level = lowestLevel <= 1 ? 1 : ((lowestLevel - 1 + slots - 1) / slots) * slots + 1
        var perSecond = 0.0
        // P(N = n) in log space (no underflow for large loads), P(N ≤ n) summed from the window start.
        var belowLevel = 0.0
        var nextToAdd = max(0, lowestLevel - 1)
        while level <= highestLevel {
            while nextToAdd <= level - 1 {
                belowLevel += Foundation.exp(ColdStartModel.poissonLog(nextToAdd, load))
                nextToAdd += 1
            }
            let upCrossings = rate * Foundation.exp(ColdStartModel.poissonLog(level - 1, load))
            if upCrossings > 0 && belowLevel > 0 {
                perSecond += upCrossings * Foundation.exp(-keepAliveSeconds * upCrossings / min(1, belowLevel))
            }
            level += slots
        }
        coldStartsPerHour = perSecond * 3600
        coldFraction = min(1, perSecond / rate)
    }

    /// log P(N = n) for N ~ Poisson(load).
    static func poissonLog(_ n: Int, _ load: Double) -> Double {
        if load == 0 { return n == 0 ? 0 : -.infinity }
        return -load + Double(n) * Foundation.log(load) - lgamma(Double(n) + 1)
    }
}
