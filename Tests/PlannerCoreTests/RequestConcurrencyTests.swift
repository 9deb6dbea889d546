import Testing

@testable import PlannerCore

/// Percentile concurrency: exact Poisson quantiles for Poisson arrivals, and the bursty and smooth
/// laws against the time-average number of requests in progress in the seeded simulation.
@Suite struct RequestConcurrencyTests {
    @Test func poissonQuantilesAreExact() {
        // Hand-summed Poisson CDFs: λs = 10: P(N ≤ 17) = 0.98572, P(N ≤ 18) = 0.99281 → 18.
        // λs = 1: P(N ≤ 3) = 0.98101, P(N ≤ 4) = 0.99634 → 4. λs = 100: P(N ≤ 123) = 0.98876,
        // P(N ≤ 124) = 0.99123 → 124. λs = 2.5, p = 0.95: P(N ≤ 4) = 0.89118, P(N ≤ 5) = 0.95798 → 5.
        // λs = 0.1, p = 0.9: P(N = 0) = 0.90484 → 0.
        let cases: [(rate: Double, seconds: Double, p: Double, expected: Int)] = [
            (10, 1, 0.99, 18), (100, 0.1, 0.99, 18), (1, 1, 0.99, 4), (200, 0.5, 0.99, 124), (5, 0.5, 0.95, 5), (1, 0.1, 0.9, 0),
        ]
        for c in cases {
            let concurrency = RequestConcurrency(requestsPerSecond: c.rate, requestSeconds: c.seconds)
            #expect(concurrency.quantile(c.p) == c.expected, "λ=\(c.rate) s=\(c.seconds) p=\(c.p)")
        }
        #expect(RequestConcurrency(requestsPerSecond: 10, requestSeconds: 1).mean == 10)
    }

    @Test func noTrafficOrInstantRequestsNeedNothing() {
        #expect(RequestConcurrency(requestsPerSecond: 0, requestSeconds: 1).quantile(0.99) == 0)
        #expect(RequestConcurrency(requestsPerSecond: 5, requestSeconds: 0, burstiness: 4).quantile(0.99) == 0)
        #expect(RequestConcurrency(requestsPerSecond: 0, requestSeconds: 1, burstiness: 0.5).mean == 0)
    }

    @Test func hugeLoadsAreNormalAndFast() {
        // λs = 10⁹: mean + 2.32635·√(10⁹) + (z² − 1)/6 − ½ (continuity) = 10⁹ + 73,565.8 → 1,000,073,566.
        let poisson = RequestConcurrency(requestsPerSecond: 1e9, requestSeconds: 1).quantile(0.99)
        #expect(abs(poisson - 1_000_073_566) <= 2)
        for burstiness in [0.5, 4] {
            let q = RequestConcurrency(requestsPerSecond: 1e9, requestSeconds: 1, burstiness: burstiness).quantile(0.99)
            #expect(q > 1_000_000_000 && q < 1_001_000_000)
        }
    }

    @Test func burstinessRaisesTheTailAndSmoothnessLowersIt() {
        let quantiles = [0.5, 1, 2, 4].map {
            RequestConcurrency(requestsPerSecond: 10, requestSeconds: 1, burstiness: $0).quantile(0.99)
        }
        #expect(quantiles == quantiles.sorted() && quantiles.first! < quantiles.last!)
    }

    /// Within one request or 5% of the simulated time-average quantile (400,000 requests).
    @Test(arguments: [0.5, 2, 4])
    func agreesWithSimulatedConcurrency(_ burstiness: Double) {
        for (rate, seconds) in [(0.5, 1.0), (2, 1), (10, 1), (50, 1), (200, 0.5)] {
            let simulated = FunctionSimulation(
                rate: rate, burstiness: burstiness, requestSeconds: seconds, keepAliveSeconds: 1, slots: 1
            ).run(requests: 400_000, seed: 11)
            let model = RequestConcurrency(requestsPerSecond: rate, requestSeconds: seconds, burstiness: burstiness)
            for p in [0.5, 0.9, 0.99] {
                let expected = simulated.occupancyQuantile(p)
                let tolerance = max(1, Int((0.05 * Double(expected)).rounded(.up)))
                #expect(
                    abs(model.quantile(p) - expected) <= tolerance,
                    "λs=\(rate * seconds) p=\(p): \(model.quantile(p)) vs \(expected)")
            }
        }
    }
}
