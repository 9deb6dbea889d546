/// A proven lower bound from the pattern relaxation (Gilmore and Gomory), valid even when column
/// generation stops early.
///
/// Demands are grouped into classes whose demand is the *smallest* of their members'
/// (`DemandClasses` rounding down), so every pattern of the problem is a pattern of the classes
/// and the class relaxation's optimum is at most the problem's. Column generation
/// (`ClassPatterns.relaxation`) gives dual prices y ≥ 0; for any such y, weak duality gives
/// **Farley's bound** (Farley, "A note on bounding a class of linear programming problems,
/// including cutting stock problems", Operations Research 38, 1990):
/// LP ≥ Σ_c y_c n_c ÷ max(1, max_p Σ_c y_c a_cp), the maximum over every pattern p. When the
/// pricing knapsack is solved exactly its value is that maximum; otherwise Dantzig's bound under
/// the surrogate weights of `PatternPricing` bounds it from above. At the relaxation's optimum the
/// maximum is 1 and the bound is the relaxation itself; the bins are ⌈bound⌉.
public enum PatternBound {
    /// The bound, its whole-bin ceiling, whether the relaxation was proven optimal, and the classes.
    public struct Result: Sendable, Hashable {
        public var value: Double
        public var bins: Int
        public var optimal: Bool
        public var classes: Int

        /// How a plan names this bound: the relaxation itself when column generation proved it
        /// optimal, Farley's bound on it when it stopped early.
        public var method: String { optimal ? "pattern LP" : "Farley's bound on the pattern LP" }
    }

    /// The bound for `problem`, within about `budget` work units of column generation.
    public static func compute(_ problem: PackingProblem, budget: Int) -> Result? {
        let merged = MergedTypes(problem).problem
        let classes = DemandClasses(merged, maximumClasses: Self.maximumClasses, roundingDown: true)
        let classProblem = classes.problem(capacity: merged.capacity)
        guard !classProblem.items.isEmpty, let solved = ClassPatterns.relaxation(classProblem, budget: WorkBudget(steps: budget))
        else {
            return nil
        }
        return farley(classProblem, duals: solved.lp.duals, nodeLimit: Self.proofNodes)
    }

    /// Farley's bound for `problem` from any dual prices (those of a relaxation stopped early, or
    /// optimal): Σ_t y_t n_t ÷ max(1, max_p Σ_t y_t a_tp), the maximum over every pattern found by
    /// the exact pricing knapsack within `nodeLimit` nodes, or else bounded from above by Dantzig's
    /// bound under the surrogate weights. Valid for any y (negative prices count as 0).
    static func farley(_ problem: PackingProblem, duals: [Double], nodeLimit: Int) -> Result {
        let prices = duals.map { max(0, $0) }
        // A pattern holds at most a type's count, and at most its limit a bin.
        let limits = problem.perBinCounts(problem.items.map(\.count))
        var covered = 0.0
        for (price, item) in zip(prices, problem.items) { covered += price * Double(item.count) }
        let pricing = PatternPricing(demands: problem.items.map(\.demand), capacity: problem.capacity)
        let priced = pricing.best(prices: prices, limits: limits, nodeLimit: nodeLimit)
        var most = priced.value
        if !priced.exact {
            let candidates = prices.indices.filter { prices[$0] > 1e-12 && limits[$0] > 0 }
            let (mixed, binding) = pricing.surrogateWeights(candidates, prices: prices, limits: limits)
            most =
                ([mixed] + binding).map {
                    PatternPricing.dantzigBound(weights: $0, candidates: candidates, prices: prices, limits: limits)
                }.min() ?? .infinity
        }
        let value = covered / max(1, most)
        // A relative 1e-9 absorbs the simplex's rounding before the ceiling.
        let bins = Int((value * (1 - 1e-9) - 1e-9).rounded(.up))
        return Result(value: value, bins: max(0, bins), optimal: priced.exact && most <= 1 + 1e-9, classes: problem.items.count)
    }
}
