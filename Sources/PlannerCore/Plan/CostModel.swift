/// Cost per month, with 730 hours in a month.
///
/// Host-based plans (vm, container, mixed): hosts × costPerHour × 730; in the mixed plan
/// functions run on the same pool, so they cost hosts too. The faas plan: functions are billed
/// by the provider per request and per GB-second on average traffic,
/// requests/month = requestsPerSecond × 3600 × 730,
/// GB-seconds/month = requests/month × requestSeconds × memoryMiB ÷ 1024,
/// plus the hosts (active + the failover policy's spares) that its ineligible workloads need when
/// packed on their own, under their spread and anti-affinity.
/// A function without traffic cannot be priced: it is listed in `functionsWithoutTraffic` and the
/// cost says `n/a: no traffic` instead of counting it as free.
enum CostModel {
    static let hoursPerMonth = 730.0

    static func figures(
        model: PlanModel, hosts: Int, units: [PlacementUnit], capacity: HostCapacity, scenario: Scenario,
        packer: Packer
    ) throws(PlanningError) -> CostFigures {
        let hourly = scenario.host.costPerHour
        guard model == .faas else {
            let perMonth = Double(hosts) * hourly * hoursPerMonth
            return CostFigures(
                perMonth: perMonth, hostsPerMonth: perMonth, functionsPerMonth: 0, billedHosts: hosts, basis: "hosts")
        }
        var functions = 0.0
        var withoutTraffic: [String] = []
        var priced = 0
        for unit in units where unit.kind == .function {
            let workload = scenario.workloads[unit.members[0]]
            guard let rate = workload.requestsPerSecond ?? workload.peakRequestsPerSecond else {
                if !withoutTraffic.contains(workload.name) { withoutTraffic.append(workload.name) }
                continue
            }
            priced += 1
            let requests = rate * 3600 * hoursPerMonth
            let gbSeconds = requests * (workload.requestSeconds ?? 0) * workload.memoryMiB / 1024
            functions +=
                requests / 1_000_000 * scenario.faas.pricePerMillionRequests
                + gbSeconds * scenario.faas.pricePerGBSecond
        }
        let containers = units.filter { $0.kind != .function && $0.count > 0 }
        var billedHosts = 0
        if !containers.isEmpty {
            let problem = PackingProblem(
                capacity: capacity.resources,
                items: containers.map { PackingItemType(demand: $0.resources, count: $0.count) })
            do throws(InternalError) {
                let placed = try PlacementPipeline.place(
                    problem, rules: PlacementRules(units: containers, scenario: scenario),
                    policy: scenario.host.failoverPolicy, packer: packer)
                billedHosts = placed.solution.bins.count + placed.failover.spares
            } catch {
                throw .internalFailure(error)
            }
        }
        let hostCost = Double(billedHosts) * hourly * hoursPerMonth
        var figures = CostFigures(
            perMonth: functions + hostCost, hostsPerMonth: hostCost, functionsPerMonth: functions,
            billedHosts: billedHosts, basis: billedHosts > 0 ? "functions+hosts" : "functions")
        figures.functionsWithoutTraffic = withoutTraffic
        figures.pricedFunctions = priced
        return figures
    }
}
