/// Per-function sizing, cold starts and provider charges, hour by hour, for the plans that run
/// functions.
///
/// Cold starts in an hour come from `ColdStartModel` at the hour's billed (average) rate, with
/// the instance's concurrency, `faas.keepAliveSeconds` and the workload's burstiness. A managed
/// function (the faas plan) is charged per hour: requests × price per million ÷ 10⁶ + requests ×
/// requestSeconds × billed memory ÷ 1,024 × price per GB-second; a self-hosted one costs hosts.
enum FunctionBehaviour {
    /// The functions of a plan and their totals per hour.
    struct Figures {
        var functions: [FunctionFigures] = []
        /// Expected cold starts in each hour, all functions.
        var coldStartsByHour = [Double](repeating: 0, count: TrafficProfile.hoursPerDay)
        /// Provider charges of each hour before any free tier (managed functions only).
        var chargesByHour = [Double](repeating: 0, count: TrafficProfile.hoursPerDay)
        /// Requests and GB-seconds a month, for the free tier.
        var requestsPerMonth = 0.0
        var gbSecondsPerMonth = 0.0
        /// Function workloads without traffic: not priced.
        var withoutTraffic: [String] = []
        var priced = 0
        /// Functions given only a peak rate, billed at it.
        var billedAtPeak: [String] = []
    }

    static func figures(units: [PlacementUnit], scenario: Scenario, model: PlanModel) -> Figures {
        var result = Figures()
        for unit in units where unit.kind == .function {
            guard let function = unit.function else { continue }
            let workload = scenario.workloads[unit.members[0]]
            let managed = model == .faas
            let instance = function.instance
            var figures = FunctionFigures(
                workload: workload.name, concurrency: function.sizing.instances, coldStartSeconds: unit.startSeconds,
                coldStartsPerHour: 0, coldStartFraction: 0)
            figures.instancesAtMean = function.sizing.meanInstancesAtPeak
            figures.requestsPerInstance = instance.concurrency
            figures.cpuCores = instance.cpuCores
            figures.configuredMemoryMiB = instance.configuredMemoryMiB
            figures.billedMemoryMiB = instance.billedMemoryMiB
            figures.sidecars = function.sidecars
            if let traffic = TrafficProfile(workload), workload.requestSeconds != nil {
                hourly(traffic, instance: instance, managed: managed, scenario: scenario, into: &result, figures: &figures)
                if managed { result.priced += 1 }
                if traffic.billedAtPeak { result.billedAtPeak.append(workload.name) }
            } else if managed {
                result.withoutTraffic.append(workload.name)
            }
            result.functions.append(figures)
        }
        return result
    }

    /// One function's 24 hours: cold starts and (managed) charges, added to the plan's totals.
    private static func hourly(
        _ traffic: TrafficProfile, instance: FunctionInstance, managed: Bool, scenario: Scenario,
        into result: inout Figures, figures: inout FunctionFigures
    ) {
        let faas = scenario.faas
        var models: [Double: ColdStartModel] = [:]
        var cold = 0.0
        var requests = 0.0
        var charges = 0.0
        for hour in 0..<TrafficProfile.hoursPerDay {
            let rate = traffic.billedRequestsPerSecond[hour]
            let model =
                models[rate]
                ?? ColdStartModel(
                    requestsPerSecond: rate, requestSeconds: traffic.requestSeconds, keepAliveSeconds: faas.keepAliveSeconds,
                    concurrencyPerInstance: instance.concurrency, burstiness: traffic.burstiness)
            models[rate] = model
            cold += model.coldStartsPerHour
            result.coldStartsByHour[hour] += model.coldStartsPerHour
            let hourRequests = traffic.requests(hour: hour)
            requests += hourRequests
            guard managed else { continue }
            let gbSeconds = hourRequests * traffic.requestSeconds * instance.billedMemoryMiB / 1024
            let charge = hourRequests / 1_000_000 * faas.pricePerMillionRequests + gbSeconds * faas.pricePerGBSecond
            result.chargesByHour[hour] += charge
            result.requestsPerMonth += hourRequests * TrafficProfile.daysPerMonth
            result.gbSecondsPerMonth += gbSeconds * TrafficProfile.daysPerMonth
            charges += charge
        }
        figures.coldStartsPerHour = cold / Double(TrafficProfile.hoursPerDay)
        figures.coldStartFraction = requests > 0 ? min(1, cold / requests) : 0
        figures.requestsInProgressAtPeak = traffic.peakMeanConcurrency
        if managed { figures.costPerMonth = charges * TrafficProfile.daysPerMonth }
    }
}
