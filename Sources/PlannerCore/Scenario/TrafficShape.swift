/// A day's traffic shape: how a workload's requests spread over the 24 hours, as multipliers of the
/// daily average (hour 0 to 23). Applying a shape writes `hourlyRequestsPerSecond` at the workload's
/// own daily average, so the requests of the day (and the FaaS bill at list prices) stay the same;
/// only when they arrive changes, and with it the peak hour the capacity is sized for.
///
/// These are illustrative shapes, not measurements: round numbers that give each pattern its
/// character so plans can be compared under it. Each list sums to 24 (its mean is exactly 1). The
/// profile is one day, repeated every day of the month, so weekends are not modelled. Measure your
/// own traffic and give `hourlyRequestsPerSecond` where it matters.
public enum TrafficShape: String, Sendable, CaseIterable {
    /// The same rate every hour.
    case flat
    /// Weekday office traffic: busy from 08:00 to 18:00 (hours 8 to 17 at 1.95 × the average), a
    /// shoulder at 07 and 18–19, low at night (0.2 from 00:00 to 07:00).
    case businessHours
    /// Consumer traffic peaking in the evening, 19:00 to 23:00 (hours 19 to 22 at 2.7 × the
    /// average), moderate through the day, lowest from 02:00 to 06:00 (0.2).
    case eveningPeak
    /// A batch window from 01:00 to 05:00 (hours 1 to 4 at 5.75 × the average) with near-zero
    /// traffic the rest of the day (0.05).
    case nightlyBatch

    /// The 24 multipliers of the daily average, hour 0 first; their mean is 1.
    public var multipliers: [Double] {
        switch self {
        case .flat:
            return Array(repeating: 1, count: TrafficProfile.hoursPerDay)
        case .businessHours:
            // 7 × 0.2 + 0.6 + 10 × 1.95 + 0.8 + 0.5 + 4 × 0.3 = 24.
            return Array(repeating: 0.2, count: 7) + [0.6] + Array(repeating: 1.95, count: 10) + [0.8, 0.5]
                + Array(repeating: 0.3, count: 4)
        case .eveningPeak:
            // 0.8 + 0.5 + 4 × 0.2 + 0.3 + 0.5 + 4 × 0.7 + 2 × 0.9 + 4 × 0.8 + 1.3 + 4 × 2.7 + 1.2 = 24.
            return [0.8, 0.5] + Array(repeating: 0.2, count: 4) + [0.3, 0.5] + Array(repeating: 0.7, count: 4)
                + [0.9, 0.9] + Array(repeating: 0.8, count: 4) + [1.3] + Array(repeating: 2.7, count: 4) + [1.2]
        case .nightlyBatch:
            // 20 × 0.05 + 4 × 5.75 = 24.
            return [0.05] + Array(repeating: 5.75, count: 4) + Array(repeating: 0.05, count: 19)
        }
    }

    /// How the dashboard and messages name it (`business hours`).
    public var title: String {
        switch self {
        case .flat: return "flat"
        case .businessHours: return "business hours"
        case .eveningPeak: return "evening peak"
        case .nightlyBatch: return "nightly batch"
        }
    }

    /// The next shape in the order flat → business hours → evening peak → nightly batch → flat.
    public var next: TrafficShape {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The workload's average requests per second over the day: the mean of its hourly rates when
    /// it has them, else `requestsPerSecond`, else `peakRequestsPerSecond` (what it is billed at);
    /// nil when it gives no rate.
    public static func dailyAverage(of workload: Workload) -> Double? {
        if let hourly = workload.hourlyRequestsPerSecond, !hourly.isEmpty {
            return hourly.reduce(0, +) / Double(hourly.count)
        }
        return workload.requestsPerSecond ?? workload.peakRequestsPerSecond
    }

    /// The workload with this shape at its daily average: `hourlyRequestsPerSecond` set to average ×
    /// multiplier, `requestsPerSecond` and `peakRequestsPerSecond` cleared (the hourly rates replace
    /// them). Nil when the workload gives no rate to keep.
    public func applied(to workload: Workload) -> Workload? {
        guard let average = Self.dailyAverage(of: workload) else { return nil }
        var shaped = workload
        shaped.hourlyRequestsPerSecond = multipliers.map { average * $0 }
        shaped.requestsPerSecond = nil
        shaped.peakRequestsPerSecond = nil
        return shaped
    }

    /// The shape `hourly` follows (each hour within 0.1% of the average × the shape's multiplier, or
    /// 10⁻⁶ requests per second, the dashboard's rounding),
    /// nil for any other profile and for a day without traffic.
    public static func matching(_ hourly: [Double]) -> TrafficShape? {
        guard hourly.count == TrafficProfile.hoursPerDay else { return nil }
        let average = hourly.reduce(0, +) / Double(hourly.count)
        guard average > 0 else { return nil }
        return allCases.first { shape in
            zip(hourly, shape.multipliers).allSatisfy { abs($0 - average * $1) <= 0.001 * average * max($1, 0.05) + 1e-6 }
        }
    }

    /// The workload with all its traffic × `factor`: every hourly rate when it has a profile, else
    /// `requestsPerSecond` and `peakRequestsPerSecond` (those given). The shape and the ratio of
    /// peak to average stay.
    public static func scaled(_ workload: Workload, by factor: Double) -> Workload {
        var scaled = workload
        if let hourly = workload.hourlyRequestsPerSecond {
            scaled.hourlyRequestsPerSecond = hourly.map { $0 * factor }
        } else {
            scaled.requestsPerSecond = workload.requestsPerSecond.map { $0 * factor }
            scaled.peakRequestsPerSecond = workload.peakRequestsPerSecond.map { $0 * factor }
        }
        return scaled
    }
}
