import Foundation
import PlannerCore

/// The edits of a workload's traffic over the day: its shape (`TrafficShape`), scaling all of it,
/// and the cells that read an hourly profile's average and peak. Rates are written to 6 decimals
/// (`ScenarioEdits.rounded`), so × 1.25 then ÷ 1.25 comes back to the same file.
extension ScenarioEdits {
    /// What one scaling step multiplies the traffic by (`)`, or `+` on the day column).
    public static let trafficScaleStep = 1.25

    /// The workload's next day shape: flat → business hours → evening peak → nightly batch → flat,
    /// at its daily average. A workload without a profile, or with one of its own, starts at flat.
    public static func cycleTrafficShape(row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        let w = scenario.workloads[row]
        let current = w.hourlyRequestsPerSecond.flatMap(TrafficShape.matching)
        return shape(row: row, as: current?.next ?? .flat, in: scenario)
    }

    /// The workload's traffic in `shape` at its daily average.
    public static func shape(row: Int, as shape: TrafficShape, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        guard var shaped = shape.applied(to: scenario.workloads[row]) else {
            return .failure(EditProblem("\(scenario.workloads[row].name) has no traffic to shape: give req/s first"))
        }
        shaped.hourlyRequestsPerSecond = shaped.hourlyRequestsPerSecond?.map(rounded)
        var s = scenario
        s.workloads[row] = shaped
        return validated(s, against: scenario, touching: [row])
    }

    /// All of the workload's traffic × 1.25 per step (÷ for negative steps): every hour of its
    /// profile, or its average and peak.
    public static func scaleTraffic(row: Int, by steps: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        let w = scenario.workloads[row]
        guard TrafficShape.dailyAverage(of: w) != nil else {
            return .failure(EditProblem("\(w.name) has no traffic to scale: give req/s first"))
        }
        var scaled = TrafficShape.scaled(w, by: pow(trafficScaleStep, Double(steps)))
        scaled.hourlyRequestsPerSecond = scaled.hourlyRequestsPerSecond?.map(rounded)
        scaled.requestsPerSecond = scaled.requestsPerSecond.map(rounded)
        scaled.peakRequestsPerSecond = scaled.peakRequestsPerSecond.map(rounded)
        var s = scenario
        s.workloads[row] = scaled
        return validated(s, against: scenario, touching: [row])
    }

    /// The day column typed: a shape's name (`business hours`, `eveningPeak`), 24 rates (hour 0
    /// first, spaces or commas between), or nothing / `-`: one rate all day at the profile's
    /// average (no profile).
    static func setProfile(of w: inout Workload, to text: String) throws(EditProblem) {
        guard let typed = optionalText(text) else {
            if w.hourlyRequestsPerSecond != nil {
                w.requestsPerSecond = TrafficShape.dailyAverage(of: w).map(rounded)
                w.hourlyRequestsPerSecond = nil
            }
            return
        }
        let name = typed.lowercased().filter { $0.isLetter }
        if let shape = TrafficShape.allCases.first(where: { $0.rawValue.lowercased() == name }) {
            guard let shaped = shape.applied(to: w) else { throw EditProblem("no traffic to shape: give req/s first") }
            w = shaped
            w.hourlyRequestsPerSecond = w.hourlyRequestsPerSecond?.map(rounded)
            return
        }
        let parts = typed.split { $0 == " " || $0 == "," || $0 == ";" }.map(String.init)
        guard parts.count == TrafficProfile.hoursPerDay else {
            throw EditProblem(
                "type 24 rates (hour 0 to 23), a shape (flat, business hours, evening peak, nightly batch) or - for one rate all day (got \(parts.count) values)"
            )
        }
        var rates: [Double] = []
        for part in parts { rates.append(try QuantityUnit.plain.parse(part).get()) }
        w.hourlyRequestsPerSecond = rates
        w.requestsPerSecond = nil
        w.peakRequestsPerSecond = nil
    }

    /// Sets the peak requests per second. With an hourly profile the profile scales so its busiest
    /// hour is the value; an empty cell or "-" turns it into one rate all day at its average.
    static func setPeakRequestsPerSecond(of w: inout Workload, to text: String) throws(EditProblem) {
        guard let hourly = w.hourlyRequestsPerSecond else {
            w.peakRequestsPerSecond = try optionalNumber(text)
            return
        }
        guard let peak = try optionalNumber(text) else {
            w.requestsPerSecond = TrafficShape.dailyAverage(of: w).map(rounded)
            w.hourlyRequestsPerSecond = nil
            return
        }
        try rescaleProfile(of: &w, to: peak, from: hourly.max() ?? 0)
    }

    /// Scales an hourly profile so the figure that is now `current` becomes `value` (a profile of
    /// zeros becomes flat at `value`); nil clears the traffic.
    static func rescaleProfile(of w: inout Workload, to value: Double?, from current: Double) throws(EditProblem) {
        guard let value else {
            w.hourlyRequestsPerSecond = nil
            w.requestsPerSecond = nil
            w.peakRequestsPerSecond = nil
            return
        }
        guard value.isFinite, value >= 0 else { throw EditProblem("requests per second must be a finite number, at least 0") }
        let hourly = w.hourlyRequestsPerSecond ?? []
        w.hourlyRequestsPerSecond =
            current > 0
            ? hourly.map { rounded($0 * value / current) } : Array(repeating: value, count: TrafficProfile.hoursPerDay)
    }

    /// An optional number in `unit`, or nil for an empty cell, "-" or "auto" (the key left out of
    /// the file, its default derived).
    static func automaticNumber(_ text: String, _ unit: QuantityUnit) throws(EditProblem) -> Double? {
        if meansAutomatic(text) { return nil }
        return try unit.parse(text.trimmingCharacters(in: .whitespaces)).get()
    }
}
