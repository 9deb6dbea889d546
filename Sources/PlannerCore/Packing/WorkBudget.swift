/// The work one stage of the packer may spend, in counted steps (first-fit calls, move
/// evaluations, search nodes, simplex pivots), never seconds, so the same problem gets the same
/// packing on any machine whatever its speed or load. Every stage of `NearOptimalPacker.stages`
/// declares its budget from the progress so far (the effort, the problem's size) and runs within
/// it; a greedy construction whose work the problem's own size bounds declares `greedy`. The
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
}
