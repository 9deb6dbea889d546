/// The linear relaxation of packing by patterns (Gilmore and Gomory, "A linear programming
/// approach to the cutting-stock problem", Operations Research 9, 1961): a *pattern* is one bin's
/// contents, a count per item type; minimize Σ c_p x_p, the bins (c_p = 1) or, over a catalog of
/// bin types, their price (c_p = the price of the pattern's bin type), subject to Σ_p a_tp · x_p ≥
/// r_t for every type t (every item covered) and x ≥ 0.
///
/// Solved by the revised simplex method on the patterns known so far, in equality form with one
/// surplus per type, from the basis of one single-type pattern per type (always feasible: any one
/// item fits a bin). New patterns enter as column generation finds them (`enter`), without a
/// restart. The basis inverse is dense (types × types) and is recomputed from the basis every
/// `refactorEvery` pivots, so rounding errors do not build up.
struct CoveringLP {
    /// r_t, the items to cover per type.
    private(set) var demand: [Double]
    /// The patterns known, sparse: (type, count) pairs.
    private(set) var patterns: [[PackedCount]]
    /// c_p per pattern: 1 (one bin) unless a pattern was given a price.
    private(set) var costs: [Double]
    /// Basic variable per row: a pattern index, or −1 − t for type t's surplus.
    private var basis: [Int]
    private var inverse: [Double]
    private var values: [Double]
    private var pivots = 0
    /// Simplex pivots and reduced-cost evaluations spent, for the caller's budget.
    private(set) var work = 0

    var types: Int { demand.count }

    /// `patterns` must hold, for every type t with r_t > 0, one pattern of type t alone at index t.
    init(demand: [Double], patterns: [[PackedCount]], costs: [Double]? = nil) {
        self.demand = demand
        self.patterns = patterns
        self.costs = costs ?? [Double](repeating: 1, count: patterns.count)
        let count = demand.count
        basis = (0..<count).map { demand[$0] > 0 ? $0 : -1 - $0 }
        inverse = [Double](repeating: 0, count: count * count)
        values = [Double](repeating: 0, count: count)
        refactor()
    }

    /// x_p for every known pattern (zero when not basic).
    var solution: [Double] {
        var x = [Double](repeating: 0, count: patterns.count)
        for (row, variable) in basis.enumerated() where variable >= 0 { x[variable] += max(0, values[row]) }
        return x
    }

    /// Σ c_p x_p, the bins (or the cost) the relaxation needs.
    var objective: Double { basis.indices.reduce(0.0) { basis[$1] >= 0 ? $0 + costs[basis[$1]] * values[$1] : $0 } }

    /// The dual prices y = c_B · B⁻¹: what one more item of each type costs in bins.
    var duals: [Double] {
        var y = [Double](repeating: 0, count: types)
        for (row, variable) in basis.enumerated() where variable >= 0 {
            let offset = row * types
            let cost = costs[variable]
            for column in 0..<types { y[column] += cost * inverse[offset + column] }
        }
        return y
    }

    /// Pivots on the known columns until none has a negative reduced cost (or `pivotLimit`).
    mutating func optimize(pivotLimit: Int) {
        var done = 0
        while done < pivotLimit {
            let y = duals
            let inBasis = membership()
            var entering: Int?
            var bestCost = -Self.tolerance
            for (index, pattern) in patterns.enumerated() where !inBasis[types + index] {
                var cost = costs[index]
                for entry in pattern { cost -= y[entry.type] * Double(entry.count) }
                if cost < bestCost {
                    bestCost = cost
                    entering = index
                }
            }
            for type in 0..<types where y[type] < bestCost && !inBasis[types - 1 - type] {
                bestCost = y[type]
                entering = -1 - type
            }
            work += patterns.count + types
            guard let variable = entering, pivot(variable) != nil else { return }
            done += 1
        }
    }

    /// Whether each variable is basic, at `types + variable` (surpluses, −1 − t, come first).
    private func membership() -> [Bool] {
        var member = [Bool](repeating: false, count: types + patterns.count)
        for variable in basis { member[types + variable] = true }
        return member
    }

    /// Adds a pattern (found by pricing to have a negative reduced cost) and pivots it in.
    mutating func enter(_ pattern: [PackedCount], cost: Double = 1) {
        patterns.append(pattern)
        costs.append(cost)
        _ = pivot(patterns.count - 1)
    }

    /// Adds a pattern to the known ones without pivoting; `optimize` brings it in if it pays.
    mutating func add(_ pattern: [PackedCount], cost: Double = 1) {
        patterns.append(pattern)
        costs.append(cost)
    }

    /// The column of a variable, dense.
    private func column(_ variable: Int) -> [Double] {
        var a = [Double](repeating: 0, count: types)
        if variable >= 0 {
            for entry in patterns[variable] { a[entry.type] += Double(entry.count) }
        } else {
            a[-1 - variable] = -1
        }
        return a
    }

    /// Sets new demands (what is left after some bins were taken) and restores feasibility by the
    /// dual simplex method: the basis stays optimal in prices, so a few pivots usually suffice,
    /// instead of a solve from the start. False when that fails within `pivotLimit` pivots.
    mutating func setDemand(_ newDemand: [Double], pivotLimit: Int) -> Bool {
        demand = newDemand
        values = timesInverse(demand)
        for _ in 0..<pivotLimit {
            var leavingRow = -1
            for row in 0..<types where values[row] < -Self.tolerance && (leavingRow < 0 || values[row] < values[leavingRow]) {
                leavingRow = row
            }
            guard leavingRow >= 0 else { return true }
            let y = duals
            let offset = leavingRow * types
            let inBasis = membership()
            var entering: Int?
            var bestRatio = Double.infinity
            for (index, pattern) in patterns.enumerated() where !inBasis[types + index] {
                var alpha = 0.0
                var cost = costs[index]
                for entry in pattern {
                    alpha += inverse[offset + entry.type] * Double(entry.count)
                    cost -= y[entry.type] * Double(entry.count)
                }
                if alpha < -1e-11 && max(0, cost) / -alpha < bestRatio {
                    bestRatio = max(0, cost) / -alpha
                    entering = index
                }
            }
            for type in 0..<types where !inBasis[types - 1 - type] {
                let alpha = -inverse[offset + type]
                if alpha < -1e-11 && max(0, y[type]) / -alpha < bestRatio {
                    bestRatio = max(0, y[type]) / -alpha
                    entering = -1 - type
                }
            }
            work += patterns.count + types * types
            guard let variable = entering else { return false }
            pivot(variable, at: leavingRow, direction: direction(variable))
        }
        return !values.contains { $0 < -Self.tolerance }
    }

    /// B⁻¹ a for a variable's column a.
    private mutating func direction(_ variable: Int) -> [Double] { timesInverse(column(variable)) }

    /// B⁻¹ v.
    private mutating func timesInverse(_ vector: [Double]) -> [Double] {
        // Pattern columns are sparse: only their nonzeros are multiplied.
        let nonzero = vector.indices.filter { vector[$0] != 0 }
        var result = [Double](repeating: 0, count: types)
        inverse.withUnsafeBufferPointer { inverse in
            for row in 0..<types {
                let offset = row * types
                var sum = 0.0
                for k in nonzero { sum += inverse[offset + k] * vector[k] }
                result[row] = sum
            }
        }
        work += types * max(1, nonzero.count)
        return result
    }

    /// One simplex pivot bringing `variable` into the basis; the variable that left, or nil when
    /// the ratio test finds no row (the column cannot lower the objective).
    private mutating func pivot(_ variable: Int) -> Int? {
        let u = direction(variable)
        // Ratio test; ties go to the lowest row (Bland), which keeps degenerate pivots from cycling.
        var leavingRow = -1
        var bestRatio = Double.infinity
        for row in 0..<types where u[row] > 1e-11 {
            let ratio = max(0, values[row]) / u[row]
            if ratio < bestRatio - 1e-12 {
                bestRatio = ratio
                leavingRow = row
            }
        }
        guard leavingRow >= 0 else { return nil }
        let leaving = basis[leavingRow]
        pivot(variable, at: leavingRow, direction: u)
        return leaving
    }

    /// Replaces the basic variable of `leavingRow` by `variable`, whose direction B⁻¹a is `u`.
    private mutating func pivot(_ variable: Int, at leavingRow: Int, direction u: [Double]) {
        let pivotValue = u[leavingRow]
        let pivotOffset = leavingRow * types
        for k in 0..<types { inverse[pivotOffset + k] /= pivotValue }
        values[leavingRow] /= pivotValue
        let count = types
        inverse.withUnsafeMutableBufferPointer { inverse in
            for row in 0..<count where row != leavingRow && u[row] != 0 {
                let factor = u[row]
                let offset = row * count
                for k in 0..<count { inverse[offset + k] -= factor * inverse[pivotOffset + k] }
            }
        }
        for row in 0..<types where row != leavingRow && u[row] != 0 { values[row] -= u[row] * values[leavingRow] }
        basis[leavingRow] = variable
        pivots += 1
        if pivots % max(Self.refactorEvery, types) == 0 { refactor() }
    }

    /// B⁻¹ by Gauss–Jordan elimination with partial pivoting, then x_B = B⁻¹ r. A basis that has
    /// become numerically singular falls back to the starting one.
    private mutating func refactor() {
        let n = types
        var matrix = [Double](repeating: 0, count: n * n)
        for (row, variable) in basis.enumerated() {
            let a = column(variable)
            for k in 0..<n { matrix[k * n + row] = a[k] }
        }
        var result = [Double](repeating: 0, count: n * n)
        for k in 0..<n { result[k * n + k] = 1 }
        for column in 0..<n {
            var best = column
            for row in column..<n where abs(matrix[row * n + column]) > abs(matrix[best * n + column]) { best = row }
            guard abs(matrix[best * n + column]) > 1e-12 else {
                basis = (0..<n).map { demand[$0] > 0 ? $0 : -1 - $0 }
                refactor()
                return
            }
            if best != column {
                for k in 0..<n {
                    matrix.swapAt(best * n + k, column * n + k)
                    result.swapAt(best * n + k, column * n + k)
                }
            }
            let pivotValue = matrix[column * n + column]
            for k in 0..<n {
                matrix[column * n + k] /= pivotValue
                result[column * n + k] /= pivotValue
            }
            for row in 0..<n where row != column {
                let factor = matrix[row * n + column]
                guard factor != 0 else { continue }
                for k in 0..<n {
                    matrix[row * n + k] -= factor * matrix[column * n + k]
                    result[row * n + k] -= factor * result[column * n + k]
                }
            }
        }
        inverse = result
        values = timesInverse(demand)
        work += n * n * n
    }
}
