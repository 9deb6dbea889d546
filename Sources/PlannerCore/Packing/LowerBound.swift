/// A proven lower bound on the bins any feasible packing needs.
///
/// Per dimension d: L1 = ⌈Σ demand_d ÷ capacity_d⌉ (the volume bound), and the count of items
/// larger than half a bin in d (no two of them can share a bin). The bound is the largest of these
/// over all dimensions. Totals are summed in 128-bit integers, so no input can overflow.
public enum LowerBound {
    public static func bins(_ problem: PackingProblem) -> Int {
        var best = 0
        let dimensions: [(Resources) -> Int64] = [{ $0.cpuMillicores }, { $0.memoryKiB }, { $0.pods }]
        for dimension in dimensions {
            let capacity = Int128(dimension(problem.capacity))
            var total: Int128 = 0
            var large = 0
            for item in problem.items where item.count > 0 {
                let size = Int128(dimension(item.demand))
                total += size * Int128(item.count)
                if size * 2 > capacity { large += item.count }
            }
            guard total > 0 else { continue }
            if capacity <= 0 { continue }
            let volume = Int((total + capacity - 1) / capacity)
            best = max(best, volume, large)
        }
        return best
    }
}
