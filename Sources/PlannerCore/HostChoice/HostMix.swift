/// `hostSelection: mix`: the plan on any mix of the catalog's types at the lowest cost found, a
/// variable-sized vector packing solved by construction and comparison (never above the cheapest
/// single type, which is itself a mix of one):
/// - *right-sizing*: every host of a single-type plan moves, contents whole, to the cheapest type
///   they fit (Azure's sizer scales a host to its load; cluster-autoscaler's least-waste);
/// - *shapes*: every workload on the type where its instance costs least for the share of the host
///   its largest dimension takes (CPU-heavy on compute types, memory-heavy on memory types);
/// - *tails*: the k least-filled hosts of the cheapest types' plans (k = 1, 2, 4, ...) re-planned
///   on each other type, the rest kept, ranked by a volume estimate and the best planned.
/// Every catalog type takes part, also one some workload is too large for: it carries what fits.
/// Each group of hosts of one type is planned by the normal planner on its share of the
/// instances, so every rule holds within it; groups share no host, so anti-affinity and host
/// spread hold across them. Failover: with the hosts policy (N + k) the groups are planned without
/// spares and k spares of the cheapest type that can take any one host's contents whole are added
/// (each lost host restarts on its own spare); otherwise every group keeps the spares its own check
/// needs, which survives the same failures together.
enum HostMix {
    /// At most this many tail candidates are planned (the best by their volume estimate).
    static let tailCandidates = 16

    /// A candidate: per single (index into the singles), the units it carries.
    typealias Assignment = [Int: [Int]]

    /// `types` are the `singles` (the types the whole plan fits), in their order, then the valid
    /// types some workload is too large for; `layout` holds their units and capacities.
    static func plan(
        _ scenario: Scenario, model: PlanModel, singles: [HostChoice.Single], types: [MixType], layout: MixLayout,
        best: HostChoice.Single, planner: Planner
    ) throws(PlanningError) -> Plan {
        var single = best.plan
        single.hostType = best.name
        guard types.count > 1 else { return single }
        if let reason = unmixable(scenario, model: model) {
            single.warnings.append("hostSelection mix: \(reason); the plan uses the cheapest single type")
            return single
        }
        var chosen: MixResult?
        for assignment in candidates(layout, singles: singles, types: types) {
            guard
                let mix = try evaluate(
                    assignment, layout: layout, types: types, policy: scenario.host.failoverPolicy, planner: planner,
                    model: model)
            else { continue }
            if mix.costPerMonth < (chosen?.costPerMonth ?? best.plan.cost.perMonth) - 1e-6 { chosen = mix }
        }
        guard let chosen else { return single }
        return PlanCombination.plan(chosen, types: types, base: best.plan, scenario: scenario)
    }

    /// Why the plan cannot mix types, or nil.
    static func unmixable(_ scenario: Scenario, model: PlanModel) -> String? {
        if model == .faas {
            return "the faas plan bills functions per request and its hosts carry only what functions cannot run"
        }
        if PlacementUnit.varyByHour(PlacementUnit.units(for: scenario, model: model)) {
            return "its instances change hour by hour (functions or autoscaled replicas), and a mix is chosen for one set"
        }
        if scenario.workloads.contains(where: { $0.placementSpread?.topology == .zone }) {
            return "zone spread counts a workload's replicas over all hosts, so each workload stays on one type"
        }
        return nil
    }

    /// Right-sized single-type plans, the shapes, then the best tail candidates by estimate. Types
    /// are indexed as `types` lists them: the singles first, in their order.
    static func candidates(_ layout: MixLayout, singles: [HostChoice.Single], types: [MixType]) -> [Assignment] {
        let order = singles.indices.sorted { HostChoice.Single.isCheaper(singles[$0], singles[$1]) }
        var result = order.prefix(2).map { rightSized(layout.contents(of: singles[$0].plan), on: $0, layout, types) }
        if let cheapest = order.first { result.append(byShape(layout, base: cheapest, types: types)) }
        var tails: [(estimate: Double, assignment: Assignment)] = []
        for base in order.prefix(2) {
            let hosts = layout.contents(of: singles[base].plan)
            let byFill = hosts.indices.sorted { layout.fill(hosts[$0], on: base) < layout.fill(hosts[$1], on: base) }
            var k = 1
            while k < hosts.count {
                let tail = byFill.prefix(k).map { hosts[$0] }
                for other in types.indices where other != base {
                    if let candidate = self.tail(tail, of: hosts, from: base, onto: other, layout, types) {
                        tails.append(candidate)
                    }
                }
                k *= 2
            }
        }
        tails.sort { $0.estimate < $1.estimate }
        result += tails.prefix(tailCandidates).map(\.assignment)
        return result
    }

    /// Every host moved, contents whole, to the cheapest type its contents fit (hosts with function
    /// instances stay: a function's instances move only together).
    static func rightSized(
        _ hosts: [MixLayout.Contents], on base: Int, _ layout: MixLayout, _ types: [MixType]
    ) -> Assignment {
        var assignment: Assignment = [:]
        for contents in hosts {
            var target = base
            if !layout.holdsFunctions(contents) {
                for other in types.indices where types[other].costPerHour < types[target].costPerHour {
                    if layout.fits(contents, on: other) { target = other }
                }
            }
            add(contents, to: target, &assignment, units: layout.units.count)
        }
        return assignment
    }

    /// Every non-function unit on the type where one instance costs least by the share of a host its
    /// largest dimension takes (ties: catalog order); function units stay on `base`.
    static func byShape(_ layout: MixLayout, base: Int, types: [MixType]) -> Assignment {
        var assignment: Assignment = [:]
        for (index, unit) in layout.units.enumerated() where unit.count > 0 {
            var target = base
            if unit.kind != .function {
                var best = Double.infinity
                for type in types.indices where layout.fits(unit: index, on: type) {
                    let price = layout.price(unit: index, on: type, costPerHour: types[type].costPerHour)
                    if price < best - 1e-12 {
                        best = price
                        target = type
                    }
                }
            }
            add([(index, unit.count)], to: target, &assignment, units: layout.units.count)
        }
        return assignment
    }

    /// The tail's non-function units on `other`, everything else on `base`, with its estimate:
    /// the head's hosts at base's price plus the tail's volume bound on `other` at its price.
    static func tail(
        _ tail: [MixLayout.Contents], of hosts: [MixLayout.Contents], from base: Int, onto other: Int,
        _ layout: MixLayout, _ types: [MixType]
    ) -> (estimate: Double, assignment: Assignment)? {
        var assignment: Assignment = [:]
        for contents in hosts { add(contents, to: base, &assignment, units: layout.units.count) }
        var moved = Resources.zero
        for contents in tail {
            for (unit, count) in contents where layout.units[unit].kind != .function {
                guard layout.demand[other][unit].fits(within: layout.capacity[other]) else { return nil }
                assignment[base]![unit] -= count
                assignment[other, default: [Int](repeating: 0, count: layout.units.count)][unit] += count
                moved += layout.demand[other][unit].times(Int64(count))
            }
        }
        guard assignment[other] != nil else { return nil }
        let tailHosts = (moved.shares(of: layout.capacity[other]).max()).rounded(.up)
        let estimate =
            Double(hosts.count - tail.count) * types[base].costPerHour + tailHosts * types[other].costPerHour
        return (estimate, assignment)
    }

    static func add(_ contents: MixLayout.Contents, to single: Int, _ assignment: inout Assignment, units: Int) {
        for (unit, count) in contents {
            assignment[single, default: [Int](repeating: 0, count: units)][unit] += count
        }
    }
}
