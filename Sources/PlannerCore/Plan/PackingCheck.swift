/// Checks a packer's answer before the planner trusts it: every item placed exactly as many times
/// as its type's count, and no bin over capacity. A replaceable packer can be wrong; a wrong plan
/// must never reach a user.
enum PackingCheck {
    static func verify(_ solution: PackingSolution, _ problem: PackingProblem) throws(InternalError) {
        var placed = [Int](repeating: 0, count: problem.items.count)
        for (index, bin) in solution.bins.enumerated() {
            var load = Resources.zero
            for entry in bin {
                guard problem.items.indices.contains(entry.type), entry.count >= 0 else {
                    throw internalError("bin \(index) names item type \(entry.type)")
                }
                placed[entry.type] += entry.count
                load += problem.items[entry.type].demand.times(Int64(entry.count))
            }
            guard load.fits(within: problem.capacity) else {
                throw internalError("bin \(index) is over capacity")
            }
        }
        for (type, item) in problem.items.enumerated() where placed[type] != item.count {
            throw internalError("item type \(type) placed \(placed[type]) times, expected \(item.count)")
        }
    }

    private static func internalError(_ detail: String) -> InternalError {
        InternalError(component: "packer", reason: "internal error, the packing is invalid: \(detail)")
    }
}
