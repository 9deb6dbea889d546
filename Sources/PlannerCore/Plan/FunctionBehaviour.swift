/// Per-function concurrency and cold starts, for the plans that run functions.
enum FunctionBehaviour {
    static func figures(units: [PlacementUnit], scenario: Scenario) -> [FunctionFigures] {
        units.filter { $0.kind == .function }.map { unit in
            let workload = scenario.workloads[unit.members[0]]
            let averageRate = workload.requestsPerSecond ?? workload.peakRequestsPerSecond ?? 0
            let model = ColdStartModel(
                requestsPerSecond: averageRate, requestSeconds: workload.requestSeconds ?? 0,
                keepAliveSeconds: scenario.faas.keepAliveSeconds,
                concurrencyPerInstance: scenario.faas.concurrencyPerInstance)
            return FunctionFigures(
                workload: workload.name, concurrency: unit.count, coldStartSeconds: unit.startSeconds,
                coldStartsPerHour: model.coldStartsPerHour, coldStartFraction: model.coldFraction)
        }
    }
}
