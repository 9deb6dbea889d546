import Testing

@testable import PlannerCore

/// The cold-start model against a seeded discrete-event simulation of the policy it describes:
/// Poisson arrivals, requests holding a slot for a fixed time, the oldest warm instance with a
/// free slot takes each request, a new (cold) instance when none has one, and instances stopped
/// after the keep-alive.
@Suite struct ColdStartModelTests {
    struct Case: Sendable, CustomStringConvertible {
        var rate: Double
        var requestSeconds: Double
        var keepAlive: Double
        var concurrency: Int
        var description: String { "λ=\(rate) s=\(requestSeconds) K=\(keepAlive) c=\(concurrency)" }
    }

    static let cases: [Case] = [
        Case(rate: 0.002, requestSeconds: 0.1, keepAlive: 600, concurrency: 1),  // one instance, often cold: e^(−1.2)
        Case(rate: 0.01, requestSeconds: 0.2, keepAlive: 120, concurrency: 1),
        Case(rate: 1, requestSeconds: 0.1, keepAlive: 30, concurrency: 1),  // warm most of the time
        Case(rate: 5, requestSeconds: 1, keepAlive: 5, concurrency: 1),  // ~5 busy, short keep-alive
        Case(rate: 20, requestSeconds: 0.25, keepAlive: 1, concurrency: 1),  // the pool churns at the top
    ]

    @Test(arguments: cases)
    func agreesWithSimulationWithinTenPercent(_ c: Case) {
        let model = ColdStartModel(
            requestsPerSecond: c.rate, requestSeconds: c.requestSeconds, keepAliveSeconds: c.keepAlive,
            concurrencyPerInstance: c.concurrency)
        let simulated = Self.simulate(c, requests: 400_000, seed: 42)
        let relative = abs(model.coldFraction - simulated) / simulated
        #expect(relative <= 0.10, "model \(model.coldFraction) vs simulation \(simulated)")
    }

    @Test func noTrafficMeansNoColdStarts() {
        let model = ColdStartModel(requestsPerSecond: 0, requestSeconds: 0.1, keepAliveSeconds: 600, concurrencyPerInstance: 1)
        #expect(model.coldStartsPerHour == 0 && model.coldFraction == 0)
    }

    @Test func singleInstanceLimitIsTheExponentialGap() {
        // With instant requests, a request is cold when the gap since the last one exceeds K:
        // P = e^(−λK). λ = 0.001/s, K = 600 s → e^(−0.6).
        let model = ColdStartModel(
            requestsPerSecond: 0.001, requestSeconds: 1e-9, keepAliveSeconds: 600, concurrencyPerInstance: 1)
        #expect(abs(model.coldFraction - 0.548811636) < 1e-6)
        #expect(abs(model.coldStartsPerHour - 3.6 * 0.548811636) < 1e-5)
    }

    /// The fraction of requests that start cold in a discrete-event simulation.
    static func simulate(_ c: Case, requests: Int, seed: UInt64) -> Double {
        var rng = SplitMix64(seed: seed)
        struct Instance {
            var busy = 0
            var idleSince = 0.0
            var completions: [Double] = []
        }
        var instances: [Instance] = []
        var time = 0.0
        var cold = 0
        for _ in 0..<requests {
            let u = Double.random(in: Double.ulpOfOne..<1, using: &rng)
            time += -naturalLog(u) / c.rate
            // Finish requests that are done, stop instances idle for longer than the keep-alive.
            for index in instances.indices {
                var instance = instances[index]
                for done in instance.completions where done <= time {
                    instance.busy -= 1
                    if instance.busy == 0 { instance.idleSince = max(instance.idleSince, done) }
                }
                instance.completions.removeAll { $0 <= time }
                instances[index] = instance
            }
            instances.removeAll { $0.busy == 0 && time - $0.idleSince > c.keepAlive }
            if let index = instances.firstIndex(where: { $0.busy < c.concurrency }) {
                instances[index].busy += 1
                instances[index].completions.append(time + c.requestSeconds)
            } else {
                cold += 1
                instances.append(Instance(busy: 1, idleSince: 0, completions: [time + c.requestSeconds]))
            }
        }
        return Double(cold) / Double(requests)
    }
}

#if canImport(Glibc)
    import Glibc
    func naturalLog(_ x: Double) -> Double { Glibc.log(x) }
#else
    import Darwin
    func naturalLog(_ x: Double) -> Double { Darwin.log(x) }
#endif
