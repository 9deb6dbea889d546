/// The traffic one workload serves over a day, hour 0 to 23: the rate each hour is billed at and
/// the rate each hour's capacity is sized for.
///
/// With `hourlyRequestsPerSecond` both are the hour's rate (the variation inside an hour is the
/// arrival process's: `burstiness` and the concurrency percentile). Without it the day is flat:
/// every hour is billed at `requestsPerSecond` and sized for `peakRequestsPerSecond`, because the
/// hour of the peak is not known. A workload that gives only its peak is billed at the peak (an
/// upper bound, with a warning).
public struct TrafficProfile: Sendable, Hashable {
    /// Hours in the day the profile covers.
    public static let hoursPerDay = 24
    /// Days in a month for hour-by-hour costs: 30.4167, the month of 730 hours ÷ 24 rounded to four
    /// decimals as the issue that introduced hourly billing states it (730.0008 hours; monthly
    /// billing keeps × 730).
    public static let daysPerMonth = 30.4167

    /// Average requests per second in each hour: what the provider bills.
    public var billedRequestsPerSecond: [Double]
    /// Requests per second each hour's instances are sized for.
    public var sizingRequestsPerSecond: [Double]
    /// Seconds one request holds a slot (0 when the workload gives none).
    public var requestSeconds: Double
    /// Coefficient of variation of the times between requests.
    public var burstiness: Double
    /// True when the workload gave only `peakRequestsPerSecond`, so it is billed at its peak.
    public var billedAtPeak: Bool

    /// The workload's traffic, or nil when it gives no rate at all.
    public init?(_ workload: Workload) {
        if let hourly = workload.hourlyRequestsPerSecond, hourly.count == Self.hoursPerDay {
            billedRequestsPerSecond = hourly
            sizingRequestsPerSecond = hourly
            billedAtPeak = false
        } else if let rate = workload.requestsPerSecond ?? workload.peakRequestsPerSecond {
            let peak = workload.peakRequestsPerSecond ?? rate
            billedRequestsPerSecond = Array(repeating: rate, count: Self.hoursPerDay)
            sizingRequestsPerSecond = Array(repeating: peak, count: Self.hoursPerDay)
            billedAtPeak = workload.requestsPerSecond == nil
        } else {
            return nil
        }
        requestSeconds = workload.requestSeconds ?? 0
        burstiness = workload.burstiness
    }

    /// The average over the day, requests per second.
    public var averageRequestsPerSecond: Double {
        billedRequestsPerSecond.reduce(0, +) / Double(Self.hoursPerDay)
    }

    /// The highest rate any hour is sized for, requests per second.
    public var peakRequestsPerSecond: Double { sizingRequestsPerSecond.max() ?? 0 }

    /// Requests in progress on average at the peak (Little's law: rate × request seconds).
    public var peakMeanConcurrency: Double { peakRequestsPerSecond * requestSeconds }

    /// Requests in progress in `hour` at the rate it is sized for.
    public func concurrency(hour: Int) -> RequestConcurrency {
        RequestConcurrency(
            requestsPerSecond: sizingRequestsPerSecond[hour], requestSeconds: requestSeconds, burstiness: burstiness)
    }

    /// The requests in progress each hour's instances hold: the `percentile` quantile, and in an
    /// hour with traffic at least one request and at least the mean (a low rate's p99 can be 0, yet
    /// an instance must run while requests arrive). Each distinct rate is computed once: a flat day
    /// costs one quantile.
    public func quantilesByHour(_ percentile: Double) -> [Int] {
        var known: [Double: Int] = [:]
        return sizingRequestsPerSecond.indices.map { hour in
            let rate = sizingRequestsPerSecond[hour]
            if let quantile = known[rate] { return quantile }
            let concurrency = concurrency(hour: hour)
            var quantile = concurrency.quantile(percentile)
            if concurrency.mean > 0 { quantile = max(quantile, 1, InstanceCount.ceiling(concurrency.mean)) }
            known[rate] = quantile
            return quantile
        }
    }

    /// The most requests in progress any hour's instances hold (`quantilesByHour`).
    public func peakQuantile(_ percentile: Double) -> Int { quantilesByHour(percentile).max() ?? 0 }

    /// Requests in `hour` (one hour of one day), as billed.
    public func requests(hour: Int) -> Double { billedRequestsPerSecond[hour] * 3600 }
}
