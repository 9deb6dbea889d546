/// How a plan's instances sit on a catalog's types, in the units every type shares: the plan's
/// placement units (the same list on every type, `PlacementUnit.units`) and, per type, what one
/// unit takes and what one host offers in that type's own units.
struct MixLayout {
    /// Units of one host (or one group of hosts): (unit index, count), sparse.
    typealias Contents = [(unit: Int, count: Int)]

    let units: [PlacementUnit]
    /// Per type (as the mix lists them): each unit's resources on that type.
    let demand: [[Resources]]
    /// Per type: what one host of it offers.
    let capacity: [Resources]
    /// The unit each workload's replica runs count for (its pod's first member), else nil.
    let unitOfWorkload: [Int?]

    init(_ scenario: Scenario, model: PlanModel, types: [MixType]) {
        units = PlacementUnit.units(for: scenario, model: model)
        var demand: [[Resources]] = []
        var capacity: [Resources] = []
        for type in types {
            let typed = PlacementUnit.units(for: type.scenario, model: model)
            demand.append(typed.map(\.resources))
            capacity.append(HostCapacity(scenario: type.scenario, model: model, units: typed).resources)
        }
        self.demand = demand
        self.capacity = capacity
        var unitOf = [Int?](repeating: nil, count: scenario.workloads.count)
        for (index, unit) in units.enumerated() { unitOf[unit.members[0]] = index }
        unitOfWorkload = unitOf
    }

    /// Each host's units in a plan (a pod counted once, by its first member's runs).
    func contents(of plan: Plan) -> [Contents] {
        plan.placements.map { placement in
            placement.runs.compactMap { run in unitOfWorkload[run.workload].map { (unit: $0, count: run.count) } }
        }
    }

    /// The contents' load on one host of type `single`.
    func load(_ contents: Contents, on single: Int) -> Resources {
        contents.reduce(Resources.zero) { $0 + demand[single][$1.unit].times(Int64($1.count)) }
    }

    /// Whether the contents fit one empty host of type `single`.
    func fits(_ contents: Contents, on single: Int) -> Bool { load(contents, on: single).fits(within: capacity[single]) }

    /// The fullest dimension of the contents on a host of type `single`, as a share of it.
    func fill(_ contents: Contents, on single: Int) -> Double {
        load(contents, on: single).shares(of: capacity[single]).max()
    }

    /// Whether one unit fits an empty host of type `single` at all.
    func fits(unit: Int, on single: Int) -> Bool { demand[single][unit].fits(within: capacity[single]) }

    /// What one unit costs on a type, by the share of the host its largest dimension takes.
    func price(unit: Int, on single: Int, costPerHour: Double) -> Double {
        costPerHour * demand[single][unit].shares(of: capacity[single]).max()
    }

    /// Whether the contents hold function instances (which move only with their whole workload).
    func holdsFunctions(_ contents: Contents) -> Bool { contents.contains { units[$0.unit].kind == .function } }
}
