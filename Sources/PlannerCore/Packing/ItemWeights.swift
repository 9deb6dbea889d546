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
        let totals = [total.x, total.y, total.z, total.w]
        // Dimensions under 1% of the busiest one never bind; leaving them out lets a bin that is
        // full in the binding dimension weigh exactly 1.
        let busiest = totals.max() ?? 0
        let binding = totals.map { $0 >= busiest / 100 ? $0 : 0 }
        let sum = binding.reduce(0, +)
        let lambda = sum > 0 ? binding.map { $0 / sum } : [1, 1, 1, 1]
        perType = shares.map { lambda[0] * $0.x + lambda[1] * $0.y + lambda[2] * $0.z + lambda[3] * $0.w }
    }

    func of(type: Int) -> Double { perType[type] }
}
