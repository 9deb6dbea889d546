/// One number per item for "how much of a host it takes", used to rank moves (feasibility is
/// always checked exactly, per dimension): w = Σ_d λ_d × demand_d ÷ capacity_d, where λ_d is
/// dimension d's share of the total normalized demand, so the dimension that binds counts most.
/// In one dimension this is the item's size over the capacity.
struct ItemWeights {
    private var perType: [Double]

    init(_ problem: PackingProblem) {
        let capacity = problem.capacity
        func ratio(_ value: Int64, _ limit: Int64) -> Double { limit > 0 ? Double(value) / Double(limit) : 0 }
        var totals = [0.0, 0.0, 0.0]
        for item in problem.items {
            totals[0] += ratio(item.demand.cpuMillicores, capacity.cpuMillicores) * Double(item.count)
            totals[1] += ratio(item.demand.memoryKiB, capacity.memoryKiB) * Double(item.count)
            totals[2] += ratio(item.demand.pods, capacity.pods) * Double(item.count)
        }
        // Dimensions under 1% of the busiest one never bind; leaving them out lets a bin that is
        // full in the binding dimension weigh exactly 1.
        let busiest = totals.max() ?? 0
        let binding = totals.map { $0 >= busiest / 100 ? $0 : 0 }
        let sum = binding.reduce(0, +)
        let lambda = sum > 0 ? binding.map { $0 / sum } : [1, 1, 1]
        perType = problem.items.map { item in
            lambda[0] * ratio(item.demand.cpuMillicores, capacity.cpuMillicores)
                + lambda[1] * ratio(item.demand.memoryKiB, capacity.memoryKiB)
                + lambda[2] * ratio(item.demand.pods, capacity.pods)
        }
    }

    func of(type: Int) -> Double { perType[type] }
}
