/// Turns a bin's counts of groups of types (merged equal demands, or demand classes) into counts
/// of the member types: each group's count is taken from its members in order, what each member
/// has left counted down in `left`, a member passed over once it has none left. Shared by
/// `MergedTypes.spread` and `ClassFiller`.
struct MemberCursor {
    /// For each group, its member types in the order they are taken.
    let members: [[Int]]
    /// For each group, the first member that may still have items.
    private var next: [Int]

    init(members: [[Int]]) {
        self.members = members
        next = [Int](repeating: 0, count: members.count)
    }

    /// The member counts for one bin of group counts (members run out: a group's place may stay
    /// partly empty, which keeps the bin feasible).
    mutating func take(_ bin: [PackedCount], left: inout [Int]) -> [PackedCount] {
        var contents: [PackedCount] = []
        for entry in bin {
            var wanted = entry.count
            while wanted > 0 && next[entry.type] < members[entry.type].count {
                let type = members[entry.type][next[entry.type]]
                let taken = min(wanted, left[type])
                if taken > 0 {
                    contents.append(PackedCount(type: type, count: taken))
                    left[type] -= taken
                    wanted -= taken
                }
                if left[type] == 0 { next[entry.type] += 1 }
            }
        }
        return contents
    }
}
