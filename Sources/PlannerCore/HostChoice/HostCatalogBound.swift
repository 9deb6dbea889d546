/// Proven lower bounds for a plan over a catalog of host types, whatever the mix: the better of
/// the volume LP below and the pattern LP's Lagrangian bound (`CatalogPatternLP`).
///
/// Let D_{t,d} be the plan's total demand in dimension d (CPU, memory, pod slots) in type t's own
/// units (overcommit and overheads as t sets them) and C_{t,d} what one host of type t offers, and
/// ρ_{t,d} = C_{t,d} ÷ D_{t,d}: the share of the whole demand one host of t can carry. Every
/// instance's share of the total is the same on every type, so any placement on a mix of hosts h
/// has Σ_h ρ_{t(h),d} ≥ 1 in every dimension. Hence
/// - hosts ≥ max_d ⌈1 ÷ max_t ρ_{t,d}⌉ (the largest type's volume bound), and
/// - cost ≥ min Σ_t p_t y_t subject to Σ_t ρ_{t,d} y_t ≥ 1 for every d, y ≥ 0: the volume LP of
///   the catalog (the pattern LP's relaxation by volume), solved through its dual, max Σ_d u_d
///   subject to Σ_d ρ_{t,d} u_d ≤ p_t, whose feasible points are each a bound (weak duality); the
///   best vertex is taken and scaled to be strictly feasible.
/// Failover spares and, in the faas plan, the provider's function charges come on top: the bound
/// covers active hosts only (and adds the function charges, which no type changes).
struct HostCatalogBound {
    /// Monthly cost no mix of the catalog's types can go below (730 hours a month).
    var costPerMonth: Double
    /// Active hosts no mix can go below.
    var hosts: Int

    /// How `costPerMonth` was proven.
    var method: String

    /// Over every valid type of the catalog (also those some workload is too large for: a mix may
    /// use them for the rest), as `layout` holds them (each unit's demand and a host's capacity
    /// per type, the capacity the plan's hosts are packed to); `functions` is the faas plan's
    /// function charge, 0 otherwise. In the faas plan only the hosts of its ineligible workloads
    /// are billed, so its function instances are left out.
    init(_ layout: MixLayout, types: [MixType], functions: Double, model: PlanModel) {
        let kept = layout.units.indices.filter { model != .faas || layout.units[$0].kind != .function }
        let counts = kept.map { layout.units[$0].count }
        let prices = types.map(\.costPerHour)
        var ratios: [[Double]] = []
        for type in types.indices {
            var demand = [0.0, 0.0, 0.0, 0.0, 0.0]
            for (unit, count) in zip(kept, counts) {
                let resources = layout.demand[type][unit]
                demand[0] += Double(resources.cpuMillicores) * Double(count)
                demand[1] += Double(resources.memoryKiB) * Double(count)
                demand[2] += Double(resources.pods) * Double(count)
                demand[3] += Double(resources.gpus) * Double(count)
                demand[4] += Double(resources.diskMiB) * Double(count)
            }
            let capacity = layout.capacity[type]
            let offered = [
                Double(capacity.cpuMillicores), Double(capacity.memoryKiB), Double(capacity.pods), Double(capacity.gpus),
                Double(capacity.diskMiB),
            ]
            ratios.append(demand.indices.map { demand[$0] > 0 ? offered[$0] / demand[$0] : .infinity })
        }
        let patternLP = CatalogPatternLP(
            counts: counts, demand: layout.demand.map { row in kept.map { row[$0] } }, capacity: layout.capacity,
            prices: prices)
        let used = (0..<5).filter { d in ratios.contains { $0[d].isFinite } }
        var hosts = 0
        for d in used {
            let best = ratios.map { $0[d] }.max() ?? .infinity
            if best.isFinite && best > 0 { hosts = max(hosts, Int((1 / best - 1e-9).rounded(.up))) }
        }
        self.hosts = hosts
        let volume = Self.volumeLP(ratios: ratios.map { row in used.map { row[$0] } }, prices: prices)
        let patterns = patternLP.bound()
        costPerMonth = functions + max(volume, patterns) * CostModel.hoursPerMonth
        method =
            patterns > volume
            ? "pattern LP over the catalog's types (Lagrangian bound)" : "volume LP over the catalog's types"
    }

    /// max Σ u subject to Σ_d ratios[t][d] u_d ≤ prices[t] for every t and u ≥ 0, by enumerating the
    /// dual's vertices (m ≤ 5 variables: CPU, memory, pod slots, GPUs, local disk, only those some
    /// unit uses); the answer is scaled down to strict feasibility.
    static func volumeLP(ratios: [[Double]], prices: [Double]) -> Double {
        guard let m = ratios.first?.count, m > 0 else { return 0 }
        // Rows of the constraint system: the types', then u_d ≥ 0 as −u_d ≤ 0.
        var rows = ratios.map { $0.map { $0.isFinite ? $0 : 0 } }
        var limits = prices
        for d in 0..<m {
            rows.append((0..<m).map { $0 == d ? -1 : 0 })
            limits.append(0)
        }
        // The vertex's objective, scaled down until every type's row holds.
        func scaled(_ point: [Double]) -> Double {
            var scale = 1.0
            for (row, limit) in zip(rows.prefix(prices.count), limits) {
                let used = zip(row, point).reduce(0.0) { $0 + $1.0 * $1.1 }
                if used > limit { scale = limit > 0 ? min(scale, limit / used) : 0 }
            }
            return point.reduce(0, +) * scale
        }
        if subsets(of: rows.count, size: m) > Self.enumerationLimit {
            return VolumeSimplex.maximum(rows: Array(rows.prefix(prices.count)), limits: prices).map(scaled) ?? 0
        }
        var best = 0.0
        forEachSubset(of: rows.count, size: m) { chosen in
            guard let u = solve(chosen.map { rows[$0] }, chosen.map { limits[$0] }), u.allSatisfy({ $0 >= -1e-12 }) else {
                return
            }
            best = max(best, scaled(u.map { max(0, $0) }))
        }
        return best
    }

    /// Vertex systems enumerated at most; above, the simplex method (`VolumeSimplex`) solves the
    /// same LP (a catalog of 100 types with four dimensions in use has C(104, 4) ≈ 4.6 million,
    /// 20 s; with three, C(103, 3) ≈ 176,000). An unbounded LP there gives 0, a valid bound.
    static let enumerationLimit = 200_000

    /// C(count, size), saturating far above `enumerationLimit`.
    static func subsets(of count: Int, size: Int) -> Int {
        guard size <= count else { return 0 }
        var result = 1.0
        for k in 0..<size { result = result * Double(count - k) / Double(k + 1) }
        return Int(min(result, 1e15))
    }

    /// Calls `body` with every increasing index list of `size` drawn from 0..<count.
    private static func forEachSubset(of count: Int, size: Int, _ body: ([Int]) -> Void) {
        guard size <= count else { return }
        var chosen = Array(0..<size)
        while true {
            body(chosen)
            var position = size - 1
            while position >= 0 && chosen[position] == count - size + position { position -= 1 }
            if position < 0 { return }
            chosen[position] += 1
            for next in (position + 1)..<size { chosen[next] = chosen[next - 1] + 1 }
        }
    }

    /// Solves the square system A x = b by Gaussian elimination with partial pivoting; nil when
    /// it is singular.
    private static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        let n = b.count
        var m = a.indices.map { a[$0] + [b[$0]] }
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(m[$0][column]) < abs(m[$1][column]) }),
                abs(m[pivot][column]) > 1e-12
            else { return nil }
            m.swapAt(column, pivot)
            for row in 0..<n where row != column {
                let factor = m[row][column] / m[column][column]
                if factor != 0 { for k in column...n { m[row][k] -= factor * m[column][k] } }
            }
        }
        return (0..<n).map { m[$0][n] / m[$0][$0] }
    }
}
