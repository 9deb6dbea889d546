/// A problem with its equal-demand types merged, and the way back.
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
            if let merged = index[item.demand] {
                items[merged].count += item.count
                members[merged].append(type)
            } else {
                index[item.demand] = items.count
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
}
