/// Cost per month, with 730 hours in a month (30.4167 days of 24 hours), and of each hour.
///
/// Hosts: under `host.billing: monthly` the plan's hosts are paid every hour,
/// hosts × costPerHour × 730; under `hourly` each hour pays for the hosts it needs,
/// Σ_h hosts_h × costPerHour × 30.4167. In the mixed plan functions run on the same pool, so they
/// cost hosts too. The faas plan: the provider bills each hour's requests and GB-seconds of billed
/// memory (`FunctionBehaviour`), summed over the day × 30.4167, less the free tier
/// (max(0, requests − free requests) and likewise GB-seconds, over the month), plus the hosts its
/// ineligible workloads need on their own (spread, anti-affinity and failover spares included).
/// A function without traffic cannot be priced: it is listed in `functionsWithoutTraffic` and the
/// cost says `n/a: no traffic` instead of counting it as free.
enum CostModel {
    static let hoursPerMonth = 730.0

    static func figures(
        model: PlanModel, hours: HourlyHosts, functions: FunctionBehaviour.Figures, scenario: Scenario
    ) -> (cost: CostFigures, byHour: [HourFigures]) {
        let price = scenario.host.costPerHour
        let billing = scenario.host.billing
        let hostCosts = hours.hosts.map { Double(billing == .hourly ? $0 : hours.peakHosts) * price }
        let hostsPerMonth =
            billing == .hourly
            ? hostCosts.reduce(0, +) * TrafficProfile.daysPerMonth : Double(hours.peakHosts) * price * hoursPerMonth
        var cost = CostFigures(
            perMonth: hostsPerMonth, hostsPerMonth: hostsPerMonth, functionsPerMonth: 0, billedHosts: hours.peakHosts,
            basis: "hosts")
        cost.billing = billing
        let hasFunctions = !functions.functions.isEmpty
        var byHour = (0..<TrafficProfile.hoursPerDay).map { hour in
            HourFigures(
                hour: hour, hosts: hours.hosts[hour], instances: hours.instances[hour], cost: hostCosts[hour],
                coldStarts: hasFunctions ? functions.coldStartsByHour[hour] : nil)
        }
        guard model == .faas else { return (cost, byHour) }
        let faas = scenario.faas
        let gross = functions.chargesByHour.reduce(0, +) * TrafficProfile.daysPerMonth
        let free =
            min(faas.freeRequestsPerMonth, functions.requestsPerMonth) / 1_000_000 * faas.pricePerMillionRequests
            + min(faas.freeGBSecondsPerMonth, functions.gbSecondsPerMonth) * faas.pricePerGBSecond
        for hour in byHour.indices { byHour[hour].cost += functions.chargesByHour[hour] }
        // A free tier that covers everything leaves 0, not a rounding residue.
        cost.functionsPerMonth = gross - free > 1e-9 * max(1, gross) ? gross - free : 0
        cost.freeTierPerMonth = gross - cost.functionsPerMonth
        cost.perMonth = cost.functionsPerMonth + hostsPerMonth
        cost.basis = hours.peakHosts > 0 ? "functions+hosts" : "functions"
        cost.functionsWithoutTraffic = functions.withoutTraffic
        cost.pricedFunctions = functions.priced
        return (cost, byHour)
    }
}
