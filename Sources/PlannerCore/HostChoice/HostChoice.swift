/// Plans a scenario that has a host catalog (`hostTypes`): every plan is made on every type alone
/// (the `alternatives`), then `hostSelection` picks per plan. `cheapest`: the type with the lowest
/// monthly cost, failover spares included (ties: fewer hosts, then the lower hourly price, then
/// catalog order), as Karpenter and cluster-autoscaler's price expander pick a node type. `mix`:
/// any mix of types at the lowest cost found (`HostMix`), never above the cheapest single type.
enum HostChoice {
    /// One plan per model of a validated scenario with a catalog.
    static func plan(_ scenario: Scenario, model: PlanModel, planner: Planner) throws(PlanningError) -> Plan {
        var singles: [Single] = []
        var unfit: [HostTypeAlternative] = []
        var others: [MixType] = []
        var firstProblem: ScenarioError?
        for (index, outcome) in try planAlone(scenario, model: model, planner: planner).enumerated() {
            let name = scenario.hostTypes[index].name
            switch outcome {
            case .success(let single): singles.append(single)
            case .failure(let unfitType):
                firstProblem = firstProblem ?? unfitType.problem
                if let typed = unfitType.scenario { others.append(MixType(index: index, name: name, scenario: typed)) }
                unfit.append(
                    HostTypeAlternative(
                        hostType: name, hosts: 0, lowerBoundHosts: 0, costPerMonth: nil, unfitReason: unfitType.problem.reason))
            }
        }
        guard let best = singles.min(by: Single.isCheaper) else {
            let reason = firstProblem.map { "\($0.field.map { "\($0): " } ?? "")\($0.reason)" } ?? "no type planned"
            throw .scenario(ScenarioError(field: "hostTypes", reason: "no host type fits the \(model.rawValue) plan: \(reason)"))
        }
        let alternatives = singles.sorted(by: Single.isCheaper).map(\.alternative) + unfit
        var plan: Plan
        // Each type's units and capacity, computed once for the bound and the mix alike.
        let types = singles.map(\.mixType) + others
        let layout = MixLayout(scenario, model: model, types: types)
        let bound = HostCatalogBound(
            layout, types: types, functions: model == .faas ? best.plan.cost.functionsPerMonth : 0, model: model)
        switch scenario.hostSelection {
        case .cheapest:
            plan = best.plan
            plan.hostType = best.name
            // On one type, cost = hosts × price ≥ that type's bound on hosts × price (host-billed plans).
            let single = model == .faas ? 0 : singles.map(\.boundCost).min() ?? 0
            plan.cost.lowerBoundPerMonth = max(single, bound.costPerMonth)
            plan.cost.lowerBoundMethod =
                single > bound.costPerMonth ? "each type's lower bound on hosts × its price, the least of them" : bound.method
        case .mix:
            plan = try HostMix.plan(
                scenario, model: model, singles: singles, types: types, layout: layout, best: best, planner: planner)
            plan.cost.lowerBoundPerMonth = bound.costPerMonth
            plan.cost.lowerBoundMethod = bound.method
            if plan.hostsByType.count > 1 {
                plan.lowerBoundHosts = bound.hosts
                plan.lowerBoundMethod = "volume over the catalog's largest type"
                plan.lpBound = nil  // the relaxation was of one type's hosts, not of the mix
            }
        }
        if PlacementUnit.varyByHour(layout.units) {
            // The bounds count each workload at its own busiest hour, which may be more than the
            // placed hour holds: no bound is claimed for a plan whose instances change by hour.
            plan.cost.lowerBoundPerMonth = nil
            plan.cost.lowerBoundMethod = nil
        }
        plan.alternatives = alternatives
        return plan
    }

    /// A type the whole plan does not fit: why, and the scenario on it (a mix may still use it for
    /// what fits), when the type itself is valid.
    struct Unfit: Error {
        var problem: ScenarioError
        var scenario: Scenario?
    }

    /// Every type planned alone, on `planner.parallelism` threads, in catalog order: the plan, or
    /// why the scenario does not fit the type. An internal failure is thrown.
    static func planAlone(
        _ scenario: Scenario, model: PlanModel, planner: Planner
    ) throws(PlanningError) -> [Result<Single, Unfit>] {
        let outcome = ParallelPoints<Result<Single, Unfit>, PlanningError>.run(
            count: scenario.hostTypes.count, threads: planner.parallelism
        ) { index in
            let name = scenario.hostTypes[index].name
            let typed: Scenario
            do throws(ScenarioError) {
                typed = try scenario.onHostType(at: index)
            } catch {
                return .success(.failure(Unfit(problem: error, scenario: nil)))
            }
            do throws(PlanningError) {
                let plan = try planner.plan(typed, model: model)
                return .success(.success(Single(index: index, name: name, scenario: typed, plan: plan)))
            } catch {
                guard case .scenario(let problem) = error else { return .failure(error) }
                return .success(.failure(Unfit(problem: problem, scenario: typed)))
            }
        }
        switch outcome {
        case .success(let results): return results
        case .failure(let error): throw error
        }
    }

    /// One catalog type planned alone.
    struct Single {
        /// The type's index in `hostTypes`.
        var index: Int
        var name: String
        /// The scenario on that type (`Scenario.onHostType`).
        var scenario: Scenario
        var plan: Plan

        var mixType: MixType { MixType(index: index, name: name, scenario: scenario) }

        var costPerHour: Double { scenario.host.costPerHour }

        /// What any plan on this type alone costs at least: its bound on active hosts × its price.
        var boundCost: Double { Double(plan.lowerBoundHosts) * costPerHour * CostModel.hoursPerMonth }

        var alternative: HostTypeAlternative {
            HostTypeAlternative(
                hostType: name, hosts: plan.hosts, lowerBoundHosts: plan.lowerBoundHosts, costPerMonth: plan.cost.perMonth)
        }

        /// Lower monthly cost, then fewer hosts, then the lower hourly price, then catalog order.
        static func isCheaper(_ a: Single, _ b: Single) -> Bool {
            (a.plan.cost.perMonth, a.plan.hosts, a.costPerHour, a.index)
                < (b.plan.cost.perMonth, b.plan.hosts, b.costPerHour, b.index)
        }
    }
}
