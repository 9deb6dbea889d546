/// Turns a scenario into its four plans. Pure and deterministic: the same scenario gives the same
/// plans. The packing algorithm is the one replaceable part.
public struct Planner: Sendable {
    /// The packing algorithm.
    public var packer: Packer
    /// Threads the four models, and a host catalog's types, are planned on at once (1: one after
    /// another). The plans are the same whatever the count.
    public var parallelism: Int
    /// Checks soft spread may spend on one placement, at most (`SoftSpread`; the spread-first
    /// construction, `SpreadFit`, runs only where it costs less than `SpreadFit.perSpreadCheck`
    /// times this).
    public var spreadWork: Int

    public init(
        packer: @escaping Packer = NearOptimalPacker.pack, parallelism: Int = 1, spreadWork: Int = PackingEffort.fullSpreadWork
    ) {
        self.packer = packer
        self.parallelism = parallelism
        self.spreadWork = spreadWork
    }

    /// The planner of an effort: its packer (`NearOptimalPacker`) and its spread work.
    public init(effort: PackingEffort, parallelism: Int = 1) {
        self.init(packer: NearOptimalPacker.packer(effort: effort), parallelism: parallelism, spreadWork: effort.spreadWork)
    }

    /// Validates the scenario, then plans all four models (vm, container, faas, mixed).
    ///
    /// The four models are independent, so they run on up to `parallelism` threads (each model's
    /// own catalog types then share what is left), the longest first (`startOrder`), and share
    /// the packings of problems two of them pack alike (`SharedPackings`). The plans are the same
    /// whatever the count, and the error thrown is the first model's in `PlanModel.allCases` order.
    public func plans(for scenario: Scenario) throws(PlanningError) -> [Plan] {
        if let problem = ScenarioValidator.errors(in: scenario).first { throw .scenario(problem) }
        let models = PlanModel.allCases
        let threads = max(1, min(parallelism, models.count))
        var split = self
        split.parallelism = max(1, parallelism / threads)
        split.packer = SharedPackings().sharing(packer)
        let inner = split
        let outcome = ParallelPoints<Plan, PlanningError>.run(
            count: models.count, threads: threads, order: Self.startOrder.map { models.firstIndex(of: $0)! }
        ) { index in
            Result { () throws(PlanningError) in try inner.plan(scenario, model: models[index]) }
        }
        switch outcome {
        case .success(let plans): return plans
        case .failure(let error): throw error
        }
    }

    /// One plan for a scenario that has passed validation (with a host catalog, on the type or
    /// mix of types `hostSelection` chooses: `HostChoice`).
    public func plan(_ scenario: Scenario, model: PlanModel) throws(PlanningError) -> Plan {
        if !scenario.hostTypes.isEmpty { return try HostChoice.plan(scenario, model: model, planner: self) }
        let roles = FunctionRoles(scenario, model: model)
        let peakUnits = PlacementUnit.units(for: scenario, model: model, roles: roles)
        let capacity = HostCapacity(scenario: scenario, model: model, units: peakUnits)
        try Self.checkFits(peakUnits, capacity: capacity, scenario: scenario, model: model)
        let day = try HourlyHosts.varying(
            scenario: scenario, model: model, units: peakUnits, capacity: capacity, planner: self)
        // The plan places its busiest hour (every hour alike when the counts do not change).
        let units = day?.placementHour.map { peakUnits.at(hour: $0) } ?? peakUnits
        let packed = try pack(units, capacity: capacity, scenario: scenario, model: model)

        let functions = FunctionBehaviour.figures(units: peakUnits, scenario: scenario, model: model)
        var warnings = PlanWarnings.warnings(
            for: scenario, model: model, roles: roles, units: units, functions: functions)
        let ineligible = roles.ineligible.keys.sorted().map {
            IneligibleWorkload(workload: scenario.workloads[$0].name, reason: roles.ineligible[$0]!, plannedAs: .container)
        }
        let transfer = ImageTransfer.figures(placements: packed.placements, scenario: scenario)
        let boot = BootSchedule.figures(
            placements: packed.placements, scenario: scenario, rolloutSeconds: transfer.rolloutSeconds)
        var hours: HourlyHosts
        if let day {
            hours = day
        } else {
            hours = try HourlyHosts.flat(
                scenario: scenario, model: model, units: units, hosts: packed.placements.count + packed.failover.spares,
                capacity: capacity, planner: self)
        }
        let (cost, byHour) = CostModel.figures(model: model, hours: hours, functions: functions, scenario: scenario)
        if packed.placements.isEmpty && !scenario.workloads.isEmpty {
            warnings.append("no instances to place: every workload has 0 replicas, or no traffic in its busiest hour")
        }
        return Plan(
            model: model,
            activeHosts: packed.placements.count,
            failoverHosts: packed.failover.spares,
            lowerBoundHosts: packed.lowerBound.bins,
            lowerBoundMethod: packed.lowerBound.method,
            lpBound: packed.relaxation.map(LPBound.init),
            packingStage: packed.stage,
            instances: packed.placements.reduce(0) { $0 + $1.instanceCount },
            hostCapacity: PlanHostCapacity(
                cpuCores: packed.capacity.cpuCores, memoryMiB: packed.capacity.memoryMiB, pods: capacity.pods,
                reserved: capacity.reservation, gpus: scenario.usesGPUs ? capacity.gpus : nil,
                diskGiB: scenario.usesDisk ? packed.capacity.diskGiB : nil),
            cpu: MemoryAndCPU.cpu(units: units, activeHosts: packed.placements.count, capacity: packed.capacity),
            memory: MemoryAndCPU.memory(
                units: units, scenario: scenario, activeHosts: packed.placements.count, capacity: capacity),
            transfer: transfer,
            boot: boot,
            cost: cost,
            functions: functions.functions,
            placements: packed.placements,
            ineligible: ineligible,
            warnings: warnings,
            availability: Availability(packed.placements, outcome: packed.failover, scenario: scenario),
            byHour: byHour, placementHour: hours.placementHour)
    }

    /// The packing problem a plan of `model` solves for a valid scenario: one item type per
    /// placement unit, the host's capacity in that plan (for benchmarks and bounds).
    public static func packingProblem(_ scenario: Scenario, model: PlanModel) -> PackingProblem {
        let units = PlacementUnit.units(for: scenario, model: model)
        let capacity = HostCapacity(scenario: scenario, model: model, units: units)
        return PackingProblem(
            capacity: capacity.resources, items: units.map { PackingItemType(demand: $0.resources, count: $0.count) })
    }

    private struct Packed {
        var placements: [HostPlacement]
        var lowerBound: LowerBound.Certificate
        var relaxation: PatternBound.Result?
        var stage: String
        var capacity: Resources
        var failover: FailoverCheck.Outcome
    }

    /// Packs the units and expands the packing into per-host replica runs. Replicas of a unit are
    /// numbered in host order, so the output is deterministic.
    private func pack(
        _ units: [PlacementUnit], capacity: HostCapacity, scenario: Scenario, model: PlanModel
    ) throws(PlanningError) -> Packed {
        let bin = capacity.resources
        let (problem, placed) = try Self.place(units, capacity: bin, scenario: scenario, planner: self)
        let solution = placed.solution
        let zones = max(1, scenario.host.zones)

        let usesGPUs = scenario.usesGPUs
        let usesDisk = scenario.usesDisk
        var nextReplica = [Int](repeating: 0, count: units.count)
        var placements: [HostPlacement] = []
        placements.reserveCapacity(solution.bins.count)
        // Per unit what a run needs, read once rather than copying the unit for every host it is on.
        let (members, kinds, share) = (units.map(\.members), units.map(\.kind), units.map(\.membersShareInstance))
        let demands = problem.items.map(\.demand)
        for contents in solution.bins where contents.contains(where: { $0.count > 0 }) {
            var load = Resources.zero
            var runs: [ReplicaRun] = []
            runs.reserveCapacity(contents.count)
            for packed in contents where packed.count > 0 {
                let type = packed.type
                load += demands[type].times(Int64(packed.count))
                let leader = members[type][0]
                for member in members[type] {
                    var run = ReplicaRun(
                        workload: member, firstReplica: nextReplica[type], count: packed.count, kind: kinds[type])
                    if share[type], member != leader { run.ridesWith = leader }
                    runs.append(run)
                }
                nextReplica[type] += packed.count
            }
            placements.append(
                HostPlacement(
                    host: placements.count, cpuCores: load.cpuCores, memoryMiB: load.memoryMiB, pods: Int(load.pods),
                    gpus: usesGPUs ? Int(load.gpus) : nil, diskGiB: usesDisk ? load.diskGiB : nil, runs: runs,
                    zone: zones > 1 ? placements.count % zones : nil))
        }
        return Packed(
            placements: placements, lowerBound: placed.bound, relaxation: placed.relaxation, stage: placed.stage, capacity: bin,
            failover: placed.failover)
    }

    /// The units packed by the placement pipeline (spread, anti-affinity and the failover policy's
    /// spares), with the packing problem they make: one item type per unit.
    static func place(
        _ units: [PlacementUnit], capacity: Resources, scenario: Scenario, planner: Planner
    ) throws(PlanningError) -> (problem: PackingProblem, placed: PlacementPipeline) {
        let problem = PackingProblem(
            capacity: capacity, items: units.map { PackingItemType(demand: $0.resources, count: $0.count) })
        do throws(InternalError) {
            let placed = try PlacementPipeline.place(
                problem, rules: PlacementRules(units: units, scenario: scenario), policy: scenario.host.failoverPolicy,
                packer: planner.packer, spreadWork: planner.spreadWork)
            return (problem, placed)
        } catch {
            throw .internalFailure(error)
        }
    }

    /// A host must offer something in the plan, and every unit must fit on an empty host.
    private static func checkFits(
        _ units: [PlacementUnit], capacity: HostCapacity, scenario: Scenario, model: PlanModel
    ) throws(PlanningError) {
        let bin = capacity.resources
        if bin.cpuMillicores <= 0 || bin.memoryKiB <= 0 || bin.pods <= 0 {
            throw .scenario(
                ScenarioError(
                    field: "host",
                    reason: "leaves no capacity in the \(model.rawValue) plan after reservations"
                        + (capacity.hostOsMiB > 0 ? " and the type-2 host OS" : "")
                        + (capacity.utilityVmMiB > 0 ? " and utility VM" : "")
                        + " (\(Format.cores(capacity.cpuCores)) cores, \(Format.mib(capacity.memoryMiB)) MiB, \(capacity.pods) pods)"
                ))
        }
        for unit in units where unit.count > 0 && !unit.resources.fits(within: bin) {
            let names = unit.members.map { scenario.workloads[$0].name }.joined(separator: "+")
            let what = unit.members.count > 1 ? "pod \(scenario.workloads[unit.members[0]].pod ?? names) (\(names))" : names
            for (fit, host) in [(ResourceFit.gpus, Double(capacity.gpus)), (.disk, capacity.diskGiB)] {
                if let problem = fit.problem(unit.members, in: scenario.workloads, host: host) { throw .scenario(problem) }
            }
            throw .scenario(
                ScenarioError(
                    field: "workloads[\(unit.members[0])]",
                    reason:
                        "\(what) does not fit on an empty host in the \(model.rawValue) plan: one \(unit.kind.rawValue) needs "
                        + "\(Format.cores(unit.demand.cpuCores)) cores and \(Format.mib(unit.demand.memoryMiB)) MiB; "
                        + "a host offers \(Format.cores(bin.cpuCores)) cores and \(Format.mib(bin.memoryMiB)) MiB"))
        }
    }
}
