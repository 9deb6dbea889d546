import Testing

@testable import PlannerCore

/// The illustrative day shapes: each keeps the workload's daily average, writes 24 hourly rates and
/// replaces the two single rates; scaling multiplies all of a workload's traffic.
@Suite struct TrafficShapeTests {
    static func api(rate: Double? = 400, peak: Double? = 1200) -> Workload {
        Workload(
            name: "api", cpuCores: 0.5, memoryMiB: 512, replicas: 4, requestsPerSecond: rate, peakRequestsPerSecond: peak,
            requestSeconds: 0.05)
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    @Test(arguments: TrafficShape.allCases)
    func multipliersAverageOne(shape: TrafficShape) {
        #expect(shape.multipliers.count == 24)
        #expect(abs(Self.mean(shape.multipliers) - 1) < 1e-12)
        #expect(shape.multipliers.allSatisfy { $0 > 0 })
    }

    @Test func shapesPeakWhereTheySay() {
        let business = TrafficShape.businessHours.multipliers
        #expect((8...17).allSatisfy { business[$0] == 1.95 } && business[3] == 0.2 && business[7] == 0.6)
        let evening = TrafficShape.eveningPeak.multipliers
        #expect((19...22).allSatisfy { evening[$0] == 2.7 } && evening[12] == 0.9 && evening[4] == 0.2)
        let batch = TrafficShape.nightlyBatch.multipliers
        #expect((1...4).allSatisfy { batch[$0] == 5.75 } && batch[0] == 0.05 && batch[12] == 0.05)
        #expect(TrafficShape.flat.multipliers == Array(repeating: 1, count: 24))
    }

    /// A workload with 400 req/s on average (peak 1,200): business hours gives 80 req/s at night and
    /// 400 × 1.95 = 780 from 08 to 17; the day still averages 400; the single rates are gone.
    @Test func applyingKeepsTheDailyAverageAndClearsTheSingleRates() throws {
        let shaped = try #require(TrafficShape.businessHours.applied(to: Self.api()))
        let hourly = try #require(shaped.hourlyRequestsPerSecond)
        #expect(hourly.count == 24)
        #expect(abs(Self.mean(hourly) - 400) < 1e-9)
        #expect(abs(hourly[3] - 80) < 1e-9 && abs(hourly[10] - 780) < 1e-9)
        #expect(shaped.requestsPerSecond == nil && shaped.peakRequestsPerSecond == nil)
        #expect(ScenarioValidator.errors(in: Self.scenario(shaped)).isEmpty)
    }

    /// Only a peak (50 req/s): it is what the workload is billed at, so it is the average kept.
    @Test func aPeakAloneIsTheAverage() throws {
        let shaped = try #require(TrafficShape.nightlyBatch.applied(to: Self.api(rate: nil, peak: 50)))
        let hourly = try #require(shaped.hourlyRequestsPerSecond)
        #expect(abs(Self.mean(hourly) - 50) < 1e-9)
        #expect(abs(hourly[2] - 287.5) < 1e-9 && abs(hourly[12] - 2.5) < 1e-9)
    }

    /// Going from one shape to another keeps the average of the hourly rates themselves.
    @Test(arguments: TrafficShape.allCases)
    func reshapingKeepsTheAverage(shape: TrafficShape) throws {
        let evening = try #require(TrafficShape.eveningPeak.applied(to: Self.api(rate: 120, peak: nil)))
        let reshaped = try #require(shape.applied(to: evening))
        let hourly = try #require(reshaped.hourlyRequestsPerSecond)
        #expect(abs(Self.mean(hourly) - 120) < 1e-9)
        #expect(TrafficShape.matching(hourly) == shape)
    }

    @Test func noTrafficCannotBeShaped() {
        #expect(TrafficShape.flat.applied(to: Self.api(rate: nil, peak: nil)) == nil)
        #expect(TrafficShape.dailyAverage(of: Self.api(rate: nil, peak: nil)) == nil)
    }

    @Test func matchingRecognisesOnlyTheShapes() throws {
        #expect(TrafficShape.matching(Array(repeating: 7, count: 24)) == .flat)
        #expect(TrafficShape.matching(Array(repeating: 0, count: 24)) == nil)
        #expect(TrafficShape.matching(Array(repeating: 7, count: 23)) == nil)
        var custom = try #require(TrafficShape.businessHours.applied(to: Self.api())?.hourlyRequestsPerSecond)
        custom[10] += 50
        #expect(TrafficShape.matching(custom) == nil)
    }

    @Test func nextCyclesThroughEveryShape() {
        #expect(TrafficShape.flat.next == .businessHours)
        #expect(TrafficShape.businessHours.next == .eveningPeak)
        #expect(TrafficShape.eveningPeak.next == .nightlyBatch)
        #expect(TrafficShape.nightlyBatch.next == .flat)
    }

    /// × 1.25: 400 → 500 and 1,200 → 1,500 without a profile; with one, every hour (780 → 975) and
    /// the average (400 → 500), the shape unchanged.
    @Test func scalingMultipliesAllTheTraffic() throws {
        let single = TrafficShape.scaled(Self.api(), by: 1.25)
        #expect(single.requestsPerSecond == 500 && single.peakRequestsPerSecond == 1500)
        #expect(single.hourlyRequestsPerSecond == nil)
        let peakOnly = TrafficShape.scaled(Self.api(rate: nil, peak: 80), by: 0.5)
        #expect(peakOnly.requestsPerSecond == nil && peakOnly.peakRequestsPerSecond == 40)

        let shaped = try #require(TrafficShape.businessHours.applied(to: Self.api()))
        let scaled = TrafficShape.scaled(shaped, by: 1.25)
        let hourly = try #require(scaled.hourlyRequestsPerSecond)
        #expect(hourly.count == 24)
        #expect(abs(hourly[10] - 975) < 1e-9)
        #expect(abs(Self.mean(hourly) - 500) < 1e-9)
        #expect(TrafficShape.matching(hourly) == .businessHours)
        #expect(scaled.requestsPerSecond == nil && scaled.peakRequestsPerSecond == nil)
    }

    static func scenario(_ workload: Workload) -> Scenario {
        Scenario(name: "shape", host: PlannerFixture.plainHost(), workloads: [workload])
    }
}
