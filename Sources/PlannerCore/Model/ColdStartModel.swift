import Foundation

/// Expected cold starts of one function under Poisson arrivals with a fixed keep-alive.
///
/// The model (docs/model.md, "Cold starts"): requests arrive as a Poisson process of rate λ
/// (average requests/s) and hold a slot for s seconds (request seconds); an instance has c slots
/// (concurrency per instance); the platform sends each request to the oldest warm instance with a
/// free slot (ordered hunting, as providers pack warm instances), starts a new instance when none
/// has one, and stops an instance idle for longer than the keep-alive K.
///
/// With infinitely many slots hunted in order, the traffic that overflows the first n slots is
/// λ·B(n, a), where a = λ·s is the offered load and B is the Erlang-B formula. Instance k owns
/// slots (k−1)c+1 … kc; it is idle exactly when its first slot is, and while idle it receives the
/// overflow of the slots before it, λ_k = λ·B((k−1)c, a). Approximating that overflow as Poisson,
/// an idle spell outlasts K with probability e^(−λ_k·K), and instance k starts λ_k − λ·B((k−1)c+1, a)
/// busy spells per second (the arrivals its first slot takes). Cold starts per second:
///
///     Σ_k  λ·(B((k−1)c, a) − B((k−1)c+1, a)) · e^(−λ·B((k−1)c, a)·K)
///
/// The tests check this against a seeded discrete-event simulation of the same policy.
public struct ColdStartModel: Sendable, Hashable {
    /// Expected cold starts per hour.
    public var coldStartsPerHour: Double
    /// Fraction of requests that start cold.
    public var coldFraction: Double

    public init(requestsPerSecond rate: Double, requestSeconds: Double, keepAliveSeconds: Double, concurrencyPerInstance: Int) {
        guard rate > 0, rate.isFinite, requestSeconds >= 0, keepAliveSeconds >= 0 else {
            coldStartsPerHour = 0
            coldFraction = 0
            return
        }
        let slotsPerInstance = max(1, concurrencyPerInstance)
        let load = rate * requestSeconds
        var perSecond = 0.0
        var blocking = 1.0  // B(n, a) for the current n, starting at B(0, a) = 1
        var slot = 0
        // Stop once the overflow is negligible; the slot count is bounded so a huge load cannot hang.
        let slotLimit = Int(min(load * 4 + 200, 50_000_000))
        while slot < slotLimit {
            let offered = rate * blocking  // λ_k: overflow reaching this instance's first slot
            let next = ColdStartModel.erlangB(next: slot + 1, previous: blocking, load: load)
            perSecond += (offered - rate * next) * Foundation.exp(-offered * keepAliveSeconds)
            // Advance over the instance's remaining slots.
            blocking = next
            slot += 1
            for _ in 1..<slotsPerInstance {
                blocking = ColdStartModel.erlangB(next: slot + 1, previous: blocking, load: load)
                slot += 1
            }
            if blocking < 1e-15 && Double(slot) > load { break }
        }
        coldStartsPerHour = perSecond * 3600
        coldFraction = min(1, perSecond / rate)
    }

    /// Erlang-B recursion: B(n, a) = a·B(n−1, a) / (n + a·B(n−1, a)).
    static func erlangB(next n: Int, previous: Double, load: Double) -> Double {
        let numerator = load * previous
        return numerator / (Double(n) + numerator)
    }

}
