import Foundation
import Testing

@testable import PlannerCore

/// The cold-start model against a seeded discrete-event simulation of the policy it describes
/// (`FunctionSimulation`): renewal arrivals, requests holding a slot for a fixed time, the oldest
/// warm instance with a free slot takes each request, a new (cold) instance when none has one, and
/// instances stopped after the keep-alive.
@Suite struct ColdStartModelTests {
    struct Case: Sendable, CustomStringConvertible {
        var rate: Double
        var requestSeconds: Double
        var keepAlive: Double
        var concurrency: Int
        var burstiness: Double = 1
        var description: String { "λ=\(rate) s=\(requestSeconds) K=\(keepAlive) c=\(concurrency) burstiness=\(burstiness)" }

        var model: ColdStartModel {
            ColdStartModel(
                requestsPerSecond: rate, requestSeconds: requestSeconds, keepAliveSeconds: keepAlive,
                concurrencyPerInstance: concurrency, burstiness: burstiness)
        }

        func simulate(requests: Int, seed: UInt64) -> FunctionSimulation.Result {
            FunctionSimulation(
                rate: rate, burstiness: burstiness, requestSeconds: requestSeconds, keepAliveSeconds: keepAlive,
                slots: concurrency
            ).run(requests: requests, seed: seed)
        }
    }

    static let poissonCases: [Case] = [
        Case(rate: 0.002, requestSeconds: 0.1, keepAlive: 600, concurrency: 1),  // one instance, often cold: e^(−1.2)
        Case(rate: 0.01, requestSeconds: 0.2, keepAlive: 120, concurrency: 1),
        Case(rate: 1, requestSeconds: 0.1, keepAlive: 30, concurrency: 1),  // warm most of the time
        Case(rate: 5, requestSeconds: 1, keepAlive: 5, concurrency: 1),  // ~5 busy, short keep-alive
        Case(rate: 20, requestSeconds: 0.25, keepAlive: 1, concurrency: 1),  // the pool churns at the top
    ]

    @Test(arguments: poissonCases)
    func agreesWithSimulationWithinTenPercent(_ c: Case) {
        let simulated = c.simulate(requests: 400_000, seed: 42).coldFraction
        let relative = abs(c.model.coldFraction - simulated) / simulated
        #expect(relative <= 0.10, "model \(c.model.coldFraction) vs simulation \(simulated)")
    }

    /// Bursty (2, 4) and smooth (0.5) arrivals in the regimes functions live in (keep-alive at least
    /// 40 request times): mostly-cold low traffic with a long keep-alive, medium rates, high rates
    /// with a short keep-alive; 1, 4 and 10 requests per instance. Every point simulates at least 200
    /// cold starts in 200,000 requests, so the simulated fraction is known to about ±7%.
    static let burstyCases: [Case] = [
        Case(rate: 0.002, requestSeconds: 0.1, keepAlive: 600, concurrency: 1, burstiness: 0.5),
        Case(rate: 0.002, requestSeconds: 0.1, keepAlive: 600, concurrency: 1, burstiness: 4),
        Case(rate: 0.01, requestSeconds: 0.2, keepAlive: 600, concurrency: 4, burstiness: 2),
        Case(rate: 0.01, requestSeconds: 0.2, keepAlive: 60, concurrency: 10, burstiness: 4),
        Case(rate: 0.1, requestSeconds: 0.5, keepAlive: 60, concurrency: 10, burstiness: 2),
        Case(rate: 0.1, requestSeconds: 0.5, keepAlive: 600, concurrency: 1, burstiness: 4),
        Case(rate: 0.1, requestSeconds: 0.5, keepAlive: 10, concurrency: 10, burstiness: 0.5),
        Case(rate: 1, requestSeconds: 0.1, keepAlive: 10, concurrency: 4, burstiness: 4),
        Case(rate: 1, requestSeconds: 0.1, keepAlive: 60, concurrency: 1, burstiness: 2),
        Case(rate: 5, requestSeconds: 1, keepAlive: 60, concurrency: 1, burstiness: 0.5),
        Case(rate: 5, requestSeconds: 0.2, keepAlive: 10, concurrency: 1, burstiness: 0.5),
        Case(rate: 5, requestSeconds: 0.2, keepAlive: 10, concurrency: 1, burstiness: 2),
        Case(rate: 5, requestSeconds: 0.2, keepAlive: 10, concurrency: 4, burstiness: 4),
        Case(rate: 5, requestSeconds: 0.2, keepAlive: 60, concurrency: 1, burstiness: 4),
        Case(rate: 20, requestSeconds: 0.25, keepAlive: 10, concurrency: 1, burstiness: 2),
        Case(rate: 20, requestSeconds: 0.25, keepAlive: 10, concurrency: 4, burstiness: 2),
    ]

    @Test(arguments: burstyCases)
    func burstyAgreesWithSimulationWithinFifteenPercent(_ c: Case) {
        let simulated = c.simulate(requests: 200_000, seed: 42)
        #expect(simulated.coldStarts >= 200, "too few simulated cold starts to compare")
        let relative = abs(c.model.coldFraction - simulated.coldFraction) / simulated.coldFraction
        #expect(relative <= 0.15, "model \(c.model.coldFraction) vs simulation \(simulated.coldFraction)")
    }

    /// The wider grid of docs/coldstarts.md, printed as its table (model against simulation, and the
    /// simulated bursty-to-Poisson ratio): VPLAN_COLDSTART_GRID=<requests per point> swift test
    /// --filter ColdStartModelTests/printGrid. Reports only; the tests above hold the tolerances.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VPLAN_COLDSTART_GRID"] != nil))
    func printGrid() {
        let requests = Int(ProcessInfo.processInfo.environment["VPLAN_COLDSTART_GRID"] ?? "") ?? 200_000
        let loads: [(Double, Double)] = [
            (0.002, 0.1), (0.01, 0.2), (0.1, 0.5), (1, 0.1), (1, 1), (5, 1), (5, 0.2), (20, 0.25), (50, 0.2), (100, 0.1),
            (200, 0.05),
        ]
        print(
            "| rate/s | request s | keep-alive s | slots | burstiness | simulated | model | model ÷ simulated | ÷ Poisson simulated |"
        )
        for (rate, seconds) in loads {
            for keepAlive in [1.0, 10, 60, 600] {
                for slots in [1, 4, 10] {
                    let poisson = Case(rate: rate, requestSeconds: seconds, keepAlive: keepAlive, concurrency: slots)
                    let poissonFraction = poisson.simulate(requests: requests, seed: 42).coldFraction
                    for burstiness in [0.5, 1, 2, 4] {
                        var c = poisson
                        c.burstiness = burstiness
                        let simulated = c.simulate(requests: requests, seed: 42)
                        guard simulated.coldStarts >= 200 else { continue }
                        let fraction = simulated.coldFraction
                        print(
                            "| \(rate) | \(seconds) | \(keepAlive) | \(slots) | \(burstiness) | \(fraction) | \(c.model.coldFraction) | \(c.model.coldFraction / fraction) | \(fraction / poissonFraction) |"
                        )
                    }
                }
            }
        }
    }

    @Test func noTrafficMeansNoColdStarts() {
        for burstiness in [0.5, 1, 4] {
            let model = ColdStartModel(
                requestsPerSecond: 0, requestSeconds: 0.1, keepAliveSeconds: 600, concurrencyPerInstance: 1,
                burstiness: burstiness)
            #expect(model.coldStartsPerHour == 0 && model.coldFraction == 0)
        }
    }

    @Test func singleInstanceLimitIsTheExponentialGap() {
        // With instant requests, a request is cold when the gap since the last one exceeds K:
        // P = e^(−λK). λ = 0.001/s, K = 600 s → e^(−0.6).
        let model = ColdStartModel(
            requestsPerSecond: 0.001, requestSeconds: 1e-9, keepAliveSeconds: 600, concurrencyPerInstance: 1)
        #expect(abs(model.coldFraction - 0.548811636) < 1e-6)
        #expect(abs(model.coldStartsPerHour - 3.6 * 0.548811636) < 1e-5)
    }

    @Test func burstinessOneIsThePoissonModel() {
        for c in Self.poissonCases {
            let withDefault = ColdStartModel(
                requestsPerSecond: c.rate, requestSeconds: c.requestSeconds, keepAliveSeconds: c.keepAlive,
                concurrencyPerInstance: c.concurrency)
            #expect(withDefault == c.model)
        }
    }

    @Test func singleBurstyInstanceIsTheHyperexponentialGap() {
        // Burstiness 2: p₁ = (1 + √(3/5))/2 = 0.887298, μ₁ = 2p₁λ, μ₂ = 2p₂λ. λ = 0.001/s, K = 600 s:
        // P(gap > K) = 0.887298·e^(−1.064758) + 0.112702·e^(−0.135242) = 0.305950 + 0.098445 = 0.404396.
        let model = ColdStartModel(
            requestsPerSecond: 0.001, requestSeconds: 1e-9, keepAliveSeconds: 600, concurrencyPerInstance: 1,
            burstiness: 2)
        #expect(abs(model.coldFraction - 0.404396) < 1e-5)
    }

    @Test func singleSmoothInstanceIsTheErlangGap() {
        // Burstiness 0.5: Erlang-4 gaps of rate 4λ. λ = 0.001/s, K = 600 s, x = 4λK = 2.4:
        // P(gap > K) = e^(−2.4)(1 + 2.4 + 2.88 + 2.304) = 0.090718·8.584 = 0.778723.
        let model = ColdStartModel(
            requestsPerSecond: 0.001, requestSeconds: 1e-9, keepAliveSeconds: 600, concurrencyPerInstance: 1,
            burstiness: 0.5)
        #expect(abs(model.coldFraction - 0.778723) < 1e-5)
    }

    @Test func hugeLoadsStayFast() {
        for burstiness in [0.5, 1, 4] {
            let model = ColdStartModel(
                requestsPerSecond: 1e9, requestSeconds: 1, keepAliveSeconds: 60, concurrencyPerInstance: 10,
                burstiness: burstiness)
            #expect(model.coldFraction.isFinite && model.coldFraction >= 0 && model.coldFraction < 1e-6)
        }
    }
}

#if canImport(Glibc)
    import Glibc
    func naturalLog(_ x: Double) -> Double { Glibc.log(x) }
#else
    import Darwin
    func naturalLog(_ x: Double) -> Double { Darwin.log(x) }
#endif
