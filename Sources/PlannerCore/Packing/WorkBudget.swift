/// The work one stage of the packer may spend, in counted steps (first-fit calls, move
/// evaluations, search nodes, simplex pivots), never seconds, so the same problem gets the same
/// packing on any machine whatever its speed or load. Every stage of `NearOptimalPacker.stages`
/// declares its budget from the progress so far (the effort, the problem's size) and runs within
/// it, the stage's own searches counting against it (`isSpent(by:)`, `left(after:)`) or against
/// a share of it (`share(_:)`: the window search gives a sixteenth to perturbed minimum bin slack
/// and keeps an eighth back for bin completion); a greedy construction whose work the problem's
/// own size bounds declares `greedy`. A single search's node limit (one bin's completion, one
/// pricing knapsack) is a cap of that search, not a budget. The
/// multiples of the effort each stage takes are in Tuning.swift. What a stage hands on is not in
/// its budget: the rest after peeling exactly full hosts or after the class relaxation is packed
/// by the stages again at the same effort, and the exact completion after the window search
/// takes its own share of the evaluations.
struct WorkBudget: Sendable, Hashable {
    /// Steps the stage may take (`Int.max`: bounded by the problem's size, not by a budget).
    let steps: Int

    init(steps: Int) { self.steps = max(0, steps) }

    /// A construction of one pass over the problem (its size bounds the work).
    static let greedy = WorkBudget(steps: .max)

    /// Whether `spent` steps use it all: the stage stops.
    func isSpent(by spent: Int) -> Bool { spent >= steps }

    /// The steps left after `spent` (none once it is spent).
    func left(after spent: Int) -> Int { max(0, steps - spent) }

    /// One `divisor`-th of it: the part one phase of a stage may take.
    func share(_ divisor: Int) -> WorkBudget { WorkBudget(steps: steps / divisor) }

    /// `factor` times it (at most `Int.max` steps): a search whose steps are much cheaper than
    /// the stage's own.
    func times(_ factor: Int) -> WorkBudget {
        let product = steps.multipliedReportingOverflow(by: factor)
        return WorkBudget(steps: product.overflow ? .max : product.partialValue)
    }
}
