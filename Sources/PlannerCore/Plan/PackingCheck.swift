/// Checks a packer's answer before the planner trusts it: every item placed exactly as many times
/// as its type's count, no bin over capacity, and no bin over a type's limit a bin. A replaceable packer can be wrong; a wrong plan
/// must never reach a user.
enum PackingCheck {
    static func verify(_ solution: PackingSolution, _ problem: PackingProblem) throws(InternalError) {
        var placed = [Int](repeating: 0, count: problem.items.count)
        let limited = problem.hasBinLimits
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
            if limited, let type = overLimit(bin, problem) {
                throw internalError("bin \(index) holds more items of type \(type) than its limit a bin")
            }
        }
        for (type, item) in problem.items.enumerated() where placed[type] != item.count {
            throw internalError("item type \(type) placed \(placed[type]) times, expected \(item.count)")
        }
    }

    /// A type of which `bin` holds more than its `maximumPerBin` (over all its entries), if any.
    static func overLimit(_ bin: [PackedCount], _ problem: PackingProblem) -> Int? {
        var held: [Int: Int] = [:]
        for entry in bin where problem.items[entry.type].maximumPerBin != .max {
            held[entry.type, default: 0] += entry.count
        }
        return held.keys.sorted().first { held[$0]! > problem.items[$0].maximumPerBin }
    }

    private static func internalError(_ detail: String) -> InternalError {
        InternalError(component: "packer", reason: "internal error, the packing is invalid: \(detail)")
    }
}
