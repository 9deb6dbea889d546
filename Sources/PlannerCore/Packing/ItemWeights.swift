/// One number per item for "how much of a host it takes", used to rank moves (feasibility is
/// always checked exactly, per dimension): w = Σ_d λ_d × demand_d ÷ capacity_d, where λ_d is
/// dimension d's share of the total normalized demand, so the dimension that binds counts most.
/// In one dimension this is the item's size over the capacity.
struct ItemWeights {
    private var perType: [Double]

    init(_ problem: PackingProblem) {
        let capacity = problem.capacity
        let shares = problem.items.map { $0.demand.shares(of: capacity) }
        let total = problem.totalShares
        let totals = [total.cpu, total.memory, total.pods, total.gpus, total.disk]
        // Dimensions under 1% of the busiest one never bind; leaving them out lets a bin that is
        // full in the binding dimension weigh exactly 1.
        let busiest = totals.max() ?? 0
        let binding = totals.map { $0 >= busiest / 100 ? $0 : 0 }
        let sum = binding.reduce(0, +)
        let lambda = sum > 0 ? binding.map { $0 / sum } : [1, 1, 1, 1, 1]
        let mix = Shares(lambda[0], lambda[1], lambda[2], lambda[3], lambda[4], 0, 0, 0)
        perType = shares.map { mix.dimensionDot($0) }
    }

    func of(type: Int) -> Double { perType[type] }
}
