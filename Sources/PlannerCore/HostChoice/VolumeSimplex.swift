/// max Σ_d u_d subject to Σ_d rows[t][d] u_d ≤ limits[t] for every t and u ≥ 0, with every
/// limit ≥ 0 (so u = 0 is a feasible start), by the primal simplex method on a dense tableau with
/// Bland's rule (the lowest index enters and, among tied ratios, leaves), which cannot cycle.
/// `HostCatalogBound.volumeLP` uses it when enumerating the dual's vertices would take too long:
/// C(types + m, m) systems grow as types⁴ once a fourth dimension (GPUs or local disk) is in use.
/// Nil when the maximum is unbounded or the pivot limit is reached.
enum VolumeSimplex {
    static func maximum(rows: [[Double]], limits: [Double]) -> [Double]? {
        guard let m = rows.first?.count, m > 0 else { return [] }
        let n = rows.count
        let width = m + n + 1
        // Row t: rows[t] | slack e_t | limits[t]; the objective row holds the reduced costs −1.
        var tableau = [Double](repeating: 0, count: (n + 1) * width)
        for t in 0..<n {
            for d in 0..<m { tableau[t * width + d] = rows[t][d] }
            tableau[t * width + m + t] = 1
            tableau[t * width + width - 1] = max(0, limits[t])
        }
        for d in 0..<m { tableau[n * width + d] = -1 }
        var basis = Array(m..<(m + n))
        let tolerance = 1e-12
        for _ in 0..<Self.pivotLimit {
            guard let entering = (0..<(m + n)).first(where: { tableau[n * width + $0] < -tolerance }) else {
                var u = [Double](repeating: 0, count: m)
                for (t, variable) in basis.enumerated() where variable < m { u[variable] = tableau[t * width + width - 1] }
                return u
            }
            var leaving = -1
            var best = Double.infinity
            for t in 0..<n where tableau[t * width + entering] > tolerance {
                let ratio = tableau[t * width + width - 1] / tableau[t * width + entering]
                if ratio < best - tolerance || (ratio <= best + tolerance && leaving >= 0 && basis[t] < basis[leaving]) {
                    best = min(best, ratio)
                    leaving = t
                }
            }
            guard leaving >= 0 else { return nil }
            pivot(&tableau, width: width, rows: n + 1, row: leaving, column: entering)
            basis[leaving] = entering
        }
        return nil
    }

    /// Pivots allowed: far more than a problem of up to 5 variables and a few hundred rows needs.
    static let pivotLimit = 10_000

    private static func pivot(_ tableau: inout [Double], width: Int, rows: Int, row: Int, column: Int) {
        let scale = tableau[row * width + column]
        for k in 0..<width { tableau[row * width + k] /= scale }
        for other in 0..<rows where other != row {
            let factor = tableau[other * width + column]
            guard factor != 0 else { continue }
            for k in 0..<width { tableau[other * width + k] -= factor * tableau[row * width + k] }
        }
    }
}
