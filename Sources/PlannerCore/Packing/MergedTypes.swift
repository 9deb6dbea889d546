/// A problem with its equal-demand types merged (those without a limit a bin), and the way back.
struct MergedTypes {
    let original: PackingProblem
    let problem: PackingProblem
    /// For each merged type, the original types it stands for, in index order.
    let members: [[Int]]

    init(_ original: PackingProblem) {
        self.original = original
        var index: [Resources: Int] = [:]
        var items: [PackingItemType] = []
        var members: [[Int]] = []
        for (type, item) in original.items.enumerated() {
            // A type with a limit a bin stays itself: merged, its limit could not be kept per type.
            if item.maximumPerBin == .max, let merged = index[item.demand] {
                items[merged].count += item.count
                members[merged].append(type)
            } else {
                if item.maximumPerBin == .max { index[item.demand] = items.count }
                items.append(item)
                members.append([type])
            }
        }
        problem = PackingProblem(capacity: original.capacity, items: items)
        self.members = members
    }

    /// The merged packing in original types: each bin's count of a merged type is taken from its
    /// original types in index order.
    func split(_ solution: PackingSolution) -> PackingSolution {
        PackingSolution(
            bins: Self.spread(solution.bins, members: members, counts: original.items.map(\.count)), stage: solution.stage,
            relaxationBound: solution.relaxationBound)
    }

    /// Bins over groups of types as bins over the types: each bin's count of a group is taken
    /// from its member types in order, `counts` being what each type has; empty bins are dropped.
    static func spread(_ bins: [[PackedCount]], members: [[Int]], counts: [Int]) -> [[PackedCount]] {
        var left = counts
        var cursor = MemberCursor(members: members)
        var result: [[PackedCount]] = []
        result.reserveCapacity(bins.count)
        for bin in bins where bin.contains(where: { $0.count > 0 }) {
            result.append(cursor.take(bin, left: &left))
        }
        return result
    }

    /// First-fit decreasing of the merged problem, read off `first`, the original problem's, when
    /// the two take the types in the same order: the original's decreasing order, each type named
    /// by its group, is the merged order with every group one run. A group's members are then
    /// consecutive identical items, which first fit places exactly as one type (each member takes
    /// up where the last stopped, in the same bins, then opens the same new ones), so each bin's
    /// entries merged by group are the merged run's. Nil when the orders differ (two demands that
    /// tie in size can interleave a group): the caller then packs the merged problem itself.
    /// Measured with `bench scale` at 1,000,000 instances (mixed shape, one thread): the second
    /// first fit took 25 to 71 ms a plan.
    func firstFit(from first: PackingSolution) -> PackingSolution? {
        var group = [Int](repeating: 0, count: original.items.count)
        for (merged, types) in members.enumerated() {
            for type in types { group[type] = merged }
        }
        var runs: [Int] = []
        for type in FirstFitDecreasing.decreasingOrder(original) where original.items[type].count > 0 {
            if runs.last != group[type] { runs.append(group[type]) }
        }
        guard runs == FirstFitDecreasing.decreasingOrder(problem).filter({ problem.items[$0].count > 0 }) else { return nil }
        return PackingSolution(bins: InterleavedFirstFit.merged(first.bins, types: problem.items.count, renamed: group))
    }
}
